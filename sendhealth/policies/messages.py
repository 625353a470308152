"""The reminder about a policy's review, to its ICB's DCO mailbox and the person who recorded
it. Names the policy by reference and title (no personal data)."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.messaging import MessageKind, mailbox, people, send_message, site_link
from sendhealth.rules import format_date


def reminder_text(policy, today: date) -> tuple[str, str]:
    due = policy.review_due_on
    if today < due:
        when = f"is due on {format_date(due)}"
    elif today == due:
        when = "is due today"
    else:
        when = f"was due on {format_date(due)} and is overdue"
    link = site_link(reverse("policies:detail", args=[policy.pk]))
    body = (
        f"A reminder about the review of {policy.reference}: {policy.title} "
        f"(version {policy.version}, owner {policy.owner}).\n\n"
        f"The review {when}.\n\n"
        f"Sign in to sendhealth to record the review or upload the new version:\n{link}\n"
    )
    return f"Policy review {policy.reference} {when}", body


def send_review_reminder(policy, today: date) -> bool:
    to = mailbox(policy.icb.email, organisation_id=policy.icb_id)
    if policy.created_by_id:
        to += people([policy.created_by])
    if not to:
        return False
    subject, body = reminder_text(policy, today)
    send_message(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=policy.reference,
        link=reverse("policies:detail", args=[policy.pk]),
        recipients=to,
    )
    return True
