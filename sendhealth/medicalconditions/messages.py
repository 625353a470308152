"""The reminder about a plan's review, to the contributing service (its mailbox) and the person
who recorded the plan. It names the plan by reference only: never a child, never a condition."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.urls import reverse

from sendhealth.core.messaging import Draft, MessageKind, mailbox, people
from sendhealth.rules import due_when


def reminder_text(plan, today: date) -> tuple[str, str]:
    due = plan.review_due_on
    when = due_when(due, today)
    link = settings.SITE_URL.rstrip("/") + reverse("medicalconditions:detail", args=[plan.pk])
    body = (
        "A reminder about the review of an individual healthcare plan your service contributed "
        "to.\n\n"
        f"Reference: {plan.reference}\n"
        f"The review {when}.\n\n"
        f"Sign in to sendhealth to see the plan and record the review:\n{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    return f"Healthcare plan review {plan.reference} {when}", body


def review_reminder(plan, today: date) -> Draft | None:
    """The reminder; None if there is nobody to send it to."""
    to = mailbox(plan.service.email, service_id=plan.service_id)
    if plan.created_by_id:
        to += people([plan.created_by])
    to = [recipient for recipient in to if recipient.email]
    if not to:
        return None
    subject, body = reminder_text(plan, today)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=plan.reference,
        link=reverse("medicalconditions:detail", args=[plan.pk]),
        recipients=to,
    )
