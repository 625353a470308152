"""Reminder jobs, written once: claim the due rows in batches, send, move the next reminder on.

A register gives only its query and its words (a ``ReminderJob``); ``send_due_reminders`` does
the rest, the same way for every register:

- Rows are taken in batches (``batch_size``, 500), each batch one transaction: the batch's due
  rows are read and locked (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several
  workers take different rows; SQLite's ``IMMEDIATE`` transactions let one writer at a time),
  the claimed column moved on in one ``UPDATE``, and the batch's messages and audit entries
  written in bulk. The queries per batch do not grow with its rows, and memory is one batch.
- Once claimed, a row no longer matches the job's ``due`` query (its next reminder date is
  after today, or it is marked reminded), so a run stopped halfway leaves whole batches done
  and the rest due: running it again sends each reminder once. The run walks the rows in
  primary-key order, so it ends even if a job's claim leaves a row due.
- A row ``wanted`` says no to is left unclaimed (not due yet by a rule the query cannot say).
  A claimed row whose ``draft`` is None (nobody to send it to) keeps its new date: its next
  reminder is tried on that date.

The column is the register's own: ``next_reminder_on`` (the date the next reminder is due,
moved on by ``rules.next_reminder_after``) or ``reminded_on`` (when it was reminded, for a reminder
that goes once).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Case, Model, QuerySet, Value, When
from django.utils import timezone

from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import Draft, send_messages

logger = logging.getLogger(__name__)

BATCH = 500  # rows claimed, sent and committed together

__all__ = ["BATCH", "ReminderJob", "send_due_reminders"]


@dataclass(frozen=True)
class ReminderJob:
    """One register's reminders.

    ``name`` is the system name on audit entries and in the log. ``due(today)`` is the rows due
    (with what ``draft`` reads ``select_related``, so a batch's queries stay fixed); a claimed
    row must no longer match it. ``column`` is moved to ``claim_as(row, today)`` when the row is
    claimed. ``draft(row, today)`` is the message (``core.messaging.Draft``), None if there is
    nobody to send it to. ``note`` is the audit entry's changes for each row reminded (or a
    function of the row giving them; None: no audit entry, for a register with no personal
    data); ``record(rows, auditor)`` replaces
    that entry when the register records more (advice writes a timeline step as well).
    """

    name: str
    due: Callable[[date], QuerySet[Any]]
    draft: Callable[[Any, date], Draft | None]
    claim_as: Callable[[Any, date], Any]
    column: str = "next_reminder_on"
    wanted: Callable[[Any, date], bool] | None = None
    note: dict[str, Any] | Callable[[Any], dict[str, Any]] | None = None
    record: Callable[[list[Any], Auditor], None] | None = None


def send_due_reminders(
    job: ReminderJob, *, today: date | None = None, batch_size: int = BATCH
) -> int:
    """Send every reminder of ``job`` due ``today``. Returns how many were sent."""
    today = today or timezone.localdate()
    auditor = Auditor.for_system(job.name)
    sent = 0
    after: Any = None
    while True:
        with transaction.atomic():
            batch = _claim_batch(job, today, after, batch_size)
            if batch is None:
                break
            after, claimed = batch
            sent += _send_batch(job, claimed, today, auditor)
    logger.info("%s sent=%d", job.name, sent)
    return sent


def _claim_batch(
    job: ReminderJob, today: date, after: Any, size: int
) -> tuple[Any, list[Model]] | None:
    """The next rows due after primary key ``after``, locked, with the wanted ones' column
    moved on in one update; None when there are no more. Returns the last key read and the
    claimed rows."""
    rows = job.due(today)
    if after is not None:
        rows = rows.filter(pk__gt=after)
    batch = list(rows.select_for_update(skip_locked=True, of=("self",)).order_by("pk")[:size])
    if not batch:
        return None
    claimed = [row for row in batch if job.wanted is None or job.wanted(row, today)]
    if claimed:
        new = {row.pk: job.claim_as(row, today) for row in claimed}
        model = type(claimed[0])
        model._default_manager.filter(pk__in=new).update(
            **{
                job.column: Case(
                    *(When(pk=pk, then=Value(value)) for pk, value in new.items()),
                    output_field=model._meta.get_field(job.column),
                )
            }
        )
        for row in claimed:
            setattr(row, job.column, new[row.pk])
    return batch[-1].pk, claimed


def _send_batch(job: ReminderJob, claimed: list[Model], today: date, auditor: Auditor) -> int:
    """The claimed rows' messages and their record, in bulk. Returns how many were sent."""
    drafts = [(row, job.draft(row, today)) for row in claimed]
    reminded = [row for row, draft in drafts if draft is not None]
    send_messages([draft for _, draft in drafts if draft is not None])
    if reminded:
        if job.record is not None:
            job.record(reminded, auditor)
        elif job.note is not None:
            note = job.note
            auditor.update_many(
                [(row, note(row) if callable(note) else dict(note)) for row in reminded]
            )
    return len(reminded)
