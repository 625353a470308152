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

Reminders that go as one message per group (a local authority's SEND team, an ICB's DCO team)
listing the group's due rows are a ``DigestJob``, sent by ``send_due_digests`` the same way:
one group at a time, each a transaction that locks the group's due rows (up to ``batch_size``;
a larger group gets one message per batch), moves their column on in one ``UPDATE`` and records
the one message and the rows' audit entries in bulk. A group ``draft`` has nobody to send to is
left unclaimed (it goes once the group has an address). A run stopped halfway leaves whole
groups done and the rest due.
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

__all__ = [
    "BATCH",
    "CombinedDigestJob",
    "DigestJob",
    "DigestsSent",
    "ReminderJob",
    "send_due_combined_digests",
    "send_due_digests",
    "send_due_reminders",
]


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
    _move_on(claimed, job.column, job.claim_as, today)
    return batch[-1].pk, claimed


def _move_on(
    rows: list[Any], column: str, claim_as: Callable[[Any, date], Any], today: date
) -> None:
    """Set each row's ``column`` to ``claim_as(row, today)``, all in one ``UPDATE``: one
    ``CASE`` branch per value (the rows that take it), not per row, as a batch's rows take a
    few values (today, next week, their due dates)."""
    if not rows:
        return
    taking: dict[Any, list[Any]] = {}
    for row in rows:
        value = claim_as(row, today)
        taking.setdefault(value, []).append(row.pk)
        setattr(row, column, value)
    model: Any = type(rows[0])
    claimed = model._default_manager.filter(pk__in=[row.pk for row in rows])
    if len(taking) == 1:  # one value for all (today, say): no CASE
        claimed.update(**{column: next(iter(taking))})
        return
    claimed.update(
        **{
            column: Case(
                *(When(pk__in=pks, then=Value(value)) for value, pks in taking.items()),
                output_field=model._meta.get_field(column),
            )
        }
    )


def _audit(
    note: dict[str, Any] | Callable[[Any], dict[str, Any]] | None,
    rows: list[Model],
    auditor: Auditor,
) -> None:
    if note is not None and rows:
        auditor.update_many([(row, note(row) if callable(note) else dict(note)) for row in rows])


def _send_batch(job: ReminderJob, claimed: list[Model], today: date, auditor: Auditor) -> int:
    """The claimed rows' messages and their record, in bulk. Returns how many were sent."""
    drafts = [(row, job.draft(row, today)) for row in claimed]
    reminded = [row for row, draft in drafts if draft is not None]
    send_messages([draft for _, draft in drafts if draft is not None])
    if reminded:
        if job.record is not None:
            job.record(reminded, auditor)
        else:
            _audit(job.note, reminded, auditor)
    return len(reminded)


# -- digests: one message per group -----------------------------------------------------------


@dataclass(frozen=True)
class DigestJob:
    """One register's digest reminders: one message per group listing the group's due rows.

    ``name``, ``due``, ``claim_as``, ``column`` and ``note`` are as a ``ReminderJob``'s (a
    claimed row must no longer match ``due``). ``group`` is the rows' field naming the group
    (``"local_authority_id"``, ``"icb_id"``). ``draft(group_id, rows, today)`` is the group's
    message listing ``rows`` (given in primary-key order: it sorts them as it lists them), or
    None when the group has nobody to send it to: then its rows are left unclaimed.
    """

    name: str
    due: Callable[[date], QuerySet[Any]]
    group: str
    draft: Callable[[Any, list[Any], date], Draft | None]
    claim_as: Callable[[Any, date], Any]
    column: str = "reminded_on"
    note: dict[str, Any] | Callable[[Any], dict[str, Any]] | None = None


@dataclass(frozen=True)
class DigestsSent:
    messages: int  # digests sent
    rows: int  # rows reminded about in them


def send_due_digests(
    job: DigestJob, *, today: date | None = None, batch_size: int = BATCH
) -> DigestsSent:
    """Send every digest of ``job`` due ``today``, one group at a time (rows another worker
    has locked are its to send). Returns how many digests went, about how many rows."""
    combined = CombinedDigestJob(
        name=job.name,
        parts=(job,),
        draft=lambda group, rows, today: job.draft(group, rows[0], today),
    )
    return send_due_combined_digests(combined, today=today, batch_size=batch_size)


@dataclass(frozen=True)
class CombinedDigestJob:
    """One message per group listing the due rows of several registers' tables (the DCO team's
    disagreements digest: tribunal recommendations and appeal deadlines in one email).

    ``parts`` are ``DigestJob``s whose ``due``, ``group``, ``claim_as``, ``column`` and ``note``
    are used (their ``draft`` is not). ``draft(group_id, rows, today)`` gets one list of rows a
    part, in the parts' order, and returns the group's message or None (nobody to send it to:
    the group's rows are left unclaimed). ``record(group_id, rows, auditor)``, when given, is
    the group's audit record instead of each part's ``note`` (provision's one entry a service).
    """

    name: str
    parts: tuple[DigestJob, ...]
    draft: Callable[[Any, list[list[Any]], date], Draft | None]
    record: Callable[[Any, list[list[Any]], Auditor], None] | None = None


def send_due_combined_digests(
    job: CombinedDigestJob, *, today: date | None = None, batch_size: int = BATCH
) -> DigestsSent:
    """Send every digest of ``job`` due ``today``: each group's due rows of every part, up to
    ``batch_size`` a part, locked and claimed in the transaction that records its message (a
    larger group gets one message a batch). Groups are read once, as ids; a run stopped
    halfway leaves whole groups done and the rest due. Returns the digests and rows."""
    today = today or timezone.localdate()
    auditor = Auditor.for_system(job.name)
    groups: set[Any] = set()
    for part in job.parts:
        groups |= set(part.due(today).order_by().values_list(part.group, flat=True).distinct())
    sent = rows_sent = 0
    for group in sorted(groups - {None}):
        after: list[Any] = [None] * len(job.parts)
        done = [False] * len(job.parts)  # a part whose last batch was short has no more
        while not all(done):
            with transaction.atomic():
                batches: list[list[Any]] = []
                for i, part in enumerate(job.parts):
                    if done[i]:
                        batches.append([])
                        continue
                    rows = part.due(today).filter(**{part.group: group})
                    if after[i] is not None:
                        rows = rows.filter(pk__gt=after[i])
                    locked = rows.select_for_update(skip_locked=True, of=("self",))
                    batches.append(list(locked.order_by("pk")[:batch_size]))
                    done[i] = len(batches[i]) < batch_size
                if not any(batches):
                    break
                after = [b[-1].pk if b else a for b, a in zip(batches, after, strict=True)]
                draft = job.draft(group, batches, today)
                if draft is None:
                    break  # nobody to send to: left unclaimed
                for part, batch in zip(job.parts, batches, strict=True):
                    _move_on(batch, part.column, part.claim_as, today)
                send_messages([draft])
                if job.record is not None:
                    job.record(group, batches, auditor)
                else:
                    for part, batch in zip(job.parts, batches, strict=True):
                        _audit(part.note, batch, auditor)
                sent += 1
                rows_sent += sum(len(batch) for batch in batches)
    logger.info("%s digests=%d rows=%d", job.name, sent, rows_sent)
    return DigestsSent(sent, rows_sent)
