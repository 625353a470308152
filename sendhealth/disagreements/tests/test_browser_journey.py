"""The disagreements journey in a real browser, with axe-core on every page visited: the DCO
records a tribunal appeal (meeting an error first), adds the tribunal's health recommendation
and answers it; the local authority reads health's answer; the board sees only figures.

Skips without Chromium unless ``REQUIRE_BROWSER=1``."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.disagreements.models import Disagreement
from sendhealth.rules import format_date, format_nhs_number, tribunal_appeal_deadline

pytestmark = pytest.mark.browser

FAMILY = "Quillingham"
REASONS = "An audiology assessment was completed in the spring and is in the plan."


def test_the_dco_records_an_appeal_answers_a_recommendation_and_the_la_reads_it(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    letter = today - datetime.timedelta(days=40)
    child = ChildFactory(local_authority=area.la, given_name="Ada", family_name=FAMILY)

    dco = browser_for(area.dco)
    dco.go("/disagreements/")
    dco.follow("Record a disagreement")
    page = dco.page
    page.get_by_label("Child's NHS number").fill(format_nhs_number(child.nhs_number))
    page.get_by_label("SEND Tribunal appeal").check()
    fill_date(page, "Date of the decision letter", letter)
    fill_date(page, "Date registered or received", today - datetime.timedelta(days=10))
    page.get_by_label("Health issues in dispute").fill("Whether SALT is quantified in section F.")
    fill_date(page, "Hearing date", letter - datetime.timedelta(days=1))
    dco.click_button("Record disagreement")
    assert page.title().startswith("Error: ")
    assert (
        "Hearing date must be after the decision letter"
        in page.locator(".nhsuk-error-summary").inner_text()
    )

    group = page.get_by_role("group", name="Hearing date")
    for box in ("Day", "Month", "Year"):
        group.get_by_label(box, exact=True).fill("")
    dco.click_button("Record disagreement")
    disagreement = Disagreement.objects.get(child=child)
    assert format_date(tribunal_appeal_deadline(letter)) in dco.text()
    # no recommendation before the tribunal's decision: record the outcome first
    assert "The tribunal has not decided this appeal yet" in dco.text()
    dco.follow("Change disagreement")
    page.get_by_label("Outcome", exact=True).select_option("upheld")
    fill_date(page, "Outcome date", today)
    dco.click_button("Save changes")

    dco.follow("Add a recommendation")
    page.get_by_label("Recommendation").fill("The ICB should arrange an audiology assessment.")
    fill_date(page, "Date the recommendation was issued", today)
    dco.click_button("Add recommendation")
    assert "due in 35 days" in dco.text()

    dco.follow("Record the ICB's response")
    page.get_by_label("Do not agree").check()
    fill_date(page, "Date of the response", today)
    page.get_by_label("The parent or young person").check()
    page.get_by_label("The local authority").check()
    dco.click_button("Save response")
    assert (
        "Give the reasons the ICB does not agree"
        in page.locator(".nhsuk-error-summary").inner_text()
    )
    page.get_by_label("Reasons").fill(REASONS)
    dco.click_button("Save response")
    assert "Answered on time" in dco.text()

    la = browser_for(area.la_user)
    la.go("/disagreements/")
    la.follow(disagreement.reference)
    assert REASONS in la.text()
    assert "Record the ICB's response" not in la.text()

    board = browser_for(area.board)
    board.go("/disagreements/figures/")
    assert FAMILY not in board.page.content()

    for session in (dco, la, board):
        for url in session.visited:
            assert child.nhs_number not in url and FAMILY not in url
