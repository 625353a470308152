"""The synthetic plans of the demo area keep the rules the forms enforce."""

import datetime

import pytest

from sendhealth.core import seeding
from sendhealth.transitions.domain import done_date_error, health_check_date_error
from sendhealth.transitions.models import AnnualReview, EhcPlan

TODAY = datetime.date(2026, 3, 2)
OPTIONS = seeding.SeedOptions(children=300, requests=20, seed=2014, today=TODAY)
DONE = ("transition_plan_on", "adult_services_on", "handover_on", "health_assessment_on")


@pytest.fixture
def seeded(db):
    return seeding.seed_area(OPTIONS)


def test_about_two_in_five_children_have_a_plan_with_valid_dates(seeded):
    plans = list(EhcPlan.objects.select_related("child"))
    assert 60 < len(plans) < 200
    for plan in plans:
        assert plan.child.date_of_birth < plan.issued_on <= TODAY
        assert plan.icb_id == plan.child.local_authority.parent_id
        for name in DONE:
            assert (
                done_date_error(name, getattr(plan, name), issued_on=plan.issued_on, today=TODAY)
                is None
            )
        assert (
            health_check_date_error(
                plan.last_health_check_on, dob=plan.child.date_of_birth, today=TODAY
            )
            is None
        )
        assert bool(plan.adult_services) == bool(plan.adult_services_on)
    assert any(p.transition_plan_on for p in plans) and any(p.handover_on is None for p in plans)


def test_reviews_match_the_last_review_date(seeded):
    for review in AnnualReview.objects.select_related("plan"):
        assert review.held_on == review.plan.last_reviewed_on
        assert not review.health_attended or review.health_attendees


def test_wiping_the_area_removes_the_plans(seeded):
    seeding.wipe_area()
    assert not EhcPlan.objects.exists()
