"""The quality assurance journey in a real browser, with axe-core on every page: the DCO
draws a sample of accepted advice, assigns two auditors; each audits the case beside the
automatic findings; the DCO resolves their disagreement; the SALT service sees its feedback.
And an auditor marks a finding "not a problem" and sees the check's precision move.
Run with ``REQUIRE_BROWSER=1 .venv/bin/pytest sendhealth/assurance/tests/test_browser_journey.py``.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from sendhealth.advice.models import ReviewDecision
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.assurance import services
from sendhealth.assurance.models import AuditItem, AuditStatus, CheckPolicy, Rating
from sendhealth.assurance.tests.factories import AuditItemFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401

pytestmark = pytest.mark.browser

FAMILY = "Testwhistle"


def _accepted_salt_advice(area):
    return AdviceSubmissionFactory(
        assignment=AdviceAssignmentFactory(
            request__child=ChildFactory(local_authority=area.la, family_name=FAMILY),
            service=area.salt,
        ),
        decision=ReviewDecision.ACCEPTED,
        reviewed_at=timezone.now(),
        outcomes="I will be supported with my communication.",
    )


def dco_draws_a_sample(dco, today) -> AuditItem:
    dco.go("/assurance/")
    dco.follow("Start an audit round")
    page = dco.page
    page.get_by_label("Name of the round").fill("Advice audit")
    page.get_by_label("Health advice", exact=True).check()
    fill_date(page, "Start of the period", today.replace(month=1, day=1))
    fill_date(page, "End of the period", today.replace(month=12, day=31))
    dco.click_button("Draw the sample")
    assert "Sample drawn: 1 cases" in dco.text()
    return AuditItem.objects.get()


def dco_assigns(dco, item, user) -> None:
    dco.follow(f"Assign an auditor to {item.reference}")
    dco.page.get_by_label(str(user), exact=False).first.check()
    dco.click_button("Assign")


def auditor_rates(session, rating: str, first_differs: bool) -> None:
    session.go("/assurance/my-audits/")
    page = session.page
    page.locator("table a").first.click()
    page.wait_for_load_state("load")
    session.check()
    assert page.locator("mark").count() >= 1, "the automatic findings are marked in the text"
    groups = page.locator("form[action*='/audits/'] fieldset.nhsuk-fieldset")
    for index in range(groups.count()):
        label = "Not met" if (first_differs and index == 0) else rating
        groups.nth(index).get_by_label(label, exact=True).check()
    page.get_by_label("Feedback for the service or local authority").fill(
        "Quantify the provision: who, how often and for how long."
    )
    session.click_button("Finish the audit")


def test_draw_audit_moderate_and_feed_back(area, browser_for):  # noqa: F811
    today = timezone.localdate()
    submission = _accepted_salt_advice(area)
    dco = browser_for(area.dco)
    item = dco_draws_a_sample(dco, today)
    assert item.submission == submission
    dco_assigns(dco, item, area.dco_team)
    dco_assigns(dco, item, area.la_user)

    auditor_rates(browser_for(area.dco_team), "Met", first_differs=False)
    auditor_rates(browser_for(area.la_user), "Met", first_differs=True)
    assert item.audits.filter(status=AuditStatus.FINISHED).count() == 2

    dco.go(f"/assurance/items/{item.pk}/")
    assert services.moderation_of(
        AuditItem.objects.prefetch_related(services.audits_prefetch()).get(pk=item.pk)
    ).disagreed
    dco.follow("Resolve disagreements")
    dco.page.get_by_label(str(Rating.PARTLY.label), exact=True).check()
    dco.page.get_by_label("Reason for", exact=False).fill("Partly evidenced in the advice.")
    dco.click_button("Save the agreed ratings")
    assert "resolved" in dco.text()

    salt = browser_for(area.salt_user)
    salt.go("/assurance/feedback/")
    salt.follow(item.reference)
    assert "Quantify the provision" in salt.text()
    for session in (dco, salt):
        for url in session.visited:
            assert FAMILY not in url


def test_marking_a_finding_not_a_problem_moves_the_checks_precision(area, browser_for):  # noqa: F811
    CheckPolicy.objects.create(icb=area.icb, advisory_below="0.80", minimum_verdicts=1)
    item = AuditItemFactory(plan__child__local_authority=area.la, plan__child__family_name=FAMILY)
    dco = browser_for(area.dco)
    dco.go("/assurance/checks/")
    row = dco.page.locator("tr", has_text="Provision that is not specified")
    assert "No verdicts" in row.inner_text() and "Active" in row.inner_text()

    dco.go(f"/assurance/items/{item.pk}/")
    form = dco.page.locator("form.app-verdict").first
    form.get_by_label("Not a problem", exact=True).check()
    form.get_by_label("Reason (optional)").fill("The trigger is stated in the care plan.")
    form.get_by_role("button").click()
    dco.page.wait_for_load_state("load")
    dco.check()
    assert "Your verdict on the finding is saved" in dco.text()
    assert "(now: not a problem)" in dco.text()

    dco.go("/assurance/checks/")
    row = dco.page.locator("tr", has_text="Provision that is not specified")
    assert "0%" in row.inner_text() and "Advisory" in row.inner_text()
    for url in dco.visited:
        assert FAMILY not in url
