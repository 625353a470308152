"""Importing an LA's SEN2 return: all or nothing, streamed, every error listed, each row
parsed once.

One pass reads every module (a stream of rows, never the whole file), parses each value and
checks it, each table id (present, not repeated) and each parent id (the row it belongs to
exists); only the ids are held in memory, to check the joins. While nothing is wrong, the
parsed rows go to a spool on disk (batches of plain tuples), so nothing is parsed twice and
memory stays bounded. If anything is wrong nothing is written and the errors are listed by
module, row and column. Else the spool is written in batches, in one transaction, keyed by the
LA's own table ids (``INSERT .. ON CONFLICT``): a later return updates what an earlier one
loaded and never duplicates it. Then the people are matched to the children's register and the
assessments linked to the advice requests and plans.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import queue
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from json.encoder import encode_basestring_ascii as _json_text  # what json.dumps writes
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    IntegrityError,
    connection,
    connections,
    transaction,
)
from django.utils import timezone

from sendhealth.assessments import codelists, matching
from sendhealth.assessments.bulk import (
    Stage,
    Update,
    Upsert,
    column_type,
    default_of,
    staged_upsert,
)
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import (
    BOOL_SPELLINGS,
    BY_KEY,
    DATES_READ,
    MODULES,
    REQUIRED,
    Module,
    ReturnFile,
    ValueProblem,
    parse_bool,
    parse_date,
    parse_int,
    text_of,
)
from sendhealth.organisations.models import Organisation

BATCH = 5000
PARSERS = {"date": parse_date, "bool": parse_bool, "int": parse_int}
# The values a parser has the answer to already, by the raw value: the dates read before (the
# parser keeps them) and the booleans' common spellings (an empty value: None).
KNOWN = {parse_date: DATES_READ, parse_bool: BOOL_SPELLINGS}
_MISS = object()
MAX_ERRORS = 500
LOCK_CLASS = 5202  # pg_advisory_xact_lock(LOCK_CLASS, LA id): one SEN2 import of an LA at a time
# pg_advisory_lock(STAGE_LOCK_CLASS, return id): held by the session of an import whose shared
# staging tables exist (``run_overlapped``); a table no session holds the lock of is stale.
STAGE_LOCK_CLASS = 5203
STAGE_NAME = r"^sen2_stage_([0-9]+)_[a-z0-9]+$"  # ``PostgresLoad``'s shared staging tables
# ``sen2_bench --steps`` sets this: a context manager factory timing each named step.
STEP_TIMER: Callable[[str], contextlib.AbstractContextManager] | None = None


def _step(label: str) -> contextlib.AbstractContextManager:
    return STEP_TIMER(label) if STEP_TIMER is not None else contextlib.nullcontext()


# ``progress(percent, rows)``: the share done, and the rows read (while checking) or written.
Progress = Callable[[int, int], None]
Sink = Callable[[str, list, "Checked"], None]  # (module key, parsed rows, the check so far)


@dataclass
class Checked:
    errors: list[dict] = field(default_factory=list)
    ids: dict[str, set] = field(default_factory=dict)
    parent_of: dict[str, dict] = field(default_factory=dict)  # module -> {id: parent id}
    counts: dict[str, int] = field(default_factory=dict)
    truncated: bool = False
    spool: IO[bytes] | None = None  # the parsed rows, while there is nothing wrong
    sink: Sink | None = None  # or where they go instead (``PostgresLoad.stage``)

    def add(self, module, row, column, message):
        if self.spool is not None:
            self.spool.close()  # nothing will be written: stop keeping rows
            self.spool = None
        self.sink = None
        if len(self.errors) >= MAX_ERRORS:
            self.truncated = True
            return
        self.errors.append(
            {"module": module.label, "row": row, "column": column, "message": message}
        )


@cache
def _slots(key: str, year: int) -> tuple[tuple, tuple[str, ...]]:
    """Each column's parser and (for a confirmed, closed code list) its codes, worked out once
    per module and year (the importer parses millions of values): (position in the parsed
    row, column, parser or None for plain text, code list name, codes or None)."""
    module = BY_KEY[key]
    slots = []
    for position, column in enumerate(module.all_columns):
        kind = module.kind(column)
        parser = PARSERS.get(kind)
        codes = None
        if kind.startswith("code:"):
            spec = codelists.for_year(year)["lists"][kind[5:]]
            if spec.get("codes") is not None and not spec.get("open"):
                codes = frozenset(spec["codes"])
        slots.append((position, column, parser, kind[5:] if codes is not None else "", codes))
    return tuple(slots), tuple(REQUIRED.get(key, ()))


@cache
def position(key: str, column: str) -> int:
    """Where ``column`` is in a parsed row of module ``key`` (its ``all_columns`` order)."""
    return BY_KEY[key].all_columns.index(column)


@cache
def _row_parser(key: str, header: tuple[str, ...], year: int) -> Callable:
    """A function that parses one raw row of module ``key`` (in ``header``'s order) into a
    list in the module's ``all_columns`` order, reporting each problem: written out column
    by column for this header and year, once (a loop over the columns, a tuple unpacked and a
    branch taken per value, cost more than the parsing itself over millions of values). The
    generated source holds only names from ``sen2.MODULES`` (as literals) and positions."""
    slots, required = _slots(key, year)
    where = {name: i for i, name in enumerate(header)}
    env: dict = {
        "text_of": text_of,
        "ValueProblem": ValueProblem,
        "check": codelists.check,
        "MISS": _MISS,
    }
    lines = ["def parse(raw, number, report):"]
    names = []
    for at, column, parser, list_name, codes in slots:
        name = f"v{at}"
        names.append(name)
        index = where.get(column)
        if index is None:  # a column the header lacks reads as empty
            lines.append(f"    {name} = {'None' if parser else repr('')}")
        elif parser is None:
            lines.append(f"    {name} = raw[{index}]")
            lines.append(
                f"    {name} = {name}.strip() if {name}.__class__ is str else text_of({name})"
            )
            if codes is not None:
                env[f"codes{at}"] = codes
                lines.append(
                    f"    if {name} and {name} not in codes{at}: "
                    f"report(number, {column!r}, check({year!r}, {list_name!r}, {name}))"
                )
        else:
            env[f"parse{at}"] = parser
            call = [
                "    try:",
                f"        {name} = parse{at}(raw[{index}])",
                "    except ValueProblem as problem:",
                f"        report(number, {column!r}, str(problem))",
                f"        {name} = None",
            ]
            known = KNOWN.get(parser)
            if known is None:
                lines += call
            else:
                # A value read before (a date) or a common spelling (a boolean) looked up
                # here, without a call; any other goes to the parser, which says what is wrong.
                env[f"known{at}"] = known
                lines += [
                    f"    {name} = known{at}.get(raw[{index}], MISS)",
                    f"    if {name} is MISS:",
                    *(f"    {line}" for line in call),
                ]
    for column in required:
        name = f"v{position(key, column)}"
        lines.append(
            f"    if {name} is None or {name} == '': "
            f"report(number, {column!r}, 'is empty: every row needs it')"
        )
    lines.append(f"    return [{', '.join(names)}]")
    exec(compile("\n".join(lines), f"<sen2 {key} parser>", "exec"), env)  # noqa: S102 (see above)
    return env["parse"]


def parse_rows(module, header: list[str], rows, year: int, report) -> Iterator[tuple[int, list]]:
    """Each row (a list in ``header``'s order) parsed into a list in the module's
    ``all_columns`` order; each problem reported as (row number, column, message). A column
    the header lacks reads as empty."""
    width = len(header)
    parse = _row_parser(module.key, tuple(header), year)
    for number, raw in rows:
        if len(raw) != width:
            raw = (list(raw) + [None] * width)[:width]
        yield number, parse(raw, number, report)


def check(
    source: ReturnFile,
    year: int,
    la_code: str = "",
    progress: Progress | None = None,
    spool: IO[bytes] | None = None,
    sink: Sink | None = None,
    order: Sequence[Module] = MODULES,
    done: Callable[[str, Checked], None] | None = None,
) -> Checked:
    """Read, parse and check every row once; while nothing is wrong, keep the parsed rows in
    ``spool`` (pickled batches of ``(module key, rows)``) for ``load``, or hand each batch to
    ``sink``. Modules are read in ``order`` (a parent before its children), and ``done`` is
    told of each one read to its end (with the check so far)."""
    result = Checked(spool=spool, sink=sink)
    read = 0
    if year not in codelists.years():
        result.add(MODULES[0], 0, "year", f"the {year} collection is not supported")
        return result
    for index, module in enumerate(order):
        header = source.headers(module.key)
        if header is None:
            result.add(module, 0, "", f"is missing: add the {module.key} file or sheet")
            continue
        header = [text_of(h) for h in header]
        missing = [c for c in (module.id_column, module.parent_column) if c and c not in header]
        if missing:
            result.add(module, 1, ", ".join(missing), "column is missing from the header row")
            continue
        seen: set = set()
        parents: dict = {}
        # The SQLite load looks up a named plan's request and a need's plan's request here;
        # PostgreSQL joins its staging tables instead (nothing more held in memory).
        keep_parents = result.sink is None and module.key in ("assessment", "activeplans")
        parent_ids = result.ids.get(module.parent) if module.parent else None
        count = 0
        id_at = position(module.key, module.id_column)
        parent_at = position(module.key, module.parent_column) if module.parent_column else None
        parent_label = BY_KEY[module.parent].label if module.parent else ""

        def report(number, column, message, module=module):
            result.add(module, number, column, message)

        batch: list = []
        keep = batch.append  # every row; ``_keep`` drops the batch once anything is wrong
        header_row = module.key == "sen2"
        check_parent = parent_at is not None and parent_ids is not None
        rows = parse_rows(module, header, source.lists(module.key), year, report)
        # Per row only what a row needs (millions of rows): the checks worked out above.
        for count, (number, values) in enumerate(rows, 1):
            table_id = values[id_at]
            if not table_id:
                report(number, module.id_column, "is empty: every row needs its table id")
            elif table_id in seen:
                report(
                    number, module.id_column, "is used by an earlier row: table ids must be unique"
                )
            seen.add(table_id)
            if check_parent and values[parent_at] not in parent_ids:
                report(
                    number,
                    module.parent_column,
                    f"names no row of {parent_label}: check the row it belongs to is in the return",
                )
            if keep_parents:
                parents[table_id] = values[parent_at]
            if header_row:
                given = dict(zip(module.all_columns, values, strict=True))
                if given.get("year") not in (None, year):
                    report(
                        number, "year", f"is {given['year']} but you chose the {year} collection"
                    )
                if la_code and given.get("lea") and given["lea"] != la_code:
                    report(
                        number, "lea", f"is {given['lea']}, not your local authority's {la_code}"
                    )
            keep(values)
            if count % BATCH == 0:
                if progress:
                    progress(int(40 * index / len(order)), read + count)
                _keep(result, module.key, batch)
                batch = []
                keep = batch.append
        if batch:
            _keep(result, module.key, batch)
        # Only the ids a module still to come names as its parent are kept: a module's ids go
        # once its last child module has been read (memory: a few modules' ids, not all).
        result.ids[module.key] = seen
        later = {m.parent for m in order[index + 1 :]}
        for key in [k for k in result.ids if k not in later]:
            del result.ids[key]
        if keep_parents:
            result.parent_of[module.key] = parents
        result.counts[module.key] = count
        read += count
        if progress:
            progress(int(40 * (index + 1) / len(order)), read)
        if done is not None:
            done(module.key, result)
    if result.counts.get("sen2", 0) > 1:
        result.add(MODULES[0], 3, "", "has more than one row: a return has one header")
    return result


def _keep(result: Checked, key: str, batch: list) -> None:
    if result.sink is not None:
        result.sink(key, batch, result)
    elif result.spool is not None:
        pickle.dump((key, batch), result.spool, pickle.HIGHEST_PROTOCOL)


def _spooled(spool: IO[bytes]) -> Iterator[tuple[str, list]]:
    spool.seek(0)
    while True:
        try:
            yield pickle.load(spool)  # noqa: S301 (our own spool, written by ``check``)
        except EOFError:
            return


# -- writing ---------------------------------------------------------------------------------

PERSON_FIELDS = {
    "surname": "surname",
    "forename": "forename",
    "personbirthdate": "birth_date",
    "sex": "sex",
    "ethnicity": "ethnicity",
    "postcode": "postcode",
    "upn": "upn",
    "uniquelearnernumber": "uln",
    "upnunknown": "upn_unknown",
}
REQUEST_FIELDS = {
    "receiveddate": "received_on",
    "requestsource": "request_source",
    "rya": "rya",
    "requestoutcomedate": "request_outcome_on",
    "requestoutcome": "request_outcome",
    "requestmediation": "request_mediation",
    "requesttribunal": "request_tribunal",
    "exported": "exported",
}
ASSESSMENT_FIELDS = {
    "assessmenttableid": "assessment_table_id",
    "assessmentoutcome": "assessment_outcome",
    "assessmentoutcomedate": "assessment_outcome_on",
    "assessmentmediation": "assessment_mediation",
    "assessmenttribunal": "assessment_tribunal",
    "othermediation": "other_mediation",
    "othertribunal": "other_tribunal",
    "week20": "week20",
}
PLAN_FIELDS = {
    "namedplantableid": "named_plan_table_id",
    "startdate": "plan_start_on",
    "planres": "plan_res",
    "planwbp": "plan_wbp",
    "pb": "pb",
    "oa": "oa",
    "dp": "dp",
    "ceasedate": "plan_ceased_on",
    "ceasereason": "plan_cease_reason",
}
MODULE_FIELDS = {"requests": REQUEST_FIELDS, "assessment": ASSESSMENT_FIELDS}
MODULE_FIELDS["namedplan"] = PLAN_FIELDS
EXTRA = ("NativeId", "orderseqcolumn", "sourceid")
# Module 5a's dates that its record also keeps in columns of their own (``RECORD_DATES``).
RECORD_REVIEW_COLUMNS = (
    "reviewmeeting",
    "lastreview",
    "phasetransferduedate",
    "phasetransferfinaldate",
)


@cache
def _extra_at(key: str) -> tuple[tuple[str, int], ...]:
    return tuple(
        (c, position(key, c))
        for c in BY_KEY[key].all_columns
        if c == "NativeId" or c == "sourceid" or c.endswith("orderseqcolumn")
    )


def _extra(key: str, values: list) -> dict:
    """The common columns SEN2 carries for the LA's own systems, kept as given."""
    return {c: values[i] for c, i in _extra_at(key) if values[i]}


def _at(key: str, columns) -> list[int]:
    return [position(key, c) for c in columns]


def _json_members(key: str, columns, name: str) -> list[str]:
    """Source lines that append to list ``name`` each of ``columns`` of a parsed row ``v`` of
    module ``key`` that holds a value (None and "" left out, as ``_extra`` and the records'
    data leave them), as JSON text ``"column":value``: dates as ISO text, booleans, whole
    numbers, and text escaped as ``json.dumps`` escapes it (``encode_basestring_ascii``)."""
    module = BY_KEY[key]
    lines = []
    for column in columns:
        at, kind, label = position(key, column), module.kind(column), json.dumps(column) + ":"
        lines.append(f"    x = v[{at}]")
        if kind == "date":
            lines.append(
                f"    if x is not None: {name}.append({label!r} + '\"' + x.isoformat() + '\"')"
            )
        elif kind == "bool":
            lines.append(
                f"    if x is not None: {name}.append({label!r} + ('true' if x else 'false'))"
            )
        elif kind == "int":
            lines.append(f"    if x is not None: {name}.append({label!r} + str(x))")
        else:  # text and codes: always a string once parsed
            lines.append(f"    if x is not None and x != '': {name}.append({label!r} + J(x))")
    return lines


@cache
def _stage_row(key: str) -> Callable[[list], tuple]:
    """A function that turns one parsed row of module ``key`` into the row ``PostgresLoad``
    COPYs into its staging table, JSON written as text directly: written out column by column,
    once (a dict built and ``json.dumps``ed a row cost more than parsing the row). The source
    holds only names from ``sen2.MODULES`` and positions, as ``_row_parser``'s."""
    module = BY_KEY[key]
    extra = [c for c, _ in _extra_at(key)]
    lines = ["def row(v):", "    e = []"]
    if key == "person":
        lines += _json_members(key, extra, "e")
        lines.append(f"    e.append('\"sen2tableid\":' + J(v[{position(key, 'sen2tableid')}]))")
        fields = [position(key, c) for c in ("persontableid", *PERSON_FIELDS)]
        out = [f"v[{i}]" for i in fields] + ["'{' + ','.join(e) + '}'"]
    elif key == "requests":
        lines += _json_members(key, extra, "e")
        fields = [position(key, c) for c in ("requeststableid", *REQUEST_FIELDS, "persontableid")]
        out = [f"v[{i}]" for i in fields] + ["'{\"requests\":{' + ','.join(e) + '}}'"]
    elif key in MODULE_FIELDS:  # keyed by the parent: the request, or the assessment
        lines += _json_members(key, extra, "e")
        fields = [position(key, c) for c in (module.parent_column, *MODULE_FIELDS[key])]
        out = [f"v[{i}]" for i in fields] + ["'{' + ','.join(e) + '}'"]
    else:  # 4b, 5a, 5b, 5c: kept as given, every column in ``data``
        lines += _json_members(key, module.all_columns, "e")
        ids = [position(key, c) for c in (module.id_column, module.parent_column)]
        dates = (
            [f"v[{i}]" for i in _at(key, RECORD_REVIEW_COLUMNS)]
            if key == "activeplans"
            else ["None"] * len(RECORD_REVIEW_COLUMNS)
        )
        out = [f"v[{i}]" for i in ids] + ["'{' + ','.join(e) + '}'", *dates]
    lines.append(f"    return ({', '.join(out)},)")
    env: dict = {"J": _json_text}
    exec(compile("\n".join(lines), f"<sen2 {key} stage row>", "exec"), env)  # noqa: S102 (see above)
    return env["row"]


def load(
    ret: Sen2Return,
    checked: Checked,
    progress: Progress | None = None,
    staged: PostgresLoad | None = None,
):
    """Write the rows ``check`` spooled, a batch at a time, or (PostgreSQL) ``staged``'s
    staging tables, a statement a module (call inside a transaction)."""
    la_id, icb_id = ret.local_authority_id, ret.icb_id
    done = [0]
    total = max(1, sum(checked.counts.values()))

    def advance(n):
        done[0] += n
        if progress:
            progress(40 + int(50 * done[0] / total), done[0])

    ret.counts = {**checked.counts, "header": {}}
    if staged is not None:
        staged.write(advance)
        return
    people_upsert, request_upsert, record_upsert = _upserts()
    person_at = _at("person", PERSON_FIELDS)
    person_id_at, person_sen2_at = _at("person", ("persontableid", "sen2tableid"))
    request_at = _at("requests", REQUEST_FIELDS)
    request_id_at, request_person_at = _at("requests", ("requeststableid", "persontableid"))
    keys = ["local_authority_id", "requests_table_id"]
    updates = {
        key: (
            Update(Assessment, list(MODULE_FIELDS[key].values()), keys),
            _at(key, MODULE_FIELDS[key]),
        )
        for key in ("assessment", "namedplan")
    }
    assessment_request_at = position("assessment", "requeststableid")
    plan_assessment_at = position("namedplan", "assessmenttableid")
    assessment_requests = checked.parent_of.get("assessment", {})
    review_at = _at("activeplans", RECORD_REVIEW_COLUMNS)
    need_at, rank_at, need_plan_at = _at(
        "senneed", ("sentype", "sentyperank", "activeplanstableid")
    )
    plan_requests = checked.parent_of.get("activeplans", {})
    needs: dict[str, str] = {}

    for key, batch in _spooled(checked.spool):
        module = BY_KEY[key]
        if key == "sen2":
            ret.counts["header"] = {
                c: str(v or "") for c, v in zip(module.all_columns, batch[0], strict=True)
            }
        elif key == "person":
            people_upsert.run(
                (
                    la_id,
                    icb_id,
                    v[person_id_at],
                    *[v[i] for i in person_at],
                    {**_extra(key, v), "sen2tableid": v[person_sen2_at]},
                    ret.pk,
                )
                for v in batch
            )
        elif key == "requests":
            people = dict(
                Sen2Person.objects.filter(
                    local_authority_id=la_id,
                    person_table_id__in={v[request_person_at] for v in batch},
                ).values_list("person_table_id", "pk")
            )
            request_upsert.run(
                (
                    la_id,
                    icb_id,
                    v[request_id_at],
                    *[v[i] for i in request_at],
                    people.get(v[request_person_at]),
                    {"requests": _extra(key, v)},
                    ret.pk,
                )
                for v in batch
            )
        elif key in updates:
            update, at = updates[key]
            if key == "assessment":
                requests = [v[assessment_request_at] for v in batch]
            else:
                requests = [assessment_requests.get(v[plan_assessment_at], "") for v in batch]
            update.run(
                (*[v[i] for i in at], la_id, request)
                for v, request in zip(batch, requests, strict=True)
            )
            _merge_extra(
                la_id, key, [(r, _extra(key, v)) for v, r in zip(batch, requests, strict=True)]
            )
        else:  # 4b, 5a, 5b, 5c: kept as given
            columns = module.all_columns
            id_at = position(key, module.id_column)
            parent_at = position(key, module.parent_column)
            reviews = key == "activeplans"
            if key == "senneed":
                for v in batch:
                    if v[rank_at] == 1:
                        request = plan_requests.get(v[need_plan_at])
                        if request:
                            needs[request] = v[need_at]
            record_upsert.run(
                (
                    la_id,
                    key,
                    v[id_at],
                    v[parent_at],
                    {
                        c: x.isoformat() if hasattr(x, "isoformat") else x
                        for c, x in zip(columns, v, strict=True)
                        if x is not None and x != ""
                    },
                    *([v[i] for i in review_at] if reviews else (None, None, None, None)),
                    ret.pk,
                )
                for v in batch
            )
        advance(len(batch))
    need_update = Update(Assessment, ["primary_need"], keys)
    for batch in _batches(needs.items()):
        need_update.run((n, la_id, r) for r, n in batch)


class PostgresLoad:
    """The PostgreSQL way to write a return: each batch of parsed rows is COPYed into a
    temporary staging table as ``check`` reads it (``stage``, its ``sink``: no spool written
    and read back), then, if nothing was wrong, ``write`` puts each module where it belongs
    with one set-based statement (``INSERT .. SELECT .. ON CONFLICT`` or ``UPDATE .. FROM``),
    the foreign keys resolved by joins, inside the caller's transaction. ``discard`` drops the
    staging tables (a failed return leaves nothing)."""

    WRITTEN = (Sen2Person, Assessment, Sen2Record)  # the tables ``write`` writes
    RECORD_DATES = ("review_meeting_on", "review_decided_on", "phase_transfer_due_on",
                    "phase_transfer_final_on")  # fmt: skip

    def __init__(self, ret: Sen2Return, shared: bool = False):
        self.ret = ret
        # ``shared``: UNLOGGED staging tables named for this import, which another
        # connection (the one whose transaction writes them) sees (``run_overlapped``).
        self.shared = shared
        self.triggers: str | None = None
        self.first: dict[str, bool] = {}
        self.stages: dict[str, Stage] = {}
        self.header: dict = {}
        self.people_upsert, self.request_upsert, self.record_upsert = _upserts()

    # -- staging, while ``check`` reads --

    def stage(self, key: str, batch: list, checked: Checked) -> None:
        if key == "sen2":
            self.header = {
                c: str(v or "") for c, v in zip(BY_KEY[key].all_columns, batch[0], strict=True)
            }
            return
        with _step(f"copy {key}"):
            self._stage_for(key).copy(map(_stage_row(key), batch))

    def _stage_for(self, key: str) -> Stage:
        if key in self.stages:
            return self.stages[key]
        text, jsonb = "text", "jsonb"
        if key == "person":
            columns = [("person_table_id", text),
                       *((f, column_type(Sen2Person, f)) for f in PERSON_FIELDS.values()),
                       ("extra", jsonb)]  # fmt: skip
        elif key == "requests":
            columns = [("requests_table_id", text),
                       *((f, column_type(Assessment, f)) for f in REQUEST_FIELDS.values()),
                       ("person_table_id", text), ("extra", jsonb)]  # fmt: skip
        elif key in MODULE_FIELDS:
            parent = "requests_table_id" if key == "assessment" else "parent_assessment_id"
            columns = [(parent, text),
                       *((f, column_type(Assessment, f)) for f in MODULE_FIELDS[key].values()),
                       ("extra", jsonb)]  # fmt: skip
        else:
            columns = [("table_id", text), ("parent_table_id", text), ("data", jsonb),
                       *((d, "date") for d in self.RECORD_DATES)]  # fmt: skip
        name = f"sen2_stage_{self.ret.pk}_{key}" if self.shared else f"sen2_stage_{key}"
        self.stages[key] = Stage(name, columns, shared=self.shared)
        return self.stages[key]

    def create_stages(self) -> None:
        """Every module's staging table, at once (a module without rows: an empty table)."""
        for module in MODULES[1:]:
            self._stage_for(module.key)

    def discard(self) -> None:
        for stage in self.stages.values():
            stage.close()
        self.stages = {}

    # -- writing, inside the transaction --

    def write(self, advance: Callable[[int], None]) -> None:
        """Each module where it belongs, one statement a module (``jobs``), inside the
        caller's transaction, after every module was staged."""
        self.create_stages()
        self.begin()
        for _needs, label, run in self.jobs():
            with _step(f"write {label}"):
                advance(run())
        self.finish()

    def begin(self) -> None:
        """The transaction's settings, the LA's lock, the foreign key triggers switched off
        where the role may, and which tables hold nothing of the LA's yet (a first load)."""
        la_id = self.ret.local_authority_id
        with connection.cursor() as cursor:
            # For this transaction only: memory to join and sort a national return's rows
            # without spilling to disk, and no wait at commit for the WAL to reach the disk
            # (all or nothing still holds; the status saved afterwards waits for both).
            cursor.execute("SET LOCAL work_mem = '256MB'")
            cursor.execute("SET LOCAL synchronous_commit = off")
            # No JIT: the staging tables have no statistics, so the planner's costs pass
            # the JIT's thresholds and it compiled the first load's request statement for
            # seconds (4.8 s of 20.8 s at 100,000 people, EXPLAIN ANALYZE) to save nothing.
            cursor.execute("SET LOCAL jit = off")
            # One import of an LA at a time, so what is a first load stays one until commit.
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_CLASS, la_id])
        self.triggers = _foreign_keys_by_join(self.ret)  # the setting to go back to, if off
        self.first = {
            "person": not Sen2Person.objects.filter(local_authority_id=la_id).exists(),
            "requests": not Assessment.objects.filter(local_authority_id=la_id).exists(),
            "records": not Sen2Record.objects.filter(local_authority_id=la_id).exists(),
        }

    def jobs(
        self, order: Sequence[Module] = MODULES
    ) -> list[tuple[frozenset[str], str, Callable[[], int]]]:
        """The statements that write the staged modules, each as (the modules it reads,
        a label, a function that runs it and returns the rows it wrote), in the order the
        modules they read are staged when read in ``order``. A table in which the LA has
        nothing yet (a first load) takes a plain ``INSERT .. SELECT``, and the request, its
        assessment, named plan and primary need go into their one row in one statement (no
        row written and then rewritten three times); else upserts and updates, keyed by the
        LA's own table ids."""
        first, stages = self.first, self.stages

        def rows(*keys):
            return sum(stages[k].rows for k in keys)

        def people():
            self._write_people(stages["person"], first["person"])
            return rows("person")

        def records(key):
            def run():
                self._write_records(key, stages[key], first["records"])
                return rows(key)

            return run

        def inserted():
            self._insert_requests(stages["requests"])
            return rows("requests", "assessment", "namedplan")

        def upserted():
            self._upsert_requests(stages["requests"])
            return rows("requests")

        def updated(key):
            def run():
                self._update(key, stages[key])
                return rows(key)

            return run

        def needs():
            self._update_needs()
            return 0

        jobs: list[tuple[frozenset[str], str, Callable[[], int]]] = [
            (frozenset({"person"}), "person", people)
        ]
        if first["requests"]:
            jobs.append(
                (
                    frozenset({"requests", "assessment", "namedplan", "activeplans", "senneed"}),
                    "requests",
                    inserted,
                )
            )
        else:
            jobs += [
                (frozenset({"requests"}), "requests", upserted),
                (frozenset({"assessment"}), "assessment", updated("assessment")),
                (frozenset({"assessment", "namedplan"}), "namedplan", updated("namedplan")),
            ]
        for key in ("plandetail", "activeplans", "placementdetail", "senneed"):
            jobs.append((frozenset({key}), key, records(key)))
        if not first["requests"]:
            jobs.append((frozenset({"activeplans", "senneed"}), "needs", needs))
        at = {m.key: i for i, m in enumerate(order)}
        # stable: jobs that wait for the same module keep the order above (people before
        # requests, requests before the updates of their assessments and plans)
        return sorted(jobs, key=lambda job: max(at[k] for k in job[0]))

    def finish(self) -> None:
        """The header kept, and the foreign keys of what was written checked by joins."""
        self.ret.counts["header"] = self.header
        if self.triggers is not None:
            with _step("check foreign keys"):
                _check_foreign_keys(self.ret, self.WRITTEN, self.triggers)

    def _write_people(self, stage: Stage, first: bool) -> None:
        la_id, icb_id, pk = self.ret.local_authority_id, self.ret.icb_id, self.ret.pk
        upsert = self.people_upsert
        exprs = ["%s", "%s", "s.person_table_id",
                 *(f"s.{f}" for f in PERSON_FIELDS.values()), "s.extra", "%s"]  # fmt: skip
        stage.execute(staged_upsert(upsert, exprs, f"{stage.name} s", conflict=not first),
                      [la_id, icb_id, pk, *upsert.fixed])  # fmt: skip

    def _person_join(self) -> str:
        return (
            f" LEFT JOIN {Sen2Person._meta.db_table} p"
            " ON p.local_authority_id = %s AND p.person_table_id = s.person_table_id"
        )

    def _upsert_requests(self, stage: Stage) -> None:
        la_id, icb_id, pk = self.ret.local_authority_id, self.ret.icb_id, self.ret.pk
        upsert = self.request_upsert
        fields = [f"s.{f}" for f in REQUEST_FIELDS.values()]
        exprs = ["%s", "%s", "s.requests_table_id", *fields, "p.id", "s.extra", "%s"]
        source = f"{stage.name} s" + self._person_join()
        stage.execute(staged_upsert(upsert, exprs, source),
                      [la_id, icb_id, pk, *upsert.fixed, la_id])  # fmt: skip

    def _plans_by_request(self) -> str:
        """Module 4a's staged rows, each with its request's id (through its assessment)."""
        return (  # names from the code
            "(SELECT x.requests_table_id AS request_id, n.ctid AS n_ctid, n.*"  # noqa: S608
            f" FROM {self.stages['namedplan'].name}"
            f" n JOIN {self.stages['assessment'].name} x"
            " ON x.assessment_table_id = n.parent_assessment_id)"
        )

    def _needs_by_request(self) -> str:
        """Each request's primary need: its 5a plan's need of rank 1 (the last such row)."""
        return (  # names from the code
            '(SELECT DISTINCT ON (ap.parent_table_id COLLATE "C") ap.parent_table_id AS request_id,'  # noqa: S608
            f" n.data->>'sentype' AS primary_need FROM {self.stages['senneed'].name} n"
            f" JOIN {self.stages['activeplans'].name} ap ON ap.table_id = n.parent_table_id"
            " WHERE n.data->>'sentyperank' = '1' AND ap.parent_table_id <> ''"
            # a staging table is only ever appended to: ctid order is the file's order
            ' ORDER BY ap.parent_table_id COLLATE "C", n.ctid DESC)'
        )

    def _insert_requests(self, stage: Stage) -> None:
        """A first load: modules 2, 3, 4a and the primary need (5c) in one ``INSERT .. SELECT``,
        each request joined to its assessment, named plan and need (the last row where the
        return has more than one, as a later row updates an earlier one)."""
        ret = self.ret
        assessment = self.stages["assessment"].name
        request_fields = list(REQUEST_FIELDS.values())
        assessment_fields = list(ASSESSMENT_FIELDS.values())
        plan_fields = list(PLAN_FIELDS.values())
        upsert = Upsert(
            Assessment,
            ["local_authority_id", "icb_id", "requests_table_id", *request_fields, "person_id",
             "extra", "last_return_id", *assessment_fields, *plan_fields, "primary_need"],
            unique=["local_authority_id", "requests_table_id"],
            update=["extra"],
        )  # fmt: skip
        params: list = [ret.local_authority_id, ret.icb_id, ret.pk]

        def given(alias, key, fields):  # the row's value, else the column's default
            exprs = []
            for f in fields:
                exprs.append(
                    f"CASE WHEN {alias}.{key} IS NULL THEN CAST(%s AS "
                    f"{column_type(Assessment, f)}) ELSE {alias}.{f} END"
                )
                params.append(default_of(Assessment, f))
            return exprs

        def merged(alias, key):  # the module's other columns under its key, if any
            return (
                f"CASE WHEN {alias}.extra IS NULL OR {alias}.extra = '{{}}'::jsonb"
                f" THEN '{{}}'::jsonb ELSE jsonb_build_object('{key}', {alias}.extra) END"
            )

        exprs = [
            "%s", "%s", "s.requests_table_id", *(f"s.{f}" for f in request_fields), "p.id",
            f"s.extra || {merged('a', 'assessment')} || {merged('n', 'namedplan')}", "%s",
            *given("a", "requests_table_id", assessment_fields),
            *given("n", "request_id", plan_fields),
            "COALESCE(nd.primary_need, %s)",
        ]  # fmt: skip
        params.append(default_of(Assessment, "primary_need"))
        # Each DISTINCT ON sorts in the C collation (byte order, all that picking a key's
        # last row needs), not the database's, whose text comparisons go through the C
        # library's locale (measured at 640,000 people: 0.9 s less of its 11 s of server CPU
        # on average, within the noise between runs).
        source = (  # names from the code
            f"{stage.name} s{self._person_join()}"  # noqa: S608
            f' LEFT JOIN (SELECT DISTINCT ON (requests_table_id COLLATE "C") * FROM {assessment}'
            '  ORDER BY requests_table_id COLLATE "C", ctid DESC) a'
            " ON a.requests_table_id = s.requests_table_id"
            f' LEFT JOIN (SELECT DISTINCT ON (request_id COLLATE "C") *'
            f" FROM {self._plans_by_request()} pr"
            '  ORDER BY request_id COLLATE "C", n_ctid DESC)'
            " n ON n.request_id = s.requests_table_id"
            f" LEFT JOIN {self._needs_by_request()} nd ON nd.request_id = s.requests_table_id"
        )
        stage.execute(
            staged_upsert(upsert, exprs, source, conflict=False),
            [*params, *upsert.fixed, ret.local_authority_id],
        )

    def _update(self, key: str, stage: Stage) -> None:
        """A later return: module 3 or 4a onto the LA's requests already written."""
        fields = list(MODULE_FIELDS[key].values())
        sets = ", ".join(f"{f} = s.{f}" for f in fields)
        merged = (  # the module's other columns under its key, as ``_merge_extra``
            "CASE WHEN s.extra = '{}'::jsonb THEN a.extra "
            "ELSE a.extra || jsonb_build_object(%s::text, s.extra) END"
        )
        cols = ", ".join([*(f"a.{f}" for f in fields), "a.extra"])
        stage_cols = ", ".join([*(f"s.{f}" for f in fields), merged])
        if key == "assessment":
            source, request = f"{stage.name} s", "s.requests_table_id"
        else:
            source, request = f"{self._plans_by_request()} s", "s.request_id"
        stage.execute(
            f"UPDATE {Assessment._meta.db_table} a SET {sets}, extra = {merged} "  # noqa: S608 (names from the code)
            f"FROM {source} WHERE a.local_authority_id = %s "
            f"AND a.requests_table_id = {request} "
            # a row the return leaves as it was is not written again
            f"AND ({cols}) IS DISTINCT FROM ({stage_cols})",
            [key, self.ret.local_authority_id, key],
        )

    def _write_records(self, key: str, stage: Stage, first: bool) -> None:
        la_id, pk = self.ret.local_authority_id, self.ret.pk
        upsert = self.record_upsert
        exprs = ["%s", "%s", "s.table_id", "s.parent_table_id", "s.data",
                 *(f"s.{d}" for d in self.RECORD_DATES), "%s"]  # fmt: skip
        stage.execute(staged_upsert(upsert, exprs, f"{stage.name} s", conflict=not first),
                      [la_id, key, pk, *upsert.fixed])  # fmt: skip

    def _update_needs(self) -> None:
        self.stages["senneed"].execute(
            f"UPDATE {Assessment._meta.db_table} a SET primary_need = s.primary_need "  # noqa: S608
            f"FROM {self._needs_by_request()} s WHERE a.local_authority_id = %s "
            "AND a.requests_table_id = s.request_id "
            "AND a.primary_need IS DISTINCT FROM s.primary_need",
            [self.ret.local_authority_id],
        )


