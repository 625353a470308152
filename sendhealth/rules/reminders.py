"""When the next reminder about something due goes (every register's reminders)."""

from datetime import date, timedelta

__all__ = ["REMIND_EVERY_DAYS", "next_reminder_after"]

REMIND_EVERY_DAYS = 7


def next_reminder_after(
    sent_on: date, due_on: date, *, every_days: int = REMIND_EVERY_DAYS
) -> date:
    """After a reminder sent on ``sent_on``: the next on the due date while it is ahead, then
    every ``every_days`` (a week) while overdue. Always after ``sent_on``, so a reminder job
    that moves a row's next reminder to it never sees the row again the same day."""
    if sent_on < due_on:
        return due_on
    return sent_on + timedelta(days=every_days)
