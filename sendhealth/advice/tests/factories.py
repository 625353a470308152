import datetime

import factory

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
)
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.organisations.tests.factories import ServiceFactory
from sendhealth.rules import health_advice_due


class AdviceRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdviceRequest

    child = factory.SubFactory(ChildFactory)
    local_authority = factory.SelfAttribute("child.local_authority")
    icb = factory.SelfAttribute("child.local_authority.parent")
    la_received_on = datetime.date(2026, 1, 5)
    health_received_on = datetime.date(2026, 1, 5)
    questions = "Please advise on speech, language and communication needs."


class AdviceAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdviceAssignment

    request = factory.SubFactory(AdviceRequestFactory)
    service = factory.SubFactory(ServiceFactory)
    provider = factory.SelfAttribute("service.provider")
    received_on = factory.SelfAttribute("request.health_received_on")
    due_on = factory.LazyAttribute(lambda o: health_advice_due(o.request.health_received_on))
    status = AssignmentStatus.AWAITING


class AdviceSubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdviceSubmission

    assignment = factory.SubFactory(AdviceAssignmentFactory)
    author_name = factory.Faker("name", locale="en_GB")
    author_role = "Speech and language therapist, HCPC SL012345"
    advice_date = datetime.date(2026, 2, 1)
    health_needs = "Difficulty understanding spoken language in class."
    outcomes = "By July 2027 I will follow two-step instructions in class."
