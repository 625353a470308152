import datetime

import pytest

from sendhealth.assurance import services
from sendhealth.assurance.models import Audit, AuditRound, AuditStatus, EhcPlanSections
from sendhealth.assurance.seeding import last_quarters
from sendhealth.core import seeding

OPTIONS = seeding.SeedOptions(
    children=200, requests=150, seed=2014, today=datetime.date(2026, 5, 1)
)


def test_the_demo_has_rounds_with_finished_audits_and_wipes_clean(db):
    seeding.seed_area(OPTIONS)
    assert EhcPlanSections.objects.count() >= 10
    assert AuditRound.objects.count() >= 3
    # The plan rounds are the last three whole quarters before "today" (1 May 2026), each once.
    plan_rounds = AuditRound.objects.filter(kind="plan_health_sections").order_by("period_start")
    assert [(r.period_start, r.period_end) for r in plan_rounds] == [
        (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30)),
        (datetime.date(2025, 10, 1), datetime.date(2025, 12, 31)),
        (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31)),
    ]
    assert len({r.name for r in plan_rounds}) == 3
    finished = Audit.objects.filter(status=AuditStatus.FINISHED)
    assert finished.exists()
    assert all(a.ratings.exists() for a in finished[:5])
    for audit in Audit.objects.select_related("item", "auditor"):
        assert services.may_see_child(audit.auditor, audit.item.child_id), audit.auditor
    seeding.wipe_area()
    assert not EhcPlanSections.objects.exists() and not AuditRound.objects.exists()


@pytest.mark.parametrize(
    ("today", "starts"),
    [
        # From October the quarter before is July to September (92 days): stepping back a
        # fixed 91 days from the quarter gave it twice.
        ("2026-12-06", ["2026-01-01", "2026-04-01", "2026-07-01"]),
        ("2026-10-01", ["2026-01-01", "2026-04-01", "2026-07-01"]),
        ("2026-05-01", ["2025-07-01", "2025-10-01", "2026-01-01"]),
        ("2026-01-01", ["2025-04-01", "2025-07-01", "2025-10-01"]),
        ("2026-03-31", ["2025-04-01", "2025-07-01", "2025-10-01"]),
    ],
)
def test_the_demo_rounds_are_the_last_three_whole_quarters(today, starts):
    assert last_quarters(datetime.date.fromisoformat(today), 3) == [
        datetime.date.fromisoformat(s) for s in starts
    ]
