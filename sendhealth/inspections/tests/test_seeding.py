"""The demo's training, policies and inspection: a year of sessions with attendance, policies
with one overdue, a past inspection; all wiped with the area."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sendhealth.core import seeding
from sendhealth.inspections import seeding as inspection_seeding
from sendhealth.inspections.models import Inspection
from sendhealth.policies import seeding as policy_seeding
from sendhealth.policies.models import Policy
from sendhealth.policies.queries import overdue_q
from sendhealth.training import seeding as training_seeding
from sendhealth.training.models import Attendance, TrainingSession

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_a_year_of_training_policies_with_one_overdue_and_an_inspection(seeded):
    today = timezone.localdate()
    sessions = TrainingSession.objects.all()
    assert sessions.count() >= 20
    assert sessions.filter(delivered_on__lt=today - timedelta(days=300)).exists()
    assert not sessions.filter(delivered_on__gt=today).exists()
    assert Attendance.objects.count() >= sessions.count()
    assert Policy.objects.filter(overdue_q(today)).count() == 1
    assert Inspection.objects.count() == 1


def test_wiping_the_area_removes_them(seeded):
    icb = Policy.objects.first().icb
    inspection_seeding.wipe(icb)
    policy_seeding.wipe(icb)
    training_seeding.wipe(icb)
    assert not TrainingSession.objects.filter(icb=icb).exists()
    assert not Policy.objects.filter(icb=icb).exists()
    assert not Inspection.objects.filter(icb=icb).exists()
