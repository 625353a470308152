"""When preparing-for-adulthood milestones, annual reviews and phase transfers fall due: pure
functions of dates, no Django.

Sources: SEND Code of Practice 2015 ch. 8 (preparing for adulthood from year 9, at the latest;
the transition of health services); NICE NG43 (transition from children's to adults' services);
NHS England learning disability annual health checks (from age 14, once a year); CFA 2014 s44
(annual reviews) and SEND Regulations 2014 reg 18 (phase transfers), through
``sendhealth.rules``. A birthday is reached as the Family Law Reform Act 1969 s9 says
(29 February -> 1 March in a common year), through ``sendhealth.rules.birthday_in``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from sendhealth.rules import (
    AgeStatus,
    add_months,
    annual_review_due,
    birthday_in,
    phase_transfer_deadline,
    status_on,
)

TRACKED_FROM_AGE = 14  # year 9: the school year in which the young person turns 14
HANDOVER_AGE = 18
ADULT_SERVICES_BY_AGE = 17  # not statutory: a setting, TRANSITIONS_ADULT_SERVICES_BY_AGE
HEALTH_CHECK_MONTHS = 12
# Recurring items (annual reviews, annual health checks) join the queue this many days ahead;
# one-off milestones are listed as soon as they are missing.
RECURRING_SHOWN_DAYS_BEFORE = 90
YOUNG_PERSON_UNTIL_AGE = 25  # tracked until the 25th birthday (CFA 2014 s83(2), rules.status_on)


class Milestone(StrEnum):
    TRANSITION_PLAN = "transition_plan"
    ADULT_SERVICES = "adult_services"
    HEALTH_CHECK = "health_check"
    HANDOVER = "handover"
    HEALTH_ASSESSMENT = "health_assessment"
    ANNUAL_REVIEW = "annual_review"
    PHASE_TRANSFER = "phase_transfer"

    @property
    def label(self) -> str:
        return MILESTONE_LABELS[self]


MILESTONE_LABELS = {
    Milestone.TRANSITION_PLAN: "Transition plan in place",
    Milestone.ADULT_SERVICES: "Adult services identified",
    Milestone.HEALTH_CHECK: "Annual health check",
    Milestone.HANDOVER: "Handover to adult services",
    Milestone.HEALTH_ASSESSMENT: "18 to 25 health assessment",
    Milestone.ANNUAL_REVIEW: "Annual review",
    Milestone.PHASE_TRANSFER: "Phase transfer review",
}


def nth_birthday(dob: date, age: int) -> date:
    """The day the person reaches ``age`` (29 February -> 1 March in a common year)."""
    return birthday_in(dob, dob.year + age)


def school_year_start(on: date) -> date:
    """1 September that starts the school year (1 September to 31 August) holding ``on``."""
    return date(on.year if on.month >= 9 else on.year - 1, 9, 1)


def year9_start(dob: date) -> date:
    """First day of year 9: the school year in which the young person turns 14."""
    return school_year_start(nth_birthday(dob, TRACKED_FROM_AGE))


def year9_end(dob: date) -> date:
    """Last day of year 9 (31 August)."""
    return date(year9_start(dob).year + 1, 8, 31)


def is_tracked(dob: date, today: date) -> bool:
    """From the first day of year 9 until the 25th birthday (a young person is under 25,
    CFA 2014 s83(2), via ``status_on``)."""
    if today < dob or today < year9_start(dob):
        return False
    return status_on(dob, today) != AgeStatus.ADULT


def transition_plan_due(dob: date, issued_on: date | None = None) -> date:
    """Preparing for adulthood is discussed at the year 9 review: a plan by the end of year 9.

    A plan first issued after year 9 has had no year 9 review: its transition plan is due at
    its first annual review (CFA 2014 s44; SEND Code of Practice 8.9-8.11)."""
    due = year9_end(dob)
    if issued_on is not None and issued_on > due:
        return annual_review_due(issued_on)
    return due


def adult_services_due(dob: date, by_age: int = ADULT_SERVICES_BY_AGE) -> date:
    """Adult services identified well before handover: by the ``by_age`` birthday (17)."""
    return nth_birthday(dob, by_age)


def handover_due(dob: date) -> date:
    """Handed over to adult services by the 18th birthday."""
    return nth_birthday(dob, HANDOVER_AGE)


def health_assessment_due(dob: date) -> date:
    """An 18 to 25 health assessment, where relevant, is due when the young person turns 18."""
    return nth_birthday(dob, HANDOVER_AGE)


def health_check_due(dob: date, last_check: date | None) -> date:
    """Learning disability annual health check: 12 months after the last one; if there has
    been none since the 14th birthday, due from the 14th birthday (eligibility starts at 14)."""
    fourteenth = nth_birthday(dob, TRACKED_FROM_AGE)
    if last_check is None or last_check < fourteenth:
        return fourteenth
    return add_months(last_check, HEALTH_CHECK_MONTHS)


class PlanFacts(Protocol):
    issued_on: date
    last_reviewed_on: date | None
    next_transfer_year: int | None
    transfer_to_post16: bool
    transfer_reviewed_on: date | None
    ceased_on: date | None
    transition_plan_on: date | None
    adult_services_on: date | None
    learning_disability: bool
    last_health_check_on: date | None
    handover_on: date | None
    assessment_relevant: bool
    health_assessment_on: date | None


@dataclass(frozen=True)
class DueItem:
    milestone: Milestone
    due_on: date


def due_items(
    plan: PlanFacts, dob: date, today: date, *, adult_services_by_age: int = ADULT_SERVICES_BY_AGE
) -> list[DueItem]:
    """What is due or missing for one plan on ``today``, soonest first.

    Preparing-for-adulthood milestones count from year 9 to the 25th birthday; the annual
    review (CFA 2014 s44) and the phase transfer review (reg 18) count for every live plan.
    Recurring items join ``RECURRING_SHOWN_DAYS_BEFORE`` days ahead of their due date.
    """
    if plan.ceased_on is not None and plan.ceased_on <= today:
        return []
    horizon = today + timedelta(days=RECURRING_SHOWN_DAYS_BEFORE)
    items: list[DueItem] = []
    review = annual_review_due(plan.last_reviewed_on or plan.issued_on)
    if review <= horizon:
        items.append(DueItem(Milestone.ANNUAL_REVIEW, review))
    if plan.next_transfer_year and plan.transfer_reviewed_on is None:
        deadline = phase_transfer_deadline(plan.next_transfer_year, plan.transfer_to_post16)
        items.append(DueItem(Milestone.PHASE_TRANSFER, deadline))
    if is_tracked(dob, today):
        if plan.transition_plan_on is None:
            items.append(
                DueItem(Milestone.TRANSITION_PLAN, transition_plan_due(dob, plan.issued_on))
            )
        if plan.adult_services_on is None:
            items.append(
                DueItem(Milestone.ADULT_SERVICES, adult_services_due(dob, adult_services_by_age))
            )
        if plan.learning_disability:
            check = health_check_due(dob, plan.last_health_check_on)
            if check <= horizon:
                items.append(DueItem(Milestone.HEALTH_CHECK, check))
        if plan.handover_on is None:
            items.append(DueItem(Milestone.HANDOVER, handover_due(dob)))
        if plan.assessment_relevant and plan.health_assessment_on is None:
            items.append(DueItem(Milestone.HEALTH_ASSESSMENT, health_assessment_due(dob)))
    return sorted(items, key=lambda item: (item.due_on, item.milestone.value))


@dataclass(frozen=True)
class DueWindow:
    """A due item with the days it is listed: from ``shown_from`` until the day before
    ``shown_until`` (None: no end). What ``due_items`` lists on a day is the windows open on
    it, so the queue keeps these rows and filters them by today's date in the database."""

    milestone: Milestone
    due_on: date
    shown_from: date
    shown_until: date | None


