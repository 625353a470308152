"""The PostgreSQL import outside a caller's transaction (``importer.run_overlapped``): a thread
parses and COPYs into UNLOGGED staging tables while the main connection's one transaction
writes each module once what it reads is staged. It writes the same rows as the writes after
the whole check, a return with any error leaves nothing (no rows, no staging tables), and so
does a failure on either side."""

from __future__ import annotations

import pytest
from django.db import connection, connections

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
from sendhealth.assessments.tests.conftest import column_at, empty_sen2, staging_tables
from sendhealth.assessments.tests.factories import Sen2ReturnFactory, import_rows
from sendhealth.assessments.tests.test_sen2_load import _import_with_missing_parent

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's overlapped load"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def rows(sen2_return):
    return sen2_return(4)


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


def _change(rows):
    """A later return: values changed in several modules, a request moved to another person."""
    request = rows["requests"][0]
    request[column_at("requests", "persontableid")] = rows["person"][-1][
        column_at("person", "persontableid")
    ]
    request[column_at("requests", "exported")] = "changed"
    rows["assessment"][0][column_at("assessment", "NativeId")] = "NATIVE-2"
    rows["namedplan"][0][column_at("namedplan", "planres")] = "ZZ"
    need = next(n for n in rows["senneed"] if n[column_at("senneed", "sentyperank")] == "1")
    need[column_at("senneed", "sentype")] = (
        "HI" if need[column_at("senneed", "sentype")] != "HI" else "VI"
    )
    rows["placementdetail"][0][column_at("placementdetail", "urn")] = "123456"


def test_the_overlapped_writes_give_the_rows_the_writes_after_the_check_give(
    tmp_path, area, rows, monkeypatch
):
    import copy

    later = copy.deepcopy(rows)
    _change(later)
    written = {}
    for overlap in (False, True):
        monkeypatch.setattr(importer, "OVERLAP", overlap)
        empty_sen2()
        first = import_rows(tmp_path, area, rows)
        assert first.status == ImportStatus.DONE, first.errors
        assert first.progress == 100
        loaded = _written()
        second = import_rows(tmp_path, area, later, "again.zip")
        assert second.status == ImportStatus.DONE, second.errors
        written[overlap] = (loaded, _written(), first.counts, first.persons, first.matched)
        assert staging_tables() == []
    assert written[True] == written[False]
    first_load, later_load = written[True][:2]
    assert first_load != later_load  # the later return changed something
    assert later_load["requests"][rows["requests"][0][column_at("requests", "requeststableid")]][
        "exported"
    ] == ("changed")


def test_an_error_in_the_last_module_read_rolls_back_what_was_written(tmp_path, area, rows):
    """Modules 1, 2, 5a, 5c and 4b are written (or being written) by the time 5b is read: its
    error rolls them all back, and the errors are listed in module order, not read order."""
    rows["placementdetail"][0][column_at("placementdetail", "placementrank")] = "first"
    rows["activeplans"][0][column_at("activeplans", "reviewmeeting")] = "not a date"
    rows["assessment"][0][column_at("assessment", "week20")] = "perhaps"
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.FAILED
    modules = [e["module"] for e in ret.errors]
    assert modules == ["3 EHC needs assessments", "5a Active plans", "5b Placement detail"]
    assert not Assessment.objects.exists()
    assert not Sen2Person.objects.exists()
    assert not Sen2Record.objects.exists()
    assert staging_tables() == []
    assert Sen2Return.objects.get(pk=ret.pk).status == ImportStatus.FAILED


def test_an_error_in_the_first_module_writes_nothing(tmp_path, area, rows):
    rows["person"][0][column_at("person", "personbirthdate")] = ""
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.FAILED
    assert {(e["module"], e["column"]) for e in ret.errors} == {("1 Person", "personbirthdate")}
    assert not Sen2Person.objects.exists()
    assert staging_tables() == []


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
    assert staging_tables() == []


def test_a_failure_while_writing_stops_the_parse_and_leaves_nothing(tmp_path, area, rows):
    message = _import_with_missing_parent(tmp_path, area, rows)  # asserts no rows written
    assert "violates its foreign key 'icb_id'" in message
    assert staging_tables() == []


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


def test_the_bar_moves_with_the_rows_read_and_the_rows_written(tmp_path, area, rows):
    """Half the bar (to 45%) is the reading, half the writing, each module's write moving it
    as it ends (no jump from 40 to 80 once everything is written); always forward."""
    import threading

    seen = []
    path = tmp_path / "r.zip"
    path.write_bytes(demo.to_bytes(rows))

    def progress(percent, rows=0):
        seen.append((percent, threading.current_thread() is threading.main_thread()))

    ret = run_import(Sen2ReturnFactory(local_authority=area.la), path, progress)
    assert ret.status == ImportStatus.DONE, ret.errors
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)
    assert percents[-1] == 100
    assert max(p for p, main in seen if not main) <= 90  # read: 45, and what was written
    written = [p for p, main in seen if main and p < 90]
    assert len(written) >= 3, seen  # people, records, requests, ... each move it


def test_staging_tables_a_killed_import_left_are_dropped_when_the_worker_starts(area):
    """A table whose import's session is gone goes; one whose import still runs (its
    session holds the return's lock) stays."""
    from sendhealth.core.management.commands import worker

    dead, live = (Sen2ReturnFactory(local_authority=area.la) for _ in range(2))
    with connection.cursor() as cursor:
        for ret in (dead, live):
            for key in ("person", "senneed"):
                cursor.execute(f"CREATE UNLOGGED TABLE sen2_stage_{ret.pk}_{key} (x text)")
    main = connections["default"]
    other = type(main)(main.settings_dict, alias="other")  # the live import's session
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [importer.STAGE_LOCK_CLASS, live.pk])
        worker.at_start()
        assert staging_tables() == [f"sen2_stage_{live.pk}_person", f"sen2_stage_{live.pk}_senneed"]
    finally:
        other.close()  # the live import's session ends too: its tables are stale now
    assert len(importer.sweep_stages()) == 2
    assert staging_tables() == []


def test_a_sweep_while_an_import_runs_leaves_its_staging_tables(tmp_path, area, rows):
    swept = []
    path = tmp_path / "r.zip"
    path.write_bytes(demo.to_bytes(rows))

    def progress(percent, rows=0):
        import threading

        # on the parsing thread's connection: another session than the import's
        if threading.current_thread() is not threading.main_thread() and staging_tables():
            swept.append(importer.sweep_stages())

    ret = run_import(Sen2ReturnFactory(local_authority=area.la), path, progress)
    assert ret.status == ImportStatus.DONE, ret.errors
    assert swept and all(dropped == [] for dropped in swept)  # swept, and nothing dropped
    assert staging_tables() == []
