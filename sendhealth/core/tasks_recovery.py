"""Tasks whose worker died: a task result left ``RUNNING`` longer than
``TASK_ABANDONED_AFTER_SECONDS`` lost its worker (killed, out of memory, the machine stopped),
since no task runs that long. The worker puts it back in the queue, to be run again from the
start by whichever worker claims it next; one that has already been abandoned
``MAX_TASK_RUNS`` times is marked failed instead, so a task that kills its worker cannot do so
for ever.

Running a task again is safe because every task is idempotent: reminders and messages are
claimed row by row (``core.messaging.deliver``), imports and reports check what is done."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import NamedTuple

from django.conf import settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

MAX_TASK_RUNS = 3
ABANDONED = "sendhealth.core.tasks_recovery.AbandonedTask"


class AbandonedTask(Exception):
    """The worker running this task stopped before it finished."""


class Recovered(NamedTuple):
    requeued: int
    failed: int


def recover_abandoned_tasks(now: datetime | None = None) -> Recovered:
    """Queue again (or, after ``MAX_TASK_RUNS`` runs, fail) every task left running past the
    timeout. Each row changes only if it is still as it was read, so two workers recovering at
    once never both act on it, and a task that has just finished is left alone."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.TASK_ABANDONED_AFTER_SECONDS)
    requeued = failed = 0
    stale = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lte=cutoff
    ).only("pk", "started_at", "worker_ids", "task_path")
    for result in stale.order_by("started_at"):
        unchanged = DBTaskResult.objects.filter(
            pk=result.pk, status=TaskResultStatus.RUNNING, started_at=result.started_at
        )
        if len(result.worker_ids) >= MAX_TASK_RUNS:
            changed = unchanged.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=ABANDONED,
                traceback=f"{AbandonedTask.__doc__} ({len(result.worker_ids)} times)",
            )
            failed += changed
            if changed:
                logger.warning("task failed after its worker stopped id=%s", result.pk)
        else:
            changed = unchanged.update(status=TaskResultStatus.READY, started_at=None)
            requeued += changed
            if changed:
                logger.warning("task queued again after its worker stopped id=%s", result.pk)
    return Recovered(requeued=requeued, failed=failed)
