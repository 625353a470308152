"""Writing many new rows at once, for the seeds: ``write_rows(model, rows)``.

On PostgreSQL the rows go in with ``COPY ... FROM STDIN`` (psycopg 3's ``cursor.copy``): their
ids are taken from the table's sequence first (one query for the batch) and set on the
instances, as ``bulk_create`` sets them, so later rows can point at them; each column's value
is what ``bulk_create`` would write (the field's ``pre_save``, so ``auto_now_add`` is set, and
``get_db_prep_save``); stored generated columns are left to the database. ``COPY`` skips the
statement building and parameter binding of a multi-row ``INSERT``, which is most of a large
seed's time in Python. Elsewhere (SQLite) it is ``bulk_create``. No signal is sent, as with
``bulk_create``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from django.db import connection, models

M = TypeVar("M", bound=models.Model)

__all__ = ["write_rows"]


def write_rows(model: type[M], rows: Sequence[M], batch_size: int = 2000) -> list[M]:
    """Insert ``rows`` (new instances of ``model``), setting their primary keys; returns them."""
    found = list(rows)
    if not found:
        return found
    if connection.vendor != "postgresql" or not _copyable(model):
        return model._default_manager.bulk_create(found, batch_size=batch_size)
    for start in range(0, len(found), batch_size):
        _copy(model, found[start : start + batch_size])
    return found


def _copyable(model: type[models.Model]) -> bool:
    """A model with an automatic integer primary key and no multi-table inheritance."""
    pk = model._meta.pk
    return (
        isinstance(pk, models.AutoField | models.BigAutoField | models.SmallAutoField)
        and not model._meta.parents
    )


def _copy(model: type[models.Model], rows: Sequence[Any]) -> None:
    meta = model._meta
    assert meta.pk is not None
    fields = [f for f in meta.concrete_fields if not getattr(f, "generated", False)]
    table = connection.ops.quote_name(meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor:
        new = [row for row in rows if row.pk is None]
        if new:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(new)],
            )
            for row, (pk,) in zip(new, cursor.fetchall(), strict=True):
                row.pk = pk
        prepared = []
        for row in rows:
            row._prepare_related_fields_for_save(operation_name="write_rows")
            prepared.append(
                [f.get_db_prep_save(f.pre_save(row, True), connection=connection) for f in fields]
            )
            row._state.adding = False
            row._state.db = connection.alias
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for values in prepared:
                copy.write_row(values)
