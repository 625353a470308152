"""The reminder about a plan's review, to the contributing service (its mailbox) and the person
who recorded the plan. It names the plan by reference only: never a child, never a condition."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.urls import reverse

from sendhealth.core.messaging import MessageKind, mailbox, people, send_message
from sendhealth.rules import format_date


def reminder_text(plan, today: date) -> tuple[str, str]:
    due = plan.review_due_on
    if today < due:
        when = f"is due on {format_date(due)}"
    elif today == due:
        when = "is due today"
    else:
        when = f"was due on {format_date(due)} and is overdue"
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


def send_review_reminder(plan, today: date) -> bool:
    """Send the reminder; False if there is nobody to send it to."""
    to = mailbox(plan.service.email, service_id=plan.service_id)
    if plan.created_by_id:
        to += people([plan.created_by])
    to = [recipient for recipient in to if recipient.email]
    if not to:
        return False
    subject, body = reminder_text(plan, today)
    send_message(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=plan.reference,
        link=reverse("medicalconditions:detail", args=[plan.pk]),
        recipients=to,
    )
    return True
