"""SEN2 out after SEN2 in loses and changes nothing: for any return hypothesis can build (any
number of people, requests, assessments, plans, placements and needs; values blank or not;
dates, booleans, whole numbers, codes and free text), importing it and exporting it again gives
the same rows in every module, in the Blade ZIP and in the workbook."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.assessments import codelists
from sendhealth.assessments.exporter import module_rows
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import BY_KEY, MODULES, ReturnFile, render, write_xlsx, write_zip
from sendhealth.assessments.tests.factories import Sen2ReturnFactory
from sendhealth.rules import sen2_census_day

YEAR = 2026
# The widths sendhealth's columns hold (the rest are JSON, or text up to 100).
WIDTH = {
    "sex": 2, "ethnicity": 4, "postcode": 10, "upn": 13, "uniquelearnernumber": 10,
    "upnunknown": 4, "exported": 10, "planres": 4, "planwbp": 4, "dp": 4,
}  # fmt: skip
TEXT = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Z"))


def _text(column: str) -> st.SearchStrategy[str]:
    size = WIDTH.get(column, 30)
    word = st.text(TEXT, min_size=1, max_size=size)
    # Values are read trimmed (as SEN2 means them): a generated value has no outer spaces.
    both = st.builds(lambda a, b: f"{a} {b}"[:size].strip(), word, word)
    return st.one_of(st.just(""), word, both)


def _value(column: str, kind: str) -> st.SearchStrategy:
    if kind == "date":
        return st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31)))
    if kind == "bool":
        return st.sampled_from([None, True, False])
    if kind == "int":
        return st.one_of(st.none(), st.integers(0, 99))
    if kind.startswith("code:"):
        return _code(kind)
    return _text(column)


def _code(kind: str) -> st.SearchStrategy[str]:
    codes = list(codelists.for_year(YEAR)["lists"][kind[5:]].get("codes") or {})
    if codes:
        return st.sampled_from(["", *codes])
    return st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=4)


@st.composite
def rows_of(draw, key: str, table_id: str, parent_id: str | None) -> list[str]:
    module = BY_KEY[key]
    values: dict = {module.id_column: table_id}
    if module.parent_column:
        values[module.parent_column] = parent_id
    for column in ("NativeId", f"{key}orderseqcolumn", "sourceid"):
        values[column] = draw(st.one_of(st.just(""), st.from_regex(r"\A[A-Z0-9]{1,8}\Z")))
    for column, kind in module.columns:
        if kind.startswith("code:"):
            values[column] = draw(_code(kind))
        else:
            values[column] = draw(_value(column, kind))
    if key == "person":
        values["personbirthdate"] = draw(st.dates(date(2000, 1, 1), date(2025, 12, 31)))
    if key == "requests":
        values["receiveddate"] = draw(st.dates(date(2020, 1, 1), date(2026, 1, 1)))
    if key == "senneed":
        values["sentype"] = draw(_code("code:need_types").filter(bool))
        values["sentyperank"] = draw(st.integers(1, 3))
    return [render(module.kind(c), values.get(c)) for c in module.all_columns]


@st.composite
def returns(draw) -> dict[str, list[list[str]]]:
    out: dict[str, list] = {m.key: [] for m in MODULES}
    header = BY_KEY["sen2"]
    values = {"sen2tableid": "1", "collection": "SEN2", "year": YEAR, "dmo": "true",
              "referencedate": sen2_census_day(YEAR)}  # fmt: skip
    out["sen2"].append([render(header.kind(c), values.get(c)) for c in header.all_columns])
    counter = iter(range(1, 10_000))

    def children(key, parent, low, high):
        made = []
        for _ in range(draw(st.integers(low, high))):
            table_id = f"{key[:2].upper()}{next(counter)}"
            out[key].append(draw(rows_of(key, table_id, parent)))
            made.append(table_id)
        return made

    for person in children("person", "1", 0, 3):
        for request in children("requests", person, 0, 2):
            for assessment in children("assessment", request, 0, 1):
                for plan in children("namedplan", assessment, 0, 1):
                    children("plandetail", plan, 0, 2)
            for active in children("activeplans", request, 0, 1):
                children("placementdetail", active, 0, 2)
                children("senneed", active, 0, 2)
    return out


def _blade(out: dict[str, list[list[str]]]) -> bytes:
    buffer = io.BytesIO()
    write_zip(buffer, {k: iter(v) for k, v in out.items()})
    return buffer.getvalue()


def _exported(fmt: str, tmp_path) -> dict[str, list[tuple]]:
    """Export what sendhealth holds, then read it back with the importer's own reader."""
    ret = Sen2Return.objects.latest("pk")
    path = tmp_path / f"out.{fmt}"
    with path.open("wb") as handle:
        rows = module_rows(
            ret.counts["header"],
            Sen2Person.objects.all(),
            Assessment.objects.all(),
            Sen2Record.objects.all(),
        )
        (write_xlsx if fmt == "xlsx" else write_zip)(handle, rows)
    source = ReturnFile(path)
    found = {}
    for module in MODULES:
        found[module.key] = sorted(
            tuple(render(module.kind(c), _cell(module, c, raw)) for c in module.all_columns)
            for _, raw in source.rows(module.key)
        )
    return found


def _cell(module, column, raw):
    from sendhealth.assessments.sen2 import parse

    kind = module.kind(column)
    return parse("text" if kind.startswith("code:") else kind, raw.get(column))


@pytest.mark.django_db
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(original=returns(), fmt=st.sampled_from(["zip", "xlsx"]))
def test_any_return_goes_back_out_as_it_came_in(area, tmp_path, original, fmt):
    for model in (Assessment, Sen2Record, Sen2Person, Sen2Return):
        model.objects.all().delete()
    path = tmp_path / "in.zip"
    path.write_bytes(_blade(original))
    ret = Sen2ReturnFactory(local_authority=area.la, collection_year=YEAR)
    ret = run_import(ret, path)
    assert ret.status == ImportStatus.DONE, ret.errors
    again = _exported(fmt, tmp_path)
    for module in MODULES:
        if module.key == "sen2":
            continue
        assert again[module.key] == sorted(tuple(r) for r in original[module.key]), module.key


def test_text_that_starts_with_an_equals_sign_goes_out_as_text(tmp_path):
    """Found by the round trip: "=0" in a return was written as a formula and came back
    empty. It is text, and stays text."""
    from openpyxl import load_workbook

    from sendhealth.assessments.sen2 import MODULES, write_xlsx

    module = MODULES[0]
    row = ["=0"] + [""] * (len(module.all_columns) - 1)
    target = tmp_path / "return.xlsx"
    write_xlsx(target, {module.key: iter([row])})
    sheet = load_workbook(target, read_only=True)[module.key]
    assert list(sheet.iter_rows())[1][0].value == "=0"