def _foreign_keys_by_join(ret: Sen2Return) -> str | None:
    """Where the role may set ``session_replication_role`` (a superuser, or a role granted
    ``SET`` on it), switch off, for the rest of the transaction's load, the foreign key
    triggers: else PostgreSQL queues one check a row and foreign key (Django declares them
    ``DEFERRABLE INITIALLY DEFERRED``) and runs them one by one at commit, about 9 million
    single-row checks for a national return. ``_check_foreign_keys`` then checks each foreign
    key of the rows written with one join instead. The parents the load names (the LA, its
    ICB and the return) are locked first against deletion (``FOR KEY SHARE``), as each
    trigger would have locked them. Returns the setting to go back to once the load is
    checked (``origin``, or ``replica`` where the caller had switched them off already: a
    bulk seed), or None where the role may not: nothing changes, the triggers check as before."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW session_replication_role")
        before = cursor.fetchone()[0]
    try:
        with transaction.atomic(), connection.cursor() as cursor:  # a savepoint: may fail
            cursor.execute("SET LOCAL session_replication_role = replica")
    except DatabaseError:
        return None
    organisations = Organisation._meta.db_table
    returns = Sen2Return._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM {organisations} WHERE id IN (%s, %s) FOR KEY SHARE",  # noqa: S608 (the models' tables)
            [ret.local_authority_id, ret.icb_id],
        )
        cursor.execute(f"SELECT id FROM {returns} WHERE id = %s FOR KEY SHARE", [ret.pk])  # noqa: S608
    return before


def _check_foreign_keys(ret: Sen2Return, models: tuple, triggers: str = "origin") -> None:
    """Each foreign key of the rows the import wrote (those whose last return is ``ret``)
    checked with one anti-join, the triggers first set back as they were (``triggers``: on,
    for the matching's writes, unless the caller had them off): a row whose parent is missing raises
    ``IntegrityError``, so the whole import rolls back, as the commit's checks would have.
    The keys the load sets to one value in every row it writes (the LA, its ICB and the
    return: ``_constant_keys``) are checked once each, for that value, instead of a join of
    every row (two joins of some 2.6 million records at national size, for three ids)."""
    qn = connection.ops.quote_name
    constants = _constant_keys(ret)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('session_replication_role', %s, true)", [triggers])
        for model in models:
            table = model._meta.db_table
            for f in model._meta.concrete_fields:
                if not (f.is_relation and f.many_to_one and f.db_constraint):
                    continue
                parent = f.target_field
                if f.attname in constants:
                    value = constants[f.attname]
                    cursor.execute(
                        f"SELECT 1 FROM {qn(parent.model._meta.db_table)} "  # noqa: S608 (the models' names)
                        f"WHERE {qn(parent.column)} = %s",
                        [value],
                    )
                    if cursor.fetchone() is None:
                        raise IntegrityError(
                            f"insert or update on table {table!r} violates its foreign key "
                            f"{f.column!r}: {f.column}={value} is not present in table "
                            f"{parent.model._meta.db_table!r}"
                        )
                    continue
                cursor.execute(
                    f"SELECT t.{qn(f.column)} FROM {qn(table)} t "  # noqa: S608 (the models' names)
                    f"WHERE t.last_return_id = %s AND t.{qn(f.column)} IS NOT NULL "
                    f"AND NOT EXISTS (SELECT 1 FROM {qn(parent.model._meta.db_table)} p "
                    f"WHERE p.{qn(parent.column)} = t.{qn(f.column)}) LIMIT 1",
                    [ret.pk],
                )
                missing = cursor.fetchone()
                if missing is not None:
                    raise IntegrityError(
                        f"insert or update on table {table!r} violates its foreign key "
                        f"{f.column!r}: {f.column}={missing[0]} is not present in table "
                        f"{parent.model._meta.db_table!r}"
                    )


def _constant_keys(ret: Sen2Return) -> dict[str, int]:
    """The foreign keys ``PostgresLoad`` writes with one value in every row (parameters, not
    the return's data): the LA and ICB of each row it inserts (a row it updates keeps the
    LA of its unique key and the ICB it was checked with when it was inserted) and the
    return, in every row it writes. The child and the final plan are the matching's, which
    writes them with the triggers on; the person of a request is the return's (joined)."""
    return {
        "local_authority_id": ret.local_authority_id,
        "icb_id": ret.icb_id,
        "last_return_id": ret.pk,
    }


def _upserts() -> tuple[Upsert, Upsert, Upsert]:
    """The statements that write people (1), requests (2) and the records kept as given (4b,
    5a, 5b, 5c), keyed by the LA's own table ids."""
    person_fields = list(PERSON_FIELDS.values())
    people = Upsert(
        Sen2Person,
        ["local_authority_id", "icb_id", "person_table_id", *person_fields, "extra",
         "last_return_id"],
        unique=["local_authority_id", "person_table_id"],
        update=[*person_fields, "extra", "last_return_id"],
    )  # fmt: skip
    requests = Upsert(
        Assessment,
        ["local_authority_id", "icb_id", "requests_table_id", *REQUEST_FIELDS.values(),
         "person_id", "extra", "last_return_id"],
        unique=["local_authority_id", "requests_table_id"],
        update=[*REQUEST_FIELDS.values(), "person_id", "extra", "last_return_id"],
    )  # fmt: skip
    records = Upsert(
        Sen2Record,
        ["local_authority_id", "module", "table_id", "parent_table_id", "data",
         "review_meeting_on", "review_decided_on", "phase_transfer_due_on",
         "phase_transfer_final_on", "last_return_id"],
        unique=["local_authority_id", "module", "table_id"],
        update=["parent_table_id", "data", "review_meeting_on", "review_decided_on",
                "phase_transfer_due_on", "phase_transfer_final_on", "last_return_id"],
    )  # fmt: skip
    return people, requests, records


def _batches(iterable, size=BATCH):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _merge_extra(la_id, key, pairs):
    pairs = [(r, e) for r, e in pairs if e]
    if not pairs:
        return
    found = {
        a.requests_table_id: a
        for a in Assessment.objects.filter(
            local_authority_id=la_id, requests_table_id__in=[r for r, _ in pairs]
        ).only("pk", "requests_table_id", "extra")
    }
    for request_id, extra in pairs:
        if request_id in found:
            found[request_id].extra = {**found[request_id].extra, key: extra}
    Update(Assessment, ["extra"], ["id"]).run((a.extra, a.pk) for a in found.values())


def run_import(ret: Sen2Return, path, progress: Progress | None = None) -> Sen2Return:
    """Check and (if there is nothing wrong) load the return; the outcome is saved on it."""
    started = time.monotonic()

    side = _ProgressWriter(ret.pk)
    lock = threading.Lock()  # ``run_overlapped`` reports from its parsing thread too

    def report(percent, rows=0, writer: _ProgressWriter | None = None):
        """``writer``: the calling thread's own (the parsing thread's), else ``side``."""
        with lock:
            percent = max(0, min(100, percent))
            if percent != ret.progress:
                ret.progress = percent
                if writer is not None:
                    writer.write(percent)
                elif connection.in_atomic_block:
                    side.write(percent)  # seen by the page while the import's transaction runs
                else:
                    Sen2Return.objects.filter(pk=ret.pk).update(progress=percent)
            if progress:
                progress(percent, rows)

    Sen2Return.objects.filter(pk=ret.pk).update(status=ImportStatus.RUNNING)
    postgresql = connection.vendor == "postgresql"
    # Outside a caller's transaction, PostgreSQL writes each module while the next is read
    # (``run_overlapped``); inside one (its staging tables could not be dropped on another
    # connection before it ends), and on SQLite, the writes follow the whole check.
    overlap = postgresql and OVERLAP and not connection.in_atomic_block
    staged = PostgresLoad(ret) if postgresql and not overlap else None
    with tempfile.TemporaryFile() as spool:
        try:
            try:
                source = ReturnFile(path)
            except ValueProblem as problem:
                checked = Checked()
                checked.add(MODULES[0], 0, "", f"The file {problem}")
                _finish(ret, checked, report)
            else:
                if overlap:
                    run_overlapped(ret, source, report)
                    return _saved(ret, started, side)
                checked = check(
                    source,
                    ret.collection_year,
                    ret.local_authority.code,
                    report,
                    None if staged else spool,
                    staged.stage if staged else None,
                )
                _finish(ret, checked, report, staged)
        finally:
            if staged is not None:
                staged.discard()
            side.close()
    return _saved(ret, started, side)


def _saved(ret: Sen2Return, started: float, side: _ProgressWriter) -> Sen2Return:
    ret.finished_at = timezone.now()
    ret.seconds = time.monotonic() - started
    ret.save()
    side.forget()
    return ret


# The order ``run_overlapped`` reads the modules in (each after its parent): the active plans
# (5a) and their needs (5c) before the assessments (3) and named plans (4a), so that all a
# first load's request statement joins is staged by the time 4a is read, and the two
# modules left (4b, 5b) are read while it runs. Errors are still listed in module order.
PARSE_ORDER = tuple(
    BY_KEY[k]
    for k in (
        "sen2",
        "person",
        "requests",
        "activeplans",
        "senneed",
        "assessment",
        "namedplan",
        "plandetail",
        "placementdetail",
    )
)
OVERLAP = True  # tests set it off to compare with the writes after the whole check
# ``sen2_bench`` sets this: called on the staging thread before its connection closes (the
# server CPU its backend used, which the bench adds to the write connection's).
STAGING_DONE: Callable[[], None] | None = None


class _Cancelled(Exception):
    """The writes failed: the staging thread stops at its next batch."""


class _Failed(Exception):
    """The check found errors: the writes made so far are rolled back."""


def run_overlapped(ret: Sen2Return, source: ReturnFile, report: Callable[..., None]) -> None:
    """PostgreSQL, outside a transaction: a thread reads, parses and checks the return and
    COPYs each batch into UNLOGGED staging tables named for this import, on a connection of
    its own (autocommit: each COPY is seen once it ends). Meanwhile this thread's one
    transaction writes each module as soon as all it reads is staged (``PostgresLoad.jobs``),
    so Python's parsing on one core and the server's writes on the other run at once. If the
    check finds any error the transaction is rolled back (all or nothing, as before), and the
    staging tables are dropped whatever happens, once the transaction has ended."""
    staged = PostgresLoad(ret, shared=True)
    with connection.cursor() as cursor:  # before any staging table exists: see ``sweep_stages``
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [STAGE_LOCK_CLASS, ret.pk])
    try:
        _run_overlapped(ret, source, report, staged)
    finally:
        with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [STAGE_LOCK_CLASS, ret.pk])


