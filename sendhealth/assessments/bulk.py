"""Fast writes for the SEN2 import: one ``executemany`` per batch of plain tuples, without
building a model instance or compiling a query per row (what took most of an import's time
through ``bulk_create``). ``INSERT .. ON CONFLICT .. DO UPDATE`` and ``UPDATE .. WHERE`` work
the same on SQLite (3.24+) and PostgreSQL. Dates go as ISO text and JSON as its text, which
both databases take for date and JSON columns."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from django.db import connection, models

ROWS = 500  # rows a statement, at most
PARAMETERS = 30_000  # under SQLite's 32,766 (3.32+) and PostgreSQL's 65,535


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


def _json(value):
    return json.dumps(value, default=str)


def _converter(field: models.Field):
    if isinstance(field, models.DateField):
        return _iso
    if isinstance(field, models.JSONField):
        return _json
    return None


def _prepare(rows: Iterable[Sequence], converters: list, fixed: tuple) -> list[list]:
    """Each row as a list of parameters: only the date and JSON columns are converted (one
    call per such value, none for the rest), then the fixed defaults added."""
    convert = [(i, conv) for i, conv in enumerate(converters) if conv]
    width = len(converters)
    prepared = []
    for row in rows:
        values = list(row)
        if len(values) != width:
            raise ValueError(f"expected {width} values, got {len(values)}")
        for i, conv in convert:
            values[i] = conv(values[i])
        values.extend(fixed)
        prepared.append(values)
    return prepared


class Upsert:
    """Insert rows of ``fields`` (attnames) into ``model``'s table; a row whose ``unique``
    columns exist already has its ``update`` columns set instead. Every other column gets its
    default, worked out once."""

    def __init__(self, model, fields: Sequence[str], unique: Sequence[str], update: Sequence[str]):
        meta = model._meta
        by_attname = {f.attname: f for f in meta.concrete_fields if not f.primary_key}
        self.fields = list(fields)
        given = [by_attname[a] for a in self.fields]
        rest = [f for f in by_attname.values() if f.attname not in self.fields]
        self.converters = [_converter(f) for f in given]
        self.fixed = tuple((_converter(f) or (lambda v: v))(f.get_default()) for f in rest)
        self.fixed_casts = [f"CAST(%s AS {f.db_type(connection)})" for f in rest]
        qn = connection.ops.quote_name
        columns = [f.column for f in given] + [f.column for f in rest]
        update_columns = [by_attname[a].column for a in update]
        unique_columns = [by_attname[a].column for a in unique]
        # Names from the model's own metadata, quoted; every value is a parameter.
        self.head = f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(c) for c in columns)}) VALUES "  # noqa: S608
        self.tail = (
            f" ON CONFLICT ({', '.join(qn(c) for c in unique_columns)}) DO UPDATE SET "
            + ", ".join(f"{qn(c)} = EXCLUDED.{qn(c)}" for c in update_columns)
        )
        self.row = f"({', '.join(['%s'] * len(columns))})"
        # Many rows a statement (one statement per row costs PostgreSQL a parse, plan and
        # round trip each): as many as the parameter limit allows, at most ROWS.
        self.per_statement = max(1, min(ROWS, PARAMETERS // len(columns)))

    def _sql(self, n: int) -> str:
        return self.head + ", ".join([self.row] * n) + self.tail

    def run(self, rows: Iterable[Sequence]) -> None:
        prepared = _prepare(rows, self.converters, self.fixed)
        size = self.per_statement
        with connection.cursor() as cursor:
            full = [
                [v for row in prepared[i : i + size] for v in row]
                for i in range(0, len(prepared) - len(prepared) % size, size)
            ]
            if full:
                cursor.executemany(self._sql(size), full)
            rest = prepared[len(full) * size :]
            if rest:
                cursor.execute(self._sql(len(rest)), [v for row in rest for v in row])


class Update:
    """``UPDATE model SET fields WHERE keys`` for each row (the fields' values, then the
    keys')."""

    def __init__(self, model, fields: Sequence[str], keys: Sequence[str]):
        meta = model._meta
        by_attname = {f.attname: f for f in meta.concrete_fields}
        self.converters = [_converter(by_attname[a]) for a in (*fields, *keys)]
        qn = connection.ops.quote_name
        # PostgreSQL: many rows a statement, joined to a VALUES list (each value cast to its
        # column's type, as VALUES alone types them as text). SQLite runs one prepared
        # statement per row, which costs it little.
        self.many = connection.vendor == "postgresql"
        names = [f"v{i}" for i in range(len(fields) + len(keys))]
        casts = [f"CAST(v.{n} AS {by_attname[a].db_type(connection)})"
                 for n, a in zip(names, (*fields, *keys), strict=True)]  # fmt: skip
        table = qn(meta.db_table)
        self.head = f"UPDATE {table} SET " + ", ".join(  # noqa: S608 (names from the model)
            f"{qn(by_attname[a].column)} = {c}" for a, c in zip(fields, casts, strict=False)
        )
        self.row = f"({', '.join(['%s'] * len(names))})"
        self.tail = f") AS v ({', '.join(names)}) WHERE " + " AND ".join(
            f"{table}.{qn(by_attname[a].column)} = {c}"
            for a, c in zip(keys, casts[len(fields) :], strict=True)
        )
        self.per_statement = max(1, min(ROWS, PARAMETERS // len(names)))
        self.sql = (
            f"UPDATE {qn(meta.db_table)} SET "  # noqa: S608 (names from the model, quoted)
            + ", ".join(f"{qn(by_attname[a].column)} = %s" for a in fields)
            + " WHERE "
            + " AND ".join(f"{qn(by_attname[a].column)} = %s" for a in keys)
        )

    def _many_sql(self, n: int) -> str:
        return self.head + " FROM (VALUES " + ", ".join([self.row] * n) + self.tail

    def run(self, rows: Iterable[Sequence]) -> None:
        prepared = _prepare(rows, self.converters, ())
        if not prepared:
            return
        with connection.cursor() as cursor:
            if not self.many:
                cursor.executemany(self.sql, prepared)
                return
            size = self.per_statement
            for i in range(0, len(prepared), size):
                chunk = prepared[i : i + size]
                cursor.execute(self._many_sql(len(chunk)), [v for row in chunk for v in row])


# -- PostgreSQL: COPY into a staging table, then one set-based statement ---------------------


def column_type(model, attname: str) -> str:
    """The SQL type of ``model``'s column ``attname`` (for a staging table or a cast)."""
    field = next(f for f in model._meta.concrete_fields if f.attname == attname)
    return field.db_type(connection)


class Stage:
    """A temporary table (PostgreSQL) that rows are COPYed into as they stream, a batch at a
    time, for one set-based statement to write them where they belong: no statement per row
    or per batch to parse and plan, and no parameters to bind. Dropped by ``close``.
    ``shared``: an ``UNLOGGED`` table instead (no WAL written for its rows either), which
    other connections see once the COPY commits (a temporary table is its session's alone),
    so another connection's transaction can write its rows while this one stages more."""

    def __init__(self, name: str, columns: Sequence[tuple[str, str]], shared: bool = False):
        qn = connection.ops.quote_name
        self.name = qn(name)
        self.columns = [c for c, _ in columns]
        definition = ", ".join(f"{qn(c)} {t}" for c, t in columns)
        self.copy_sql = f"COPY {self.name} ({', '.join(qn(c) for c in self.columns)}) FROM STDIN"
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.name}")
            kind = "UNLOGGED" if shared else "TEMPORARY"
            cursor.execute(f"CREATE {kind} TABLE {self.name} ({definition})")
        self.rows = 0

    def copy(self, rows: Iterable[Sequence]) -> int:
        """COPY ``rows`` (tuples in ``columns`` order: dates, booleans, numbers, text and JSON
        as its text) into the table; returns how many."""
        n = 0
        with connection.cursor() as cursor, cursor.cursor.copy(self.copy_sql) as copy:
            write = copy.write_row
            for row in rows:
                write(row)
                n += 1
        self.rows += n
        return n

    def execute(self, sql: str, params: Sequence = ()) -> int:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.rowcount

    def close(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.name}")


def default_of(model, attname: str):
    """``model``'s default for column ``attname``, as a parameter (dates as text, JSON as
    its text)."""
    field = next(f for f in model._meta.concrete_fields if f.attname == attname)
    return (_converter(field) or (lambda v: v))(field.get_default())


def staged_upsert(upsert: Upsert, exprs: Sequence[str], source: str, conflict: bool = True) -> str:
    """``upsert``'s statement fed by a query instead of VALUES: ``exprs`` (SQL, one per field
    ``upsert`` was given, in order) selected ``FROM source``, then each other column's default
    (parameters, cast to their column's type: ``upsert.fixed``), then its ``ON CONFLICT``
    (left off with ``conflict=False``, when the rows cannot exist yet).
    Parameters: those of ``exprs``, then ``upsert.fixed``, then those of ``source``."""
    select = ", ".join([*exprs, *upsert.fixed_casts])
    # Names from the models and the code; every value is a parameter.
    tail = upsert.tail if conflict else ""  # a first load: nothing to conflict with
    return f"{upsert.head.removesuffix(' VALUES ')} SELECT {select} FROM {source}{tail}"  # noqa: S608
