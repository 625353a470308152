"""The shortfall list and the figures at the bench's scale: ~62,500 lines and ~750,000 monthly
returns written straight to the database, the kept summary worked out from scratch, then each
page fetched: its query count (the same whatever the rows: asserted against a small area in the
provision view tests), its CPU time and its ratio to a bare signed-in page (``/accessibility/``)
in the same process, printed (no timing is asserted: the machine is shared). Slow to set up, so
it runs only with ``PROVISION_SCALE=1``; ``manage.py bench`` times the same pages
(``bench.py``) on the seeded bench area."""

import os
import statistics
import time
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.provision import domain, summary
from sendhealth.provision.models import MonthlyReturn, PlanLine
from sendhealth.transitions.tests.factories import EhcPlanFactory

pytestmark = pytest.mark.skipif(not os.environ.get("PROVISION_SCALE"), reason="PROVISION_SCALE=1")
LINES = 62_500


def test_shortfalls_and_figures_at_750000_returns(area, client_for):
    plan = EhcPlanFactory(child=ChildFactory(local_authority=area.la))
    services = [area.salt, area.ot, area.camhs]
    ops = connection.ops
    line_table = ops.quote_name(PlanLine._meta.db_table)
    now = ops.adapt_datetimefield_value(timezone.now())
    rows = [
        (
            plan.pk,
            plan.child_id,
            area.la.pk,
            area.icb.pk,
            s.pk,
            s.provider_id,
            "Therapy",
            "",
            1,
            "week",
            30,
            "2024-01-10",
            None,
            "3.25",
            False,
            "",
            "dco",
            now,
            now,
            0,
            0,
            0,
            0,
            False,
            False,
        )
        for i in range(LINES)
        for s in [services[i % 3]]
    ]
    cols = (
        "plan_id, child_id, local_authority_id, icb_id, service_id, provider_id, what, by_whom, "
        "count, period, session_minutes, starts_on, ends_on, monthly_expected, vague, wording, "
        "source, created_at, updated_at, window_delivered, window_excused, window_missed, "
        "window_reported, short, unreported_last"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {line_table} ({cols}) VALUES ({', '.join(['%s'] * 25)})",
            rows,
        )
    lines = list(PlanLine.objects.values_list("pk", "service_id", "provider_id"))
    last = domain.add_months(domain.first_of_month(timezone.localdate()), -1)
    months = [domain.add_months(last, -i) for i in range(12)]
    ret_table = ops.quote_name(MonthlyReturn._meta.db_table)
    rcols = (
        "line_id, month, delivered, not_delivered, reason, expected, service_id, provider_id, "
        "local_authority_id, icb_id, recorded_at"
    )
    batch = []
    with connection.cursor() as cursor:
        for pk, service_id, provider_id in lines:
            for m in months:
                short = service_id == area.salt.pk and m >= months[2]
                batch.append(
                    (
                        pk,
                        m.isoformat(),
                        1 if short else 3,
                        2 if short else 0,
                        "staffing" if short else "",
                        "3.25",
                        service_id,
                        provider_id,
                        area.la.pk,
                        area.icb.pk,
                        now,
                    )
                )
            if len(batch) >= 50_000:
                cursor.executemany(
                    f"INSERT INTO {ret_table} ({rcols}) VALUES ({', '.join(['%s'] * 11)})",
                    batch,
                )
                batch = []
        if batch:
            cursor.executemany(
                f"INSERT INTO {ret_table} ({rcols}) VALUES ({', '.join(['%s'] * 11)})",
                batch,
            )
        cursor.execute("ANALYZE")
    assert MonthlyReturn.objects.count() == LINES * 12
    started = time.process_time()
    summary.rebuild(area.icb.pk, timezone.localdate())
    print(f"rebuild of the kept summary: {time.process_time() - started:.1f} s CPU")
    assert PlanLine.objects.filter(short=True).count() == LINES // 3 + (LINES % 3 > 0)
    client = client_for(area.dco)
    pages = [
        ("bare /accessibility/", reverse("core:accessibility")),
        ("shortfall list", reverse("provision:shortfalls")),
        ("shortfall list, page 40", reverse("provision:shortfalls") + "?page=40"),
        ("figures", reverse("provision:figures")),
        ("API shortfalls", "/api/provision/shortfalls"),
    ]
    bare = None
    for name, url in pages:
        assert client.get(url).status_code == 200  # warm-up
        cpu, wall = [], []
        for _ in range(7):
            with CaptureQueriesContext(connection) as queries:
                c0, w0 = time.process_time(), time.perf_counter()
                assert client.get(url).status_code == 200
                cpu.append((time.process_time() - c0) * 1000)
                wall.append((time.perf_counter() - w0) * 1000)
        if os.environ.get("PROVISION_SCALE_QUERIES"):
            for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:6]:
                print(f"    {float(q['time']) * 1000:.1f} ms: {q['sql'][:300]}")
        median = statistics.median(cpu)
        bare = bare or median
        print(
            f"{name}: {len(queries)} queries, CPU median {median:.1f} ms "
            f"(min {min(cpu):.1f}), wall median {statistics.median(wall):.1f} ms, "
            f"{median / bare:.1f}x the bare page's CPU"
        )
    assert date.today()
    assert Decimal(1)
