"""Writing many new rows at once, for the seeds: ``write_rows(model, rows)``.

On PostgreSQL the rows go in with ``COPY ... FROM STDIN`` (psycopg 3's ``cursor.copy``): their
ids are taken from the table's sequence first (one query for the batch) and set on the
instances, as ``bulk_create`` sets them, so later rows can point at them; each column's value
is what ``bulk_create`` would write (the field's ``pre_save``, so ``auto_now_add`` is set, and
``get_db_prep_save``); stored generated columns are left to the database. ``COPY`` skips the
statement building and parameter binding of a multi-row ``INSERT``, which is most of a large
seed's time in Python. Elsewhere (SQLite) it is ``bulk_create``. No signal is sent, as with
``bulk_create``.

A column whose field writes its Python value unchanged on PostgreSQL (integers, text, dates,
booleans, foreign keys, aware datetimes: ``_PLAIN``) is read straight from the instance rather
than through ``pre_save`` and ``get_db_prep_save``, unless the field stamps the time
(``auto_now`` or ``auto_now_add`` switched on); any other field (decimals, JSON, arrays, a
naive datetime) goes the long way. ``core/tests/test_bulk_copy.py`` checks the rows are what
``bulk_create`` writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from django.db import DEFAULT_DB_ALIAS, connection, connections, models

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


def _plain_types(field: models.Field[Any, Any]) -> tuple[type, ...]:
    """The Python types whose values the field writes unchanged on PostgreSQL (its
    ``get_db_prep_save`` returns them as they are); none: always the long way."""
    if not _standard(field):
        return ()
    if isinstance(field, models.DateTimeField):
        return (datetime,)  # and aware: checked a value at a time
    if isinstance(field, models.DateField):
        return (date,)
    if isinstance(field, models.BooleanField):
        return (bool,)
    if isinstance(field, models.IntegerField | models.AutoField):  # every integer kind
        return (int,)
    if isinstance(field, models.CharField | models.TextField):
        return (str,)
    return ()


_CONVERSIONS = ("pre_save", "to_python", "get_prep_value", "get_db_prep_value", "get_db_prep_save")


def _standard(field: models.Field[Any, Any]) -> bool:
    """Django's own field class, or a subclass that changes none of its conversions."""
    cls = type(field)
    django = next(c for c in cls.__mro__ if c.__module__.startswith("django.db.models."))
    return all(getattr(cls, name) is getattr(django, name) for name in _CONVERSIONS)


def _getter(field: models.Field[Any, Any], conn: Any) -> Callable[[models.Model], Any]:
    """How to read the column's value from an instance, as ``bulk_create`` would write it."""
    attname = field.attname

    def slow(row: models.Model) -> Any:
        return field.get_db_prep_save(field.pre_save(row, True), connection=conn)

    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return slow  # pre_save stamps the time
    if isinstance(field, models.ForeignKey):
        kinds = _plain_types(field.target_field)
        if kinds != (int,):
            return slow
    else:
        kinds = _plain_types(field)
    if not kinds:
        return slow
    kind = kinds[0]
    if kind is datetime:

        def aware(row: models.Model) -> Any:
            value = row.__dict__[attname]
            if value is None or (type(value) is datetime and value.tzinfo is not None):
                return value
            return slow(row)

        return aware
    if kind is str:

        def text(row: models.Model) -> Any:
            value = row.__dict__[attname]
            return value if value is None or isinstance(value, str) else slow(row)

        return text

    def exact(row: models.Model) -> Any:
        # Exactly the type (a bool is an int, a datetime a date): anything else is converted
        # the long way, as bulk_create would.
        value = row.__dict__[attname]
        return value if value is None or type(value) is kind else slow(row)

    return exact


def _copy(model: type[models.Model], rows: Sequence[Any]) -> None:
    meta = model._meta
    assert meta.pk is not None
    conn = connections[DEFAULT_DB_ALIAS]  # the thread's connection, not the proxy's lookups
    fields = [f for f in meta.concrete_fields if not getattr(f, "generated", False)]
    getters = [_getter(f, conn) for f in fields]
    relations = [f for f in fields if f.is_relation and (f.many_to_one or f.one_to_one)]
    table = conn.ops.quote_name(meta.db_table)
    columns = ", ".join(conn.ops.quote_name(f.column) for f in fields)
    with conn.cursor() as cursor:
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
            _prepare_related(row, relations)
            prepared.append([get(row) for get in getters])
            state = row._state
            state.adding = False
            state.db = conn.alias
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for values in prepared:
                copy.write_row(values)


def _prepare_related(row: models.Model, relations: list[Any]) -> None:
    """``Model._prepare_related_fields_for_save`` for a new row's foreign keys: a related
    instance set on the row must be saved, and gives its key where the row has none."""
    cache = row._state.fields_cache
    if not cache:
        return
    for field in relations:
        obj = cache.get(field.cache_name)
        if obj is None:
            continue
        if obj.pk is None:
            raise ValueError(
                "write_rows() prohibited to prevent data loss due to unsaved related object "
                f"'{field.name}'."
            )
        if row.__dict__.get(field.attname) in field.empty_values:
            setattr(row, field.name, obj)
        if getattr(obj, field.target_field.attname) != row.__dict__.get(field.attname):
            field.delete_cached_value(row)
