import datetime

import factory

from sendhealth.inspections.models import Inspection, InspectionKind
from sendhealth.organisations.tests.factories import IcbFactory


class InspectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inspection

    icb = factory.SubFactory(IcbFactory)
    kind = InspectionKind.FULL
    notified_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=2))
    starts_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=3))
