"""End-to-end journeys in a real browser, with axe-core on every page visited.

The main journey is the health advice workflow (SEND Regulations 2014 reg 8): a local
authority caseworker registers a child and asks health for advice; the DCO routes the request
to the SALT service; the service gives structured advice; the DCO accepts it and returns it to
the local authority, who sees it. Run with
``REQUIRE_BROWSER=1 .venv/bin/pytest sendhealth/core/tests/test_browser_advice_journey.py``.
"""

from __future__ import annotations

import datetime
import random
import re

import pytest
from django.utils import timezone

from sendhealth.advice.models import AdviceRequest, RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests import browser
from sendhealth.core.tests.browser import BrowserSession, assert_accessible, fill_date
from sendhealth.rules import format_nhs_number, generate_test_nhs_number, nhs_number_is_valid

pytestmark = pytest.mark.browser

GIVEN, FAMILY = "Amara", "Testwhistle"
DATE_OF_BIRTH = datetime.date(2018, 5, 14)
HEALTH_NEEDS = "Amara finds it hard to understand spoken instructions in a busy classroom."
OUTCOMES = "By July 2027 I will follow two-step instructions in class."
PROVISION = {
    "What the provision is": "Direct speech and language therapy sessions",
    "Who delivers it and their qualification": "Speech and language therapist (HCPC registered)",
    "How often": "Weekly, 30 minutes",
    "For how long": "For 12 months",
}


def a_test_nhs_number() -> str:
    return generate_test_nhs_number(random.Random(20260216))


# -- the steps of the main journey ---------------------------------------------------------------


def la_registers_a_child(la: BrowserSession, nhs_number: str) -> Child:
    la.go("/children/")
    la.follow("Register a child")
    page = la.page
    page.get_by_label("NHS number").fill(format_nhs_number(nhs_number))
    page.get_by_label("Given name").fill(GIVEN)
    page.get_by_label("Family name").fill(FAMILY)
    fill_date(page, "Date of birth", DATE_OF_BIRTH)
    page.get_by_label("Primary need").select_option(
        label="Speech, language and communication needs"
    )
    la.click_button("Register child")
    assert page.get_by_role("heading", level=1).inner_text().strip() == f"{GIVEN} {FAMILY}"
    return Child.objects.get(nhs_number=nhs_number)


def la_asks_health_for_advice(la: BrowserSession, today: datetime.date) -> AdviceRequest:
    la.follow("Request health advice")
    page = la.page
    fill_date(
        page, re.compile("^Date the local authority received"), today - datetime.timedelta(14)
    )
    fill_date(page, re.compile("^Date this request reaches health"), today - datetime.timedelta(7))
    page.get_by_label("What does the local authority ask of health?").fill(
        "Please advise on Amara's speech, language and communication needs."
    )
    la.click_button("Send request to the DCO team")
    request = AdviceRequest.objects.get(child__family_name=FAMILY)
    assert f"Request {request.reference} sent to the DCO team" in la.text()
    return request


def dco_routes_to_salt(dco: BrowserSession, advice_request: AdviceRequest) -> None:
    dco.go("/advice/queue/?view=new")
    assert advice_request.reference in dco.text()
    dco.follow(advice_request.reference)
    dco.follow(re.compile("^Route to services"))
    dco.page.get_by_label(re.compile("Children's SALT")).check()
    dco.click_button("Route request")
    assert "Routed to 1 service" in dco.text()


def salt_gives_advice(salt: BrowserSession, advice_request: AdviceRequest, today) -> None:
    salt.go("/advice/tray/")
    assert advice_request.reference in salt.text()
    salt.follow(advice_request.reference)
    salt.follow("Submit advice")
    page = salt.page
    page.get_by_label("Profession and registration number").fill(
        "Speech and language therapist, HCPC SL012345"
    )
    fill_date(page, "Date of the advice", today)
    page.get_by_label(re.compile("The child's health needs")).fill(HEALTH_NEEDS)
    page.get_by_label(re.compile("Outcomes sought")).fill(OUTCOMES)
    line = page.get_by_role("group", name="Provision line 1")
    for label, value in PROVISION.items():
        line.get_by_label(label).fill(value)
    salt.click_button("Send advice to the DCO team")
    assert "sent to the DCO team for review" in salt.text()


def dco_accepts_and_returns_to_la(dco: BrowserSession, advice_request: AdviceRequest) -> None:
    dco.go("/advice/queue/?view=review")
    assert advice_request.reference in dco.text()
    dco.go(f"/advice/requests/{advice_request.pk}/")
    dco.follow(re.compile("^Review advice"))
    assert HEALTH_NEEDS in dco.text()
    dco.page.get_by_label("Accept the advice").check()
    dco.click_button("Save decision")
    dco.go("/advice/queue/?view=ready")
    assert advice_request.reference in dco.text()
    dco.go(f"/advice/requests/{advice_request.pk}/")
    dco.follow(re.compile("^Return advice to the local authority"))
    dco.page.get_by_label(re.compile("note", re.I)).fill("Advice from the SALT service.")
    dco.click_button("Return advice", exact=True)
    assert "Advice returned to Northshire Council" in dco.text()


