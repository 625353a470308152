"""The demo's health provision: about three lines a live plan, a year of returns, one service
short-staffed for the last three months (so on the DCO's shortfall list), wiped."""

import pytest
from django.utils import timezone

from sendhealth.core import seeding
from sendhealth.core.scoping import Scope
from sendhealth.provision import domain, summary
from sendhealth.provision import seeding as provision_seeding
from sendhealth.provision.models import DeliveryMonth, MonthlyReturn, PlanLine
from sendhealth.provision.queries import kept_shortfalls, shortfalls_from_scratch

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_lines_a_year_of_returns_and_a_short_staffed_service(seeded):
    lines = PlanLine.objects.all()
    plans = lines.values("plan").distinct().count()
    assert plans and 2.5 <= lines.count() / plans <= 3
    assert MonthlyReturn.objects.values("month").distinct().count() == 12
    icb = lines.first().icb
    first, last = domain.window(timezone.localdate(), 3)
    found = shortfalls_from_scratch(PlanLine.objects.filter(icb=icb), first, last, 80)
    assert found.exists()
    summary.current_policy(icb.pk, timezone.localdate())
    kept = kept_shortfalls(PlanLine.objects.filter(icb=icb), 3)
    assert set(kept.values_list("pk", flat=True)) == set(found.values_list("pk", flat=True))
    assert {line.service.specialty for line in found.select_related("service")} >= {"salt"}
    assert MonthlyReturn.objects.filter(reason="staffing", month__gte=first).exists()
    assert Scope(user_id=None).provision_lines().count() == 0


def test_wiping_the_area_removes_its_lines_and_returns(seeded):
    icb = PlanLine.objects.first().icb
    provision_seeding.wipe(icb)
    assert not PlanLine.objects.filter(icb=icb).exists()
    assert not MonthlyReturn.objects.filter(icb=icb).exists()
    assert not DeliveryMonth.objects.filter(icb=icb).exists()
