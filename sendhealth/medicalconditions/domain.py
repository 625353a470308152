"""Pure rules for individual healthcare plans: when a review is due soon or overdue, when a
reminder goes, whether staff training is in date, and when a setting has a training gap.
No ORM, no views.

How long staff training stays "in date" is not set by law: the statutory guidance "Supporting
pupils at school with medical conditions" (DfE, December 2015, updated August 2017, paras
34-37) leaves it to the governing body with the health professionals, who should say how often
training is refreshed. ``TRAINING_VALID_MONTHS`` (12, a setting:
``SENDHEALTH_IHP_TRAINING_VALID_MONTHS``) is our default, NOT CONFIRMED locally.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

TRAINING_VALID_MONTHS = 12  # not confirmed: see the module docstring
REVIEW_REMINDER_DAYS_BEFORE = 28  # the contributing service is reminded 4 weeks before


class Review(StrEnum):
    ENDED = "ended"
    DUE = "due"
    DUE_SOON = "due_soon"  # within REVIEW_REMINDER_DAYS_BEFORE days, today included
    OVERDUE = "overdue"


class Training(StrEnum):
    NONE = "none"  # nobody trained recorded
    IN_DATE = "in_date"
    LAPSED = "lapsed"


def review_state(review_due_on: date, ended_on: date | None, today: date) -> Review:
    """Overdue once the review date has passed (the day itself is still in time)."""
    if ended_on is not None and ended_on <= today:
        return Review.ENDED
    if review_due_on < today:
        return Review.OVERDUE
    if review_due_on <= today + timedelta(days=REVIEW_REMINDER_DAYS_BEFORE):
        return Review.DUE_SOON
    return Review.DUE


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day if it has no such day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def training_expires_on(trained_on: date | None, months: int = TRAINING_VALID_MONTHS):
    """The first day the training is out of date."""
    return add_months(trained_on, months) if trained_on is not None else None


def training_state(
    trained_staff: int, trained_on: date | None, today: date, months: int = TRAINING_VALID_MONTHS
) -> Training:
    if not trained_staff or trained_on is None:
        return Training.NONE
    if today < training_expires_on(trained_on, months):
        return Training.IN_DATE
    return Training.LAPSED


def in_date_since(today: date, months: int = TRAINING_VALID_MONTHS) -> date:
    """Training done after this day is in date today (for queries)."""
    return add_months(today, -months)


def has_training_gap(emergency_medication: bool, training: Training) -> bool:
    """A pupil who may need emergency medication with no trained staff in date."""
    return emergency_medication and training != Training.IN_DATE


def first_reminder_on(review_due_on: date | None, ended_on: date | None) -> date | None:
    """The first reminder goes 4 weeks before the review is due; none once the plan ended."""
    if review_due_on is None or ended_on is not None:
        return None
    return review_due_on - timedelta(days=REVIEW_REMINDER_DAYS_BEFORE)


def plan_date_errors(
    agreed_on: date | None, review_due_on: date | None, ended_on: date | None, today: date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if agreed_on is not None and agreed_on > today:
        errors["agreed_on"] = "Date the plan was agreed must be today or in the past"
    if agreed_on is not None and review_due_on is not None and review_due_on <= agreed_on:
        errors["review_due_on"] = "Review date must be after the date the plan was agreed"
    if ended_on is not None:
        if ended_on > today:
            errors["ended_on"] = "Date the plan ended must be today or in the past"
        elif agreed_on is not None and ended_on < agreed_on:
            errors["ended_on"] = "Date the plan ended must be on or after the date it was agreed"
    return errors


def training_date_errors(trained_on: date | None, today: date) -> dict[str, str]:
    if trained_on is not None and trained_on > today:
        return {"trained_on": "Date of the training must be today or in the past"}
    return {}


# The condition areas shipped (as the data migration 0002 adds them): name, may need emergency
# medication, order. Kept here too so seeding and tests can put them back after a flush.
SHIPPED_CONDITION_AREAS = (
    ("Asthma", True, 10),
    ("Epilepsy", True, 20),
    ("Diabetes", True, 30),
    ("Anaphylaxis or severe allergy", True, 40),
    ("Complex health needs", True, 50),
    ("Other", False, 90),
)
