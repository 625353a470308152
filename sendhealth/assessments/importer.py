"""Importing an LA's SEN2 return: all or nothing, streamed, every error listed.

Pass 1 reads every module (a stream of rows, never the whole file) and checks each value, each
table id (present, not repeated) and each parent id (the row it belongs to exists); only the
ids are held in memory, to check the joins. If anything is wrong nothing is written and the
errors are listed by module, row and column. Pass 2 writes the return in batches, in one
transaction, keyed by the LA's own table ids (``bulk_create(update_conflicts=True)``): a later
return updates what an earlier one loaded and never duplicates it. Then the people are matched
to the children's register and the assessments linked to the advice requests and plans.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from django.db import transaction
from django.utils import timezone

from sendhealth.assessments import codelists, matching
from sendhealth.assessments.bulk import Update, Upsert
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import (
    BY_KEY,
    MODULES,
    REQUIRED,
    ReturnFile,
    ValueProblem,
    parse_bool,
    parse_date,
    parse_int,
    text_of,
)

BATCH = 5000
PARSERS = {"date": parse_date, "bool": parse_bool, "int": parse_int}
MAX_ERRORS = 500
Progress = Callable[[int], None]


@dataclass
class Checked:
    errors: list[dict] = field(default_factory=list)
    ids: dict[str, set] = field(default_factory=dict)
    parent_of: dict[str, dict] = field(default_factory=dict)  # module -> {id: parent id}
    counts: dict[str, int] = field(default_factory=dict)
    truncated: bool = False

    def add(self, module, row, column, message):
        if len(self.errors) >= MAX_ERRORS:
            self.truncated = True
            return
        self.errors.append(
            {"module": module.label, "row": row, "column": column, "message": message}
        )


@cache
def _plan(key: str, year: int) -> tuple[tuple, tuple, tuple]:
    """Each column's parser and (for a confirmed, closed code list) its codes, worked out once
    per module and year: the importer parses millions of values."""
    module = BY_KEY[key]
    columns = []
    for column in module.all_columns:
        kind = module.kind(column)
        parser = PARSERS.get(kind, text_of)
        codes = None
        if kind.startswith("code:"):
            spec = codelists.for_year(year)["lists"][kind[5:]]
            if spec.get("codes") is not None and not spec.get("open"):
                codes = frozenset(spec["codes"])
        columns.append((column, parser, kind[5:] if codes is not None else "", codes))
    # Plain text columns (most of them) are read inline, without a call per value.
    text = tuple(c for c, parser, _, codes in columns if parser is text_of and codes is None)
    rest = tuple(c for c in columns if c[0] not in text)
    return text, rest, tuple(REQUIRED.get(key, ()))


def typed(module, raw: dict, year: int, report) -> dict:
    """The row's values parsed; each problem reported as (column, message)."""
    text, columns, required = _plan(module.key, year)
    get = raw.get
    values = {
        c: v.strip() if type(v) is str else text_of(v)
        for c, v in zip(text, map(get, text), strict=True)
    }
    for column, parser, list_name, codes in columns:
        try:
            value = parser(get(column))
        except ValueProblem as problem:
            report(column, str(problem))
            value = None
        if codes is not None and value and value not in codes:
            report(column, codelists.check(year, list_name, value))
        values[column] = value
    for column in required:
        if values.get(column) in (None, ""):
            report(column, "is empty: every row needs it")
    return values


