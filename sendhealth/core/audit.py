"""Audit of every read and change of a child's record (UK GDPR art. 9 data).

``Auditor.from_request(request).view(obj)`` in a view; ``Auditor.for_system("reminders")`` in a
job. An auditor with neither a user nor a system name refuses to write, so no entry is ever
unattributed.
"""

from __future__ import annotations

import re
from contextlib import nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from django.db import connection, models, transaction
from django.utils import timezone

from sendhealth.core.models import AuditAction, AuditLog

if TYPE_CHECKING:
    from django.http import HttpRequest

# Children whose record was loaded while answering the current request, and those already
# audited in it (``ShownChildren``; the middleware ``AuditChildrenShownMiddleware`` writes the
# rest in one bulk entry when the response is ready).
_shown: ContextVar[set[int] | None] = ContextVar("sendhealth_children_shown", default=None)
_audited: ContextVar[set[int] | None] = ContextVar("sendhealth_children_audited", default=None)
# Entries of children shown (``view_many``, ``view_children``) while answering the current
# request, written together in one bulk insert when the response is ready: a list page that
# audits its rows, its work panels and the middleware's backstop pays for one insert, not three.
_pending: ContextVar[list[tuple[Any, ...]] | None] = ContextVar(
    "sendhealth_audit_pending", default=None
)


