"""Kept summaries: figures a page would otherwise work out over a whole table on every view,
kept up to date in the transaction of each change that moves them.

A summary module says what a change *touches* (its keys: services and months, lines, days)
and how to work those keys out again from the rows (its ``refresh``, given a dict of key sets);
``KeptSummary`` does the rest, the same way for every summary:

- ``touch(**keys)`` works the touched keys out again now, or at the end of the enclosing
  ``batch()``;
- ``batch()`` collects what the changes inside touch and works it out once at the end, inside
  the caller's transaction (a bulk import touching thousands of rows refreshes each key once);
- ``suspended()`` keeps nothing (wiping or bulk seeding, followed by the module's ``rebuild``);
  ``suspended_all()`` keeps no summary at all (the core's bulk paths, which name no register).

Single saves and deletes are kept by the summary module's signals (so every path is, the
factories too); bulk paths (``bulk_create``, ``QuerySet.update``) send none and call the
module's refresh or rebuild themselves. Each summary has a from-scratch ``rebuild``, a
management command to run it, and a hypothesis test that the kept figures equal the figures
worked out from scratch after any sequence of changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

Keys = dict[str, set[Any]]

# Every summary suspended at once: for the core's bulk paths (wiping the seeded area), which
# name no register and so no register's summary.
_all_suspended: ContextVar[bool] = ContextVar("kept_all_suspended", default=False)


@contextlib.contextmanager
def suspended_all() -> Iterator[None]:
    """No summary keeps anything (wiping or bulk loading, followed by each summary's
    rebuild: its management command)."""
    token = _all_suspended.set(True)
    try:
        yield
    finally:
        _all_suspended.reset(token)


class KeptSummary:
    """The keeping of one summary: ``refresh`` works out again what ``keys`` name."""

    def __init__(self, name: str, refresh: Callable[[Keys], None]) -> None:
        self.name = name
        self._refresh = refresh
        self._pending: ContextVar[Keys | None] = ContextVar(f"{name}_pending", default=None)
        self._suspended: ContextVar[bool] = ContextVar(f"{name}_suspended", default=False)

    @property
    def is_suspended(self) -> bool:
        return self._suspended.get() or _all_suspended.get()

    def touch(self, **keys: Iterable[Any]) -> None:
        """Keep the summary for what a change touched: now, or at the end of ``batch()``."""
        if self.is_suspended:
            return
        pending = self._pending.get()
        if pending is not None:
            for name, values in keys.items():
                pending.setdefault(name, set()).update(values)
            return
        self._refresh({name: set(values) for name, values in keys.items()})

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Collect what the changes inside touch, and keep the summary once at the end (inside
        the caller's transaction). Nested batches join the outer one."""
        if self._pending.get() is not None:
            yield
            return
        pending: Keys = {}
        token = self._pending.set(pending)
        try:
            yield
        finally:
            self._pending.reset(token)
        if pending and not self.is_suspended:
            self._refresh(pending)

    @contextlib.contextmanager
    def suspended(self) -> Iterator[None]:
        """No keeping (for wiping or bulk seeding, followed by a rebuild)."""
        token = self._suspended.set(True)
        try:
            yield
        finally:
            self._suspended.reset(token)


def collapse_appended(model: Any, keys: tuple[str, ...], **where: Any) -> None:
    """A kept count of appended changes (a ``change`` column, +1 and -1 rows per key: nothing
    locks a count row, so no two paths can deadlock on it) collapsed: each key's rows (those
    matching ``where``) replaced by one holding their sum, none where it is 0; readers sum the
    rows, so the figure is the same before and after. The rows summed are the rows deleted: on
    PostgreSQL one statement, whose parts see the same rows (a change appended by a transaction
    that commits meanwhile is neither summed nor deleted); SQLite writes one transaction at a
    time, so reading the sums then deleting in one transaction is the same."""
    from django.db import connection, transaction
    from django.db.models import Sum

    rows = model.objects.filter(**where)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            table, columns = quote(model._meta.db_table), ", ".join(quote(k) for k in keys)
            condition, params = "", []
            if where:
                condition = " WHERE " + " AND ".join(f"{quote(k)} = %s" for k in where)
                params = list(where.values())
            with connection.cursor() as cursor:
                cursor.execute(
                    f"WITH gone AS (DELETE FROM {table}{condition} "  # noqa: S608 (our table)
                    f"RETURNING {columns}, change) "
                    f"INSERT INTO {table} ({columns}, change) "
                    f"SELECT {columns}, SUM(change) FROM gone "
                    f"GROUP BY {columns} HAVING SUM(change) <> 0",
                    params,
                )
            return
        sums = list(rows.values(*keys).annotate(n=Sum("change")).order_by())
        rows.delete()
        model.objects.bulk_create(
            [model(**{k: row[k] for k in keys}, change=row["n"]) for row in sums if row["n"]]
        )
