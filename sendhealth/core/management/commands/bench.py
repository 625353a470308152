"""``manage.py bench``: seed a large synthetic area into an empty database, then time the busiest
pages, the API lists and the reminder job against the 150 ms target.

Run it against its own database, never the demo's: ``DATABASE_URL=sqlite:///var/bench.sqlite3``
or a PostgreSQL URL (or ``--database-url``). It refuses a database that already holds data
unless ``--reuse`` is given, which benchmarks the area seeded there before. Pages are fetched
in process with Django's test client, signed in as the demo users with two factors passed.
"""

from __future__ import annotations

import logging
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.core.models import Message
from sendhealth.core.plugins import app_modules
from sendhealth.organisations.models import Organisation

TARGET_MS = 150.0  # each page's median
TARGET_RATIO = 10.0  # each page's median within this many bare signed-in pages
BARE_PAGE = "Bare signed-in page (accessibility statement)"
LOCMEM_EMAIL = "django.core.mail.backends.locmem.EmailBackend"


@dataclass(frozen=True)
class Probe:
    """One page or API call to time, as one demo user (``username`` None: not signed in)."""

    name: str
    username: str | None
    path: str
    data: dict[str, Any] | None = None  # POST data; None for a GET


@dataclass(frozen=True)
class Timing:
    name: str
    status: int | str
    median_ms: float
    p95_ms: float
    queries: int
    result: str
    is_job: bool = False
    ratio: float | None = None  # the median over the bare signed-in page's
    cpu: CpuCost | None = None  # pages only: what the request cost in CPU time

    def row(self) -> tuple[Any, ...]:
        return (
            self.name,
            self.status,
            f"{self.median_ms:.1f}",
            f"{self.p95_ms:.1f}",
            "" if self.ratio is None else f"{self.ratio:.1f}x",
            *(self.cpu.cells() if self.cpu else ("", "", "", "")),
            self.queries,
            self.result,
        )

    def misses(self) -> bool:
        """Not 200, or a median over 150 ms, or over 10 times the bare page's."""
        return (
            self.status != 200
            or self.median_ms >= TARGET_MS
            or (self.ratio is not None and self.ratio > TARGET_RATIO)
        )

    def misses_on_cpu(self) -> bool:
        """The same targets on CPU time (``CpuCost.total_ms``) instead of the wall clock."""
        return self.status != 200 or (self.cpu is not None and self.cpu.misses())


# -- CPU time: figures a busy machine does not inflate (kept apart from the page list) --------


@dataclass(frozen=True)
class CpuCost:
    """A page's CPU time a request: the median of this process's (``time.process_time``
    around each request: on SQLite the database work is in process, so that is all of it)
    and, when PostgreSQL runs on this machine, the mean of its backend's (from /proc, in
    clock ticks, so a mean over the runs rather than a median), and the total's ratio to the
    bare page's total. A page kept waiting for a core costs no CPU time, so these hardly move
    with the machine's load, as the wall clock does."""

    process_ms: float
    server_ms: float | None  # None: SQLite, or PostgreSQL on another machine
    ratio: float | None = None

    @property
    def total_ms(self) -> float:
        return self.process_ms + (self.server_ms or 0.0)

    def cells(self) -> tuple[str, str, str, str]:
        verdict = "MISS" if self.misses() else "ok"
        server = "" if self.server_ms is None else f"{self.server_ms:.1f}"
        ratio = "" if self.ratio is None else f"{self.ratio:.1f}x"
        return (f"{self.process_ms:.1f}", server, ratio, verdict)

    def misses(self) -> bool:
        return self.total_ms >= TARGET_MS or (self.ratio is not None and self.ratio > TARGET_RATIO)


CPU_COLUMNS = ("CPU ms", "DB CPU ms", "CPU x bare", "CPU")


def _backend_stat() -> Path | None:
    """/proc's stat file of this connection's PostgreSQL backend, if it runs on this machine."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        stat = Path(f"/proc/{cursor.fetchone()[0]}/stat")
    return stat if _ticks(stat) is not None else None


def _ticks(stat: Path | None) -> int | None:
    """A process's user and system CPU time in clock ticks."""
    if stat is None:
        return None
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


def _cpu_cost(process_ms: list[float], server_ticks: int | None, runs: int) -> CpuCost:
    server_ms = None
    if server_ticks is not None:
        server_ms = server_ticks * 1000 / os.sysconf("SC_CLK_TCK") / runs
    return CpuCost(statistics.median(process_ms), server_ms)


