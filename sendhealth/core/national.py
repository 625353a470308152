# ruff: noqa: S608 (SQL built from the models' table and column names and integers, never input)
"""A national-scale load for ``manage.py bench_national``: the synthetic area (seeded as
``manage.py bench`` seeds it) and the other 41 ICBs of England around it, in PostgreSQL.

The other ICBs are copies of the seeded area's organisations, services and children and of the
registers' tables each register's ``national.py`` lists (``COPIED``: advice's requests, services'
parts, submissions, provision, exceptions and timeline events), each a sample of its children
with their records, written by the database itself: one
``INSERT ... SELECT`` a table for all the copies, with ids shifted by a stride a table, so no
row passes through Python. The only rows that do are the copies' NHS numbers (unique, valid,
in the 999 test range), streamed in with ``COPY``. Every copy has the seeded area's shape
(statuses, dates, services a request, events a part) at a smaller size, so the planner sees
what it would see in a national deployment: many ICBs of about the same size, one of which is
asked for its pages.

The copies' records keep the seeded area's demo users as their authors (nobody signs in to the
copies); the registers without a ``national.py`` are seeded in the area only. Notifications
copies the Section 23 notifications of the copied children and the rows kept from them and the
advice (the "assessed, not notified" list), so each copy's kept rows are what the register's own
refresh would work out (a copy holds a child's every request and notification in the ICB, and
the copies of other tables that keep summaries, plans and provision, are not made). Generated
columns are left to the database.

A register's ``national.py`` (found through ``core.plugins``) may have:

- ``COPIED``: ``CopiedTable`` rows, parents first, the tables each copy holds;
- ``PROBES``: ``(name, username, path or a callable giving it)``, pages ``bench_national`` times
  besides ``manage.py bench``'s;
- ``REBUILD``: ``(step name, management command)``, run after the copy (kept summaries that the
  copy, writing in bulk without signals, leaves to be worked out from scratch);
- ``COUNTED``: ``(words, model)``, what the load's report counts besides ICBs and children.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.color import no_style
from django.db import connection, models, transaction

from sendhealth.children.models import Child
from sendhealth.core.plugins import app_modules
from sendhealth.organisations.models import Organisation, Service
from sendhealth.rules.nhs_number import TEST_RANGE_PREFIX, _check_digit

# What each copy holds of the core, parents first (the registers' tables follow, ``COPIED``
# of each register's ``national.py``), and the rows of the seeded area it is copied from: a
# query over the ``national_<table>`` id lists made before (see ``_pick``).
COPIED: tuple[type[models.Model], ...] = (Organisation, Service, Child)


@dataclass(frozen=True)
class CopiedTable:
    """A register's table each copy holds. ``where`` picks the seeded area's rows to copy: SQL
    over the table as ``x``, with ``{icb}`` for the area's ICB id, reading the id lists of the
    tables picked before it (``national_child``, ``national_<model name>``)."""

    model: type[models.Model]
    where: str


# Picks a table's rows of the area's ICB for the copied children.
FOR_COPIED_CHILDREN = "x.icb_id = {icb} AND x.child_id IN (SELECT id FROM national_child)"
HASH = 2_654_435_761  # Knuth's multiplicative hash: a sample of children spread over the ids


@dataclass(frozen=True)
class CopyReport:
    copies: int
    rows: dict[str, int]  # table -> rows written into the copies
    share: float  # of the area's children in each copy


def copy_area(icb: Organisation, copies: int, share: float) -> CopyReport:
    """Write ``copies`` more ICBs like ``icb``'s area, each with ``share`` of its children and
    their advice, in one transaction."""
    if connection.vendor != "postgresql":
        raise RuntimeError("The national load is written by PostgreSQL itself.")
    if copies < 1:
        return CopyReport(0, {}, share)
    copied = [*COPIED, *(table.model for table in registers_tables())]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        _pick(cursor, icb.pk, share)
        strides = {model: _stride(cursor, model) for model in copied}
        per_copy = _count(cursor, "national_child")
        _load_nhs_numbers(cursor, copies * per_copy)
        rows = {}
        # The bulk loader's habits: the copies are consistent by construction, so no foreign
        # key trigger per row (replica role), and indexes built once afterwards, not row by row.
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        indexes = _drop_indexes(cursor, [m._meta.db_table for m in copied])
        for model in copied:
            cursor.execute(_insert_sql(model, strides, copies, per_copy))
            rows[model._meta.db_table] = cursor.rowcount
        for sql in indexes:
            cursor.execute(sql)
        for sql in connection.ops.sequence_reset_sql(no_style(), copied):
            cursor.execute(sql)
    return CopyReport(copies, rows, share)


@contextmanager
def bulk_loading() -> Iterator[None]:
    """The bulk loader's session settings while the area is seeded into an empty database: no
    wait for the log to reach the disk at each commit (``synchronous_commit``; a crash loses
    the last commits, never consistency) and, where the role may (a superuser), no foreign key
    trigger a row, queued until the seed's transaction commits and then checked one by one
    (``session_replication_role``; the seed writes parents first, by the models, and the
    database has no other trigger). Both set back afterwards."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        superuser = bool(cursor.fetchone()[0])
        cursor.execute("SET synchronous_commit = off")
        cursor.execute("SET maintenance_work_mem = '256MB'")
        if superuser:
            cursor.execute("SET session_replication_role = replica")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
            cursor.execute("RESET maintenance_work_mem")
            if superuser:
                cursor.execute("RESET session_replication_role")