def due_windows(
    plan: PlanFacts, dob: date, *, adult_services_by_age: int = ADULT_SERVICES_BY_AGE
) -> list[DueWindow]:
    """Every item ``due_items`` would list for the plan on some day, with the days it would:
    ``[w for w in due_windows(...) if w.shown_from <= today < (w.shown_until or forever)]``
    are ``due_items(plan, dob, today)``."""
    ends = plan.ceased_on  # a ceased plan lists nothing from the day it ceased
    shown = timedelta(days=RECURRING_SHOWN_DAYS_BEFORE)
    windows: list[DueWindow] = []
    review = annual_review_due(plan.last_reviewed_on or plan.issued_on)
    windows.append(DueWindow(Milestone.ANNUAL_REVIEW, review, review - shown, ends))
    if plan.next_transfer_year and plan.transfer_reviewed_on is None:
        deadline = phase_transfer_deadline(plan.next_transfer_year, plan.transfer_to_post16)
        windows.append(DueWindow(Milestone.PHASE_TRANSFER, deadline, date.min, ends))
    tracked_from = year9_start(dob)
    tracked_until = nth_birthday(dob, YOUNG_PERSON_UNTIL_AGE)
    if ends is not None:
        tracked_until = min(tracked_until, ends)

    def tracked(milestone: Milestone, due: date, start: date = tracked_from) -> None:
        windows.append(DueWindow(milestone, due, max(start, tracked_from), tracked_until))

    if plan.transition_plan_on is None:
        tracked(Milestone.TRANSITION_PLAN, transition_plan_due(dob, plan.issued_on))
    if plan.adult_services_on is None:
        tracked(Milestone.ADULT_SERVICES, adult_services_due(dob, adult_services_by_age))
    if plan.learning_disability:
        check = health_check_due(dob, plan.last_health_check_on)
        tracked(Milestone.HEALTH_CHECK, check, check - shown)
    if plan.handover_on is None:
        tracked(Milestone.HANDOVER, handover_due(dob))
    if plan.assessment_relevant and plan.health_assessment_on is None:
        tracked(Milestone.HEALTH_ASSESSMENT, health_assessment_due(dob))
    return [w for w in windows if w.shown_until is None or w.shown_from < w.shown_until]


# -- validation of dates (the forms' messages come from here) --------------------------------


def done_date_error(
    name: str, done: date | None, *, issued_on: date | None, today: date
) -> str | None:
    """A milestone's date: not in the future, not before the plan was issued."""
    if done is None:
        return None
    if done > today:
        return f"{name} must be today or in the past"
    if issued_on is not None and done < issued_on:
        return f"{name} must be on or after the date the plan was issued"
    return None


def health_check_date_error(done: date | None, *, dob: date, today: date) -> str | None:
    """An annual health check: not in the future, not before the 14th birthday."""
    if done is None:
        return None
    if done > today:
        return "Date of the last annual health check must be today or in the past"
    if done < nth_birthday(dob, TRACKED_FROM_AGE):
        return "Date of the last annual health check must be on or after the 14th birthday"
    return None
