"""The demo's individual healthcare plans: made across settings, one setting with lapsed
training, valid dates, wiped."""

import pytest
from django.utils import timezone

from sendhealth.core import seeding
from sendhealth.medicalconditions import seeding as plan_seeding
from sendhealth.medicalconditions.domain import plan_date_errors
from sendhealth.medicalconditions.models import HealthcarePlan
from sendhealth.medicalconditions.queries import training_gap_q

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_plans_across_settings_and_a_setting_with_a_training_gap(seeded):
    today = timezone.localdate()
    plans = HealthcarePlan.objects.all()
    assert plans.values("setting").distinct().count() > 1
    assert plans.filter(training_gap_q(today)).exists()
    for plan in plans:
        assert plan_date_errors(plan.agreed_on, plan.review_due_on, None, today) == {}


def test_wiping_the_area_removes_its_plans(seeded):
    icb = HealthcarePlan.objects.first().icb
    plan_seeding.wipe(icb)
    assert not HealthcarePlan.objects.filter(icb=icb).exists()
