"""The improvement register's own rules, as plain functions: financial quarters, the RAG status
a measure gives against its target, the status an action shows and when its reminders go.

These are internal targets of the DCO service, not statutory deadlines."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

AMBER_MARGIN = Decimal("0.10")  # within 10% of the target (of its size) is amber
REMINDER_BEFORE_DAYS = 14  # the first reminder, before an action's due date


def quarter_of(day: date) -> tuple[int, int]:
    """(financial year's first calendar year, quarter 1-4): Q1 is April to June."""
    if day.month >= 4:
        return day.year, (day.month - 4) // 3 + 1
    return day.year - 1, 4


def quarter_label(year: int, quarter: int) -> str:
    return f"Q{quarter} {year}-{(year + 1) % 100:02d}"


def previous_quarters(day: date, count: int) -> list[tuple[int, int]]:
    """The ``count`` quarters up to and including the one ``day`` is in, oldest first."""
    year, quarter = quarter_of(day)
    found = []
    for _ in range(count):
        found.append((year, quarter))
        quarter -= 1
        if quarter == 0:
            year, quarter = year - 1, 4
    return found[::-1]


def measure_rag(current, target, direction: str) -> str | None:
    """Green when the current value meets the target, amber within ``AMBER_MARGIN`` of it,
    red otherwise; ``None`` when there is no current value."""
    if current is None:
        return None
    current, target = Decimal(str(current)), Decimal(str(target))
    margin = abs(target) * AMBER_MARGIN or Decimal("1")
    if direction == "higher":
        if current >= target:
            return "green"
        return "amber" if current >= target - margin else "red"
    if current <= target:
        return "green"
    return "amber" if current <= target + margin else "red"


def action_rag(
    *, status: str, due_on: date, today: date, measure_rag_value: str | None, override: str = ""
) -> str:
    """The action's RAG: a person's override first; a done action green; an open action past
    its due date red; otherwise its measure's RAG, or green when it has no measure."""
    if override:
        return override
    if status == "done":
        return "green"
    if due_on < today:
        return "red"
    return measure_rag_value or "green"


def first_reminder_on(due_on: date, status: str) -> date | None:
    if status == "done":
        return None
    return due_on - timedelta(days=REMINDER_BEFORE_DAYS)


def is_overdue(status: str, due_on: date, today: date) -> bool:
    return status != "done" and due_on < today
