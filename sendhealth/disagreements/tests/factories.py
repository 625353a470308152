import datetime

import factory

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.disagreements.domain import appeal_deadline
from sendhealth.disagreements.models import Disagreement, Kind, TribunalRecommendation
from sendhealth.rules import tribunal_recommendation_response_due


class DisagreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Disagreement

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    kind = Kind.APPEAL
    decision_letter_on = datetime.date(2026, 3, 2)
    mediation_certificate_on = None
    registered_on = datetime.date(2026, 4, 1)
    appeal_deadline = factory.LazyAttribute(
        lambda o: appeal_deadline(o.kind, o.decision_letter_on, o.mediation_certificate_on)
    )
    issues = "Whether speech and language therapy is specified and quantified in section F."
    health_position = "Health advises weekly therapy from a HCPC-registered therapist."
    health_evidence = "SALT advice of 12 January 2026."


class TribunalRecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TribunalRecommendation

    # recommendations come with the tribunal's decision on an appeal
    disagreement = factory.SubFactory(
        DisagreementFactory,
        hearing_on=datetime.date(2026, 5, 20),
        outcome="upheld",
        outcome_on=datetime.date(2026, 5, 29),
    )
    text = "The ICB should provide an updated audiology assessment."
    issued_on = datetime.date(2026, 6, 1)
    response_due_on = factory.LazyAttribute(
        lambda o: tribunal_recommendation_response_due(o.issued_on)
    )