def registers_tables() -> list[CopiedTable]:
    """Every register's ``national.COPIED``, in ``INSTALLED_APPS`` order."""
    return [table for module in app_modules("national") for table in module.COPIED]


def plugged_in(name: str) -> list[Any]:
    """Every register's ``national.<name>`` (``PROBES``, ``REBUILD``, ``COUNTED``), in order."""
    return [item for module in app_modules("national") for item in getattr(module, name, ())]


def _drop_indexes(cursor: Any, tables: list[str]) -> list[str]:
    """Drop the tables' indexes that no constraint owns (primary keys and unique constraints
    stay, to catch a mistake) and return the statements that build them again."""
    cursor.execute(
        """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
           WHERE t.relname = ANY(%s)
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""",
        [tables],
    )
    found = cursor.fetchall()
    for name, _ in found:
        cursor.execute(f"DROP INDEX {name}")
    return [definition for _, definition in found]


def _pick(cursor: Any, icb_id: int, share: float) -> None:
    """Temporary id lists of the rows to copy: the area's organisations and services, a sample
    of its children (numbered, for their NHS numbers) and everything of theirs below."""
    threshold = round(share * 1_000_000)
    org = Organisation._meta.db_table
    statements = [
        f"""CREATE TEMP TABLE national_organisation ON COMMIT DROP AS
            SELECT o.id FROM {org} o LEFT JOIN {org} p ON p.id = o.parent_id
            WHERE o.id = {icb_id} OR o.parent_id = {icb_id} OR p.parent_id = {icb_id}""",
        f"""CREATE TEMP TABLE national_service ON COMMIT DROP AS
            SELECT s.id FROM {Service._meta.db_table} s
            WHERE s.provider_id IN (SELECT id FROM national_organisation)""",
        f"""CREATE TEMP TABLE national_child ON COMMIT DROP AS
            SELECT c.id, row_number() OVER (ORDER BY c.id) AS n FROM {Child._meta.db_table} c
            WHERE c.local_authority_id IN (SELECT id FROM national_organisation)
              AND (c.id * {HASH}) % 1000000 < {threshold}""",
    ]
    for table in registers_tables():
        statements.append(
            f"""CREATE TEMP TABLE {_picked(table.model)} ON COMMIT DROP AS
                SELECT x.id FROM {table.model._meta.db_table} x
                WHERE {table.where.format(icb=icb_id)}"""
        )
    for sql in statements:
        cursor.execute(sql)
    cursor.execute("CREATE UNIQUE INDEX ON national_child (n)")


def _picked(model: type[models.Model]) -> str:
    return f"national_{model._meta.model_name}"


def _count(cursor: Any, table: str) -> int:
    cursor.execute(f"SELECT count(*) FROM {table}")
    return int(cursor.fetchone()[0])


def _stride(cursor: Any, model: type[models.Model]) -> int:
    """A power of ten above every id of the table: copy ``k`` of row ``id`` is
    ``id + k * stride``, and a foreign key to a copied table moves by that table's stride."""
    cursor.execute(f"SELECT coalesce(max(id), 0) FROM {model._meta.db_table}")
    biggest = int(cursor.fetchone()[0])
    return int(10 ** max(1, math.ceil(math.log10(biggest + 1))))


