"""A task whose worker died mid-run (left RUNNING) is queued again after the timeout and run to
the end by the next worker; one abandoned three times is failed, not retried for ever."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from sendhealth.core.messaging import Recipient, send_message, send_pending_messages
from sendhealth.core.models import Message, MessageStatus
from sendhealth.core.tasks_recovery import ABANDONED, MAX_TASK_RUNS, recover_abandoned_tasks

DB_TASKS = override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
    TASK_ABANDONED_AFTER_SECONDS=600,
)


def _claimed_by_a_worker_that_died(task, minutes_ago: int, runs: int = 1) -> DBTaskResult:
    result = DBTaskResult.objects.get(pk=task.enqueue().id)
    for n in range(runs):
        result.claim(f"dead-worker-{n}")
    DBTaskResult.objects.filter(pk=result.pk).update(
        started_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return result


@pytest.mark.django_db(transaction=True)
@DB_TASKS
def test_a_task_left_running_by_a_dead_worker_is_run_again_after_the_timeout():
    send_message(
        kind="reminder", subject="Advice due", body="Reference R1",
        recipients=[Recipient(email="salt@example.nhs.uk")],
    )  # fmt: skip
    message = Message.objects.get()
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(hours=1))
    DBTaskResult.objects.all().delete()  # the delivery queued on commit: say it was lost
    assert message.status == MessageStatus.PENDING

    recent = _claimed_by_a_worker_that_died(send_pending_messages, minutes_ago=5)
    abandoned = _claimed_by_a_worker_that_died(send_pending_messages, minutes_ago=11)

    assert recover_abandoned_tasks() == (1, 0)
    abandoned.refresh_from_db()
    recent.refresh_from_db()
    assert abandoned.status == TaskResultStatus.READY
    assert abandoned.started_at is None
    assert recent.status == TaskResultStatus.RUNNING  # maybe still running: left alone
    assert recover_abandoned_tasks() == (0, 0)  # nothing twice

    call_command("db_worker", batch=True, startup_delay=False, worker_id="worker-2")
    abandoned.refresh_from_db()
    assert abandoned.status == TaskResultStatus.SUCCESSFUL
    assert abandoned.worker_ids == ["dead-worker-0", "worker-2"]
    assert Message.objects.get().status == MessageStatus.SENT
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@DB_TASKS
def test_a_task_that_keeps_killing_its_worker_is_failed_not_retried_for_ever():
    result = _claimed_by_a_worker_that_died(send_pending_messages, minutes_ago=20, runs=3)
    assert MAX_TASK_RUNS == 3
    assert recover_abandoned_tasks() == (0, 1)
    result.refresh_from_db()
    assert result.status == TaskResultStatus.FAILED
    assert result.exception_class_path == ABANDONED
    assert result.finished_at is not None


@pytest.mark.django_db
@DB_TASKS
def test_the_worker_schedule_recovers_before_it_enqueues(monkeypatch):
    import threading

    from sendhealth.core.management.commands import worker

    result = _claimed_by_a_worker_that_died(send_pending_messages, minutes_ago=30)
    stop = threading.Event()
    monkeypatch.setattr(worker, "scheduled_tasks", lambda: stop.set() or [])
    worker._schedule(stop, 0)
    result.refresh_from_db()
    assert result.status == TaskResultStatus.READY