def check(source: ReturnFile, year: int, la_code: str = "", progress: Progress | None = None):
    result = Checked()
    if year not in codelists.years():
        result.add(MODULES[0], 0, "year", f"the {year} collection is not supported")
        return result
    for index, module in enumerate(MODULES):
        header = source.headers(module.key)
        if header is None:
            result.add(module, 0, "", f"is missing: add the {module.key} file or sheet")
            continue
        missing = [c for c in (module.id_column, module.parent_column) if c and c not in header]
        if missing:
            result.add(module, 1, ", ".join(missing), "column is missing from the header row")
            continue
        seen: set = set()
        parents: dict = {}
        parent_ids = result.ids.get(module.parent) if module.parent else None
        count = 0
        id_column, parent_column = module.id_column, module.parent_column
        for number, raw in source.rows(module.key):
            count += 1

            def report(column, message, number=number, module=module):
                result.add(module, number, column, message)

            values = typed(module, raw, year, report)
            table_id = values[id_column]
            if not table_id:
                report(id_column, "is empty: every row needs its table id")
            elif table_id in seen:
                report(id_column, "is used by an earlier row: table ids must be unique")
            seen.add(table_id)
            if parent_column:
                parent = values[parent_column]
                if parent_ids is not None and parent not in parent_ids:
                    report(
                        module.parent_column,
                        f"names no row of {BY_KEY[module.parent].label}: "
                        "check the row it belongs to is in the return",
                    )
                parents[table_id] = parent
            if module.key == "sen2":
                if values.get("year") not in (None, year):
                    report("year", f"is {values['year']} but you chose the {year} collection")
                if la_code and values.get("lea") and values["lea"] != la_code:
                    report("lea", f"is {values['lea']}, not your local authority's {la_code}")
        result.ids[module.key] = seen
        if module.key in ("assessment", "namedplan", "activeplans", "plandetail"):
            result.parent_of[module.key] = parents
        result.counts[module.key] = count
        if progress:
            progress(int(40 * (index + 1) / len(MODULES)))
    if result.counts.get("sen2", 0) > 1:
        result.add(MODULES[0], 3, "", "has more than one row: a return has one header")
    return result


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


@cache
def _extra_columns(key: str) -> tuple[str, ...]:
    return tuple(
        c
        for c in BY_KEY[key].all_columns
        if c == "NativeId" or c == "sourceid" or c.endswith("orderseqcolumn")
    )


def _extra(module, values) -> dict:
    """The common columns SEN2 carries for the LA's own systems, kept as given."""
    return {c: values[c] for c in _extra_columns(module.key) if values[c]}


def _batches(iterable, size=BATCH):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _text(value):
    return "" if value is None else value