def child_loaded(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    """``post_init`` of ``children.Child``: note a child read from the database."""
    shown = _shown.get()
    if shown is not None and instance.pk is not None:
        shown.add(instance.pk)


def _note_audited(child_id: int | None) -> None:
    audited = _audited.get()
    if audited is not None and child_id is not None:
        audited.add(child_id)


class ShownChildren:
    """Context manager: collect the children loaded inside it; ``unaudited()`` gives those no
    ``Auditor`` entry named while it was open."""

    def __enter__(self) -> ShownChildren:
        self._tokens = (_shown.set(set()), _audited.set(set()), _pending.set([]))
        return self

    def write_pending(self) -> None:
        """Write the entries of children shown, kept back until now, in one bulk insert."""
        pending = _pending.get()
        if pending:
            insert_entries(pending)
            pending.clear()

    def unaudited(self) -> list[int]:
        return sorted((_shown.get() or set()) - (_audited.get() or set()))

    def __exit__(self, *exc: object) -> None:
        _shown.reset(self._tokens[0])
        _audited.reset(self._tokens[1])
        _pending.reset(self._tokens[2])


def child_id_of(obj: models.Model) -> int | None:
    """The child an object is about, found without a query where the object allows it."""
    label = obj._meta.label
    if label == "children.Child":
        return cast(int, obj.pk)
    for attr in ("child_id",):
        if hasattr(obj, attr):
            return cast(int | None, getattr(obj, attr))
    for path in ("request", "assignment"):
        parent = getattr(obj, path, None)
        if isinstance(parent, models.Model):
            return child_id_of(parent)
    return None


@dataclass(frozen=True)
class Auditor:
    user: Any = None
    system: str = ""
    path: str = ""
    ip_address: str | None = None

    def __post_init__(self) -> None:
        if (self.user is None or not self.user.is_authenticated) and not self.system:
            raise ValueError("An audit entry needs a signed-in user or a system name")

    @classmethod
    def from_request(cls, request: HttpRequest) -> Auditor:
        return cls(
            user=request.user,
            path=request.path[:200],
            ip_address=request.META.get("REMOTE_ADDR") or None,
        )

    @classmethod
    def for_system(cls, name: str) -> Auditor:
        return cls(system=name)

    def record(
        self,
        action: str,
        obj: models.Model | None = None,
        *,
        object_type: str = "",
        object_id: str = "",
        child_id: int | None = None,
        changes: dict[str, Any] | None = None,
    ) -> AuditLog:
        if obj is not None:
            object_type = object_type or obj._meta.label
            object_id = object_id or str(obj.pk)
            child_id = child_id if child_id is not None else child_id_of(obj)
        _note_audited(child_id)
        return AuditLog.objects.create(
            at=timezone.now(),
            actor=self.user if self.user is not None and self.user.is_authenticated else None,
            system=self.system,
            action=action,
            object_type=object_type,
            object_id=object_id,
            child_id=child_id,
            path=self.path,
            ip_address=self.ip_address,
            changes=_jsonable(changes or {}),
        )

    def view(self, obj: models.Model) -> AuditLog:
        return self.record(AuditAction.VIEW, obj)

    def create(self, obj: models.Model, changes: dict[str, Any] | None = None) -> AuditLog:
        return self.record(AuditAction.CREATE, obj, changes=changes)

    def update(self, obj: models.Model, changes: dict[str, Any] | None = None) -> AuditLog:
        return self.record(AuditAction.UPDATE, obj, changes=changes)

    def view_many(self, object_type: str, objects: list[models.Model]) -> None:
        """One entry per child on a list page that shows children's names."""
        self._bulk(AuditAction.VIEW, [(object_type, str(o.pk), child_id_of(o)) for o in objects])

    def view_children(self, child_ids: list[int], action: str = AuditAction.VIEW) -> None:
        """One entry per child, written in bulk (a list, a fragment, an export)."""
        self._bulk(action, [("children.Child", str(pk), pk) for pk in child_ids])

    def update_many(self, entries: list[tuple[models.Model, dict[str, Any]]]) -> None:
        """One update entry per object with its changes, written in one bulk insert (a job's
        batch)."""
        self._bulk(
            AuditAction.UPDATE,
            [(obj._meta.label, str(obj.pk), child_id_of(obj)) for obj, _ in entries],
            [changes for _, changes in entries],
        )

    def _bulk(
        self,
        action: str,
        rows: list[tuple[str, str, int | None]],
        changes: list[dict[str, Any]] | None = None,
    ) -> None:
        for _, _, child_id in rows:
            _note_audited(child_id)
        # The columns every entry of the batch shares, prepared for the database once.
        user = self.user if self.user is not None and self.user.is_authenticated else None
        at, actor_id, system, what, path, ip_address, no_changes = _prepared(
            (
                ("at", timezone.now()),
                ("actor", None if user is None else user.pk),
                ("system", self.system),
                ("action", action),
                ("path", self.path),
                ("ip_address", self.ip_address),
                ("changes", {}),
            )
        )
        if changes is None:
            each = [no_changes] * len(rows)
        else:
            each = [_prepared_one("changes", _jsonable(change)) for change in changes]
        entries = [
            (at, actor_id, system, what, object_type, object_id, child_id, path, ip_address, c)
            for (object_type, object_id, child_id), c in zip(rows, each, strict=True)
        ]
        pending = _pending.get()
        if pending is not None and action == AuditAction.VIEW:
            pending.extend(entries)  # written with the request's others (``ShownChildren``)
        else:
            insert_entries(entries)


# The columns of ``insert_entries``' rows, in order.
ENTRY_FIELDS = (
    "at",
    "actor",
    "system",
    "action",
    "object_type",
    "object_id",
    "child_id",
    "path",
    "ip_address",
    "changes",
)
_CHUNK = 500  # rows an INSERT: 5,000 parameters, under SQLite's and PostgreSQL's limits


def _field(name: str) -> models.Field[Any, Any]:
    return cast("models.Field[Any, Any]", AuditLog._meta.get_field(name))


def _prepared_one(name: str, value: Any) -> Any:
    return _field(name).get_db_prep_save(value, connection)


def _prepared(values: tuple[tuple[str, Any], ...]) -> tuple[Any, ...]:
    return tuple(_prepared_one(name, value) for name, value in values)


def insert_entries(entries: list[tuple[Any, ...]]) -> None:
    """Write entries (tuples of ``ENTRY_FIELDS``' values, already prepared for the database by
    their fields' ``get_db_prep_save``) in one statement: what ``bulk_create`` writes, without
    building and preparing a model instance an entry (``bulk_create`` took 5 to 7% of the DCO
    queue's CPU under cProfile, with its 40 to 60 children shown; issue 16). The entries'
    columns that a request shares (when, who, where from) are prepared once by
    ``Auditor._bulk``. On PostgreSQL an array a column (``_insert_arrays``), elsewhere
    multi-row ``VALUES``."""
    if not entries:
        return
    if connection.vendor == "postgresql":
        _insert_arrays(entries)
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(_field(name).column) for name in ENTRY_FIELDS)
    row = "(" + ", ".join(["%s"] * len(ENTRY_FIELDS)) + ")"
    table = quote(AuditLog._meta.db_table)
    # One statement is all or nothing by itself; several are made so together.
    several = transaction.atomic(savepoint=False) if len(entries) > _CHUNK else nullcontext()
    with several, connection.cursor() as cursor:
        for start in range(0, len(entries), _CHUNK):
            chunk = entries[start : start + _CHUNK]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES " + ", ".join([row] * len(chunk)),  # noqa: S608
                [value for entry in chunk for value in entry],
            )


