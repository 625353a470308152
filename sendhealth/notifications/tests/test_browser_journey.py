"""Section 23 notifications in a real browser, with axe-core on every page visited.

A provider's SALT clinician notifies the local authority about a child new to sendhealth: first
with the child's date of birth making them of compulsory school age on the date of the opinion,
which is refused (CFA 2014 s23(1)) and writes nothing; then with the right date of birth. The
local authority finds the notification awaiting acknowledgement and acknowledges it; the DCO
sees it counted for the service in its quarter. No name or NHS number ever appears in a URL.
Skips without Chromium unless ``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime
import random

import pytest
from django.utils import timezone

from sendhealth.children.models import Child
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.notifications.domain import financial_quarter
from sendhealth.notifications.models import Section23Notification
from sendhealth.rules import (
    compulsory_school_age_start,
    format_nhs_number,
    generate_test_nhs_number,
)

pytestmark = pytest.mark.browser

FAMILY = "Testhollinshead"


def test_a_provider_notifies_the_la_acknowledges_and_the_dco_sees_the_quarter(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    opinion_on = today - datetime.timedelta(days=12)
    nhs_number = generate_test_nhs_number(random.Random(23))
    school_age_dob = datetime.date(opinion_on.year - 7, 5, 14)
    young_dob = today - datetime.timedelta(days=3 * 365)
    assert compulsory_school_age_start(school_age_dob) <= opinion_on
    assert compulsory_school_age_start(young_dob) > opinion_on

    provider = browser_for(area.salt_user)
    provider.go("/notifications/")
    provider.follow("Notify a local authority")
    page = provider.page
    page.get_by_label("Child's NHS number").fill(format_nhs_number(nhs_number))
    page.get_by_label("Given name").fill("Noor")
    page.get_by_label("Family name").fill(FAMILY)
    fill_date(page, "Date of birth", school_age_dob)
    page.get_by_label("Local authority", exact=True).select_option(label=area.la.name)
    page.get_by_label("Service that formed the opinion").select_option(
        label=f"{area.salt.name} ({area.provider.name})"
    )
    fill_date(page, "Date of the opinion", opinion_on)
    page.get_by_label("Speech, language and communication needs").check()
    page.get_by_label("More about the child's needs (optional)").fill(
        "Understands very little spoken language for their age."
    )
    fill_date(
        page,
        "Date the parent was told of the opinion and of the duty to tell the local authority",
        opinion_on,
    )
    fill_date(page, "Date the parent was offered a discussion about the opinion", opinion_on)
    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("Which voluntary organisation?").fill("Northshire Parent Carer Forum")
    fill_date(page, "Date the local authority was told", today - datetime.timedelta(days=10))
    provider.click_button("Send notification")
    summary = page.locator(".nhsuk-error-summary").inner_text()
    assert "only for a child under compulsory school age" in summary
    assert not Section23Notification.objects.exists() and not Child.objects.exists()

    fill_date(page, "Date of birth", young_dob)
    provider.click_button("Send notification")
    notification = Section23Notification.objects.get()
    assert f"Notification {notification.reference} sent to {area.la.name}" in provider.text()
    assert notification.child.date_of_birth == young_dob
    assert notification.service == area.salt and notification.local_authority == area.la
    assert "Acknowledge" not in page.locator("main .nhsuk-button").all_inner_texts()

    la = browser_for(area.la_user)
    la.go("/notifications/")
    la.page.get_by_label("Acknowledgement").select_option(label="Awaiting acknowledgement")
    la.click_button("Apply filter")
    assert "Awaiting acknowledgement" in la.text()
    la.follow(notification.reference)
    assert FAMILY in la.text()
    la.follow("Acknowledge")
    fill_date(la.page, "Date the local authority received the notification", today)
    la.click_button("Acknowledge")
    assert f"Notification {notification.reference} acknowledged" in la.text()
    notification.refresh_from_db()
    assert notification.acknowledged_on == today
    assert notification.acknowledged_by == area.la_user

    dco = browser_for(area.dco)
    dco.go("/notifications/")
    assert notification.reference in dco.text() and "Acknowledged" in dco.text()
    dco.follow("Notifications by provider and service per quarter")
    table = dco.page.locator("table").inner_text()
    assert financial_quarter(notification.notified_on) in table
    assert area.provider.name in table and area.salt.name in table
    assert FAMILY not in dco.text()

    for session in (provider, la, dco):
        for url in session.visited:
            assert nhs_number not in url and FAMILY.lower() not in url.lower()
