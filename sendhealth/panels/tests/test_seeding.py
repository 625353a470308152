"""The demo's panels and packages: made, in every state, consistent with the children's ages
and their own dates, and wiped with the area."""

from datetime import date, timedelta

import pytest

from sendhealth.accounts.models import User
from sendhealth.core import seeding
from sendhealth.panels.domain import approvals_needed, split_errors
from sendhealth.panels.models import Package, PackageStatus, Panel, PanelCase
from sendhealth.panels.services import second_approver_above

TODAY = date(2026, 3, 2)
TINY = seeding.SeedOptions(children=120, requests=40, today=TODAY)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_panels_cases_and_packages(seeded):
    assert Panel.objects.exists()
    assert PanelCase.objects.exists()
    assert Package.objects.exists()


def test_packages_are_in_every_state_and_some_approved_by_the_dco_and_the_dmo(seeded):
    packages = list(Package.objects.prefetch_related("approvals"))
    assert {p.status for p in packages} == set(PackageStatus)
    both = {User.objects.get(username=u).pk for u in ("dco", "dmo")}
    by_two = [p for p in packages if p.status == PackageStatus.APPROVED and p.approvals_needed == 2]
    assert by_two and all({a.approver_id for a in p.approvals.all()} == both for p in by_two)
    waiting = [p for p in packages if p.status == PackageStatus.PROPOSED and p.approvals.all()]
    assert waiting, "a package waits for its second approver"


def test_every_package_passes_the_rules_and_its_dates_follow_each_other(seeded):
    limit = second_approver_above()
    for package in Package.objects.select_related("child").prefetch_related("approvals"):
        shares = (package.health_amount, package.education_amount, package.social_care_amount)
        assert split_errors(package.cost_per_year, shares, as_percentages=False) == []
        assert package.approvals_needed == approvals_needed(package.cost_per_year, limit)
        proposed = package.created_at
        assert package.child.date_of_birth < proposed.date() <= TODAY, package.pk
        assert package.review_on > package.starts_on >= proposed.date(), package.pk
        approvals = list(package.approvals.all())
        assert len({a.approver_id for a in approvals}) == len(approvals)
        assert all(proposed < a.approved_at for a in approvals), package.pk
        if package.status in (PackageStatus.APPROVED, PackageStatus.ENDED):
            assert len(approvals) == package.approvals_needed, package.pk
            assert package.approved_at == approvals[-1].approved_at
        else:
            assert package.approved_at is None
            assert len(approvals) < package.approvals_needed or not approvals
        if package.status == PackageStatus.APPROVED:
            assert package.review_on >= TODAY - timedelta(days=30), "not long overdue"
        if package.status == PackageStatus.DECLINED:
            assert not approvals


def test_panel_cases_are_about_children_born_before_the_panel(seeded):
    for case in PanelCase.objects.select_related("child", "panel"):
        assert case.child.date_of_birth < case.panel.held_on


def test_wiping_the_area_removes_them(seeded):
    seeding.wipe_area()
    assert not Panel.objects.exists()
    assert not Package.objects.exists()


def test_the_second_approval_a_demo_package_waits_for_can_be_given(seeded):
    from sendhealth.core.audit import Auditor
    from sendhealth.core.scoping import Scope
    from sendhealth.panels import services

    package = next(
        p
        for p in Package.objects.filter(status=PackageStatus.PROPOSED, approvals_needed=2)
        if p.approvals.count() == 1
    )
    first = package.approvals.get().approver.username
    other = User.objects.get(username={"dco": "dmo", "dmo": "dco"}[first])
    assert other.has_perm("panels.approve_package")
    services.approve_package(
        package.pk,
        packages=Scope.for_user(other).panels_packages(),
        user=other,
        auditor=Auditor(user=other),
    )
    package.refresh_from_db()
    assert package.status == PackageStatus.APPROVED
