"""``manage.py worker``: runs background tasks and enqueues the scheduled ones.

It runs django-tasks-db's worker loop and, on a timer thread, enqueues the reminder run every
``REMINDER_INTERVAL_SECONDS``. Two workers may run at once: reminders are claimed row by row.
Each round first puts back in the queue the tasks a dead worker left running
(``core.tasks_recovery``). At start it runs every app's ``tasks.AT_START`` once.
"""

import logging
import threading
from typing import Any

from django.conf import settings
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from sendhealth.core.messaging import send_pending_messages
from sendhealth.core.plugins import app_modules
from sendhealth.core.tasks_recovery import recover_abandoned_tasks

logger = logging.getLogger(__name__)


def scheduled_tasks() -> list[Any]:
    """Every app's ``tasks.SCHEDULED`` (the advice reminders and each register's), and the
    messages whose email has not gone yet (``core.messaging``)."""
    registers = [t for module in app_modules("tasks") for t in getattr(module, "SCHEDULED", ())]
    return [*registers, send_pending_messages]


def at_start() -> None:
    """Every app's ``tasks.AT_START``, once, before the first task runs (the SEN2 import's
    staging tables that a killed worker left behind are dropped)."""
    for module in app_modules("tasks"):
        for job in getattr(module, "AT_START", ()):
            try:
                job()
            except Exception:  # the worker starts all the same
                logger.exception("start-up job %s failed", job.__name__)


def _schedule(stop: threading.Event, interval: float) -> None:
    while not stop.is_set():
        try:
            recover_abandoned_tasks()
        except Exception:  # the schedule goes on; the next round tries again
            logger.exception("abandoned tasks not recovered")
        for task in scheduled_tasks():
            task.enqueue()
        stop.wait(interval)


class Command(DbWorkerCommand):
    help = "Run background tasks (reminders, reports, imports) and the reminder schedule."

    def handle(self, *args: Any, **options: Any) -> None:
        at_start()
        stop = threading.Event()
        timer = threading.Thread(
            target=_schedule, args=(stop, settings.REMINDER_INTERVAL_SECONDS), daemon=True
        )
        timer.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
