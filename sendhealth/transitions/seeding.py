"""Synthetic EHC plans, annual reviews and preparing-for-adulthood milestones for the demo and
the benchmark (see ``core.seeding``). Written with ``bulk_create``, no query per row."""

from __future__ import annotations

from datetime import date, timedelta

from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.rules import add_months, age_on, phase_transfer_deadline
from sendhealth.transitions.domain import (
    adult_services_due,
    handover_due,
    health_assessment_due,
    is_tracked,
    nth_birthday,
    school_year_start,
    transition_plan_due,
    year9_start,
)
from sendhealth.transitions.models import AnnualReview, EhcPlan, PlanDueItem, ReminderDigest
from sendhealth.transitions.services import refresh_due_items

PLAN_SHARE = 0.45  # of the seeded children, those with an EHC plan
MOST_OVERDUE = timedelta(days=300)
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


def _year_group(dob: date, today: date) -> int | None:
    """The school year group: reception is the school year in which the child turns 5, year 9
    the one in which they turn 14; None before reception, 14 for year 14 or later."""
    group = school_year_start(today).year - school_year_start(nth_birthday(dob, 5)).year
    return None if group < 0 else min(14, group)


def _done(area: SeededArea, start: date, end: date, due: date, share: float) -> date | None:
    """When a one-off milestone was done: between ``start`` and ``end`` (never after today),
    by chance ``share``, and always when it fell due more than ``MOST_OVERDUE`` ago (the queue
    shows what is missing now, not what slipped years ago)."""
    if due >= area.today - MOST_OVERDUE and area.rng.random() >= share:
        return None
    return _some_day(area, start, end)


def _plan_for(area: SeededArea, child) -> EhcPlan | None:
    rng, today = area.rng, area.today
    dob = child.date_of_birth
    if age_on(dob, today) < 3:
        return None
    issued = _some_day(area, nth_birthday(dob, 3), today - timedelta(days=30))
    if issued is None:
        return None
    # Most plans were reviewed at their latest anniversary; about one in eight recent ones
    # missed it, so is months overdue (as the DfE's SEN2 returns show), never years.
    years = max(0, (today - issued).days // 365)
    recent = add_months(issued, 12 * years) >= today - timedelta(days=240)
    if years and recent and rng.random() < 0.12:
        years -= 1
    last_review = add_months(issued, 12 * years) - timedelta(days=rng.randint(-20, 60))
    if last_review > today and years:
        last_review = add_months(last_review, -12)
    if last_review < add_months(issued, 6):
        last_review = issued  # not reviewed yet: no review row (see below)
    year_group = _year_group(dob, today)
    plan = EhcPlan(
        child_id=child.pk,
        local_authority_id=child.local_authority_id,
        icb_id=area.icb.pk,
        issued_on=issued,
        last_reviewed_on=last_review if issued < last_review <= today else None,
        year_group=year_group,
        learning_disability=child.need in ("SLD", "PMLD", "DS") or rng.random() < 0.1,
        assessment_relevant=rng.random() < 0.3,
    )
    if year_group in (6, 11) and rng.random() < 0.9:
        # The next transfer, from primary to secondary or secondary to post-16, next
        # September; a deadline (reg 18) already passed was met by a review before it.
        plan.next_transfer_year = school_year_start(today).year + 1
        plan.transfer_to_post16 = year_group == 11
        deadline = phase_transfer_deadline(plan.next_transfer_year, plan.transfer_to_post16)
        if deadline < today:
            plan.transfer_reviewed_on = _some_day(
                area, max(issued, deadline - timedelta(days=90)), deadline
            )
    if is_tracked(dob, today):
        from_year9 = max(issued, year9_start(dob))
        grown_up = age_on(dob, today) >= 19  # most of their milestones are long done
        due = transition_plan_due(dob, issued)
        plan.transition_plan_on = _done(area, from_year9, due, due, 0.7)
        due = adult_services_due(dob)
        plan.adult_services_on = _done(area, from_year9, today, due, 0.95 if grown_up else 0.5)
        if plan.adult_services_on:
            plan.adult_services = rng.choice(ADULT_SERVICES)
        fourteenth = nth_birthday(dob, 14)
        if plan.learning_disability and (
            rng.random() < 0.6 or fourteenth < today - timedelta(days=300)
        ):
            # a yearly check, the last within about a year (none before the 14th birthday)
            plan.last_health_check_on = _some_day(
                area, max(fourteenth, today - timedelta(days=330)), today
            )
        due = handover_due(dob)
        seventeenth = max(issued, nth_birthday(dob, 17))
        plan.handover_on = _done(area, seventeenth, today, due, 0.95 if grown_up else 0.6)
        if plan.assessment_relevant:
            due = health_assessment_due(dob)
            eighteenth = max(issued, nth_birthday(dob, 18))
            plan.health_assessment_on = _done(area, eighteenth, today, due, 0.4)
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
    write_rows(EhcPlan, plans, batch_size=area.batch_size)
    refresh_due_items([plan.pk for plan in plans])
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
    write_rows(AnnualReview, reviews, batch_size=area.batch_size)


def wipe(icb) -> None:
    PlanDueItem.objects.filter(plan__icb=icb).delete()
    AnnualReview.objects.filter(plan__icb=icb).delete()
    EhcPlan.objects.filter(icb=icb).delete()
    ReminderDigest.objects.filter(icb=icb).delete()
