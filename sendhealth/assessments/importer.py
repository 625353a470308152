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

from django.db import transaction
from django.utils import timezone

from sendhealth.assessments import codelists, matching
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import BY_KEY, MODULES, REQUIRED, ReturnFile, ValueProblem, parse

BATCH = 2000
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


def typed(module, raw: dict, year: int, report) -> dict:
    """The row's values parsed; each problem reported as (column, message)."""
    values = {}
    for column in module.all_columns:
        kind = module.kind(column)
        try:
            value = parse("text" if kind.startswith("code:") else kind, raw.get(column))
        except ValueProblem as problem:
            report(column, str(problem))
            value = None
        if kind.startswith("code:") and value:
            message = codelists.check(year, kind[5:], value)
            if message:
                report(column, message)
        values[column] = value
    for column in REQUIRED.get(module.key, ()):
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
        for number, raw in source.rows(module.key):
            count += 1

            def report(column, message, number=number, module=module):
                result.add(module, number, column, message)

            values = typed(module, raw, year, report)
            table_id = values[module.id_column]
            if not table_id:
                report(module.id_column, "is empty: every row needs its table id")
            elif table_id in seen:
                report(module.id_column, "is used by an earlier row: table ids must be unique")
            seen.add(table_id)
            if module.parent_column:
                parent = values[module.parent_column]
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


def _extra(module, values) -> dict:
    """The common columns SEN2 carries for the LA's own systems, kept as given."""
    return {
        c: values[c]
        for c in module.all_columns
        if (c == "NativeId" or c == "sourceid" or c.endswith("orderseqcolumn")) and values[c]
    }


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
    person_update = [*PERSON_FIELDS.values(), "extra", "last_return"]
    for batch in _batches(rows("person")):
        Sen2Person.objects.bulk_create(
            [
                Sen2Person(
                    local_authority_id=la_id,
                    icb_id=icb_id,
                    person_table_id=v["persontableid"],
                    last_return=ret,
                    extra={**_extra(m, v), "sen2tableid": v["sen2tableid"]},
                    **{
                        f: _text(v[c]) if f not in ("birth_date",) else v[c]
                        for c, f in PERSON_FIELDS.items()
                    },
                )
                for m, v in batch
            ],
            update_conflicts=True,
            unique_fields=["local_authority", "person_table_id"],
            update_fields=person_update,
        )
        advance(len(batch))

    # 2 requests, 3 assessment, 4a named plan: one Assessment row per request
    for key in ("requests", "assessment", "namedplan"):
        fields = MODULE_FIELDS[key]
        for batch in _batches(rows(key)):
            people = {}
            if key == "requests":
                ids = {v["persontableid"] for _, v in batch}
                people = dict(
                    Sen2Person.objects.filter(
                        local_authority_id=la_id, person_table_id__in=ids
                    ).values_list("person_table_id", "pk")
                )
            objects = []
            for m, v in batch:
                request_id = _request_id(key, v, checked)
                values = {
                    f: (
                        _text(v[c])
                        if m.kind(c) in ("text",) or m.kind(c).startswith("code:")
                        else v[c]
                    )
                    for c, f in fields.items()
                }
                if key == "requests":
                    values["person_id"] = people.get(v["persontableid"])
                    values["extra"] = {"requests": _extra(m, v)}
                    values["last_return"] = ret
                objects.append(
                    Assessment(
                        local_authority_id=la_id,
                        icb_id=icb_id,
                        requests_table_id=request_id,
                        **values,
                    )
                )
            update = list(fields.values())
            if key == "requests":
                update += ["person", "extra", "last_return"]
            Assessment.objects.bulk_create(
                objects,
                update_conflicts=True,
                unique_fields=["local_authority", "requests_table_id"],
                update_fields=update,
            )
            if key != "requests":
                _merge_extra(
                    la_id, key, [(_request_id(key, v, checked), _extra(m, v)) for m, v in batch]
                )
            advance(len(batch))

    # 4b, 5a, 5b, 5c: kept as given
    needs: dict[str, str] = {}
    for key in ("plandetail", "activeplans", "placementdetail", "senneed"):
        BY_KEY[key]
        for batch in _batches(rows(key)):
            records = []
            for m, v in batch:
                record = Sen2Record(
                    local_authority_id=la_id,
                    module=key,
                    table_id=v[m.id_column],
                    parent_table_id=v[m.parent_column],
                    data={
                        c: v[c] if not hasattr(v[c], "isoformat") else v[c].isoformat()
                        for c in m.all_columns
                        if v[c] not in (None, "")
                    },
                    last_return=ret,
                )
                if key == "activeplans":
                    record.review_meeting_on = v["reviewmeeting"]
                    record.review_decided_on = v["lastreview"]
                if key == "senneed" and v["sentyperank"] == 1:
                    request = checked.parent_of["activeplans"].get(v["activeplanstableid"])
                    if request:
                        needs[request] = v["sentype"]
                records.append(record)
            Sen2Record.objects.bulk_create(
                records,
                update_conflicts=True,
                unique_fields=["local_authority", "module", "table_id"],
                update_fields=[
                    "parent_table_id",
                    "data",
                    "review_meeting_on",
                    "review_decided_on",
                    "last_return",
                ],
            )
            advance(len(batch))
    for batch in _batches(needs.items()):
        Assessment.objects.bulk_create(
            [
                Assessment(
                    local_authority_id=la_id, icb_id=icb_id, requests_table_id=r, primary_need=n
                )
                for r, n in batch
            ],
            update_conflicts=True,
            unique_fields=["local_authority", "requests_table_id"],
            update_fields=["primary_need"],
        )


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
    Assessment.objects.bulk_update(found.values(), ["extra"], batch_size=500)


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
            report(100)
        ret.status = ImportStatus.DONE
        ret.errors = []
        ret.persons, ret.matched = persons, matched
    ret.finished_at = timezone.now()
    ret.seconds = time.monotonic() - started
    ret.save()
    return ret
