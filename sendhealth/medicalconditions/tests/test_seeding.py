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


def test_each_plans_service_and_professional_match_its_condition(seeded):
    """A diabetes plan is written by the diabetes team, an epilepsy plan by the epilepsy
    nurses: never a plan whose service does not treat its condition."""
    plans = HealthcarePlan.objects.select_related("condition_area", "service")
    assert plans.count() > 5
    for plan in plans:
        assert plan.service.name in plan_seeding.CONDITION_SERVICES[plan.condition_area.name]
        professional, trainer = plan_seeding.SERVICE_PEOPLE[plan.service.name]
        assert plan.professional.endswith(f", {professional.lower()}")
        assert plan.training_delivered_by == trainer
        if plan.service.name == plan_seeding.SPECIAL_SCHOOLS_ONLY:
            assert plan.setting_type == "special"
    assert plan_seeding.CONDITION_SERVICES["Diabetes"] == ("Paediatric Diabetes Team",)
    assert plan_seeding.CONDITION_SERVICES["Epilepsy"] == ("Children's Epilepsy Nursing",)


def test_wiping_the_area_removes_its_plans(seeded):
    icb = HealthcarePlan.objects.first().icb
    plan_seeding.wipe(icb)
    assert not HealthcarePlan.objects.filter(icb=icb).exists()
