"""The reminder email about a safeguarding follow-up. It names the referral by reference only:
never a child, never the concern."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse

from sendhealth.core.messaging import Draft, MessageKind, Recipient, mailbox, people
from sendhealth.rules import due_when


@dataclass(frozen=True)
class ReminderEmail:
    subject: str
    body: str


def reminder_email(referral, today: date) -> ReminderEmail:
    due = referral.follow_up_due_on
    when = due_when(due, today)
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


def reminder(referral, today: date) -> Draft | None:
    """The reminder; None if there is nobody to send it to."""
    to = [recipient for recipient in recipients(referral) if recipient.email]
    if not to:
        return None
    email = reminder_email(referral, today)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=email.subject,
        body=email.body,
        reference=referral.reference,
        link=reverse("safeguarding:detail", args=[referral.pk]),
        recipients=to,
    )
