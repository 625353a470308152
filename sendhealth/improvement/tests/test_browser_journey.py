"""The self-evaluation and improvement plan in a real browser, with axe-core on every page.

The DCO starts a quarter's self-evaluation, rates a statement with evidence (a measure, and a
document), and makes a link for the parent carer forum; the forum's representative opens it
without an account, comments beside the DCO's rating and co-signs; the DCO sees the
co-signature. On the plan, an action linked to the "health advice overdue" measure is green,
then turns red once advice is overdue. Pages are reached through links and buttons (the
forum's link is the one typed address: it arrives by email). Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.improvement.models import Action, SelfEvaluation
from sendhealth.improvement.tests.factories import (
    inspection_framework,
    make_action,
    make_measure,
)

pytestmark = pytest.mark.browser
MINUTES_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def follow_in_header(session, name: str) -> None:
    page = session.page
    link = page.locator("header").get_by_role("link", name=name, exact=True)
    if not link.first.is_visible():
        page.locator("header").get_by_role("button", name="More").click()
    link.first.click()
    page.wait_for_load_state("load")
    session.check()


def test_rate_a_quarter_the_forum_co_signs_and_an_action_turns_red(
    area,
    browser_for,  # noqa: F811
):
    framework = inspection_framework()
    measure = make_measure(area.icb)
    action = make_action(area.icb, area.la, measure=measure)
    year = timezone.localdate().year

    dco = browser_for(area.dco)
    page = dco.page
    follow_in_header(dco, "Improvement")
    dco.follow("Start a quarter's self-evaluation")
    page.get_by_role("group", name="Framework").get_by_label(str(framework)).check()
    page.get_by_label("Financial year starting in").fill(str(year))
    page.get_by_role("group", name="Quarter").get_by_label("Quarter 2 (July to September)").check()
    dco.click_button("Start self-evaluation")
    evaluation = SelfEvaluation.objects.get()
    assert evaluation.quarter_label in dco.text()

    dco.follow("Rate this statement")
    page.get_by_role("group", name="Rating").get_by_label(
        "3. Typically positive experiences and outcomes"
    ).check()
    page.get_by_label("Notes").fill("Families' survey and our audits agree.")
    page.get_by_label("Add evidence sendhealth holds").select_option(f"measure:{measure.pk}")
    page.get_by_label("Or upload a document: its title").fill("Partnership board minutes")
    page.locator("input[type=file][name=document]").set_input_files(
        files=[{"name": "minutes.pdf", "mimeType": "application/pdf", "buffer": MINUTES_PDF}],
    )
    dco.click_button("Save rating")
    assert "Rating saved" in dco.text()
    assert "Partnership board minutes" in dco.text()
    assert f"Figure: {measure.name}" in dco.text()

    dco.follow("Write the quarter's summary")
    page.get_by_label("Summary of the quarter").fill("Advice is more timely; families see it.")
    dco.click_button("Save summary")
    assert "Advice is more timely; families see it." in dco.text()

    dco.follow("Give the parent carer forum a link to review and co-sign")
    page.get_by_label("The forum representative's name").fill("Jo Bloggs")
    dco.click_button("Make the link")
    forum_url = page.locator("#forum-link").inner_text().strip()

    forum = browser_for(None)
    forum.go(forum_url.removeprefix(forum.base_url))
    assert "Families' survey and our audits agree." in forum.text()
    forum.page.get_by_label("Your comment on:").first.fill("Families tell us the same.")
    forum.page.get_by_label("To co-sign, type your name").fill("Jo Bloggs, Testshire PCF")
    forum.click_button("Save comments, and co-sign if you typed your name")
    assert "Self-evaluation co-signed" in forum.text()

    follow_in_header(dco, "Improvement")
    dco.follow(evaluation.quarter_label)
    assert "Co-signed by Jo Bloggs, Testshire PCF" in dco.text()
    assert "Families tell us the same." in dco.text()

    # The plan: the action follows its measure, green, then red once advice is overdue.
    follow_in_header(dco, "Improvement")
    dco.follow("The improvement plan")
    dco.follow(f"{action.reference}: {action.title}")
    assert "RAG status: Green" in dco.text()
    AdviceAssignmentFactory(
        request=AdviceRequestFactory(child=ChildFactory(local_authority=area.la)),
        service=area.salt,
        status=AssignmentStatus.AWAITING,
        due_on=timezone.localdate() - timedelta(days=10),
    )
    AdviceAssignmentFactory(
        request=AdviceRequestFactory(child=ChildFactory(local_authority=area.la)),
        service=area.salt,
        status=AssignmentStatus.AWAITING,
        due_on=timezone.localdate() - timedelta(days=3),
    )
    dco.follow("Back to the improvement plan")
    dco.follow(f"{action.reference}: {action.title}")
    assert "RAG status: Red" in dco.text()


def test_the_dco_builds_the_plan_a_measure_a_priority_an_action_a_milestone_and_a_rag(
    area,
    browser_for,  # noqa: F811
):
    inspection_framework()
    today = timezone.localdate()
    dco = browser_for(area.dco)
    page = dco.page
    follow_in_header(dco, "Improvement")
    dco.follow("Measures and their targets")
    dco.follow("Add a measure")
    page.get_by_label("Figure").select_option("advice_overdue")
    page.get_by_label("Name").fill("Health advice overdue")
    page.get_by_label("Target").fill("0")
    page.get_by_role("group", name="Direction").get_by_label("Lower is better").check()
    dco.click_button("Add measure")
    assert "Health advice overdue" in dco.text()

    follow_in_header(dco, "Improvement")
    dco.follow("The improvement plan")
    dco.follow("Add a priority")
    page.get_by_label("Priority").fill("Timely health advice")
    page.get_by_label("What will be different").fill("Advice within six weeks, every time.")
    page.get_by_role("group", name="Self-evaluation statements it answers").get_by_role(
        "checkbox"
    ).first.check()
    dco.click_button("Add priority")
    dco.follow("Add an action")
    page.get_by_label("Action", exact=True).fill("Weekly chase of advice due soon")
    page.get_by_label("Owner (name and role)").fill("Sam Patel, DCO")
    page.get_by_label("Organisation that leads it").select_option(str(area.provider.pk))
    fill_date(page, "Due date", today + timedelta(days=30))
    page.get_by_label("Measure that sets its RAG status").select_option(
        label="Health advice overdue"
    )
    dco.click_button("Add action")
    action = Action.objects.get()
    assert "RAG status: Green" in dco.text()

    dco.follow("Add a milestone")
    page.get_by_label("Milestone").fill("Chase list agreed")
    fill_date(page, "Due date", today + timedelta(days=7))
    dco.click_button("Add milestone")
    assert "Chase list agreed" in dco.text()

    dco.follow("Set the RAG status by hand")
    page.get_by_role("group", name="RAG status").get_by_label("Amber").check()
    dco.click_button("Save RAG status")
    assert "Enter the reason" in dco.text()
    page.get_by_label("Reason").fill("Two services short-staffed this month.")
    dco.click_button("Save RAG status")
    assert "RAG status: Amber" in dco.text()
    action.refresh_from_db()
    assert action.rag_override_reason == "Two services short-staffed this month."
