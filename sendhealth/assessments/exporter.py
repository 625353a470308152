"""SEN2 out: the LA's return rebuilt from what sendhealth holds, module by module, in the
Blade CSV layout (a ZIP) or the workbook layout (XLSX). Streamed from the database."""

from __future__ import annotations

from datetime import date

from sendhealth.assessments.importer import (
    ASSESSMENT_FIELDS,
    PERSON_FIELDS,
    PLAN_FIELDS,
    REQUEST_FIELDS,
)
from sendhealth.assessments.models import Assessment, Sen2Person, Sen2Record
from sendhealth.assessments.sen2 import BY_KEY, render, write_xlsx, write_zip


def _row(module, values: dict) -> list[str]:
    return [render(module.kind(c), values.get(c)) for c in module.all_columns]


def module_rows(ret_header: dict, persons, assessments, records) -> dict:
    """Generators of rows per module. ``persons``, ``assessments`` and ``records`` are the
    LA's querysets (from the scope)."""

    def header():
        module = BY_KEY["sen2"]
        values = {c: ret_header.get(c, "") for c in module.all_columns}
        for c in ("referencedate",):
            values[c] = _date(values.get(c))
        yield _row(module, values)

    def person():
        module = BY_KEY["person"]
        for p in persons.order_by("pk").iterator(chunk_size=5000):
            values = {c: getattr(p, f) for c, f in PERSON_FIELDS.items()}
            values.update(p.extra)
            values["persontableid"] = p.person_table_id
            yield _row(module, values)

    def part(key, fields, present):
        module = BY_KEY[key]
        for a in assessments.select_related("person").order_by("pk").iterator(chunk_size=5000):
            if not present(a):
                continue
            values = {c: getattr(a, f) for c, f in fields.items()}
            values.update(a.extra.get(key, {}))
            values["requeststableid"] = a.requests_table_id
            values["persontableid"] = a.person.person_table_id if a.person else ""
            values["assessmenttableid"] = a.assessment_table_id
            yield _row(module, values)

    def generic(key):
        module = BY_KEY[key]
        for r in records.filter(module=key).order_by("pk").iterator(chunk_size=5000):
            values = {}
            for c, v in r.data.items():
                values[c] = _date(v) if module.kind(c) == "date" else v
            yield _row(module, values)

    return {
        "sen2": header(),
        "person": person(),
        "requests": part("requests", REQUEST_FIELDS, lambda a: a.received_on is not None),
        "assessment": part("assessment", ASSESSMENT_FIELDS, lambda a: bool(a.assessment_table_id)),
        "namedplan": part("namedplan", PLAN_FIELDS, lambda a: bool(a.named_plan_table_id)),
        "plandetail": generic("plandetail"),
        "activeplans": generic("activeplans"),
        "placementdetail": generic("placementdetail"),
        "senneed": generic("senneed"),
    }


def _date(value):
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            from sendhealth.assessments.sen2 import parse_date

            return parse_date(value)
    return value or None


def export(target, fmt: str, header: dict, persons, assessments, records) -> None:
    rows = module_rows(header, persons, assessments, records)
    if fmt == "xlsx":
        write_xlsx(target, rows)
    else:
        write_zip(target, rows)


__all__ = ["Assessment", "Sen2Person", "Sen2Record", "export", "module_rows"]
