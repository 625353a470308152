"""The point of contact in a real browser, with axe-core on every page visited.

The DCO logs an enquiry from a local authority about a child (first with nothing entered, to
see the error summary); finds it in the log with the filters and a search; turns it into a
request for health advice, with the child and the question carried over; and the enquiry
then shows the request it became. No name or NHS number ever appears in a URL. Skips without
Chromium unless ``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from sendhealth.advice.models import AdviceRequest
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.enquiries.models import Enquiry
from sendhealth.rules import format_nhs_number

pytestmark = pytest.mark.browser

FAMILY = "Testbramblewick"
SUMMARY = "The LA will assess and asks which health services know the child."


def test_the_dco_logs_an_enquiry_finds_it_and_turns_it_into_an_advice_request(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    child = ChildFactory(
        local_authority=area.la,
        given_name="Ivy",
        family_name=FAMILY,
        date_of_birth=datetime.date(2019, 3, 4),
    )

    dco = browser_for(area.dco)
    dco.go("/enquiries/")
    dco.follow("Log an enquiry")
    dco.click_button("Log enquiry")  # nothing entered: the error summary
    assert "There is a problem" in dco.text()
    assert "Enter a summary of the enquiry" in dco.text()
    page = dco.page
    page.get_by_label("Local authority", exact=True).check()
    page.get_by_label("Name, role or organisation of the person asking (optional)").fill(
        "SEND caseworker, Northshire Council"
    )
    page.get_by_label("Topic").select_option(label="Health advice")
    page.get_by_label("NHS number of the child (optional)").fill(
        format_nhs_number(child.nhs_number)
    )
    page.get_by_label("Summary of the enquiry").fill(SUMMARY)
    page.get_by_label("Assigned to (optional)").select_option(label="Dco Team")
    dco.click_button("Log enquiry")
    enquiry = Enquiry.objects.get()
    assert f"Enquiry {enquiry.reference} logged" in dco.text()
    assert enquiry.child == child and enquiry.assigned_to == area.dco_team

    # Another enquiry, closed, which the filters and the search must leave out.
    Enquiry.objects.create(
        icb=area.icb,
        source="family",
        topic="health_advice",
        child=child,
        summary="An old question, answered.",
        advice_given="Answered.",
        opened_at=timezone.now() - datetime.timedelta(days=40),
        first_answered_at=timezone.now() - datetime.timedelta(days=39),
        closed_at=timezone.now() - datetime.timedelta(days=39),
    )
    dco.go("/enquiries/")
    page.get_by_label("Status").select_option(label="Open")
    page.get_by_label("Topic").select_option(label="Health advice")
    dco.click_button("Apply filters")
    assert "status=open" in page.url
    assert "Enquiries: 1 enquiry" in dco.text()
    page.get_by_label("Search enquiries").fill(FAMILY.lower())
    dco.click_button("Search", exact=True)
    assert "1 enquiry found" in dco.text()
    assert enquiry.reference in dco.text()
    dco.follow(enquiry.reference)
    assert SUMMARY in dco.text()

    dco.follow("Turn into a request for health advice")
    assert page.get_by_label("What does the local authority ask of health?").input_value() == (
        SUMMARY
    )
    assert FAMILY in dco.text()
    fill_date(
        page,
        "Date the local authority received the request for an EHC needs assessment",
        today - datetime.timedelta(days=3),
    )
    fill_date(page, "Date this request reaches health", today)
    dco.click_button("Raise the request")
    request = AdviceRequest.objects.get()
    assert request.child == child and request.questions == SUMMARY
    assert f"Request {request.reference} raised from {enquiry.reference}" in dco.text()

    dco.go(f"/enquiries/{enquiry.pk}/")
    assert request.reference in dco.text()
    assert "Turn into a request for health advice" not in dco.text()
    dco.follow(request.reference)
    assert dco.path() == f"/advice/requests/{request.pk}/"

    for url in dco.visited:
        assert child.nhs_number not in url and FAMILY.lower() not in url.lower()
