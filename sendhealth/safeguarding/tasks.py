"""Background work for safeguarding (Django's tasks API): reminders of follow-ups due within
3 days or overdue. Deadlines live on the row (``next_reminder_on``) and a worker claims a row
with a conditional update, so two workers never send the same reminder."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.claims import claim
from sendhealth.core.models import AuditAction
from sendhealth.safeguarding.domain import next_reminder_after
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.safeguarding.reminders import send_reminder

logger = logging.getLogger(__name__)


@task()
def send_safeguarding_reminders() -> int:
    """Remind the DCO service of every follow-up due within 3 days, due today or overdue and
    not done. Returns how many reminders this run sent."""
    today = timezone.localdate()
    auditor = Auditor.for_system("safeguarding-reminders")
    due = (
        SafeguardingReferral.objects.filter(
            follow_up_done_on__isnull=True,
            follow_up_due_on__isnull=False,
            next_reminder_on__lte=today,
        )
        .select_related("icb", "created_by")
        .order_by("next_reminder_on", "pk")
    )
    sent = 0
    for referral in due.iterator(chunk_size=500):
        new = next_reminder_after(today, referral.follow_up_due_on)
        if not claim(referral, "next_reminder_on", new):
            continue  # another worker has it
        if send_reminder(referral, today):
            auditor.record(
                AuditAction.UPDATE, referral, changes={"reminder": "follow-up reminder sent"}
            )
            sent += 1
    logger.info("safeguarding reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_safeguarding_reminders,)
