"""When reminders about advice go to a service and what they say. Deadlines live on the row
(``AdviceAssignment.next_reminder_on``, moved on by ``rules.next_reminder_after``);
the job that claims and sends them is ``core.reminders`` (the healthchecks ``sendalerts``
habit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.urls import reverse

from sendhealth.core.messaging import Draft, MessageKind, mailbox, send_messages
from sendhealth.rules import due_when


def first_reminder_on(received_on: date, due_on: date) -> date:
    """A week (``ADVICE_REMINDER_DAYS_BEFORE``) before the due date, never before receipt."""
    return max(received_on, due_on - timedelta(days=settings.ADVICE_REMINDER_DAYS_BEFORE))


@dataclass(frozen=True)
class ReminderEmail:
    subject: str
    body: str


def reminder_email(
    assignment, today: date, *, chased_by: str = "", path: str = ""
) -> ReminderEmail:
    """The email to a service. It names the request by reference only: never a child.
    ``path`` is the assignment's page, when the caller has it already."""
    due = assignment.due_on
    when = due_when(due, today)
    path = path or reverse("advice:assignment", args=[assignment.pk])
    link = settings.SITE_URL.rstrip("/") + path
    opener = f"{chased_by} of the DCO team asks about" if chased_by else "A reminder about"
    body = (
        f"{opener} a request for health advice for an EHC needs assessment.\n\n"
        f"Reference: {assignment.request.reference}\n"
        f"Service: {assignment.service.name}\n"
        f"The advice {when} (6 weeks from the date health received the request, "
        "SEND Regulations 2014 reg 8(1)).\n\n"
        f"Sign in to sendhealth to see the request and submit advice:\n{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    subject = f"Health advice {assignment.request.reference} {when}"
    return ReminderEmail(subject=subject, body=body)


def reminder_draft(assignment, today: date, *, chased_by: str = "") -> Draft | None:
    """The reminder (or chase) to the service's mailbox; None if there is no address."""
    to = assignment.service.email or assignment.service.provider.email
    if not to:
        return None
    path = reverse("advice:assignment", args=[assignment.pk])  # once: reverse is dear in a job
    email = reminder_email(assignment, today, chased_by=chased_by, path=path)
    return Draft(
        kind=MessageKind.CHASE if chased_by else MessageKind.REMINDER,
        subject=email.subject,
        body=email.body,
        reference=assignment.request.reference,
        link=path,
        recipients=mailbox(
            to, organisation_id=assignment.service.provider_id, service_id=assignment.service_id
        ),
    )


def send_reminder(assignment, today: date, *, chased_by: str = "") -> bool:
    """Send the reminder (or chase) to the service's mailbox through ``core.messaging``, so it
    is recorded and shows on its users' Messages page; False if there is no address."""
    draft = reminder_draft(assignment, today, chased_by=chased_by)
    if draft is None:
        return False
    send_messages([draft])
    return True
