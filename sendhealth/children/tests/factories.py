import datetime
import random

import factory

from sendhealth.children.models import Child, NeedType
from sendhealth.organisations.tests.factories import LocalAuthorityFactory
from sendhealth.rules import generate_test_nhs_number

_rng = random.Random(2014)


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    nhs_number = factory.LazyFunction(lambda: generate_test_nhs_number(_rng))
    given_name = factory.Faker("first_name", locale="en_GB")
    family_name = factory.Faker("last_name", locale="en_GB")
    date_of_birth = factory.Faker(
        "date_between", start_date=datetime.date(2010, 1, 1), end_date=datetime.date(2022, 1, 1)
    )
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    primary_need = NeedType.SLCN