def _with_cpu_ratio(timing: Timing, bare: Timing | None) -> Timing:
    if timing.cpu is None or bare is None or bare.cpu is None or not bare.cpu.total_ms:
        return timing
    ratio = timing.cpu.total_ms / bare.cpu.total_ms
    return replace(timing, cpu=replace(timing.cpu, ratio=ratio))


class Command(BaseCommand):
    help = (
        "Seed a large synthetic area into an empty database (not the demo's) and time the "
        "dashboard, the DCO queue, the provider tray, the API lists, the child search and the "
        "reminder job (median and 95th percentile, against a 150 ms target)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=50_000)
        parser.add_argument("--requests", type=int, default=100_000)
        parser.add_argument("--runs", type=int, default=30, help="Timed fetches of each page.")
        parser.add_argument("--seed", type=int, default=2014)
        parser.add_argument(
            "--database-url", help="Run against this database instead of DATABASE_URL."
        )
        parser.add_argument(
            "--only",
            action="append",
            default=[],
            metavar="TEXT",
            help="Time only the pages (and jobs) whose name contains TEXT (any case; may be "
            "given more than once). The bare page is always timed first, for the ratios.",
        )
        parser.add_argument(
            "--no-jobs",
            action="store_true",
            help="Time the pages only, not the scheduled jobs and the document checks.",
        )
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="Allow a database that holds data: benchmark the area seeded there before.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["database_url"]:
            return self._rerun_against(options["database_url"], options)
        if options["runs"] < 1:
            raise CommandError("--runs must be 1 or more.")
        with override_settings(DEBUG=False), _quiet("axes"):
            _migrate_if_needed()
            self._seed(options)
            only = [text.lower() for text in options["only"]]
            timings = [*self._time_pages(options["runs"], only)]
            if not options["no_jobs"]:
                timings += [*self._time_reminder_jobs(only), *self._time_plugged_in_jobs(only)]
        self._report(timings)

    def _rerun_against(self, url: str, options: dict[str, Any]) -> None:
        """Settings read DATABASE_URL once at start-up, so run again in a process that has it."""
        argv = [
            "bench",
            "--children",
            str(options["children"]),
            "--requests",
            str(options["requests"]),
            "--runs",
            str(options["runs"]),
            "--seed",
            str(options["seed"]),
            *(["--reuse"] if options["reuse"] else []),
            *(["--no-jobs"] if options["no_jobs"] else []),
            *[arg for text in options["only"] for arg in ("--only", text)],
        ]
        manage = settings.PROJECT_DIR / "manage.py"
        env = {**os.environ, "DATABASE_URL": url}
        self.stdout.write(f"Running the benchmark against {_redacted(url)}")
        done = subprocess.run([sys.executable, str(manage), *argv], env=env, check=False)  # noqa: S603
        if done.returncode:
            raise CommandError(f"The benchmark failed (exit status {done.returncode}).")

    # seeding

    def _seed(self, options: dict[str, Any]) -> None:
        vendor = connection.vendor
        if seeding.area_exists() and options["reuse"]:
            report = seeding.describe_area()
            self.stdout.write(f"Reusing the area already seeded in this {vendor} database.")
            self.stdout.write(seeding.summary(report))
            return
        if _holds_data() and not options["reuse"]:
            raise CommandError(
                "This database already holds data. Run the benchmark against an empty database "
                "of its own (for example DATABASE_URL=sqlite:///var/bench.sqlite3), or pass "
                "--reuse to benchmark the area seeded there before."
            )
        self.stdout.write(
            f"Seeding {options['children']:,} children and {options['requests']:,} advice "
            f"requests into the {vendor} database..."
        )
        started = time.perf_counter()
        report = seeding.seed_area(
            seeding.SeedOptions(
                children=options["children"], requests=options["requests"], seed=options["seed"]
            )
        )
        self.stdout.write(f"Seeded in {time.perf_counter() - started:.1f} s:")
        self.stdout.write(seeding.summary(report))

    # timing

    def _time_pages(self, runs: int, only: list[str]) -> list[Timing]:
        clients: dict[str | None, Client] = {}  # None: a visitor who is not signed in
        timings = []
        bare = None
        for probe in [_bare_probe(), *(p for p in _probes() if _chosen(p.name, only))]:
            if probe.username not in clients:
                clients[probe.username] = (
                    Client(raise_request_exception=False)
                    if probe.username is None
                    else _signed_in_client(probe.username)
                )
            timing = _time(clients[probe.username], probe, runs, bare)
            bare = bare or timing
            timings.append(timing)
        return timings

    def _time_reminder_jobs(self, only: list[str]) -> list[Timing]:
        """One run of every scheduled task (each register's reminders), each rolled back
        afterwards so a rerun with --reuse finds the same work."""
        timings = []
        for module in app_modules("tasks"):
            for task in getattr(module, "SCHEDULED", ()):
                label = module.__name__.split(".")[1]
                name = f"Scheduled job: {label}.{task.name}"
                if _chosen(name, only):
                    timings.append(self._time_job(name, task))
        return timings

    def _time_job(self, name: str, task: Any) -> Timing:
        # The query log keeps the last 9,000 queries: empty it, or a job after a long one
        # would count none.
        connection.queries_log.clear()
        with override_settings(EMAIL_BACKEND=LOCMEM_EMAIL), transaction.atomic():
            # Emails are recorded as messages in the job's transaction and sent after it
            # commits (core.messaging); the job is rolled back, so count what it recorded.
            messages_before = Message.objects.count()
            try:
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    sent = task.call()
                    elapsed = (time.perf_counter() - started) * 1000
            except Exception as error:  # a broken job is a result, not a crash
                transaction.set_rollback(True)
                return Timing(name, "error", 0, 0, 0, f"FAIL: {type(error).__name__}", True)
            emails = Message.objects.count() - messages_before
            transaction.set_rollback(True)
        done = (
            f"{sent:,} reminders sent, {emails:,} messages"
            if isinstance(sent, int)
            else f"{emails:,} messages"
        )
        result = f"ran: {done}"
        return Timing(name, "ok", elapsed, elapsed, len(queries), result, is_job=True)

    def _time_plugged_in_jobs(self, only: list[str]) -> list[Timing]:
        """Each register's ``bench.JOBS``: ``(name, a callable giving the seconds it took)``
        (assurance's text extraction and checks of a generated 50-page plan)."""
        timings = []
        for module in app_modules("bench"):
            for name, job in getattr(module, "JOBS", ()):
                if _chosen(name, only):
                    seconds = job()
                    timings.append(
                        Timing(name, "ok", seconds * 1000, seconds * 1000, 0, "ran", is_job=True)
                    )
        return timings

    def _report(self, timings: list[Timing]) -> None:
        self.stdout.write("")
        self.stdout.write(
            seeding.text_table(
                (
                    "Page",
                    "Status",
                    "Median ms",
                    "p95 ms",
                    "x bare",
                    *CPU_COLUMNS,
                    "Queries",
                    "Result",
                ),
                [t.row() for t in timings],
            )
        )
        pages = [t for t in timings if not t.is_job]
        bare = next((t for t in pages if t.name == BARE_PAGE), None)
        failed = [t for t in pages if t.status != 200]
        missed = [t for t in pages if t.misses()]
        self.stdout.write("")
        if bare is not None:
            self.stdout.write(
                f"Bare signed-in page (the accessibility statement): median "
                f"{bare.median_ms:.1f} ms; 'x bare' is each page's median over it."
            )
        verdict = (
            f"Verdict: {len(missed)} of {len(pages)} pages miss either target (the "
            f"{TARGET_MS:.0f} ms target for the median, or within {TARGET_RATIO:.0f} times the "
            f"bare page); {len(failed)} failed (not 200)."
        )
        style = self.style.ERROR if missed else self.style.SUCCESS
        self.stdout.write(style(verdict))
        self._report_cpu(pages, bare)

    def _report_cpu(self, pages: list[Timing], bare: Timing | None) -> None:
        """The verdict again on CPU time, which a busy machine hardly inflates."""
        if bare is not None and bare.cpu is not None:
            self.stdout.write(
                f"CPU time of the bare page: {bare.cpu.process_ms:.1f} ms in this process"
                + (
                    ""
                    if bare.cpu.server_ms is None
                    else f", {bare.cpu.server_ms:.1f} ms in PostgreSQL"
                )
                + "."
            )
        if any(t.cpu and t.cpu.server_ms is not None for t in pages):
            where = (
                "'DB CPU ms' is PostgreSQL's backend's, a mean from /proc; 'CPU x bare' and "
                "the CPU verdict are on the two together"
            )
        elif connection.vendor == "sqlite":
            where = "on SQLite the database's work is in this process, so that is all of it"
        else:
            where = "PostgreSQL's time is not in it: its backend is on another machine"
        self.stdout.write(f"'CPU ms' is the median of this process's CPU time a request ({where}).")
        missed = [t for t in pages if t.misses_on_cpu()]
        style = self.style.ERROR if missed else self.style.SUCCESS
        self.stdout.write(
            style(
                f"Verdict on CPU time: {len(missed)} of {len(pages)} pages miss either target "
                f"({TARGET_MS:.0f} ms, or {TARGET_RATIO:.0f} times the bare page's CPU time)."
            )
        )


def _probes() -> list[Probe]:
    """The core's pages (the dashboard, the child search, a child's page) and every register's
    ``bench.PROBES``."""
    child = (
        Child.objects.filter(local_authority__parent=seeding.area_icb())
        .order_by("pk")
        .values("pk", "family_name", "nhs_number")
        .first()
    ) or {"pk": 0, "family_name": "Smith", "nhs_number": ""}
    search = reverse("children:list")
    return [
        Probe("Dashboard (DCO)", "dco", reverse("insight:dashboard")),
        Probe("Child search by name (POST)", "dco", search, {"query": child["family_name"]}),
        Probe("Child search by NHS number (POST)", "dco", search, {"query": child["nhs_number"]}),
        Probe("Child page, whole timeline", "dco", reverse("children:detail", args=[child["pk"]])),
        *_plugin_probes(),
    ]


def _chosen(name: str, only: list[str]) -> bool:
    """Whether ``--only`` (lower-case texts; none: everything) picks the page or job."""
    return not only or any(text in name.lower() for text in only)


def _plugin_probes() -> list[Probe]:
    """Every register's ``bench.PROBES``, in ``INSTALLED_APPS`` order."""
    return plugged_in_probes(
        item for module in app_modules("bench") for item in getattr(module, "PROBES", ())
    )


def plugged_in_probes(items: Iterable[Sequence[Any]]) -> list[Probe]:
    """Registers' probes (``bench.PROBES``, ``national.PROBES``): ``(name, username or None for
    a visitor not signed in, path or a callable giving it[, POST data or a callable giving
    it])``."""
    probes = []
    for name, username, path, *data in items:
        posted = data[0]() if data and callable(data[0]) else (data[0] if data else None)
        probes.append(Probe(name, username, path() if callable(path) else path, posted))
    return probes


def _bare_probe() -> Probe:
    """The yardstick: a page that only signs the user in and renders a template."""
    return Probe(BARE_PAGE, "dco", reverse("core:accessibility"))


def _time(client: Client, probe: Probe, runs: int, bare: Timing | None = None) -> Timing:
    """Median and 95th percentile (nearest rank) of ``runs`` fetches after one warm-up, and
    the median's ratio to the bare page's (``bare``)."""
    fetch = client.get if probe.data is None else client.post
    args = (probe.path,) if probe.data is None else (probe.path, probe.data)
    response = fetch(*args)  # warm-up: templates compiled, caches filled
    elapsed, cpu = [], []
    backend = _backend_stat()
    backend_before = _ticks(backend)
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = fetch(*args)
            elapsed.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    backend_after = _ticks(backend)
    server = (
        None if backend_before is None or backend_after is None else backend_after - backend_before
    )
    median = statistics.median(elapsed)
    p95 = sorted(elapsed)[math.ceil(0.95 * len(elapsed)) - 1]
    status = response.status_code
    ratio = median / bare.median_ms if bare is not None and bare.median_ms else None
    if status != 200:
        result = f"FAIL: status {status}"
    elif median >= TARGET_MS:
        result = f"SLOW: median over {TARGET_MS:.0f} ms"
    elif ratio is not None and ratio > TARGET_RATIO:
        result = f"SLOW: over {TARGET_RATIO:.0f}x the bare page"
    else:
        result = "ok"
    timing = Timing(probe.name, status, median, p95, len(queries), result, ratio=ratio)
    return _with_cpu_ratio(replace(timing, cpu=_cpu_cost(cpu, server, runs)), bare)


def _signed_in_client(username: str) -> Client:
    """A client signed in as a demo user with the second factor passed (as the tests do)."""
    user = get_user_model().objects.get(username=username)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Hush a chatty logger (axes logs every sign-in) while the benchmark runs."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def _holds_data() -> bool:
    return (
        Organisation.objects.exists() or Child.objects.exists() or get_user_model().objects.exists()
    )


def _migrate_if_needed() -> None:
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def _redacted(url: str) -> str:
    """The URL without a password, for the terminal."""
    scheme, sep, rest = url.partition("://")
    if "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    return f"{scheme}{sep}{credentials.split(':')[0]}:***@{host}" if ":" in credentials else url
