"""Panels and packages in a real browser, with axe-core on every page visited.

The DCO team records a panel and hears a child's case; the DCO records the decision with
health's view; the team proposes a jointly funded placement above the second-approver limit
(first with a split that does not add up); two different DCOs approve it; the local authority
sees the panel's case and the package, read-only. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime
import re

import pytest

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.panels.models import Package, PackageStatus, Panel, PanelCase

pytestmark = pytest.mark.browser

FAMILY = "Testbrightwater"


def test_a_panel_and_a_package_from_proposal_to_two_approvals(area, browser_for):  # noqa: F811
    child = ChildFactory(local_authority=area.la, given_name="Orla", family_name=FAMILY)
    second = UserFactory(username="second_dco", full_name="Dr Second Approver")
    MembershipFactory(user=second, organisation=area.icb, role=Role.DCO)

    team = browser_for(area.dco_team)
    team.go("/panels/")
    team.follow("Add a panel")
    page = team.page
    team.click_button("Add panel")  # nothing entered: the error summary
    assert "There is a problem" in team.text()
    fill_date(page, "Date of the panel", datetime.date(2026, 3, 10))
    page.get_by_label("Funding").check()
    page.get_by_label("Local authority").select_option(label=area.la.name)
    team.click_button("Add panel")
    panel = Panel.objects.get()
    team.follow("Add a case")
    page.get_by_label("NHS number").fill(child.nhs_number)
    page.get_by_label("What is the panel asked to decide?").fill("Joint funding of placement?")
    team.click_button("Add case")
    case = PanelCase.objects.get()

    dco = browser_for(area.dco)
    dco.go(f"/panels/{panel.pk}/")
    dco.follow(re.compile("^Record"))
    dco.page.get_by_label("Agreed", exact=True).check()
    dco.page.get_by_label("Health's view", exact=True).fill("Health agrees to fund a third.")
    dco.page.get_by_label("Who gave health's view").fill("Dr A Smith, DCO")
    dco.click_button("Save decision")
    case.refresh_from_db()
    assert case.decision == "agreed"

    team.go("/panels/packages/")
    team.follow("Propose a package")
    page = team.page
    page.get_by_label("NHS number").fill(child.nhs_number)
    page.get_by_label("Jointly funded placement").check()
    page.get_by_label("Description").fill("Residential placement, 52 weeks.")
    fill_date(page, "Start date", datetime.date(2026, 4, 1))
    fill_date(page, "Review date", datetime.date(2027, 4, 1))
    page.get_by_label("Cost per year").fill("90,000")
    page.get_by_label("Health's share").fill("30000")
    page.get_by_label("Education's share").fill("30000")
    page.get_by_label("Social care's share").fill("20000")
    team.click_button("Propose package")
    assert "must add up to the cost per year" in team.text()
    page.get_by_label("Social care's share").fill("30000")
    team.click_button("Propose package")
    package = Package.objects.get()

    dco.go(f"/panels/packages/{package.pk}/")
    dco.click_button("Approve this package")
    assert "A second, different approver is needed" in dco.text()
    other = browser_for(second)
    other.go(f"/panels/packages/{package.pk}/")
    other.click_button("Approve this package")
    package.refresh_from_db()
    assert package.status == PackageStatus.APPROVED

    la = browser_for(area.la_user)
    la.go("/panels/")
    la.follow(panel.reference)
    assert FAMILY in la.text()
    la.go("/panels/packages/")
    la.follow(package.reference)
    text = la.text()
    assert "Dr Second Approver" in text
    assert "Approve this package" not in text

    for session in (team, dco, other, la):
        for url in session.visited:
            assert child.nhs_number not in url and FAMILY not in url
