import datetime
import uuid

import factory
from django.utils import timezone

from sendhealth.localoffer.models import (
    DirectoryService,
    Location,
    Publication,
    Taxonomy,
    TaxonomyTerm,
)
from sendhealth.organisations.tests.factories import ServiceFactory


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Taxonomy

    name = factory.Sequence(lambda n: f"Taxonomy {n}")
    description = "A test taxonomy"


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaxonomyTerm

    taxonomy = factory.SubFactory(TaxonomyFactory)
    code = factory.Sequence(lambda n: f"T{n}")
    name = factory.Sequence(lambda n: f"Term {n}")
    description = "A test term"


class DirectoryServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DirectoryService

    health_service = factory.SubFactory(ServiceFactory)
    icb = factory.SelfAttribute("health_service.provider.parent")
    organization_id = factory.LazyFunction(uuid.uuid4)
    organization_name = factory.SelfAttribute("health_service.provider.name")
    name = factory.SelfAttribute("health_service.name")
    description = "Speech and language therapy for children."
    who_for = "Children aged 0 to 19 with communication needs."
    minimum_age = 0
    maximum_age = 19
    self_referral = True
    referral = "Parents can refer themselves."
    typical_wait = "About 12 weeks"
    email = "salt@nhs.invalid"
    phone = "0300 555 1234"
    languages = factory.LazyFunction(lambda: ["English", "Urdu"])
    assured_date = datetime.date(2026, 1, 5)
    publication = Publication.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    service = factory.SubFactory(DirectoryServiceFactory)
    name = "Riverside Children's Centre"
    address_1 = "1 River Road"
    city = "Northtown"
    postcode = "NT1 1AA"
    byday = "MO,WE"
    opens_at = datetime.time(9)
    closes_at = datetime.time(17)
