"""Background work for advice (Django's tasks API, database backend)."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task

from sendhealth.advice import services
from sendhealth.advice.models import WITH_SERVICE_STATUSES, AdviceAssignment
from sendhealth.advice.reminders import next_reminder_after, send_reminder
from sendhealth.core.audit import Auditor
from sendhealth.core.claims import claim

logger = logging.getLogger(__name__)


@task()
def send_advice_reminders() -> int:
    """Remind every service whose advice is due soon, due today or overdue. Returns how many
    reminders this run sent. Safe to run on several workers at once."""
    today = timezone.localdate()
    auditor = Auditor.for_system("advice-reminders")
    due = (
        AdviceAssignment.objects.filter(
            status__in=WITH_SERVICE_STATUSES, next_reminder_on__lte=today
        )
        .select_related("request", "service__provider")
        .order_by("next_reminder_on")
    )
    sent = 0
    for assignment in due.iterator(chunk_size=500):
        new = next_reminder_after(today, assignment.due_on)
        if not claim(assignment, "next_reminder_on", new):
            continue  # another worker has it
        if send_reminder(assignment, today):
            services.record_chase(assignment, auditor=auditor, system=True)
            sent += 1
    logger.info("advice reminders sent=%d", sent)
    return sent


@task()
def send_chase(assignment_id: int, user_id: int) -> bool:
    """A DCO's chase of one service, sent in the background and logged on the timeline."""
    user = get_user_model().objects.get(pk=user_id)
    assignment = AdviceAssignment.objects.select_related("request", "service__provider").get(
        pk=assignment_id
    )
    if assignment.status not in WITH_SERVICE_STATUSES:
        return False  # advice arrived or the part was cancelled since the DCO asked
    if not send_reminder(assignment, timezone.localdate(), chased_by=str(user)):
        return False
    services.record_chase(assignment, auditor=Auditor(user=user))
    return True


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_advice_reminders,)
