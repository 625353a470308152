"""Reminders about enquiries: an open enquiry with no first answer after
``ENQUIRY_FIRST_ANSWER_WORKING_DAYS`` working days (default 5) is emailed to its assignee,
then weekly while it stays unanswered (``reminded_on`` is when it last was). ``core.reminders``
claims and sends them."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.messaging import Draft, MessageKind, people
from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.enquiries.models import Enquiry
from sendhealth.enquiries.presenters import enquiry_first_answer_due, first_answer_working_days
from sendhealth.rules import format_date

REMIND_EVERY_DAYS = 7


def reminder_body(enquiry: Enquiry, due: date) -> str:
    """The email names the enquiry by reference only, never a child."""
    link = settings.SITE_URL.rstrip("/") + reverse("enquiries:detail", args=[enquiry.pk])
    return (
        f"Enquiry {enquiry.reference}, assigned to you, has had no answer yet. A first answer "
        f"was due by {format_date(due)} ({first_answer_working_days()} working days).\n\n"
        f"Sign in to sendhealth to answer it:\n{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )


def due_reminders(today: date) -> QuerySet[Enquiry]:
    # Working days are at least as many calendar days, so this only narrows the candidates;
    # ``first_answer_overdue`` says which are due.
    opened_before = timezone.now() - timedelta(days=first_answer_working_days())
    return (
        Enquiry.objects.filter(
            closed_at__isnull=True,
            first_answered_at__isnull=True,
            assigned_to__isnull=False,
            opened_at__lt=opened_before,
        )
        .filter(
            Q(reminded_on__isnull=True)
            | Q(reminded_on__lte=today - timedelta(days=REMIND_EVERY_DAYS))
        )
        .select_related("assigned_to")
    )


def first_answer_overdue(enquiry: Enquiry, today: date) -> bool:
    """Left unclaimed until the first answer is overdue and the assignee has an address."""
    return enquiry_first_answer_due(enquiry) < today and bool(enquiry.assigned_to.email)


def reminder(enquiry: Enquiry, today: date) -> Draft:
    return Draft(
        kind=MessageKind.REMINDER,
        subject=f"Enquiry {enquiry.reference} has no answer yet",
        body=reminder_body(enquiry, enquiry_first_answer_due(enquiry)),
        reference=enquiry.reference,
        link=reverse("enquiries:detail", args=[enquiry.pk]),
        recipients=people([enquiry.assigned_to]),
    )


REMINDERS = ReminderJob(
    name="enquiry-reminders",
    due=due_reminders,
    wanted=first_answer_overdue,
    draft=reminder,
    column="reminded_on",
    claim_as=lambda enquiry, today: today,
    note=lambda enquiry: {"reminded_on": enquiry.reminded_on},
)


@task()
def send_enquiry_reminders() -> int:
    return send_due_reminders(REMINDERS)


SCHEDULED = (send_enquiry_reminders,)