def _insert_sql(
    model: type[models.Model], strides: dict[type[models.Model], int], copies: int, per_copy: int
) -> str:
    table = model._meta.db_table
    columns, values = [], []
    user_model = get_user_model()
    for f in model._meta.concrete_fields:
        if getattr(f, "generated", False):
            continue  # a stored generated column: the database computes the copy's
        column = connection.ops.quote_name(f.column)
        columns.append(column)
        values.append(_value(model, f, column, strides, per_copy, user_model))
    join = ""
    if model is Child:
        join = f" JOIN national_nhs nhs ON nhs.n = (k - 1) * {per_copy} + picked.n"
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM {table} t "
        f"JOIN {_picked(model)} picked ON picked.id = t.id "
        f"CROSS JOIN generate_series(1, {copies}) AS k{join}"
    )


def _value(
    model: type[models.Model],
    f: models.Field[Any, Any],
    column: str,
    strides: dict[type[models.Model], int],
    per_copy: int,
    user_model: type[models.Model],
) -> str:
    """The copy's value of one column."""
    source = f"t.{column}"
    if f.primary_key:
        return f"{source} + k * {strides[model]}"
    if f.is_relation:
        target = model if f.related_model == "self" else f.related_model
        if isinstance(target, type) and target in strides:
            return f"{source} + k * {strides[target]}"  # NULL stays NULL
        if target is user_model or not f.null:
            return source  # the area's demo users stay the authors
        return "NULL"  # a register that is not copied (an assessment, say)
    if model is Child and f.name == "nhs_number":
        return "nhs.number"
    if model is Organisation and f.name == "code":
        return f"CASE WHEN {source} = '' THEN '' ELSE {source} || '-' || k END"
    if model is Organisation and f.name == "name":
        return f"{source} || ' (' || k || ')'"
    return source


def _load_nhs_numbers(cursor: Any, count: int) -> None:
    """``count`` valid NHS numbers in the 999 test range that no child has yet, numbered from
    1, into a temporary table, with ``COPY``."""
    taken = set(Child.objects.values_list("nhs_number", flat=True))
    cursor.execute(
        "CREATE TEMP TABLE national_nhs (n bigint PRIMARY KEY, number varchar(10)) ON COMMIT DROP"
    )
    with cursor.copy("COPY national_nhs (n, number) FROM STDIN") as copy:
        buffer = io.StringIO()
        for n, number in enumerate(_fresh_numbers(taken, count), start=1):
            buffer.write(f"{n}\t{number}\n")
            if buffer.tell() > 1 << 20:
                copy.write(buffer.getvalue())
                buffer = io.StringIO()
        copy.write(buffer.getvalue())


def _fresh_numbers(taken: set[str], count: int) -> Iterator[str]:
    """Valid numbers in the 999 test range first. The range holds only 909,091 of them, fewer
    than a national cohort, so the rest are numbers that can never be issued: in the test range,
    on the nine digits whose check digit would be 10 (no valid number starts with them)."""
    made = 0
    never_valid = []
    for serial in range(10**6):
        first_nine = f"{TEST_RANGE_PREFIX}{serial:06d}"
        check = _check_digit(first_nine)
        if check is None:
            never_valid.append(first_nine)
            continue
        number = f"{first_nine}{check}"
        if number in taken:
            continue
        yield number
        made += 1
        if made == count:
            return
    for digit in range(10):
        for first_nine in never_valid:
            yield f"{first_nine}{digit}"
            made += 1
            if made == count:
                return
    raise RuntimeError("The 999 test range has run out of NHS numbers.")


# -- what the database needs ---------------------------------------------------------------------


@dataclass(frozen=True)
class TableSize:
    table: str
    rows: int
    table_bytes: int
    index_bytes: int


def database_bytes() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return int(cursor.fetchone()[0])


def largest_tables(limit: int = 12) -> list[TableSize]:
    """The tables with the most bytes (heap and TOAST, and their indexes), rows estimated by
    the planner's statistics (exact after ``ANALYZE``)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT c.relname, c.reltuples::bigint, pg_table_size(c.oid),
                      pg_indexes_size(c.oid)
               FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
               WHERE c.relkind = 'r' AND s.nspname = 'public'
               ORDER BY pg_total_relation_size(c.oid) DESC LIMIT %s""",
            [limit],
        )
        return [TableSize(r[0], max(0, r[1]), r[2], r[3]) for r in cursor.fetchall()]


def pretty_bytes(n: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n:,.1f} GB"


def table_rows(sizes: Iterable[TableSize]) -> list[tuple[str, str, str, str]]:
    return [
        (s.table, f"{s.rows:,}", pretty_bytes(s.table_bytes), pretty_bytes(s.index_bytes))
        for s in sizes
    ]
