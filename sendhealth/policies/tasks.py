"""Reminders of policy reviews (Django's tasks API): 4 weeks before the review date, on it,
then weekly while overdue. Deadlines live on the row (``next_reminder_on``) and the worker
claims a row with a conditional update, so two workers never send the same reminder."""

from __future__ import annotations

import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.policies.domain import next_reminder_after
from sendhealth.policies.messages import send_review_reminder
from sendhealth.policies.models import Policy

logger = logging.getLogger(__name__)


@task()
def send_policy_review_reminders() -> int:
    """Returns how many reminders this run sent."""
    today = timezone.localdate()
    auditor = Auditor.for_system("policy-review-reminders")
    due = (
        Policy.objects.filter(next_reminder_on__lte=today)
        .filter(Q(retired_on__isnull=True) | Q(retired_on__gt=today))
        .select_related("icb", "created_by")
        .order_by("next_reminder_on", "pk")
    )
    sent = 0
    for policy in due.iterator(chunk_size=500):
        claimed = Policy.objects.filter(
            pk=policy.pk, next_reminder_on=policy.next_reminder_on
        ).update(next_reminder_on=next_reminder_after(today, policy.review_due_on))
        if not claimed:
            continue  # another worker has it
        if send_review_reminder(policy, today):
            auditor.record(AuditAction.UPDATE, policy, changes={"reminder": "review reminder"})
            sent += 1
    logger.info("policy review reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_policy_review_reminders,)
