"""Pure rules for enquiries: when a first answer is late, and the median time to answer."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from datetime import date, timedelta

from sendhealth.rules import is_working_day

DEFAULT_FIRST_ANSWER_WORKING_DAYS = 5


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (not weekends or bank holidays in England
    and Wales)."""
    current = start
    counted = 0
    while counted < days:
        current += timedelta(days=1)
        if is_working_day(current):
            counted += 1
    return current


def first_answer_due(opened_on: date, working_days: int) -> date:
    """The day by which an enquiry should have its first answer."""
    return add_working_days(opened_on, working_days)


def first_answer_overdue(opened_on: date, today: date, working_days: int) -> bool:
    """More than ``working_days`` working days have passed without a first answer."""
    return today > first_answer_due(opened_on, working_days)


def median_duration(durations: Iterable[timedelta]) -> timedelta | None:
    values = sorted(durations)
    if not values:
        return None
    seconds = statistics.median(d.total_seconds() for d in values)
    return timedelta(seconds=round(seconds))


def describe_duration(value: timedelta | None) -> str:
    """ "2 days 3 hours", "5 hours", "under an hour"; "no answers yet" for None."""
    if value is None:
        return "no answers yet"
    hours = int(value.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    return " ".join(parts) or "under an hour"
