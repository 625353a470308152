"""Background work for the improvement plan: reminders about each open action two weeks
before its due date, on it, then weekly while overdue. Deadlines live on the row
(``next_reminder_on``) and a worker claims a row with a conditional update, so two workers
never send the same reminder."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.improvement.domain import next_reminder_after
from sendhealth.improvement.messages import send_action_reminder
from sendhealth.improvement.models import Action, ActionStatus

logger = logging.getLogger(__name__)


@task()
def send_improvement_action_reminders() -> int:
    """Returns how many reminders this run sent."""
    today = timezone.localdate()
    auditor = Auditor.for_system("improvement-reminders")
    due = (
        Action.objects.filter(next_reminder_on__lte=today)
        .exclude(status=ActionStatus.DONE)
        .select_related("organisation", "priority__plan__icb")
        .order_by("next_reminder_on", "pk")
    )
    sent = 0
    for action in due.iterator(chunk_size=500):
        claimed = Action.objects.filter(
            pk=action.pk, next_reminder_on=action.next_reminder_on
        ).update(next_reminder_on=next_reminder_after(today, action.due_on))
        if not claimed:
            continue  # another worker has it
        if send_action_reminder(action, today):
            auditor.record(AuditAction.UPDATE, action, changes={"reminder": "due date reminder"})
            sent += 1
    logger.info("improvement action reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_improvement_action_reminders,)
