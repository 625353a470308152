import datetime
from decimal import Decimal

import factory

from sendhealth.organisations.tests.factories import IcbFactory
from sendhealth.training.models import (
    Attendance,
    AudienceRole,
    Topic,
    TrainingNeed,
    TrainingSession,
)


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingSession

    icb = factory.SubFactory(IcbFactory)
    topic = Topic.ADVICE
    title = "Writing clear, specific health advice"
    delivered_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    delivered_by = "The DCO"
    evaluations = 10
    average_score = Decimal("4.20")


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    session = factory.SubFactory(TrainingSessionFactory)
    role = AudienceRole.CLINICIAN
    attendees = 8


class TrainingNeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingNeed

    icb = factory.SubFactory(IcbFactory)
    topic = Topic.OUTCOMES
    role = AudienceRole.CLINICIAN
    description = "New starters need the outcomes session"
    identified_on = datetime.date(2026, 1, 5)
