import datetime
import random

import factory
from faker import Faker

from sendhealth.children.models import Child, NeedType
from sendhealth.organisations.tests.factories import LocalAuthorityFactory
from sendhealth.rules import generate_test_nhs_number

_rng = random.Random(2014)
_faker = Faker("en_GB")


def _distinct_family_name(n: int) -> str:
    """An en_GB family name with a five-letter tail of its own ("Evans-Baaac"): two factory
    children never share a family name, and none is inside another ("Hall" in "Marshall"), so a
    test that a child's name is absent from a page cannot fail because Faker repeated it."""
    tail = ""
    for _ in range(5):
        n, digit = divmod(n, 26)
        tail = chr(ord("a") + digit) + tail
    return f"{_faker.last_name()}-{tail.capitalize()}"


def _unused_test_nhs_number() -> str:
    """A test-range NHS number no child has yet: the demo seeding draws from the same range
    (and the same seed), so a factory child made after a seeded area must not repeat one."""
    while True:
        number = generate_test_nhs_number(_rng)
        if not Child.objects.filter(nhs_number=number).exists():
            return number


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    nhs_number = factory.LazyFunction(_unused_test_nhs_number)
    given_name = factory.Faker("first_name", locale="en_GB")
    family_name = factory.Sequence(_distinct_family_name)
    date_of_birth = factory.Faker(
        "date_between", start_date=datetime.date(2010, 1, 1), end_date=datetime.date(2022, 1, 1)
    )
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    primary_need = NeedType.SLCN
