"""Dates and due dates as people read them (NHS.UK and GOV.UK content style: "5 January 2026").

Month names come from this module, not ``strftime``, so the output does not depend on the
process locale.
"""

from datetime import date

__all__ = ["due_phrase", "due_when", "format_date", "format_date_short"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(d: date) -> str:
    """A date in full with no leading zero: "5 January 2026" (NHS.UK content style)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_date_short(d: date) -> str:
    """A date with a 3-letter month, for tables: "5 Jan 2026"."""
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def due_phrase(due: date, today: date) -> str:
    """How far away a statutory due date is, in words.

    "due today", "due tomorrow", "due in 5 days", "1 day overdue", "12 days overdue". Counts
    calendar days, like the statutory clocks themselves.
    """
    days = (due - today).days
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days > 1:
        return f"due in {days} days"
    overdue = -days
    return f"{overdue} day overdue" if overdue == 1 else f"{overdue} days overdue"


def due_when(due: date, today: date) -> str:
    """A reminder's words for a due date: "is due on 5 January 2026", "is due today", "was due
    on 5 January 2026 and is overdue"."""
    if today < due:
        return f"is due on {format_date(due)}"
    if today == due:
        return "is due today"
    return f"was due on {format_date(due)} and is overdue"
