import factory
from django.utils import timezone

from sendhealth.enquiries.models import Enquiry, Source, Topic
from sendhealth.organisations.tests.factories import IcbFactory


class EnquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enquiry

    icb = factory.SubFactory(IcbFactory)
    source = Source.LOCAL_AUTHORITY
    enquirer = "SEND caseworker"
    topic = Topic.HEALTH_ADVICE
    summary = "Asks which service assesses motor skills."
    opened_at = factory.LazyFunction(timezone.now)
