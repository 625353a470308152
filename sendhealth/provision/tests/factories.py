import datetime
from decimal import Decimal

import factory

from sendhealth.organisations.tests.factories import ServiceFactory
from sendhealth.provision.models import MonthlyReturn, PlanLine
from sendhealth.transitions.tests.factories import EhcPlanFactory


class PlanLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanLine

    plan = factory.SubFactory(EhcPlanFactory)
    child = factory.SelfAttribute("plan.child")
    local_authority = factory.SelfAttribute("plan.local_authority")
    icb = factory.SelfAttribute("plan.icb")
    service = factory.SubFactory(ServiceFactory)
    provider = factory.SelfAttribute("service.provider")
    what = "Direct speech and language therapy"
    by_whom = "Speech and language therapist"
    count = 1
    period = "week"
    session_minutes = 30
    starts_on = datetime.date(2024, 1, 10)
    monthly_expected = Decimal("3.25")


class MonthlyReturnFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MonthlyReturn

    line = factory.SubFactory(PlanLineFactory)
    month = datetime.date(2025, 1, 1)
    delivered = 3
    expected = Decimal("3.25")
    service = factory.SelfAttribute("line.service")
    provider = factory.SelfAttribute("line.provider")
    local_authority = factory.SelfAttribute("line.local_authority")
    icb = factory.SelfAttribute("line.icb")
