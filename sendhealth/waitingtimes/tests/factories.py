from datetime import date
from decimal import Decimal

import factory

from sendhealth.waitingtimes.models import ServicePosition


class ServicePositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServicePosition

    service = None  # pass a service
    icb = factory.LazyAttribute(lambda o: o.service.provider.parent)
    month = date(2026, 1, 1)
    referrals_received = 30
    caseload = 300
    waiting_0_1 = 10
    waiting_1_2 = 10
    waiting_2_4 = 20
    waiting_4_12 = 40
    waiting_12_18 = 10
    waiting_18_52 = 5
    waiting_over_52 = 0
    median_wait_weeks = Decimal("6.0")
    p92_wait_weeks = Decimal("14.0")
    target_weeks = 18
