"""Time an SEN2 import: ``manage.py sen2_bench --people N`` generates a return of N people
(each with a request, most with an assessment, plan, placement and need) for a new LA, and
imports it, printing progress, the CPU and wall time taken and the peak memory.
``--keep PATH`` keeps the generated file; ``--file PATH`` imports a file generated before
(generating 640,000 people takes longer than importing them); ``--triggers`` checks the
foreign keys a row at a time at commit, as a role that may not switch the triggers off does."""

import contextlib
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand
from django.db import connection

from sendhealth.assessments import demo, importer
from sendhealth.assessments.importer import run_import
from sendhealth.assessments.models import Sen2Return
from sendhealth.organisations.models import Organisation, OrganisationKind


class Command(BaseCommand):
    help = "Generate and import a synthetic SEN2 return, timed."

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=640_000)
        parser.add_argument("--file", help="import this return instead of generating one")
        parser.add_argument("--keep", help="keep the generated return at this path")
        parser.add_argument(
            "--steps",
            action="store_true",
            help="print each step's wall, process CPU and PostgreSQL server CPU time",
        )
        parser.add_argument(
            "--triggers",
            action="store_true",
            help="PostgreSQL: check the foreign keys with a trigger a row, at commit, even "
            "where the role may check them with one join each (to compare)",
        )

    def handle(self, *args, people, file=None, keep=None, steps=False, triggers=False, **options):
        self.steps: dict[str, list[float]] | None = {} if steps else None
        if triggers:
            importer._foreign_keys_by_join = lambda ret: None
        icb, _ = Organisation.objects.get_or_create(
            kind=OrganisationKind.ICB, code="QBENCH", defaults={"name": "Bench ICB"}
        )
        la, _ = Organisation.objects.get_or_create(
            kind=OrganisationKind.LOCAL_AUTHORITY,
            code="999",
            defaults={"name": "Bench LA", "parent": icb},
        )
        if file:
            self._import(la, icb, file)
            return
        start = time.monotonic()
        rows = demo.build(
            (
                ("Bench", f"Person{n}", date(2010, 1, 1) + timedelta(days=n % 4000))
                for n in range(people)
            ),
            lea="999",
            year=2026,
            unmatched=0,
        )
        with tempfile.NamedTemporaryFile(suffix=".zip") as handle:
            handle.write(demo.to_bytes(rows))
            handle.flush()
            del rows
            self.stdout.write(f"generated {people} people in {time.monotonic() - start:.1f}s")
            if keep:
                shutil.copyfile(handle.name, keep)
            self._import(la, icb, handle.name)

    def _import(self, la, icb, path):
        swept = importer.sweep_stages()  # what a killed run left behind
        if swept:
            self.stdout.write(f"dropped {len(swept)} staging tables a killed import left")
        ret = Sen2Return.objects.create(
            local_authority=la,
            icb=icb,
            collection_year=2026,
            file_token="bench",
            file_format="zip",
            file="sen2/bench",
        )

        since = {"read": time.monotonic()}  # each phase's start, for its rows a second
        counted = {"read": 0, "written": 0}

        def bar(percent, rows=0):
            # On PostgreSQL the rows read are reported by the parsing thread while this one
            # writes (``importer.run_overlapped``); else reading ends at 40% (its last report).
            if threading.current_thread() is not threading.main_thread():
                since["threaded"] = True
                phase = "read"
            else:
                phase = "read" if percent <= 40 and "threaded" not in since else "written"
            counted[phase] = max(counted[phase], rows)
            rates = []
            for name, n in counted.items():
                started = since.setdefault(name, time.monotonic()) if n else time.monotonic()
                rates.append(f"{n:>9,} {name} ({n / max(time.monotonic() - started, 1e-3):,.0f}/s)")
            sys.stdout.write(
                f"\r[{'#' * (percent // 5):<20}] {percent:3d}% rows " + ", ".join(rates) + "  "
            )
            sys.stdout.flush()

        server = _server_cpu()
        cpu = time.process_time()
        staging: list[float] = []  # the staging connection's backend (PostgreSQL, overlapped)
        importer.STAGING_DONE = lambda: staging.append(_server_cpu())
        if self.steps is not None:
            importer.STEP_TIMER = self._timer
        try:
            ret = run_import(ret, path, bar)
        finally:
            importer.STEP_TIMER = None
            importer.STAGING_DONE = None
        cpu = time.process_time() - cpu
        server = _server_cpu() - server + sum(staging)
        rows = sum(v for k, v in ret.counts.items() if k != "header")
        with open("/proc/loadavg") as handle:
            load = handle.read().split()[0]
        self.stdout.write(
            f"\nimport {ret.status} in {ret.seconds:.1f}s wall, {cpu:.1f}s CPU"
            + (
                f" + {server:.1f}s PostgreSQL server CPU"
                if connection.vendor == "postgresql"
                else ""
            )
            + f" ({ret.persons} people, {rows} rows), peak memory "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, "
            f"load average {load}"
        )
        if self.steps:
            self.stdout.write(f"{'step':<32}{'wall':>9}{'CPU':>9}{'server':>9}")
            for label, (wall, own, db) in self.steps.items():
                self.stdout.write(f"{label:<32}{wall:>8.1f}s{own:>8.1f}s{db:>8.1f}s")

    @contextlib.contextmanager
    def _timer(self, label: str):
        start = (time.monotonic(), time.process_time(), _server_cpu())
        try:
            yield
        finally:
            end = (time.monotonic(), time.process_time(), _server_cpu())
            assert self.steps is not None  # set with --steps, which installs this timer
            totals = self.steps.setdefault(label, [0.0, 0.0, 0.0])
            for i in range(3):
                totals[i] += end[i] - start[i]


def _server_cpu() -> float:
    """The CPU seconds of this thread's connection's PostgreSQL backend (same machine), else
    0 (the import's staging thread has a connection, and so a backend, of its own)."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