@cache
def _pg_types() -> dict[str, str]:
    """The PostgreSQL type of each of ``ENTRY_FIELDS``' columns, for ``_insert_arrays``' casts:
    derived from the fields' ``db_type`` (a foreign key's is its target's), so a change of a
    column's type changes the cast with it. Without a length or precision (``varchar(60)``
    is cast as ``varchar``): an explicit cast to ``varchar(60)`` cuts a longer value to 60
    characters without a word, where the INSERT's own conversion to the column refuses it, as
    a ``VALUES`` insert and ``bulk_create`` do."""
    types = {}
    for name in ENTRY_FIELDS:
        db_type = _field(name).db_type(connection)  # a foreign key's: its target's
        if db_type is None:
            raise TypeError(f"AuditLog.{name} has no column")
        types[name] = " ".join(re.sub(r"\([^)]*\)", " ", db_type).split())
    return types


def _insert_arrays(entries: list[tuple[Any, ...]]) -> None:
    """PostgreSQL: one short ``INSERT .. SELECT`` whatever the number of entries, each column
    the entries share (the same prepared value, as ``Auditor._bulk`` gives them) sent once and
    each other column as one array, ``unnest`` making the rows. Multi-row ``VALUES`` sent ten
    parameters a row, which psycopg adapted one by one into a statement too long for its cache
    of parsed queries, and PostgreSQL parsed row by row: for the DCO queue's 50 entries 4.5 to
    5.5 ms of this process's CPU and 2.5 to 2.9 of PostgreSQL's, against 1.1 to 1.5 and 1.5 to
    1.9 this way (issue 16; inserted and rolled back 200 times on the bench database, a busy
    machine, net of a savepoint's cost)."""
    quote = connection.ops.quote_name
    values: list[str] = []
    arrays: list[str] = []
    params: list[Any] = []
    array_params: list[Any] = []
    types = _pg_types()
    for index, name in enumerate(ENTRY_FIELDS):
        first = entries[0][index]
        if all(entry[index] is first for entry in entries):
            values.append(f"%s::{types[name]}")
            params.append(first)
        else:
            values.append(f"u.c{index}")
            arrays.append(f"%s::{types[name]}[]")
            array_params.append([entry[index] for entry in entries])
    if arrays:
        names = ", ".join(v[2:] for v in values if v.startswith("u."))
        rows = f"unnest({', '.join(arrays)}) AS u({names})"
    else:  # the same entry more than once
        rows, array_params = "generate_series(1, %s)", [len(entries)]
    columns = ", ".join(quote(_field(name).column) for name in ENTRY_FIELDS)
    table = quote(AuditLog._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {', '.join(values)} FROM {rows}",  # noqa: S608
            [*params, *array_params],
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, models.Model):
        return value.pk
    return str(value)


def model_changes(instance: models.Model, fields: list[str]) -> dict[str, Any]:
    """The named fields' current values, for an audit entry."""
    return {name: getattr(instance, name) for name in fields}
