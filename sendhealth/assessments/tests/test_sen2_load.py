"""How the import writes: on PostgreSQL through COPY into staging tables and one set-based
statement a module (``importer.PostgresLoad``), elsewhere in batches from the spool. Either way
a later return updates what an earlier one loaded (values, the person a request belongs to,
the columns kept as given, the primary need), a failed return leaves nothing behind, and the
progress reaches 100."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sendhealth.assessments import demo
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import (
    Assessment,
    ImportStatus,
    Sen2Person,
    Sen2Record,
    Sen2Return,
)
from sendhealth.assessments.sen2 import BY_KEY
from sendhealth.assessments.tests.conftest import column_at, staging_tables
from sendhealth.assessments.tests.factories import Sen2ReturnFactory, import_rows


@pytest.fixture
def rows(sen2_return):
    return sen2_return(3)


def test_a_later_return_updates_values_people_extras_and_needs(tmp_path, area, rows):
    first = import_rows(tmp_path, area, rows)
    assert first.status == ImportStatus.DONE, first.errors
    assert first.progress == 100
    counts = (Assessment.objects.count(), Sen2Person.objects.count(), Sen2Record.objects.count())

    assessment = rows["assessment"][0]
    request_id = assessment[column_at("assessment", "requeststableid")]
    request = next(
        r for r in rows["requests"] if r[column_at("requests", "requeststableid")] == request_id
    )
    # the request now belongs to another person of the return
    other = rows["person"][-1][column_at("person", "persontableid")]
    request[column_at("requests", "persontableid")] = other
    request[column_at("requests", "exported")] = "changed"
    assessment[column_at("assessment", "NativeId")] = "NATIVE-2"
    need = next(n for n in rows["senneed"] if n[column_at("senneed", "sentyperank")] == "1")
    plan_id = need[column_at("senneed", "activeplanstableid")]
    plan = next(
        p
        for p in rows["activeplans"]
        if p[column_at("activeplans", "activeplanstableid")] == plan_id
    )
    need_request = plan[column_at("activeplans", "requeststableid")]
    need[column_at("senneed", "sentype")] = (
        "HI" if need[column_at("senneed", "sentype")] != "HI" else "VI"
    )
    placement = rows["placementdetail"][0]
    placement[column_at("placementdetail", "urn")] = "123456"

    second = import_rows(tmp_path, area, rows, "again.zip")
    assert second.status == ImportStatus.DONE, second.errors
    assert (
        Assessment.objects.count(),
        Sen2Person.objects.count(),
        Sen2Record.objects.count(),
    ) == counts
    changed = Assessment.objects.get(requests_table_id=request_id)
    assert changed.person.person_table_id == other
    assert changed.exported == "changed"
    assert changed.extra["assessment"]["NativeId"] == "NATIVE-2"
    assert changed.last_return_id == second.pk
    assert (
        Assessment.objects.get(requests_table_id=need_request).primary_need
        == need[column_at("senneed", "sentype")]
    )
    record = Sen2Record.objects.get(
        module="placementdetail",
        table_id=placement[column_at("placementdetail", "placementdetailtableid")],
    )
    assert record.data["urn"] == "123456"
    assert staging_tables() == []


MODULE_COLUMNS = [
    "requests_table_id", "received_on", "request_source", "rya", "request_outcome_on",
    "request_outcome", "request_mediation", "request_tribunal", "exported", "person_id",
    "assessment_table_id", "assessment_outcome", "assessment_outcome_on",
    "assessment_mediation", "assessment_tribunal", "other_mediation", "other_tribunal",
    "week20", "named_plan_table_id", "plan_start_on", "plan_res", "plan_wbp", "pb", "oa", "dp",
    "plan_ceased_on", "plan_cease_reason", "primary_need", "extra",
]  # fmt: skip


def test_a_first_load_writes_what_a_later_return_would(tmp_path, area, rows):
    """A first load puts modules 2, 3, 4a and the need in one statement (PostgreSQL); a return
    for an LA that has rows already inserts and then updates: the rows come out the same."""
    rows["namedplan"][0][column_at("namedplan", "NativeId")] = "PLAN-NATIVE"
    first = import_rows(tmp_path, area, rows)
    assert first.status == ImportStatus.DONE, first.errors
    loaded = {r["requests_table_id"]: r for r in Assessment.objects.values(*MODULE_COLUMNS)}
    assert any(r["named_plan_table_id"] for r in loaded.values())
    assert any(r["primary_need"] for r in loaded.values())
    assert any("namedplan" in r["extra"] for r in loaded.values())
    kept = Assessment.objects.get(requests_table_id=next(iter(loaded)))
    Assessment.objects.exclude(pk=kept.pk).delete()
    kept.requests_table_id = "KEPT"  # the LA has a row: the next return is not a first load
    kept.save()
    second = import_rows(tmp_path, area, rows, "again.zip")
    assert second.status == ImportStatus.DONE, second.errors
    again = {
        r["requests_table_id"]: r
        for r in Assessment.objects.exclude(pk=kept.pk).values(*MODULE_COLUMNS)
    }
    assert again == loaded


def test_a_failed_return_writes_nothing_and_leaves_no_staging_behind(tmp_path, area, rows):
    rows["senneed"][0][column_at("senneed", "sentyperank")] = "first"  # found last, after staging
    ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.FAILED
    assert ("5c SEN need", 2, "sentyperank") in {
        (e["module"], e["row"], e["column"]) for e in ret.errors
    }
    assert not Assessment.objects.exists()
    assert not Sen2Person.objects.exists()
    assert not Sen2Record.objects.exists()
    assert staging_tables() == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL way to write")
def test_on_postgresql_each_module_is_written_with_one_statement(tmp_path, area, rows):
    with CaptureQueriesContext(connection) as queries:
        ret = import_rows(tmp_path, area, rows)
    assert ret.status == ImportStatus.DONE, ret.errors
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(("INSERT", "UPDATE")) and "sen2_stage_" in q["sql"]
    ]
    # A first load: 1, then 2 with 3, 4a and the primary need in one INSERT, then 4b, 5a,
    # 5b, 5c; the rows come by COPY, not VALUES
    assert len(writes) == 6
    assert not any("ON CONFLICT" in sql for sql in writes)
    with CaptureQueriesContext(connection) as again:
        ret = import_rows(tmp_path, area, rows, "again.zip")
    assert ret.status == ImportStatus.DONE, ret.errors
    writes = [
        q["sql"]
        for q in again.captured_queries
        if q["sql"].startswith(("INSERT", "UPDATE")) and "sen2_stage_" in q["sql"]
    ]
    # A later return: each module upserted or updated, then the primary need
    assert len(writes) == 9
    assert not any(
        "VALUES" in q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(
            tuple(f'INSERT INTO "{m._meta.db_table}"' for m in (Assessment, Sen2Person, Sen2Record))
        )
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a second connection's write")
@pytest.mark.django_db(transaction=True)
def test_progress_is_seen_while_the_import_transaction_runs_and_never_waits(area):
    from django.db import transaction

    from sendhealth.assessments.importer import _ProgressWriter

    ret = Sen2ReturnFactory(local_authority=area.la)
    side = _ProgressWriter(ret.pk)
    try:
        with transaction.atomic():
            Assessment.objects.exists()  # the import's transaction is open
            side.write(55)
            # committed on its own connection: the page (any other connection) sees it now
            assert Sen2Return.objects.get(pk=ret.pk).progress == 55
            Sen2Return.objects.filter(pk=ret.pk).update(progress=60)  # the row locked here
            side.write(70)  # skipped, not waited for
        assert Sen2Return.objects.get(pk=ret.pk).progress == 60
    finally:
        side.close()


def test_the_row_parser_reports_each_problem_by_row_and_column():
    from sendhealth.assessments.importer import parse_rows

    module = BY_KEY["requests"]
    header = [c for c in module.all_columns if c != "exported"]  # a column the header lacks
    good = {"requeststableid": "R1", "persontableid": "P1", "receiveddate": "2025-Sep-28",
            "rya": "true", "requestsource": "1"}  # fmt: skip
    bad = {"requeststableid": " R2 ", "persontableid": "P1", "receiveddate": "",
           "rya": "maybe", "requestoutcomedate": "2025-13-01", "requestsource": "ZZ"}  # fmt: skip
    problems = []
    parsed = dict(
        parse_rows(
            module,
            header,
            [(n, [row.get(c, "") for c in header]) for n, row in ((2, good), (3, bad))],
            2026,
            lambda *p: problems.append(p),
        )
    )
    columns = module.all_columns
    first = dict(zip(columns, parsed[2], strict=True))
    assert first["receiveddate"].isoformat() == "2025-09-28"
    assert first["rya"] is True
    assert first["exported"] == ""
    second = dict(zip(columns, parsed[3], strict=True))
    assert second["requeststableid"] == "R2"
    assert {(n, c) for n, c, _ in problems} == {
        (3, "rya"),
        (3, "requestoutcomedate"),
        (3, "requestsource"),
        (3, "receiveddate"),
    }


@pytest.mark.django_db(transaction=True)
def test_the_page_sees_progress_while_the_import_writes(tmp_path, area, rows):
    """While the import's one transaction writes (40% to 100%), the page's figure moves: on
    PostgreSQL through a connection of its own, on SQLite (one writer) through a file."""
    from sendhealth.assessments.importer import live_progress

    path = tmp_path / "r.zip"
    path.write_bytes(demo.to_bytes(rows))
    ret = Sen2Return.objects.create(
        local_authority=area.la,
        icb=area.la.parent,
        collection_year=2026,
        file_token="t",
        file_format="zip",
        file="sen2/t",
    )
    seen = []

    def progress(percent, rows=0):
        if 40 < percent < 100:
            seen.append(live_progress(Sen2Return.objects.get(pk=ret.pk)))

    ret = run_import(ret, path, progress)
    assert ret.status == ImportStatus.DONE, ret.errors
    assert any(40 < p < 100 for p in seen), seen
    assert live_progress(Sen2Return.objects.get(pk=ret.pk)) == 100


def _import_with_missing_parent(tmp_path, area, rows):
    """An import whose every written row names an ICB that does not exist (the return's ICB
    id, as the load reads it, pointing nowhere): only the foreign key checks can catch it."""
    from django.db import IntegrityError

    path = tmp_path / "r.zip"
    path.write_bytes(demo.to_bytes(rows))
    ret = Sen2ReturnFactory(local_authority=area.la)
    ret.icb_id = 2_000_000_000
    with pytest.raises(IntegrityError) as raised:
        run_import(ret, path)
    assert not Assessment.objects.exists()
    assert not Sen2Person.objects.exists()
    assert not Sen2Record.objects.exists()
    return str(raised.value)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's foreign key triggers")
@pytest.mark.django_db(transaction=True)
def test_a_row_whose_parent_is_missing_fails_the_whole_import_checked_by_joins(
    tmp_path, area, rows
):
    with CaptureQueriesContext(connection) as queries:
        message = _import_with_missing_parent(tmp_path, area, rows)
    # the triggers were off for the load, and one join a foreign key found the row
    assert any("session_replication_role = replica" in q["sql"] for q in queries)
    assert "violates its foreign key 'icb_id'" in message
    assert "2000000000 is not present in table 'organisations_organisation'" in message


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's foreign key triggers")
@pytest.mark.django_db(transaction=True)
def test_without_the_privilege_the_triggers_still_fail_the_whole_import(
    tmp_path, area, rows, monkeypatch
):
    from sendhealth.assessments import importer

    monkeypatch.setattr(importer, "_foreign_keys_by_join", lambda ret: None)
    message = _import_with_missing_parent(tmp_path, area, rows)
    assert "violates foreign key constraint" in message  # PostgreSQL's own, at commit


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's roles")
def test_a_role_that_may_not_switch_off_the_triggers_keeps_them(area):
    import os

    from django.db import transaction

    from sendhealth.assessments.importer import _check_foreign_keys, _foreign_keys_by_join

    ret = Sen2ReturnFactory(local_authority=area.la)
    role = f"sen2_plain_{os.getpid()}"  # made and dropped inside the test's transaction
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(f"SET LOCAL ROLE {role}")
    with transaction.atomic():
        assert _foreign_keys_by_join(ret) is None
        with connection.cursor() as cursor:
            cursor.execute("SHOW session_replication_role")
            assert cursor.fetchone()[0] == "origin"
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")
    with transaction.atomic():
        assert _foreign_keys_by_join(ret) == "origin"  # the test database's superuser may
    with transaction.atomic():  # a bulk seed that had the triggers off keeps them off
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
        assert _foreign_keys_by_join(ret) == "replica"
        _check_foreign_keys(ret, (), "replica")
        with connection.cursor() as cursor:
            cursor.execute("SHOW session_replication_role")
            assert cursor.fetchone()[0] == "replica"


def test_the_staging_rows_json_is_what_json_dumps_would_say():
    """``importer._stage_row`` writes each staging row's JSON as text, column by column: it
    reads back as the dict of the row's non-empty values would (quotes, backslashes, line
    breaks and accents in text; dates, booleans, whole numbers; None and "" left out)."""
    import json
    from datetime import date

    from sendhealth.assessments.importer import RECORD_REVIEW_COLUMNS, _stage_row

    module = BY_KEY["placementdetail"]
    odd = 'Ty "Coch" \\ Ysgol\nSt Mary\'s \u2013 Ærø'
    values = dict.fromkeys(module.all_columns, "")
    values.update(
        placementdetailtableid="PD1", activeplanstableid="AP1", NativeId=odd, urn=odd,
        placementrank=0, entrydate=date(2025, 9, 1), leavingdate=None,
        senunitindicator=False, resourcedprovisionindicator=True, sourceid="",
    )  # fmt: skip
    row = [values[c] for c in module.all_columns]
    table_id, parent, data, *dates = _stage_row("placementdetail")(row)
    assert (table_id, parent, dates) == ("PD1", "AP1", [None] * len(RECORD_REVIEW_COLUMNS))
    expected = {
        c: v.isoformat() if isinstance(v, date) else v
        for c, v in values.items()
        if v is not None and v != ""
    }
    assert json.loads(data) == expected
    assert expected["placementrank"] == 0 and expected["senunitindicator"] is False

    person = BY_KEY["person"]
    values = dict.fromkeys(person.all_columns, "")
    values.update(persontableid="P1", sen2tableid="S1", NativeId=odd, personbirthdate=None)
    row = [values[c] for c in person.all_columns]
    *_, extra = _stage_row("person")(row)
    assert json.loads(extra) == {"NativeId": odd, "sen2tableid": "S1"}
