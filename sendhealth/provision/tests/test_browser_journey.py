"""Health provision in a real browser, with axe-core on every page visited.

A plan is final and its child's advice was accepted: the DCO opens the plan, creates its lines
from the accepted advice and they appear. The community trust imports last month's return
with one row wrong (sessions not delivered with no reason): nothing is imported and the row is
named; it fixes the row and imports. It records an earlier month for both of the child's
lines on one page (one row wrong first, nothing written, then right). Speech and language
therapy could not staff the line for three months, so the DCO sees it on the shortfall list,
and the annual review page shows the delivery of each line since the last review. Every page
after the first is reached through links and buttons. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import ProvisionItem, ReviewDecision
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.provision import domain
from sendhealth.provision.models import MonthlyReturn, PlanLine
from sendhealth.provision.tests.factories import MonthlyReturnFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory

pytestmark = pytest.mark.browser


def _advice(plan, service, what, who, how_often, how_long):
    assignment = AdviceAssignmentFactory(request__child=plan.child, service=service)
    submission = AdviceSubmissionFactory(assignment=assignment, decision=ReviewDecision.ACCEPTED)
    ProvisionItem.objects.create(
        submission=submission, what=what, who=who, how_often=how_often, how_long=how_long
    )


def follow_in_header(session, name: str) -> None:
    page = session.page
    link = page.locator("header").get_by_role("link", name=name, exact=True)
    if not link.first.is_visible():
        page.locator("header").get_by_role("button", name="More").click()
    link.first.click()
    page.wait_for_load_state("load")
    session.check()


def _upload(session, rows) -> None:
    text = "Line reference,Month,Sessions delivered,Sessions not delivered,Reason not delivered\n"
    text += "".join(",".join(map(str, row)) + "\n" for row in rows)
    session.page.set_input_files(
        "#id_file",
        files=[{"name": "return.csv", "mimeType": "text/csv", "buffer": text.encode()}],
    )
    session.click_button("Import")


def test_lines_from_advice_a_return_imported_a_shortfall_and_the_annual_review(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    last = domain.add_months(domain.first_of_month(today), -1)
    child = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
    plan = EhcPlanFactory(child=child, last_reviewed_on=domain.add_months(last, -3))
    _advice(
        plan,
        area.salt,
        "Direct therapy for understanding spoken language",
        "Speech and language therapist",
        "2 sessions a week",
        "30 minutes",
    )
    _advice(
        plan,
        area.ot,
        "Sensory motor programme",
        "Occupational therapist",
        "2 per half term",
        "45 minutes",
    )

    dco = browser_for(area.users["dco"])
    dco.go(reverse("transitions:plan", args=[plan.pk]))
    dco.follow("Health provision in the plan and its delivery")
    assert "No health provision lines are recorded" in dco.text()
    dco.click_button("Create lines from accepted advice")
    salt = PlanLine.objects.get(plan=plan, service=area.salt)
    ot = PlanLine.objects.get(plan=plan, service=area.ot)
    text = dco.text()
    assert "2 lines created from accepted advice" in dco.page.content()
    assert salt.reference in text and ot.reference in text and "2 sessions a week" in text

    # Two earlier months: SALT could not staff its line; OT delivered.
    for back in (2, 3):
        MonthlyReturnFactory(
            line=salt,
            month=domain.add_months(last, -(back - 1)),
            delivered=2,
            not_delivered=7,
            reason="staffing",
            expected=salt.monthly_expected,
        )
        MonthlyReturnFactory(
            line=ot, month=domain.add_months(last, -(back - 1)), delivered=1, expected=1
        )

    provider = browser_for(area.users["provider_user"])
    follow_in_header(provider, "Health provision")
    provider.follow("Import a monthly return (CSV)")
    month = last.strftime("%Y-%m")
    _upload(provider, [(salt.reference, month, 2, 7, "staffing"), (ot.reference, month, 0, 1, "")])
    assert "Nothing was imported" in provider.text()
    assert "Row 3: give the reason the sessions were not delivered" in provider.text()
    assert not MonthlyReturn.objects.filter(month=last).exists()
    _upload(
        provider,
        [(salt.reference, month, 2, 7, "staffing"), (ot.reference, month, 0, 1, "absent")],
    )
    assert "Imported 2 monthly returns" in provider.page.content()
    assert MonthlyReturn.objects.filter(month=last).count() == 2

    # The month before the review window: the trust records both of the child's lines on one
    # page, one row wrong (nothing is written, what was typed stays), then right.
    follow_in_header(provider, "Health provision")
    provider.follow("Amara Okafor")
    provider.follow("Record a month's delivery for all these lines")
    earlier = domain.add_months(last, -3)
    provider.page.select_option("#month", earlier.strftime("%Y-%m"))
    provider.click_button("Show this month")
    provider.page.fill(f"#id_line-{salt.pk}-delivered", "6")
    provider.page.fill(f"#id_line-{ot.pk}-delivered", "0")
    provider.page.fill(f"#id_line-{ot.pk}-not_delivered", "1")
    provider.click_button("Record delivery for")
    assert f"{ot.reference}: select why the sessions were not delivered" in provider.text()
    assert not MonthlyReturn.objects.filter(month=earlier).exists()
    assert provider.page.input_value(f"#id_line-{salt.pk}-delivered") == "6"
    provider.page.select_option(f"#id_line-{ot.pk}-reason", "setting_closed")
    provider.click_button("Record delivery for")
    assert MonthlyReturn.objects.filter(month=earlier).count() == 2

    follow_in_header(dco, "Health provision")
    dco.follow("Shortfalls: lines delivered below the threshold")
    text = dco.text()
    assert salt.reference in text and "Amara Okafor" in text and ot.reference not in text
    dco.follow(salt.reference)
    dco.follow("See all the plan's health provision")
    dco.follow("See the EHC plan and its annual reviews")
    dco.follow("Record an annual review")
    text = dco.text()
    assert "Health provision delivered since" in text
    assert salt.reference in text and ot.reference in text
