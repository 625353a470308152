"""Background work for individual healthcare plans (Django's tasks API): reminders to the
contributing service 4 weeks before a plan's review date, on it, then weekly while overdue.
Deadlines live on the row (``next_reminder_on``) and a worker claims a row with a conditional
update, so two workers never send the same reminder."""

from __future__ import annotations

import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.medicalconditions.domain import next_reminder_after
from sendhealth.medicalconditions.messages import send_review_reminder
from sendhealth.medicalconditions.models import HealthcarePlan

logger = logging.getLogger(__name__)


@task()
def send_healthcare_plan_reminders() -> int:
    """Returns how many reminders this run sent."""
    today = timezone.localdate()
    auditor = Auditor.for_system("healthcare-plan-reminders")
    due = (
        HealthcarePlan.objects.filter(next_reminder_on__lte=today)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
        .select_related("service", "created_by")
        .order_by("next_reminder_on", "pk")
    )
    sent = 0
    for plan in due.iterator(chunk_size=500):
        claimed = HealthcarePlan.objects.filter(
            pk=plan.pk, next_reminder_on=plan.next_reminder_on
        ).update(next_reminder_on=next_reminder_after(today, plan.review_due_on))
        if not claimed:
            continue  # another worker has it
        if send_review_reminder(plan, today):
            auditor.record(AuditAction.UPDATE, plan, changes={"reminder": "review reminder sent"})
            sent += 1
    logger.info("healthcare plan reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_healthcare_plan_reminders,)