def sweep_stages() -> list[str]:
    """PostgreSQL: drop the shared staging tables (``sen2_stage_<return id>_<module>``,
    UNLOGGED) that an import killed before it could drop them left behind: those of a return
    whose lock (``STAGE_LOCK_CLASS``) no session holds, which a live import's session holds
    from before it creates them until after it drops them. Run when the worker starts and by
    ``sen2_bench``. Returns the tables dropped."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'r' AND c.relpersistence = 'u' "
            "AND n.nspname = current_schema() AND c.relname ~ %s",
            [STAGE_NAME],
        )
        names = sorted(row[0] for row in cursor.fetchall())
    dropped = []
    for name in names:
        with transaction.atomic(), connection.cursor() as cursor:
            # Held to the end of this transaction: no import of the return starts meanwhile.
            cursor.execute(
                "SELECT pg_try_advisory_xact_lock(%s, %s)",
                [STAGE_LOCK_CLASS, int(re.match(STAGE_NAME, name)[1])],
            )
            if cursor.fetchone()[0]:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(name)}")
                dropped.append(name)
    return dropped


def _run_overlapped(
    ret: Sen2Return, source: ReturnFile, report: Callable[..., None], staged: PostgresLoad
) -> None:
    messages: queue.Queue = queue.Queue()
    cancel = threading.Event()
    outcome: dict = {}
    la_code = ret.local_authority.code  # read here: the thread has a connection of its own

    def sink(key, batch, checked):
        if cancel.is_set():
            raise _Cancelled
        staged.stage(key, batch, checked)

    # The bar moves with the work read and the work written: half each (to 90%; the matching
    # takes it to 100), the rows written counted against the rows the return holds, which
    # until it is read to its end are estimated from the rows read and the modules read.
    moved = {"share": 0.0, "read": 0, "written": 0}

    def percent() -> int:
        share, read, written = moved["share"], moved["read"], moved["written"]
        total = read / share if share > 0 else 0
        return int(45 * share + 45 * (min(1.0, written / total) if total else 0.0))

    def parse():
        writer = _ProgressWriter(ret.pk)  # this thread's own connection for the bar

        def read(at_40, rows):  # ``check``'s progress: 40 once every module is read
            moved["share"], moved["read"] = at_40 / 40, rows
            report(max(ret.progress, percent()), rows, writer)

        try:
            with connection.cursor() as cursor:
                # Each COPY commits alone and writes no WAL (UNLOGGED): no wait for the disk.
                cursor.execute("SET synchronous_commit = off")
            staged.create_stages()
            checked = check(
                source,
                ret.collection_year,
                la_code,
                read,
                sink=sink,
                order=PARSE_ORDER,
                done=lambda key, checked: messages.put(("staged", key, bool(checked.errors))),
            )
            module_at = {m.label: i for i, m in enumerate(MODULES)}
            checked.errors.sort(key=lambda e: module_at.get(e["module"], 0))
            outcome["checked"] = checked
        except _Cancelled:
            pass
        except BaseException as error:  # raised again by the writing thread
            outcome["error"] = error
        finally:
            try:
                writer.close()
                if STAGING_DONE is not None:
                    STAGING_DONE()
            finally:
                connection.close()  # this thread's own
                messages.put(("end",))

    state = {"failed": False, "ended": False, "parsed": 0}
    staged_keys: set[str] = set()

    def receive():
        message = messages.get()
        if message[0] == "staged":
            staged_keys.add(message[1])
            state["failed"] = state["failed"] or message[2]
        else:
            state["ended"] = True

    thread = threading.Thread(target=parse, name=f"sen2-parse-{ret.pk}", daemon=True)
    checked: Checked | None = None
    loaded = False
    try:
        with contextlib.suppress(_Failed), _step("transaction"), transaction.atomic():
            thread.start()
            staged.begin()
            done = 0
            pending = staged.jobs(PARSE_ORDER)
            while pending and not state["failed"]:
                needs, label, run = pending[0]
                if not needs <= staged_keys:
                    if state["ended"]:  # a module not read to its end: the check failed
                        break
                    receive()
                    continue
                pending.pop(0)
                with _step(f"write {label}"):
                    written = run()
                done += written
                moved["written"] = done
                report(max(ret.progress, percent()), done)
            while not state["ended"]:
                receive()
            if "error" in outcome:
                raise outcome["error"]
            checked = outcome["checked"]
            if checked.errors or state["failed"] or pending:
                raise _Failed  # rolls the writes back
            total = max(1, sum(checked.counts.values()))
            ret.counts = {**checked.counts, "header": {}}
            staged.finish()
            report(90, total)
            _link(ret, checked, report)
            loaded = True
    finally:
        cancel.set()
        thread.join()
        staged.discard()  # after the transaction: it held the tables until it ended
    if not loaded:
        assert checked is not None  # else what the thread raised has been raised
        _failed(ret, checked)


def _progress_file(pk: int) -> Path:
    return Path(settings.VAR_DIR) / "sen2-progress" / str(pk)


def live_progress(ret: Sen2Return) -> int:
    """The share of a running import done, as the page shows it: on SQLite the import's one
    transaction holds the database's only write lock, so while it writes, its progress goes
    to a small file beside the database (``_ProgressWriter``), read here."""
    try:
        return max(ret.progress, int(_progress_file(ret.pk).read_text()))
    except (OSError, ValueError):
        return ret.progress


class _ProgressWriter:
    """The import's progress written on a connection of its own (PostgreSQL), so the page's
    progress bar moves while the import's one transaction writes (its own writes are seen by
    no one until it commits). ``SKIP LOCKED``: if the row is locked (an import run inside a
    caller's transaction that wrote it) the figure is skipped, never waited for; ``NO KEY``:
    the import's own lock on the row against its deletion (``FOR KEY SHARE``, taken where the
    foreign keys are checked by joins) does not stop it."""

    def __init__(self, pk: int):
        self.pk = pk
        self.connection = None
        self.file: Path | None = None

    def write(self, percent: int) -> None:
        if connection.vendor != "postgresql":  # SQLite: one writer, so a file (``live_progress``)
            if self.file is None:
                self.file = _progress_file(self.pk)
                self.file.parent.mkdir(parents=True, exist_ok=True)
            written = self.file.with_suffix(".new")
            written.write_text(str(percent))
            written.replace(self.file)  # the page never reads half a number
            return
        if self.connection is None:
            main = connections[DEFAULT_DB_ALIAS]
            self.connection = type(main)(main.settings_dict, alias="sen2_progress")
        table = Sen2Return._meta.db_table
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET progress = %s WHERE id IN "  # noqa: S608 (the model's table)
                f"(SELECT id FROM {table} WHERE id = %s FOR NO KEY UPDATE SKIP LOCKED)",
                [percent, self.pk],
            )

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def forget(self) -> None:
        """Once the outcome is saved, the file has nothing more to say."""
        if self.file is not None:
            self.file.unlink(missing_ok=True)
            self.file = None


def _finish(
    ret: Sen2Return, checked: Checked, report: Progress, staged: PostgresLoad | None = None
) -> None:
    if checked.errors:
        _failed(ret, checked)
    else:
        # the transaction step less the others: its commit (the deferred foreign key checks)
        with _step("transaction"), transaction.atomic():
            with _step("load"):
                load(ret, checked, report, staged)
            _link(ret, checked, report)


def _failed(ret: Sen2Return, checked: Checked) -> None:
    if checked.truncated:
        checked.errors.append(
            {
                "module": "",
                "row": 0,
                "column": "",
                "message": f"Only the first {MAX_ERRORS} errors are listed",
            }
        )
    ret.status = ImportStatus.FAILED
    ret.errors = checked.errors
    ret.counts = checked.counts


def _link(ret: Sen2Return, checked: Checked, report: Progress) -> None:
    """Inside the load's transaction, once every row is written: the people matched to the
    children's register and the assessments linked to the advice requests and plans."""
    rows = sum(checked.counts.values())
    with _step("drop superseded reviews"):
        matching.drop_superseded_reviews(ret.local_authority_id)
    with _step("match"):
        persons, matched = matching.match_return(ret)
    report(93, rows)
    with _step("link assessments"):
        matching.link_assessments(ret.local_authority_id)
    report(96, rows)
    with _step("plans from reviews"):
        matching.update_plans_from_reviews(ret.local_authority_id)
    report(100, rows)
    ret.status = ImportStatus.DONE
    ret.errors = []
    ret.persons, ret.matched = persons, matched
