import datetime

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.transitions.models import AnnualReview, EhcPlan


class EhcPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EhcPlan

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    issued_on = datetime.date(2024, 1, 10)


class AnnualReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnualReview

    plan = factory.SubFactory(EhcPlanFactory)
    held_on = datetime.date(2025, 1, 8)
    health_attended = True
    health_attendees = "Dr A Example, community paediatrician"
    health_contribution = "Health needs unchanged; provision continues."
    contribution_submitted_on = datetime.date(2024, 12, 20)
