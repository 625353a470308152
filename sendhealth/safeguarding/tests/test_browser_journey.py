"""Vulnerable groups and safeguarding in a real browser, with axe-core on every page visited.

The DCO marks a child as looked after and on a child protection plan; records a safeguarding
referral (first with nothing entered, to see the error summary); the follow-up passes its due
date and shows on the DCO's advice queue; the DCO records the follow-up done; the local
authority reads the referral. Skips without Chromium unless ``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.safeguarding.models import SafeguardingReferral

pytestmark = pytest.mark.browser

FAMILY = "Testlarkspur"


def test_flags_a_referral_its_overdue_follow_up_and_the_las_view(area, browser_for):  # noqa: F811
    today = timezone.localdate()
    child = ChildFactory(local_authority=area.la, given_name="Rosa", family_name=FAMILY)

    dco = browser_for(area.dco)
    dco.go(f"/children/{child.pk}/")
    dco.follow("Change this child's record")
    dco.page.get_by_label("Looked after").check()
    dco.page.get_by_label("Child protection plan").check()
    dco.click_button("Save changes")
    assert "Looked after" in dco.text()
    dco.go("/children/?group=looked_after")
    assert FAMILY in dco.text()

    dco.go(f"/children/{child.pk}/")
    dco.follow("Record a safeguarding referral")
    dco.click_button("Record referral")  # nothing entered: the error summary
    assert "There is a problem" in dco.text()
    page = dco.page
    page.get_by_label("Made by the DCO service").check()
    page.get_by_label("Multi-agency safeguarding hub (MASH)").check()
    page.get_by_label("Organisation or team").fill("Northshire MASH")
    fill_date(page, "Date of referral", today - datetime.timedelta(days=20))
    page.get_by_label("Reason for the referral").fill("Concern raised at clinic.")
    fill_date(page, "Follow-up due date", today - datetime.timedelta(days=6))
    dco.click_button("Record referral")
    referral = SafeguardingReferral.objects.get()
    assert referral.reference in dco.text()

    dco.go("/advice/queue/")
    assert "Safeguarding follow-ups overdue" in dco.text()
    assert "6 days overdue" in dco.text()
    dco.follow("View all 1 overdue follow-up")
    assert referral.reference in dco.text()

    dco.go(f"/safeguarding/{referral.pk}/")
    dco.follow("Change or record the follow-up")
    fill_date(dco.page, "Date follow-up done", today)
    dco.page.get_by_label("Outcome (optional)").fill("Social care assessment started.")
    dco.click_button("Save changes")
    referral.refresh_from_db()
    assert referral.follow_up_done_on == today

    la = browser_for(area.la_user)
    la.go("/safeguarding/")
    la.follow(referral.reference)
    assert "Social care assessment started." in la.text()
    assert "Change or record the follow-up" not in la.text()
