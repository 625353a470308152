"""Reminder emails to the ICB's DCO team mailbox (the ICB organisation's email address):
tribunal recommendations whose response is due within a week or overdue (SI 2017/1306), and
appeal deadlines a week away (HESC Rules 2008 r20). The emails name references only, never a
child, and link to sendhealth."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.urls import reverse

from sendhealth.rules import due_phrase, format_date

DUE_SOON_DAYS = 7
REMIND_EVERY_DAYS = 7


def recommendation_needs_reminder(
    due: date, responded_on: date | None, reminded_on: date | None, today: date
) -> bool:
    """Unanswered and due within a week (or overdue), and not reminded in the last week."""
    if responded_on is not None or due > today + timedelta(days=DUE_SOON_DAYS):
        return False
    return reminded_on is None or reminded_on <= today - timedelta(days=REMIND_EVERY_DAYS)


def appeal_needs_reminder(deadline: date | None, reminded_on: date | None, today: date) -> bool:
    """An appeal deadline from today to a week ahead, not yet reminded about."""
    if deadline is None or reminded_on is not None:
        return False
    return today <= deadline <= today + timedelta(days=DUE_SOON_DAYS)


@dataclass(frozen=True)
class Line:
    reference: str
    what: str
    due: date
    path: str


@dataclass(frozen=True)
class ReminderEmail:
    subject: str
    body: str


def reminder_email(lines: list[Line], today: date) -> ReminderEmail:
    site = settings.SITE_URL.rstrip("/")
    items = "\n".join(
        f"- {line.reference}: {line.what} {format_date(line.due)} ({due_phrase(line.due, today)})"
        f"\n  {site}{line.path}"
        for line in sorted(lines, key=lambda line: line.due)
    )
    body = (
        "Disagreement resolution dates that need the DCO team's attention:\n\n"
        f"{items}\n\n"
        "The ICB must answer a tribunal's health recommendations within 5 weeks, to the parent "
        "or young person and the local authority (SI 2017/1306).\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    count = len(lines)
    subject = f"Disagreements: {count} date{'s' if count != 1 else ''} due soon or overdue"
    return ReminderEmail(subject, body)


def detail_path(disagreement_id: int) -> str:
    return reverse("disagreements:detail", args=[disagreement_id])
