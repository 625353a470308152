"""The reminder about a policy's review, to its ICB's DCO mailbox and the person who recorded
it. Names the policy by reference and title (no personal data)."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.messaging import Draft, MessageKind, mailbox, people, site_link
from sendhealth.rules import due_when


def reminder_text(policy, today: date) -> tuple[str, str]:
    due = policy.review_due_on
    when = due_when(due, today)
    link = site_link(reverse("policies:detail", args=[policy.pk]))
    body = (
        f"A reminder about the review of {policy.reference}: {policy.title} "
        f"(version {policy.version}, owner {policy.owner}).\n\n"
        f"The review {when}.\n\n"
        f"Sign in to sendhealth to record the review or upload the new version:\n{link}\n"
    )
    return f"Policy review {policy.reference} {when}", body


def review_reminder(policy, today: date) -> Draft | None:
    """The reminder; None if there is nobody to send it to."""
    to = mailbox(policy.icb.email, organisation_id=policy.icb_id)
    if policy.created_by_id:
        to += people([policy.created_by])
    if not to:
        return None
    subject, body = reminder_text(policy, today)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=policy.reference,
        link=reverse("policies:detail", args=[policy.pk]),
        recipients=to,
    )
