"""The reminder about an improvement action's due date, to the ICB's DCO mailbox and the
mailbox of the organisation that leads the action. It names the action by reference only."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.messaging import MessageKind, mailbox, send_message, site_link
from sendhealth.rules import format_date


def reminder_text(action, today: date) -> tuple[str, str]:
    due = action.due_on
    if today < due:
        when = f"is due on {format_date(due)}"
    elif today == due:
        when = "is due today"
    else:
        when = f"was due on {format_date(due)} and is overdue"
    link = site_link(reverse("improvement:action", args=[action.pk]))
    body = (
        "A reminder about an action of the local area SEND improvement plan.\n\n"
        f"Reference: {action.reference}\n"
        f"The action {when}.\n\n"
        f"Sign in to sendhealth to see it and record progress:\n{link}\n"
    )
    return f"Improvement plan action {action.reference} {when}", body


def send_action_reminder(action, today: date) -> bool:
    icb = action.priority.plan.icb
    to = mailbox(icb.email, organisation_id=icb.pk) + mailbox(
        action.organisation.email, organisation_id=action.organisation_id
    )
    to = [recipient for recipient in to if recipient.email]
    if not to:
        return False
    subject, body = reminder_text(action, today)
    send_message(
        kind=MessageKind.REMINDER,
        subject=subject,
        body=body,
        reference=action.reference,
        link=reverse("improvement:action", args=[action.pk]),
        recipients=to,
    )
    return True
