"""The reminder about an improvement action's due date, to the ICB's DCO mailbox and the
mailbox of the organisation that leads the action. It names the action by reference only."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.messaging import Draft, MessageKind, mailbox, site_link
from sendhealth.rules import due_when


def reminder_text(action, today: date) -> tuple[str, str]:
    due = action.due_on
    when = due_when(due, today)
    link = site_link(reverse("improvement:action", args=[action.pk]))
    body = (
        "A reminder about an action of the local area SEND improvement plan.\n\n"
        f"Reference: {action.reference}\n"
        f"The action {when}.\n\n"
        f"Sign in to sendhealth to see it and record progress:\n{link}\n"
    )
    return f"Improvement plan action {action.reference} {when}", body


def action_reminder(action, today: date) -> Draft | None:
    """The reminder; None if there is nobody to send it to."""
    icb = action.priority.plan.icb
    to = mailbox(icb.email, organisation_id=icb.pk) + mailbox(
        action.organisation.email, organisation_id=action.organisation_id
    )
    to = [recipient for recipient in to if recipient.email]
    if not to:
        return None
    subject, body = reminder_text(action, today)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=action.reference,
        link=reverse("improvement:action", args=[action.pk]),
        recipients=to,
    )
