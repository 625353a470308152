"""Reminders about enquiries: an open enquiry with no first answer after
``ENQUIRY_FIRST_ANSWER_WORKING_DAYS`` working days (default 5) is emailed to its assignee,
then weekly while it stays unanswered. Rows are claimed with a conditional update, so two
workers never send the same reminder."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.claims import claim
from sendhealth.core.messaging import MessageKind, people, send_message
from sendhealth.enquiries.models import Enquiry
from sendhealth.enquiries.presenters import enquiry_first_answer_due, first_answer_working_days
from sendhealth.rules import format_date

logger = logging.getLogger(__name__)
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


@task()
def send_enquiry_reminders() -> int:
    today = timezone.localdate()
    auditor = Auditor.for_system("enquiry-reminders")
    # Working days are at least as many calendar days, so this only narrows the candidates.
    opened_before = timezone.now() - timedelta(days=first_answer_working_days())
    candidates = (
        Enquiry.objects.filter(
            closed_at__isnull=True,
            first_answered_at__isnull=True,
            assigned_to__isnull=False,
            opened_at__lt=opened_before,
        )
        .filter(
            Q(last_reminded_on__isnull=True)
            | Q(last_reminded_on__lte=today - timedelta(days=REMIND_EVERY_DAYS))
        )
        .select_related("assigned_to")
    )
    sent = 0
    for enquiry in candidates.iterator(chunk_size=500):
        due = enquiry_first_answer_due(enquiry)
        if due >= today or not enquiry.assigned_to.email:
            continue
        if not claim(enquiry, "last_reminded_on", today):
            continue
        send_message(
            kind=MessageKind.REMINDER,
            subject=f"Enquiry {enquiry.reference} has no answer yet",
            body=reminder_body(enquiry, due),
            reference=enquiry.reference,
            link=reverse("enquiries:detail", args=[enquiry.pk]),
            recipients=people([enquiry.assigned_to]),
        )
        auditor.update(enquiry, {"reminded_on": today})
        sent += 1
    logger.info("enquiry reminders sent=%d", sent)
    return sent


SCHEDULED = (send_enquiry_reminders,)
