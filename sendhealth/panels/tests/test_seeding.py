"""The demo's panels and packages: made, consistent, and wiped with the area."""

import pytest

from sendhealth.core import seeding
from sendhealth.panels.domain import split_errors
from sendhealth.panels.models import Package, PackageApproval, PackageStatus, Panel, PanelCase

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_panels_cases_and_packages(seeded):
    assert Panel.objects.exists()
    assert PanelCase.objects.exists()
    assert Package.objects.exists()


def test_every_split_adds_up_and_every_approved_package_has_its_approvals(seeded):
    for package in Package.objects.all():
        shares = (package.health_amount, package.education_amount, package.social_care_amount)
        assert split_errors(package.cost_per_year, shares, as_percentages=False) == []
        if package.status == PackageStatus.APPROVED:
            approvals = PackageApproval.objects.filter(package=package).count()
            assert approvals >= package.approvals_needed


def test_wiping_the_area_removes_them(seeded):
    seeding.wipe_area()
    assert not Panel.objects.exists()
    assert not Package.objects.exists()
