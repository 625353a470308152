"""``manage.py bench_national``: a deployment for the whole of England in PostgreSQL (42 ICBs,
1,000,000 children, 2,000,000 advice requests), and one area's pages timed before and after the
other 41 ICBs are loaded around it.

Run it against a PostgreSQL database of its own (``make bench-national``). It seeds the
synthetic area as ``manage.py bench`` does (50,000 children, 100,000 requests, every register),
times the area's DCO, local authority and provider pages (area scale), writes the other ICBs
as copies of a sample of the area (``core.national``), times the same pages again (national
scale) and prints each page's ratio against the 1.5 target, the load's time against 15
minutes, and what the database holds (``pg_database_size``, the largest tables and indexes).
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from sendhealth.children.models import Child
from sendhealth.core import national, seeding
from sendhealth.core.management.commands import bench
from sendhealth.organisations.models import Organisation, OrganisationKind

RATIO_TARGET = 1.5
LOAD_TARGET_S = 15 * 60


class Command(BaseCommand):
    help = (
        "Seed 42 ICBs, 1,000,000 children and 2,000,000 advice requests into PostgreSQL and time "
        "one area's DCO, LA and provider pages against their area-scale figures."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--icbs", type=int, default=42, help="ICBs in England.")
        parser.add_argument("--children", type=int, default=1_000_000, help="In all the ICBs.")
        parser.add_argument("--requests", type=int, default=2_000_000, help="In all the ICBs.")
        parser.add_argument("--area-children", type=int, default=50_000)
        parser.add_argument("--area-requests", type=int, default=100_000)
        parser.add_argument(
            "--only",
            type=int,
            help="Load only this many ICBs of the national size (a fraction, on a busy machine).",
        )
        parser.add_argument("--runs", type=int, default=10, help="Timed fetches of each page.")
        parser.add_argument(
            "--recreate",
            action="store_true",
            help="Drop and create the database named in DATABASE_URL first.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("The national benchmark runs on PostgreSQL: set DATABASE_URL.")
        if settings.ENVIRONMENT == "production":
            raise CommandError("Never in production: it writes millions of synthetic rows.")
        icbs = options["only"] or options["icbs"]
        if not 1 <= icbs <= options["icbs"]:
            raise CommandError("--only must be from 1 to --icbs.")
        if options["recreate"]:
            self._recreate()
        started = time.perf_counter()
        cpu_started = _cpu_seconds()
        with override_settings(DEBUG=False), bench._quiet("axes"):
            cpu: dict[str, float] = {}  # CPU seconds of each step (this process and its backend)
            steps = {"migrate": _timed(bench._migrate_if_needed, cpu, "migrate")}
            if bench._holds_data():
                raise CommandError("This database holds data: pass --recreate.")
            self.stdout.write(
                f"Seeding the area: {options['area_children']:,} children, "
                f"{options['area_requests']:,} advice requests, every register..."
            )

            def seed() -> None:
                with national.bulk_loading():
                    seeding.seed_area(
                        seeding.SeedOptions(
                            children=options["area_children"], requests=options["area_requests"]
                        )
                    )

            steps["seed the area"] = _timed(seed, cpu, "seed the area")
            self.stdout.write(
                f"  {steps['seed the area']:.0f} s (CPU {cpu['seed the area']:.0f} s). "
                "Timing its pages..."
            )
            area = self._time_pages(options["runs"])
            share = (options["children"] - options["area_children"]) / (
                (options["icbs"] - 1) * options["area_children"]
            )
            icb = seeding.area_icb()
            assert icb is not None
            self.stdout.write(
                f"Loading {icbs - 1} more ICBs, each {share:.1%} of the area's size, "
                "with INSERT ... SELECT and COPY..."
            )
            loaded: dict[str, national.CopyReport] = {}

            def load() -> None:
                loaded["report"] = national.copy_area(icb, icbs - 1, share)

            steps["load the other ICBs"] = _timed(load, cpu, "load the other ICBs")
            # Copied in bulk (no signals): the registers' kept summaries worked out from scratch.
            for step, command in national.plugged_in("REBUILD"):
                steps[step] = _timed(
                    lambda command=command: call_command(command, stdout=io.StringIO()), cpu, step
                )
            # VACUUM as well, as autovacuum would after so many inserts: the copies' pages are
            # not yet marked all-visible, and with 95% of the table's pages unmarked the
            # planner prices every index-only scan as visiting the heap (the one-service
            # tray's count of recent completions then read the service's every part through
            # its plain index instead of 10 pages of (service, status, completed_on)).
            steps["VACUUM ANALYZE"] = _timed(
                lambda: seeding.refresh_planner_statistics(vacuum=True), cpu, "VACUUM ANALYZE"
            )
            elapsed = time.perf_counter() - started
            cpu_total = _cpu_seconds() - cpu_started
            self._report_load(steps, elapsed, loaded["report"], options)
            self.stdout.write(
                f"  CPU time: {cpu_total:.0f} s (this process {time.process_time():.0f} s, and "
                "its PostgreSQL backend; not PostgreSQL's parallel index-build workers), by step: "
                + ", ".join(f"{step} {s:.0f} s" for step, s in cpu.items())
                + ". About the load's wall time on a quiet machine, where the two take turns."
            )
            self._report_cpu_estimate(cpu, cpu_total, loaded["report"], options, icbs)
            self.stdout.write("Timing the same pages at national scale...")
            nation = self._time_pages(options["runs"])
            self._report_pages(area, nation)
            self._explain_misses(area, nation)

    def _explain_misses(self, area: list[bench.Timing], nation: list[bench.Timing]) -> None:
        """For each page over the ratio on CPU time: its slowest queries at national scale,
        with ``EXPLAIN ANALYZE``'s plan, so a miss comes with its cause."""
        probes = {p.name: p for p in _probes()}
        for a, n in zip(area, nation, strict=True):
            a_cpu, n_cpu = (t.cpu.total_ms if t.cpu else 0.0 for t in (a, n))
            if not a_cpu or n_cpu / a_cpu <= RATIO_TARGET or n.name not in probes:
                continue
            probe = probes[n.name]
            assert probe.username is not None
            client = bench._signed_in_client(probe.username)
            fetch = client.get if probe.data is None else client.post
            args = (probe.path,) if probe.data is None else (probe.path, probe.data)
            fetch(*args)
            with CaptureQueriesContext(connection) as queries:
                fetch(*args)
            plans = []
            with connection.cursor() as cursor:
                for query in queries.captured_queries:
                    sql = query["sql"]
                    if not sql.lstrip().upper().startswith("SELECT"):
                        continue
                    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                    plan = "\n".join(row[0] for row in cursor.fetchall())
                    took = float(plan.rsplit("Execution Time:", 1)[1].split()[0])
                    plans.append((took, sql, plan))
            plans.sort(key=lambda found: -found[0])
            self.stdout.write("")
            self.stdout.write(
                f"{n.name}: CPU ratio {n_cpu / a_cpu:.2f}; its queries' execution times (ms): "
                + ", ".join(f"{took:.1f}" for took, _, _ in plans)
            )
            for took, sql, plan in plans[:2]:
                self.stdout.write(f"  {took:.1f} ms: {sql[:1500]}")
                self.stdout.write("    " + plan.replace("\n", "\n    "))

    def _report_cpu_estimate(
        self,
        cpu: dict[str, float],
        cpu_total: float,
        report: national.CopyReport,
        options: dict[str, Any],
        icbs: int,
    ) -> None:
        """The whole load's CPU time, scaled from a fraction's: the copy's share by ICB."""
        if not options["only"] or not report.copies:
            return
        copy = cpu["load the other ICBs"] + cpu["VACUUM ANALYZE"]
        whole = cpu_total + copy / report.copies * (options["icbs"] - icbs)
        met = whole <= LOAD_TARGET_S
        style = self.style.SUCCESS if met else self.style.ERROR
        self.stdout.write(
            style(
                f"  On CPU time the whole load ({options['icbs']} ICBs) would take about "
                f"{whole / 60:.1f} minutes: {'within' if met else 'over'} the "
                f"{LOAD_TARGET_S // 60}-minute target."
            )
        )

    def _recreate(self) -> None:
        db = connection.settings_dict
        name = db["NAME"]
        connection.close()
        with psycopg.connect(
            dbname="postgres",
            host=db["HOST"] or None,
            port=db["PORT"] or None,
            user=db["USER"] or None,
            password=db["PASSWORD"] or None,
            autocommit=True,
        ) as admin:
            quoted = psycopg.sql.Identifier(name)
            admin.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {}").format(quoted))
            admin.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(quoted))
        self.stdout.write(f"Created an empty database {name}.")

    def _time_pages(self, runs: int) -> list[bench.Timing]:
        clients: dict[str, Client] = {}
        timings = []
        for probe in _probes():
            if probe.username is None:
                continue  # the open data lists are not one area's
            if probe.username not in clients:
                clients[probe.username] = bench._signed_in_client(probe.username)
            timings.append(bench._time(clients[probe.username], probe, runs))
        return timings

    def _report_load(
        self,
        steps: dict[str, float],
        elapsed: float,
        report: national.CopyReport,
        options: dict[str, Any],
    ) -> None:
        icbs = Organisation.objects.filter(kind=OrganisationKind.ICB).count()
        counted = [("children", Child), *national.plugged_in("COUNTED")]
        self.stdout.write("")
        self.stdout.write(
            f"Loaded {icbs} ICBs, "
            + ", ".join(f"{model.objects.count():,} {words}" for words, model in counted)
            + f" in {elapsed / 60:.1f} minutes ("
            + ", ".join(f"{step} {s:.0f} s" for step, s in steps.items())
            + ")."
        )
        rows = sum(report.rows.values())
        self.stdout.write(f"  The other ICBs: {rows:,} rows, {report.copies} copies.")
        if options["only"]:
            per_icb = steps["load the other ICBs"] / max(1, report.copies)
            whole = elapsed + per_icb * (options["icbs"] - icbs)
            self.stdout.write(
                f"  A fraction ({icbs} of {options['icbs']} ICBs): the whole load would take "
                f"about {whole / 60:.1f} minutes at {per_icb:.1f} s an ICB."
            )
        else:
            whole = elapsed
        met = whole <= LOAD_TARGET_S
        style = self.style.SUCCESS if met else self.style.ERROR
        self.stdout.write(
            style(f"  Load {'within' if met else 'over'} the {LOAD_TARGET_S // 60}-minute target.")
        )
        self.stdout.write(
            f"Database size (pg_database_size): {national.pretty_bytes(national.database_bytes())}"
        )
        self.stdout.write(
            seeding.text_table(
                ("Table", "Rows", "Table", "Indexes"),
                national.table_rows(national.largest_tables()),
            )
        )
        self.stdout.write("")

    def _report_pages(self, area: list[bench.Timing], nation: list[bench.Timing]) -> None:
        rows, missed, missed_cpu = [], 0, 0
        for a, n in zip(area, nation, strict=True):
            ratio = n.median_ms / a.median_ms if a.median_ms else float("inf")
            ok = ratio <= RATIO_TARGET and n.status == 200
            missed += not ok
            # The same on CPU time (this process's and its backend's), which the machine's
            # load hardly moves: the fairer comparison on a busy machine.
            a_cpu, n_cpu = (t.cpu.total_ms if t.cpu else 0.0 for t in (a, n))
            cpu_ratio = n_cpu / a_cpu if a_cpu else float("inf")
            cpu_ok = cpu_ratio <= RATIO_TARGET and n.status == 200
            missed_cpu += not cpu_ok
            rows.append(
                (
                    a.name,
                    n.status,
                    f"{a.median_ms:.1f}",
                    f"{n.median_ms:.1f}",
                    f"{n.p95_ms:.1f}",
                    f"{ratio:.2f}",
                    f"{a_cpu:.1f}",
                    f"{n_cpu:.1f}",
                    f"{cpu_ratio:.2f}",
                    f"{a.queries}/{n.queries}",
                    ("ok" if ok else "MISS") + " / " + ("ok" if cpu_ok else "MISS"),
                )
            )
        self.stdout.write("")
        self.stdout.write(
            seeding.text_table(
                (
                    "Page",
                    "Status",
                    "Area median ms",
                    "National median ms",
                    "National p95 ms",
                    "Ratio",
                    "Area CPU ms",
                    "National CPU ms",
                    "CPU ratio",
                    "Queries",
                    "Result (wall / CPU)",
                ),
                rows,
            )
        )
        style = self.style.SUCCESS if not missed else self.style.ERROR
        self.stdout.write(
            style(
                f"Verdict: {len(rows) - missed} of {len(rows)} pages within {RATIO_TARGET} times "
                f"their area-scale median; {missed} miss. On CPU time: "
                f"{len(rows) - missed_cpu} within, {missed_cpu} miss. (CPU ms: this process's "
                "median and PostgreSQL's backend's mean a request.)"
            )
        )


def _cpu_seconds() -> float:
    """CPU seconds of this process and, when PostgreSQL runs on this machine, of its backend
    (from /proc): on a shared machine, a fairer measure of the load than the wall clock."""
    total = time.process_time()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return total  # PostgreSQL on another machine
    return total + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed(step: Any, cpu: dict[str, float] | None = None, name: str = "") -> float:
    """The step's wall seconds; its CPU seconds (this process and its backend) into ``cpu``."""
    cpu_started = _cpu_seconds()
    started = time.perf_counter()
    step()
    elapsed = time.perf_counter() - started
    if cpu is not None:
        cpu[name] = _cpu_seconds() - cpu_started
    return elapsed


def _probes() -> list[bench.Probe]:
    """The pages ``manage.py bench`` times (the DCO's, the provider's) and the local
    authority's and provider's own lists (each register's ``national.PROBES``)."""
    return [
        *bench._probes(),
        bench.Probe("LA: children", "la.north", reverse("children:list")),
        *bench.plugged_in_probes(national.plugged_in("PROBES")),
    ]
