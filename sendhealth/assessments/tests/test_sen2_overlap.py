"""The PostgreSQL import outside a caller's transaction (``importer.run_overlapped``): a thread
parses and COPYs into UNLOGGED staging tables while the main connection's one transaction
writes each module once what it reads is staged. It writes the same rows as the writes after
the whole check, a return with any error leaves nothing (no rows, no staging tables), and so
does a failure on either side."""

from __future__ import annotations

import pytest
from django.db import connection

from sendhealth.assessments import demo, importer
from sendhealth.assessments.importer import PARSE_ORDER, PostgresLoad, run_import
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import BY_KEY
from sendhealth.assessments.tests.factories import Sen2ReturnFactory, import_rows
from sendhealth.assessments.tests.test_sen2_load import (
    _import_with_missing_parent,
    _staging_tables,
)
from sendhealth.children.tests.factories import ChildFactory

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's overlapped load"),
    pytest.mark.django_db(transaction=True),
]


def _at(key, column):
    return BY_KEY[key].all_columns.index(column)


@pytest.fixture
def rows(area):
    children = [ChildFactory(local_authority=area.la) for _ in range(4)]
    return demo.build(
        [(c.given_name, c.family_name, c.date_of_birth) for c in children],
        lea=area.la.code,
        year=2026,
        unmatched=3,
    )


def _written() -> dict:
    """What the load wrote, keyed by the LA's own table ids (no database ids, no return)."""
    skip = {"id", "last_return_id", "person_id", "created_at", "updated_at"}
    people = {p.pk: p.person_table_id for p in Sen2Person.objects.all()}

    def plain(row):
        return {k: v for k, v in row.items() if k not in skip}

    return {
        "people": {p["person_table_id"]: plain(p) for p in Sen2Person.objects.values()},
        "requests": {
            a["requests_table_id"]: {**plain(a), "person": people.get(a["person_id"])}
            for a in Assessment.objects.values()
        },
        "records": {(r["module"], r["table_id"]): plain(r) for r in Sen2Record.objects.values()},
    }


def _clear():
    Assessment.objects.all().delete()
    Sen2Person.objects.all().delete()
    Sen2Record.objects.all().delete()


def _change(rows):
    """A later return: values changed in several modules, a request moved to another person."""
    request = rows["requests"][0]
    request[_at("requests", "persontableid")] = rows["person"][-1][_at("person", "persontableid")]
    request[_at("requests", "exported")] = "changed"
    rows["assessment"][0][_at("assessment", "NativeId")] = "NATIVE-2"
    rows["namedplan"][0][_at("namedplan", "planres")] = "ZZ"
    need = next(n for n in rows["senneed"] if n[_at("senneed", "sentyperank")] == "1")
    need[_at("senneed", "sentype")] = "HI" if need[_at("senneed", "sentype")] != "HI" else "VI"
    rows["placementdetail"][0][_at("placementdetail", "urn")] = "123456"


def test_the_overlapped_writes_give_the_rows_the_writes_after_the_check_give(
    tmp_path, area, rows, monkeypatch
):
    import copy

    later = copy.deepcopy(rows)
    _change(later)
    written = {}
    for overlap in (False, True):
        monkeypatch.setattr(importer, "OVERLAP", overlap)
        _clear()
        first = import_rows(tmp_path, area, rows)
        assert first.status == ImportStatus.DONE, first.errors
        assert first.progress == 100
        loaded = _written()
        second = import_rows(tmp_path, area, later, "again.zip")
        assert second.status == ImportStatus.DONE, second.errors
        written[overlap] = (loaded, _written(), first.counts, first.persons, first.matched)
        assert _staging_tables() == []
    assert written[True] == written[False]
    first_load, later_load = written[True][:2]
    assert first_load != later_load  # the later return changed something
    assert later_load["requests"][rows["requests"][0][_at("requests", "requeststableid")]][
        "exported"
    ] == ("changed")


def test_an_error_in_the_last_module_read_rolls_back_what_was_written(tmp_path, area, rows):
    """Modules 1, 2, 5a, 5c and 4b are written (or being written) by the time 5b is read: its
    error rolls them all back, and the errors are listed in module order, not read order."""
    rows["placementdetail"][0][_at("placementdetail", "placementrank")] = "first"
    rows["activeplans"][0][_at("activeplans", "reviewmeeting")] = "not a date"
    rows["assessment"][0][_at("assessment", "week20")] = "perhaps"
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.FAILED
    modules = [e["module"] for e in ret.errors]
    assert modules == ["3 EHC needs assessments", "5a Active plans", "5b Placement detail"]
    assert not Assessment.objects.exists()
    assert not Sen2Person.objects.exists()
    assert not Sen2Record.objects.exists()
    assert _staging_tables() == []
    assert Sen2Return.objects.get(pk=ret.pk).status == ImportStatus.FAILED


def test_an_error_in_the_first_module_writes_nothing(tmp_path, area, rows):
    rows["person"][0][_at("person", "personbirthdate")] = ""
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.FAILED
    assert {(e["module"], e["column"]) for e in ret.errors} == {("1 Person", "personbirthdate")}
    assert not Sen2Person.objects.exists()
    assert _staging_tables() == []


def test_a_failure_while_staging_fails_the_import_and_leaves_nothing(
    tmp_path, area, rows, monkeypatch
):
    staged = PostgresLoad.stage

    def broken(self, key, batch, checked):
        if key == "senneed":
            raise RuntimeError("the disk is full")
        staged(self, key, batch, checked)

    monkeypatch.setattr(PostgresLoad, "stage", broken)
    path = tmp_path / "r.zip"
    path.write_bytes(demo.to_bytes(rows))
    with pytest.raises(RuntimeError, match="the disk is full"):
        run_import(Sen2ReturnFactory(local_authority=area.la), path)
    assert not Sen2Person.objects.exists()
    assert not Sen2Record.objects.exists()
    assert _staging_tables() == []


def test_a_failure_while_writing_stops_the_parse_and_leaves_nothing(tmp_path, area, rows):
    message = _import_with_missing_parent(tmp_path, area, rows)  # asserts no rows written
    assert "violates its foreign key 'icb_id'" in message
    assert _staging_tables() == []


def test_each_write_waits_for_the_modules_it_reads(area):
    """A first load: people, then the two modules of records read before 3 and 4a, then the
    requests with their assessments, plans and needs, then 4b and 5b as they come. A later
    return: the people before the requests, the requests before their updates."""
    load = PostgresLoad(Sen2ReturnFactory(local_authority=area.la), shared=True)
    load.first = {"person": True, "requests": True, "records": True}
    labels = [label for _needs, label, _run in load.jobs(PARSE_ORDER)]
    assert labels == [
        "person",
        "activeplans",
        "senneed",
        "requests",
        "plandetail",
        "placementdetail",
    ]
    load.first = {"person": False, "requests": False, "records": False}
    labels = [label for _needs, label, _run in load.jobs(PARSE_ORDER)]
    assert labels == [
        "person",
        "requests",
        "activeplans",
        "senneed",
        "needs",
        "assessment",
        "namedplan",
        "plandetail",
        "placementdetail",
    ]
    order = [m.key for m in PARSE_ORDER]
    for needs, _label, _run in load.jobs(PARSE_ORDER):
        for key in needs:  # each module is read after its parent
            parent = BY_KEY[key].parent
            assert order.index(parent) < order.index(key)
