"""A browser journey, following links and buttons only (no typed URLs), with axe-core on every
page: the DCO returns a service's advice for more information; the service opens the
"Returned for more information" view of its work tray, sees the DCO's reasons and the form
filled in as the advice was sent, changes one field and sends it again. Run with
``REQUIRE_BROWSER=1 .venv/bin/pytest sendhealth/core/tests/test_browser_returned_advice.py``.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceSubmission,
    AssignmentStatus,
    ProvisionItem,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory

pytestmark = pytest.mark.browser

REASONS = "Say how often the therapy happens: 'regularly' does not specify provision."
HEALTH_NEEDS = "Difficulty understanding spoken instructions in a busy classroom."


@pytest.fixture
def sent_advice(area):
    """SALT's advice, sent and waiting for the DCO's review."""
    today = timezone.localdate()
    assignment = AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=area.la),
        request__status=RequestStatus.ROUTED,
        request__health_received_on=today - datetime.timedelta(days=20),
        service=area.salt,
        received_on=today - datetime.timedelta(days=20),
        due_on=today + datetime.timedelta(days=22),
        status=AssignmentStatus.SUBMITTED,
        submitted_on=today,
    )
    submission = AdviceSubmissionFactory(
        assignment=assignment,
        author_name="Priya Natarajan",
        author_role="Speech and language therapist, HCPC SL099999",
        advice_date=today - datetime.timedelta(days=1),
        health_needs=HEALTH_NEEDS,
    )
    ProvisionItem.objects.create(
        submission=submission,
        what="Direct speech and language therapy",
        who="Speech and language therapist (HCPC registered)",
        how_often="Regularly",
        how_long="For 12 months",
    )
    return submission


class TestAdviceReturnedForMoreInformation:
    def test_the_service_finds_it_sees_why_changes_one_field_and_sends_it_again(
        self, area, browser_for, sent_advice
    ):
        reference = sent_advice.assignment.request.reference

        # The DCO, from the queue's "Awaiting review" view, returns the advice with reasons.
        dco = browser_for(area.dco)
        dco.follow(re.compile(r"^Awaiting review \(1\)"))
        dco.follow(re.compile(rf"^Review advice\s+{reference}"))
        dco.page.get_by_label("Return it to the service for more information").check()
        dco.page.get_by_label("What does the service need to add or change?").fill(REASONS)
        dco.click_button("Save decision")
        sent_advice.refresh_from_db()
        assert sent_advice.decision == ReviewDecision.RETURNED

        # The service opens the "returned" view of its tray and the request.
        salt = browser_for(area.salt_user)
        salt.follow(re.compile(r"^Returned for more information \(1\)"))
        assert reference in salt.text()
        salt.follow(reference)
        assert REASONS in salt.text()
        salt.follow("Submit advice")

        # The form: the reasons above it, and the advice as it was sent.
        page = salt.page
        assert REASONS in salt.text()
        callout = page.get_by_text(REASONS)
        form = page.locator("main form[method=post]").last
        assert callout.bounding_box()["y"] < form.bounding_box()["y"]
        assert page.get_by_label("Name of the person giving the advice").input_value() == (
            "Priya Natarajan"
        )
        assert page.get_by_label(re.compile("The child's health needs")).input_value() == (
            HEALTH_NEEDS
        )
        line = page.get_by_role("group", name="Provision line 1")
        assert line.get_by_label("How often").input_value() == "Regularly"

        # One field changed, and the advice sent again.
        line.get_by_label("How often").fill("Weekly, 30 minutes")
        salt.click_button("Send advice to the DCO team")
        assert "sent to the DCO team for review" in salt.text()

        again = AdviceSubmission.objects.exclude(pk=sent_advice.pk).get()
        assert again.decision == ReviewDecision.PENDING
        assert again.author_name == "Priya Natarajan"
        assert again.health_needs == HEALTH_NEEDS
        assert [p.how_often for p in again.provision.all()] == ["Weekly, 30 minutes"]
        again.assignment.refresh_from_db()
        assert again.assignment.status == AssignmentStatus.SUBMITTED