def la_sees_the_advice(la: BrowserSession, advice_request: AdviceRequest) -> None:
    la.go("/advice/requests/")
    row = la.page.get_by_role("row").filter(has_text=advice_request.reference)
    assert "Returned to local authority" in row.inner_text()
    la.follow(advice_request.reference)
    text = la.text()
    assert HEALTH_NEEDS in text
    assert PROVISION["How often"] in text


class TestHealthAdviceJourney:
    def test_advice_goes_from_the_la_through_the_dco_and_salt_and_back_to_the_la(
        self, area, browser_for
    ):
        today = timezone.localdate()
        nhs_number = a_test_nhs_number()

        la = browser_for(area.la_user)
        child = la_registers_a_child(la, nhs_number)
        advice_request = la_asks_health_for_advice(la, today)
        assert advice_request.child == child

        dco = browser_for(area.dco)
        dco_routes_to_salt(dco, advice_request)

        salt = browser_for(area.salt_user)
        salt_gives_advice(salt, advice_request, today)

        dco_accepts_and_returns_to_la(dco, advice_request)
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.RETURNED

        la_sees_the_advice(la, advice_request)

        for session in (la, dco, salt):
            for url in session.visited:
                for secret in (nhs_number, GIVEN, FAMILY):
                    assert secret not in url, f"personal data in a URL: {url}"


class TestBoardViewerJourney:
    def test_a_board_viewer_sees_the_dashboard_and_no_childs_name(self, area, browser_for):
        child = ChildFactory(
            local_authority=area.la, given_name="Zebedee", family_name="Quixotefield"
        )
        AdviceAssignmentFactory(
            request=AdviceRequestFactory(child=child, status=RequestStatus.ROUTED),
            service=area.salt,
        )
        board = browser_for(area.board)
        assert board.path() == "/insight/"
        html = board.page.content()
        for secret in ("Zebedee", "Quixotefield", child.nhs_number):
            assert secret not in html
        navigation = board.page.get_by_role("navigation", name=re.compile("primary", re.I))
        assert navigation.get_by_role("link", name="Children").count() == 0


class TestRegisterAChildErrors:
    def test_an_invalid_nhs_number_gets_a_clear_error_and_writes_nothing(self, area, browser_for):
        valid = a_test_nhs_number()
        invalid = valid[:9] + str((int(valid[9]) + 1) % 10)
        assert not nhs_number_is_valid(invalid)
        la = browser_for(area.la_user)
        la.go("/children/new/")
        page = la.page
        page.get_by_label("NHS number").fill(invalid)
        page.get_by_label("Given name").fill(GIVEN)
        page.get_by_label("Family name").fill(FAMILY)
        fill_date(page, "Date of birth", DATE_OF_BIRTH)
        page.get_by_label("Primary need").select_option(label="Autistic spectrum disorder")
        la.click_button("Register child")
        assert page.title().startswith("Error: ")
        summary = page.locator(".nhsuk-error-summary")
        assert "Enter a valid 10-digit NHS number" in summary.inner_text()
        summary.get_by_role("link", name="Enter a valid 10-digit NHS number").click()
        assert page.evaluate("document.activeElement.id") == "id_nhs_number"
        assert not Child.objects.filter(family_name=FAMILY).exists()


class TestTheAccessibilityCheckItself:
    def test_a_serious_violation_fails_with_the_rule_and_the_element(self, chromium):
        page = chromium.new_page()
        page.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main></html>')
        with pytest.raises(pytest.fail.Exception, match=r"image-alt \(critical\)[\s\S]*img"):
            assert_accessible(page)

    def test_an_accessible_page_passes(self, chromium):
        page = chromium.new_page()
        page.set_content('<html lang="en"><title>t</title><main><h1>Fine</h1></main></html>')
        assert_accessible(page)


class TestWithoutChromium:
    @pytest.fixture
    def no_chromium(self, monkeypatch, tmp_path):
        monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
        return monkeypatch

    def test_browser_tests_skip(self, no_chromium):
        no_chromium.delenv("REQUIRE_BROWSER", raising=False)
        with pytest.raises(pytest.skip.Exception):
            browser.require_chromium()

    def test_browser_tests_fail_when_a_browser_is_required(self, no_chromium):
        no_chromium.setenv("REQUIRE_BROWSER", "1")
        with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
            browser.require_chromium()
