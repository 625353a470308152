"""When a policy's review is due soon or overdue, and when to remind its owner: plain
functions. A review is "due soon" within 4 weeks of its date (an internal target, not a
statutory one); reminders go 4 weeks before, on the day, then every week while overdue."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

REMIND_DAYS_BEFORE = 28


class Review(Enum):
    RETIRED = "retired"
    IN_DATE = "in_date"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def review_state(review_due_on: date, retired_on: date | None, today: date) -> Review:
    if retired_on is not None and retired_on <= today:
        return Review.RETIRED
    if review_due_on < today:
        return Review.OVERDUE
    if review_due_on <= today + timedelta(days=REMIND_DAYS_BEFORE):
        return Review.DUE_SOON
    return Review.IN_DATE


def first_reminder_on(review_due_on: date, retired_on: date | None = None) -> date | None:
    if retired_on is not None:
        return None
    return review_due_on - timedelta(days=REMIND_DAYS_BEFORE)
