"""Individual healthcare plans in a real browser, with axe-core on every page visited.

A school nurse of the community trust finds a pupil by NHS number and date of birth (first
with a wrong date of birth) and records the pupil's individual healthcare plan, whose review
date has passed; the DCO sees the overdue review on the advice queue and the school's training
gap on the by-setting page; the nurse finds the plan on the work tray, records the staff
training and the review; the DCO's queue and the school's page are clear. Every page is
reached through the links and buttons the pages show. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.medicalconditions.models import HealthcarePlan, PlanReview
from sendhealth.medicalconditions.tests.factories import condition_area
from sendhealth.organisations.models import Specialty
from sendhealth.organisations.tests.factories import ServiceFactory

pytestmark = pytest.mark.browser

OVERDUE_PANEL = "Individual healthcare plan reviews overdue"


def follow_in_header(session, name: str) -> None:
    """Follow a header link, opening the header's "More" menu first when the link is in it
    (the NHS.UK header moves the items that do not fit into that menu)."""
    page = session.page
    link = page.locator("header").get_by_role("link", name=name, exact=True)
    if not link.first.is_visible():
        page.locator("header").get_by_role("button", name="More").click()
    link.first.click()
    page.wait_for_load_state("load")
    session.check()


def test_a_nurse_records_a_plan_training_and_its_overdue_review_and_the_dco_sees_the_gap(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    school_nursing = ServiceFactory(
        provider=area.provider, name="School nursing", specialty=Specialty.NURSING
    )
    nurse_user = UserFactory(username="school_nurse", full_name="Sam Patel")
    MembershipFactory(
        user=nurse_user, organisation=area.provider, role=Role.PROVIDER, services=[school_nursing]
    )
    child = ChildFactory(
        local_authority=area.la, setting=area.setting, given_name="Amara", family_name="Okafor"
    )
    epilepsy = condition_area("Epilepsy")

    nurse = browser_for(nurse_user)
    follow_in_header(nurse, "Medical conditions")
    nurse.follow("Record an individual healthcare plan")
    page = nurse.page
    page.get_by_label("NHS number").fill(child.nhs_number)
    fill_date(page, "Date of birth", datetime.date(2001, 1, 1))
    nurse.click_button("Find the pupil")
    assert "No child of your area has that NHS number and date of birth" in nurse.text()
    fill_date(page, "Date of birth", child.date_of_birth)
    nurse.click_button("Find the pupil")
    assert "Amara Okafor" in nurse.text()

    page.get_by_role("group", name="Condition area").get_by_label(epilepsy.name).check()
    page.get_by_role("group", name="May the pupil need emergency medication").get_by_label(
        "Yes", exact=True
    ).check()
    page.get_by_label("School or college").select_option(str(area.setting.pk))
    page.get_by_label("Type of setting").select_option(label="Primary school")
    page.get_by_label("Health service that contributed").select_option(str(school_nursing.pk))
    page.get_by_label("Health professional who contributed").fill("Sam Patel, school nurse")
    fill_date(page, "Date the plan was agreed", today - datetime.timedelta(days=370))
    fill_date(page, "Review date", today - datetime.timedelta(days=5))
    nurse.click_button("Record plan")
    plan = HealthcarePlan.objects.get(child=child)
    assert plan.reference in nurse.text()
    assert "Review overdue" in nurse.text()
    assert "No trained staff recorded" in nurse.text()

    # The DCO: the overdue review on the queue, the school's training gap.
    dco = browser_for(area.dco)
    follow_in_header(dco, "Advice queue")
    assert OVERDUE_PANEL in dco.text() and plan.reference in dco.text()
    follow_in_header(dco, "Medical conditions")
    dco.follow("Schools and colleges: plans, reviews and staff training")
    dco.follow(area.setting.name)
    assert "Training gap" in dco.text()
    assert "1 pupil who may need emergency medication has no staff" in dco.text()

    # The nurse: the plan on the work tray; training, then the review, recorded.
    follow_in_header(nurse, "Work tray")
    assert OVERDUE_PANEL in nurse.text()
    nurse.follow(plan.reference)
    nurse.follow("Record staff training")
    page.get_by_label("How many staff are trained").fill("3")
    fill_date(page, "Date of the training", today)
    page.get_by_label("Who delivered the training").fill("School nursing team")
    nurse.click_button("Record training")
    assert "3 staff trained" in nurse.text()
    nurse.follow("Record the review")
    fill_date(page, "Date of the review", today)
    fill_date(page, "Next review date", today + datetime.timedelta(days=365))
    nurse.click_button("Record review")
    assert "Late" in nurse.text()  # done after the date it was due
    plan.refresh_from_db()
    assert plan.last_reviewed_on == today
    assert plan.review_due_on == today + datetime.timedelta(days=365)
    assert not PlanReview.objects.get(plan=plan).on_time

    follow_in_header(dco, "Advice queue")
    assert plan.reference not in dco.text()
    follow_in_header(dco, "Medical conditions")
    dco.follow("Schools and colleges: plans, reviews and staff training")
    dco.follow(area.setting.name)
    assert "Training gap" not in dco.text()