def load(ret: Sen2Return, source: ReturnFile, checked: Checked, progress: Progress | None = None):
    la_id, icb_id, year = ret.local_authority_id, ret.icb_id, ret.collection_year
    ignore = lambda column, message: None  # noqa: E731 (checked already)
    done = [0]
    total = max(1, sum(checked.counts.values()))

    def advance(n):
        done[0] += n
        if progress:
            progress(40 + int(50 * done[0] / total))

    def rows(key):
        module = BY_KEY[key]
        for _, raw in source.rows(key):
            yield module, typed(module, raw, year, ignore)

    header = next((v for _, v in rows("sen2")), {})
    ret.counts = {**checked.counts, "header": {k: str(v or "") for k, v in header.items()}}

    # 1 person
    person_fields = list(PERSON_FIELDS.values())
    people_upsert = Upsert(
        Sen2Person,
        ["local_authority_id", "icb_id", "person_table_id", *person_fields, "extra",
         "last_return_id"],
        unique=["local_authority_id", "person_table_id"],
        update=[*person_fields, "extra", "last_return_id"],
    )  # fmt: skip
    person_columns = list(PERSON_FIELDS)
    for batch in _batches(rows("person")):
        people_upsert.run(
            (
                la_id,
                icb_id,
                v["persontableid"],
                *(v[c] for c in person_columns),
                {**_extra(m, v), "sen2tableid": v["sen2tableid"]},
                ret.pk,
            )
            for m, v in batch
        )
        advance(len(batch))

    # 2 requests: one Assessment row per request
    request_upsert = Upsert(
        Assessment,
        ["local_authority_id", "icb_id", "requests_table_id", *REQUEST_FIELDS.values(),
         "person_id", "extra", "last_return_id"],
        unique=["local_authority_id", "requests_table_id"],
        update=[*REQUEST_FIELDS.values(), "person_id", "extra", "last_return_id"],
    )  # fmt: skip
    request_columns = list(REQUEST_FIELDS)
    for batch in _batches(rows("requests")):
        people = dict(
            Sen2Person.objects.filter(
                local_authority_id=la_id,
                person_table_id__in={v["persontableid"] for _, v in batch},
            ).values_list("person_table_id", "pk")
        )
        request_upsert.run(
            (
                la_id,
                icb_id,
                v["requeststableid"],
                *(v[c] for c in request_columns),
                people.get(v["persontableid"]),
                {"requests": _extra(m, v)},
                ret.pk,
            )
            for m, v in batch
        )
        advance(len(batch))

    # 3 assessment, 4a named plan: onto their request's row
    keys = ["local_authority_id", "requests_table_id"]
    for key in ("assessment", "namedplan"):
        fields = MODULE_FIELDS[key]
        columns = list(fields)
        update = Update(Assessment, list(fields.values()), keys)
        for batch in _batches(rows(key)):
            update.run(
                (*(v[c] for c in columns), la_id, _request_id(key, v, checked)) for _, v in batch
            )
            _merge_extra(
                la_id, key, [(_request_id(key, v, checked), _extra(m, v)) for m, v in batch]
            )
            advance(len(batch))

    # 4b, 5a, 5b, 5c: kept as given
    needs: dict[str, str] = {}
    record_upsert = Upsert(
        Sen2Record,
        ["local_authority_id", "module", "table_id", "parent_table_id", "data",
         "review_meeting_on", "review_decided_on", "phase_transfer_due_on",
         "phase_transfer_final_on", "last_return_id"],
        unique=["local_authority_id", "module", "table_id"],
        update=["parent_table_id", "data", "review_meeting_on", "review_decided_on",
                "phase_transfer_due_on", "phase_transfer_final_on", "last_return_id"],
    )  # fmt: skip
    for key in ("plandetail", "activeplans", "placementdetail", "senneed"):
        module = BY_KEY[key]
        id_column, parent_column, columns = (
            module.id_column,
            module.parent_column,
            module.all_columns,
        )
        reviews = key == "activeplans"
        records = []
        for batch in _batches(rows(key)):
            records = []
            for _, v in batch:
                if key == "senneed" and v["sentyperank"] == 1:
                    request = checked.parent_of["activeplans"].get(v["activeplanstableid"])
                    if request:
                        needs[request] = v["sentype"]
                records.append(
                    (
                        la_id,
                        key,
                        v[id_column],
                        v[parent_column],
                        {
                            c: v[c].isoformat() if hasattr(v[c], "isoformat") else v[c]
                            for c in columns
                            if v[c] not in (None, "")
                        },
                        v["reviewmeeting"] if reviews else None,
                        v["lastreview"] if reviews else None,
                        v["phasetransferduedate"] if reviews else None,
                        v["phasetransferfinaldate"] if reviews else None,
                        ret.pk,
                    )
                )
            record_upsert.run(records)
            advance(len(batch))
    need_update = Update(Assessment, ["primary_need"], keys)
    for batch in _batches(needs.items()):
        need_update.run((n, la_id, r) for r, n in batch)


def _request_id(key: str, values: dict, checked: Checked) -> str:
    if key == "requests":
        return values["requeststableid"]
    if key == "assessment":
        return values["requeststableid"]
    assessment = values["assessmenttableid"]
    return checked.parent_of["assessment"].get(assessment, "")


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

    def report(percent):
        percent = max(0, min(100, percent))
        if percent != ret.progress:
            ret.progress = percent
            Sen2Return.objects.filter(pk=ret.pk).update(progress=percent)
        if progress:
            progress(percent)

    Sen2Return.objects.filter(pk=ret.pk).update(status=ImportStatus.RUNNING)
    try:
        source = ReturnFile(path)
    except ValueProblem as problem:
        checked = Checked()
        checked.add(MODULES[0], 0, "", f"The file {problem}")
    else:
        checked = check(source, ret.collection_year, ret.local_authority.code, report)
    if checked.errors:
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
    else:
        with transaction.atomic():
            load(ret, source, checked, report)
            persons, matched = matching.match_return(ret)
            matching.link_assessments(ret.local_authority_id)
            matching.update_plans_from_reviews(ret.local_authority_id)
            report(100)
        ret.status = ImportStatus.DONE
        ret.errors = []
        ret.persons, ret.matched = persons, matched
    ret.finished_at = timezone.now()
    ret.seconds = time.monotonic() - started
    ret.save()
    return ret
