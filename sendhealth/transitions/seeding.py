"""Synthetic EHC plans, annual reviews and preparing-for-adulthood milestones for the demo and
the benchmark (see ``core.seeding``). Written with ``bulk_create``, no query per row."""

from __future__ import annotations

from datetime import date, timedelta

from sendhealth.core.seeding import SeededArea
from sendhealth.rules import add_months, age_on
from sendhealth.transitions.domain import (
    is_tracked,
    nth_birthday,
    transition_plan_due,
    year9_end,
)
from sendhealth.transitions.models import AnnualReview, EhcPlan, ReminderDigest

PLAN_SHARE = 0.45  # of the seeded children, those with an EHC plan
ATTENDEES = (
    "Community paediatrician",
    "School nurse",
    "Speech and language therapist",
    "Occupational therapist",
    "CAMHS practitioner",
)
ADULT_SERVICES = (
    "Adult learning disability team",
    "Adult epilepsy clinic",
    "Adult community mental health team",
    "GP and adult physiotherapy",
)


def _some_day(area: SeededArea, start: date, end: date) -> date | None:
    """A random day from ``start`` to ``end`` (never after today), or None if none fits."""
    end = min(end, area.today)
    if end < start:
        return None
    return start + timedelta(days=area.rng.randint(0, (end - start).days))


def _plan_for(area: SeededArea, child) -> EhcPlan | None:
    rng, today = area.rng, area.today
    dob = child.date_of_birth
    if age_on(dob, today) < 3:
        return None
    issued = _some_day(area, nth_birthday(dob, 3), today - timedelta(days=30))
    if issued is None:
        return None
    # Most plans were reviewed at their latest anniversary; about one in eight missed it, so
    # is up to a year overdue (as the DfE's SEN2 returns show), never years.
    years = max(0, (today - issued).days // 365)
    if years and rng.random() < 0.12:
        years -= 1
    last_review = add_months(issued, 12 * years) - timedelta(days=rng.randint(-20, 60))
    if last_review > today and years:
        last_review = add_months(last_review, -12)
    if last_review < add_months(issued, 6):
        last_review = issued  # not reviewed yet: no review row (see below)
    plan = EhcPlan(
        child_id=child.pk,
        local_authority_id=child.local_authority_id,
        icb_id=area.icb.pk,
        issued_on=issued,
        last_reviewed_on=last_review if issued < last_review <= today else None,
        year_group=min(14, max(0, age_on(dob, today) - 5)),
        learning_disability=child.need in ("SLD", "PMLD", "DS") or rng.random() < 0.1,
        assessment_relevant=rng.random() < 0.3,
    )
    if rng.random() < 0.15:
        plan.next_transfer_year = today.year + rng.randint(0, 1)
        plan.transfer_to_post16 = plan.year_group is not None and plan.year_group >= 10
    if is_tracked(dob, today):
        long_past_year9 = year9_end(dob) < today - timedelta(days=365)
        plan.transition_plan_on = rng.random() < (0.97 if long_past_year9 else 0.7) and _some_day(
            area, issued, transition_plan_due(dob, issued)
        )
        grown_up = age_on(dob, today) >= 19  # most of their milestones are long done
        if rng.random() < (0.95 if grown_up else 0.5):
            plan.adult_services = rng.choice(ADULT_SERVICES)
            plan.adult_services_on = _some_day(area, issued, today)
        if plan.learning_disability and rng.random() < 0.6:
            plan.last_health_check_on = _some_day(
                area, max(nth_birthday(dob, 14), today - timedelta(days=500)), today
            )
        if rng.random() < (0.95 if grown_up else 0.6):
            plan.handover_on = _some_day(area, max(issued, nth_birthday(dob, 17)), today)
        if plan.assessment_relevant and rng.random() < 0.4:
            plan.health_assessment_on = _some_day(area, max(issued, nth_birthday(dob, 18)), today)
        plan.transition_plan_on = plan.transition_plan_on or None
        if not plan.adult_services_on:
            plan.adult_services = ""
    return plan


def seed(area: SeededArea) -> None:
    rng = area.rng
    plans = []
    cohort = {child.pk for child in area.deep_dive_cohort}
    for child in area.children:
        if child.pk in cohort or rng.random() < PLAN_SHARE:
            plan = _plan_for(area, child)
            if plan is not None:
                plans.append(plan)
    EhcPlan.objects.bulk_create(plans, batch_size=area.batch_size)
    reviews = [
        AnnualReview(
            plan_id=plan.pk,
            held_on=plan.last_reviewed_on,
            health_attended=(attended := rng.random() < 0.7),
            health_attendees=rng.choice(ATTENDEES) if attended else "",
            health_contribution="Health needs and provision reviewed; no change."
            if rng.random() < 0.8
            else "",
            contribution_submitted_on=plan.last_reviewed_on - timedelta(days=rng.randint(7, 21))
            if plan.last_reviewed_on - timedelta(days=21) >= plan.issued_on
            else None,
        )
        for plan in plans
        if plan.last_reviewed_on is not None
    ]
    for review in reviews:
        if review.contribution_submitted_on and not review.health_contribution:
            review.health_contribution = "Written advice sent to the local authority."
    AnnualReview.objects.bulk_create(reviews, batch_size=area.batch_size)


def wipe(icb) -> None:
    AnnualReview.objects.filter(plan__icb=icb).delete()
    EhcPlan.objects.filter(icb=icb).delete()
    ReminderDigest.objects.filter(icb=icb).delete()
