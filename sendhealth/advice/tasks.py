"""Background work for advice (Django's tasks API, database backend)."""

from __future__ import annotations

import logging
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from sendhealth.advice import services
from sendhealth.advice.models import WITH_SERVICE_STATUSES, AdviceAssignment
from sendhealth.advice.reminders import next_reminder_after, reminder_draft, send_reminder
from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import send_messages

logger = logging.getLogger(__name__)


BATCH = 500  # reminders claimed, recorded and committed together


@task()
def send_advice_reminders(batch_size: int = BATCH) -> int:
    """Remind every service whose advice is due soon, due today or overdue. Returns how many
    reminders this run sent.

    In batches, each one transaction: the batch's rows are claimed (locked, ``SKIP LOCKED``
    on PostgreSQL, so several workers take different batches; SQLite lets one writer at a
    time), their next reminder dates moved on, and their messages, timeline steps and audit
    entries written in bulk. A run stopped halfway leaves whole batches done and the rest
    due, so running it again sends each reminder once. Memory is one batch."""
    today = timezone.localdate()
    auditor = Auditor.for_system("advice-reminders")
    sent = 0
    while True:
        with transaction.atomic():
            batch = _claim_batch(today, batch_size)
            if not batch:
                break
            sent += _remind(batch, today, auditor)
    logger.info("advice reminders sent=%d", sent)
    return sent


def _claim_batch(today, size: int) -> list[AdviceAssignment]:
    """The next due rows, locked, with their next reminder dates moved on (always after
    today, so the next batch never sees them again)."""
    batch = list(
        AdviceAssignment.objects.filter(
            status__in=WITH_SERVICE_STATUSES, next_reminder_on__lte=today
        )
        .select_related("request", "service__provider")
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("next_reminder_on", "pk")[:size]
    )
    by_date: dict = defaultdict(list)
    for assignment in batch:
        assignment.next_reminder_on = next_reminder_after(today, assignment.due_on)
        by_date[assignment.next_reminder_on].append(assignment.pk)
    for new, ids in by_date.items():
        AdviceAssignment.objects.filter(pk__in=ids).update(next_reminder_on=new)
    return batch


def _remind(batch: list[AdviceAssignment], today, auditor: Auditor) -> int:
    drafts = {a.pk: reminder_draft(a, today) for a in batch}
    reminded = [a for a in batch if drafts[a.pk] is not None]
    send_messages([drafts[a.pk] for a in reminded])
    services.record_reminders(reminded, auditor=auditor)
    return len(reminded)


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
