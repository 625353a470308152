"""``manage.py bench`` with tiny sizes: it seeds an empty database, prints a table of the pages
it timed and a verdict, and never crashes on a page that fails. Timings are not asserted."""

import re
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from sendhealth.advice.models import AdviceEvent
from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.core.management.commands import bench
from sendhealth.organisations.tests.factories import IcbFactory

PAGES = (
    "Bare signed-in page (accessibility statement)",
    "Dashboard (DCO)",
    "DCO queue",
    "DCO queue, overdue",
    "Provider work tray",
    "API: assignments",
    "API: advice requests",
    "Child search by name (POST)",
    "Child search by NHS number (POST)",
    "Child page, whole timeline",
    "Enquiries",
    "Safeguarding referrals",
    "Preparing for adulthood queue",
    "QA scores",
    "ORUK: services",  # from localoffer/bench.py, through the plug-in hook
    "ORUK: services, 200 a page",
    "ORUK: services by need (taxonomy term)",
    "ORUK: service at locations",
    "Scheduled job: advice.send_advice_reminders",
    "Scheduled job: safeguarding.send_safeguarding_reminders",
    "QA checks, 50-page plan (extract + check)",
)
TINY = {"children": 50, "requests": 40, "runs": 2}


def run_bench(**options) -> str:
    out = StringIO()
    call_command("bench", stdout=out, **{**TINY, **options})
    return out.getvalue()


class TestBenchOnAnEmptyDatabase:
    def test_it_seeds_the_area_and_says_how_long_it_took(self, db):
        text = run_bench()
        assert "Seeding 50 children and 40 advice requests" in text
        assert "Seeded in" in text
        assert Child.objects.count() == 50

    def test_it_prints_a_table_of_every_page_and_job_with_a_verdict(self, db):
        text = run_bench()
        assert "FAIL" not in text
        assert " 500 " not in text
        header = next(line for line in text.splitlines() if line.startswith("Page"))
        for column in ("Status", "Median ms", "p95 ms", "x bare", "Queries", "Result"):
            assert column in header
        for page in PAGES:
            assert page in text
        assert "Bare signed-in page (the accessibility statement): median" in text
        assert "pages miss either target" in text
        assert "150 ms target" in text
        assert "within 10 times the bare page" in text

    def test_each_page_has_its_ratio_to_the_bare_page(self, db):
        text = run_bench()
        row = next(line for line in text.splitlines() if line.startswith("Dashboard (DCO)"))
        assert re.search(r" \d+\.\dx ", row)

    def test_each_page_has_its_cpu_time_and_a_verdict_on_it(self, db):
        text = run_bench(only=["enquiries"], no_jobs=True)
        header = next(line for line in text.splitlines() if line.startswith("Page"))
        for column in bench.CPU_COLUMNS:
            assert column in header
        row = next(line for line in text.splitlines() if line.startswith("Enquiries"))
        assert re.search(r" \d+\.\d +\d+\.\dx +(ok|MISS) ", row)  # no DB column on SQLite
        assert "CPU time of the bare page:" in text
        if connection.vendor == "sqlite":
            assert "on SQLite the database's work is in this process" in text
        assert "Verdict on CPU time: " in text
        assert " of 2 pages miss either target (150 ms, or 10 times" in text

    def test_the_cpu_verdict_is_on_process_and_server_time_against_the_bare_page(self):
        bare = bench.CpuCost(process_ms=4.0, server_ms=1.0)
        page = bench.CpuCost(process_ms=40.0, server_ms=20.0, ratio=60.0 / bare.total_ms)
        assert page.total_ms == 60.0
        assert page.misses()  # 12 times the bare page
        assert not bench.CpuCost(process_ms=40.0, server_ms=None, ratio=8.0).misses()
        assert bench.CpuCost(process_ms=149.0, server_ms=2.0, ratio=1.0).misses()

    def test_the_reminder_run_is_rolled_back(self, db):
        seeding.seed_area(seeding.SeedOptions(children=50, requests=40))
        events = AdviceEvent.objects.count()
        text = run_bench(reuse=True)
        assert "reminders sent" in text
        assert AdviceEvent.objects.count() == events


class TestBenchOnADatabaseWithData:
    def test_it_refuses_a_database_that_holds_data(self, db):
        IcbFactory()
        with pytest.raises(CommandError, match="already holds data"):
            run_bench()
        assert not Child.objects.exists()

    def test_with_reuse_it_times_the_area_seeded_before(self, db):
        seeding.seed_area(seeding.SeedOptions(children=50, requests=40))
        text = run_bench(reuse=True)
        assert "Reusing the area already seeded" in text
        assert "Seeding" not in text
        assert Child.objects.count() == 50

    def test_only_times_the_pages_named_and_the_bare_page(self, db):
        seeding.seed_area(seeding.SeedOptions(children=50, requests=40))
        text = run_bench(reuse=True, only=["enquiries", "QA SCORES"], no_jobs=True)
        pages = [line.split("  ")[0] for line in text.splitlines()]
        assert "Enquiries" in pages
        assert "QA scores" in pages
        assert "Bare signed-in page (accessibility statement)" in pages
        assert "Dashboard (DCO)" not in pages
        assert "Scheduled job" not in text
        assert "of 3 pages miss either target" in text

    def test_only_picks_scheduled_jobs_by_name(self, db):
        seeding.seed_area(seeding.SeedOptions(children=50, requests=40))
        text = run_bench(reuse=True, only=["send_advice_reminders"])
        assert "Scheduled job: advice.send_advice_reminders" in text
        assert "safeguarding.send_safeguarding_reminders" not in text
        assert "QA checks" not in text


class TestFailingPages:
    def test_a_page_that_is_not_200_is_reported_as_a_failure_not_a_crash(self, db, monkeypatch):
        monkeypatch.setattr(
            bench, "_probes", lambda: [bench.Probe("Missing page", "dco", "/no-such-page/")]
        )
        text = run_bench()
        row = next(line for line in text.splitlines() if line.startswith("Missing page"))
        assert "404" in row
        assert "FAIL: status 404" in row
        assert "1 of 2 pages miss either target" in text
        assert "1 failed (not 200)" in text

    def test_runs_must_be_at_least_one(self, db):
        with pytest.raises(CommandError, match="--runs must be 1 or more"):
            run_bench(runs=0)


class TestRegistersProbes:
    def test_a_registers_bench_module_adds_its_probes_as_a_visitor_or_a_user(self, monkeypatch):
        module = SimpleNamespace(
            PROBES=[
                ("A public feed", None, "/feed/"),
                ("A staff page", "dco", lambda: "/staff/"),
            ]
        )
        monkeypatch.setattr(bench, "app_modules", lambda name: (module,) if name == "bench" else ())
        assert bench._plugin_probes() == [
            bench.Probe("A public feed", None, "/feed/"),
            bench.Probe("A staff page", "dco", "/staff/"),
        ]

    def test_the_local_offers_feed_is_timed_without_signing_in(self, db):
        names = {p.name: p for p in bench._plugin_probes()}
        assert names["ORUK: services"].username is None
        assert names["ORUK: services"].path == "/openreferral/services"
        assert names["ORUK: service at locations"].path == "/openreferral/service_at_locations"
