"""The reminder email about a safeguarding follow-up. It names the referral by reference only:
never a child, never the concern."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse

from sendhealth.core.messaging import MessageKind, Recipient, mailbox, people, send_message
from sendhealth.rules import format_date


@dataclass(frozen=True)
class ReminderEmail:
    subject: str
    body: str


def reminder_email(referral, today: date) -> ReminderEmail:
    due = referral.follow_up_due_on
    if today < due:
        when = f"is due on {format_date(due)}"
    elif today == due:
        when = "is due today"
    else:
        when = f"was due on {format_date(due)} and is overdue"
    link = settings.SITE_URL.rstrip("/") + reverse("safeguarding:detail", args=[referral.pk])
    body = (
        "A reminder about the follow-up of a safeguarding referral.\n\n"
        f"Reference: {referral.reference}\n"
        f"The follow-up {when}.\n\n"
        f"Sign in to sendhealth to see the referral and record the follow-up:\n{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    return ReminderEmail(subject=f"Safeguarding follow-up {referral.reference} {when}", body=body)


def recipients(referral) -> list[Recipient]:
    """The DCO who recorded the referral, and the ICB's DCO service mailbox."""
    found = people([referral.created_by]) if referral.created_by_id else []
    return found + mailbox(referral.icb.email, organisation_id=referral.icb_id)


def send_reminder(referral, today: date) -> bool:
    """Send the reminder; False if there is nobody to send it to."""
    to = [recipient for recipient in recipients(referral) if recipient.email]
    if not to:
        return False
    email = reminder_email(referral, today)
    send_message(
        kind=MessageKind.REMINDER,
        subject=email.subject,
        body=email.body,
        reference=referral.reference,
        link=reverse("safeguarding:detail", args=[referral.pk]),
        recipients=to,
    )
    return True
