"""A preparing-for-adulthood journey in a real browser, with axe-core on every page: the DCO
records a young person's EHC plan, their transition milestones and an annual review; the
local authority sees what is still due in its queue. Skips without Chromium unless
``REQUIRE_BROWSER=1``."""

import datetime

import pytest
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.rules import add_months, format_nhs_number
from sendhealth.transitions.models import EhcPlan

pytestmark = pytest.mark.browser


def test_the_dco_records_a_plan_milestones_and_a_review_and_the_la_sees_the_queue(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    child = ChildFactory(
        local_authority=area.la,
        given_name="Orla",
        family_name="Testbrook",
        date_of_birth=add_months(today, -12 * 15 - 2),
    )
    issued = add_months(today, -24)

    dco = browser_for(area.dco)
    dco.go("/transitions/plans/")
    dco.follow("Record an EHC plan")
    page = dco.page
    page.get_by_label("Child's NHS number").fill(format_nhs_number(child.nhs_number))
    fill_date(page, "Date the plan was issued", issued)
    dco.click_button("Record plan")
    plan = EhcPlan.objects.get(child=child)
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Orla Testbrook"
    assert "Transition plan in place" in dco.text()

    dco.follow("Change the transition milestones")
    fill_date(page, "Date the transition plan was put in place", today + datetime.timedelta(3))
    page.get_by_role(
        "group", name="Is the young person on a learning disability register?"
    ).get_by_label("No").check()
    page.get_by_role("group", name="Is an 18 to 25 health assessment relevant?").get_by_label(
        "No"
    ).check()
    dco.click_button("Save changes")
    assert "There is a problem" in dco.text()
    assert "must be today or in the past" in dco.text()

    fill_date(page, "Date the transition plan was put in place", today)
    dco.click_button("Save changes")
    assert "Milestones updated" in dco.text()

    dco.follow("Record an annual review")
    fill_date(page, "Date of the review meeting", today)
    page.get_by_role("group", name="Did health attend the review?").get_by_label("Yes").check()
    page.get_by_label("Who attended for health").fill("School nurse")
    dco.click_button("Record review")
    assert "Annual review recorded" in dco.text()
    plan.refresh_from_db()
    assert plan.last_reviewed_on == today and plan.transition_plan_on == today

    la = browser_for(area.la_user)
    la.go("/transitions/")
    text = la.text()
    assert "Orla Testbrook" in text and "Handover to adult services" in text
    la.go("/transitions/?when=overdue")
    assert "Orla Testbrook" not in la.text()

    for session in (dco, la):
        for url in session.visited:
            assert child.nhs_number not in url and "Testbrook" not in url
