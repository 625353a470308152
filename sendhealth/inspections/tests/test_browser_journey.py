"""An inspection in a real browser, with axe-core on every page visited.

The DCO looks over the training register and the policies (one overdue), then records an area
SEND inspection the day it is notified; the pack is assembled in the background and the DCO
downloads it (one zip with the children and young people with EHC plans and health's columns).
The inspectors pick a child: the DCO finds the child by NHS number from the inspection's page
and prints the deep dive, then reaches the same deep dive from the child's own page. Every page
is reached through the links and buttons the pages show. Skips without Chromium unless
``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from django.utils import timezone

from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.inspections.models import Inspection, PackStatus
from sendhealth.policies.tests.factories import PolicyFactory
from sendhealth.training.tests.factories import AttendanceFactory, TrainingSessionFactory
from sendhealth.transitions.tests.factories import EhcPlanFactory

pytestmark = pytest.mark.browser


def follow_in_header(session, name: str) -> None:
    """Follow a header link, opening the header's "More" menu first when the link is in it."""
    page = session.page
    link = page.locator("header").get_by_role("link", name=name, exact=True)
    if not link.first.is_visible():
        page.locator("header").get_by_role("button", name="More").click()
    link.first.click()
    page.wait_for_load_state("load")
    session.check()


def _downloaded(session, link_name: str) -> tuple[str, bytes]:
    with session.page.expect_download() as download:
        session.page.get_by_role("link", name=link_name).click()
    value = download.value
    return value.suggested_filename, Path(value.path()).read_bytes()


def test_an_inspection_is_notified_the_pack_downloaded_and_a_deep_dive_printed(
    area,
    browser_for,  # noqa: F811
):
    today = timezone.localdate()
    child = ChildFactory(
        local_authority=area.la, setting=area.setting, given_name="Amara", family_name="Okafor"
    )
    EhcPlanFactory(child=child, issued_on=today - datetime.timedelta(days=200))
    AdviceAssignmentFactory(
        request=AdviceRequestFactory(
            child=child, health_received_on=today - datetime.timedelta(days=300)
        ),
        service=area.salt,
    )
    session = TrainingSessionFactory(icb=area.icb, title="Writing clear, specific health advice")
    AttendanceFactory(session=session, organisation=area.provider)
    PolicyFactory(
        icb=area.icb,
        title="Section 23 notification procedure",
        review_due_on=today - datetime.timedelta(days=10),
    )

    dco = browser_for(area.dco)
    follow_in_header(dco, "Training")
    dco.follow("Writing clear, specific health advice")
    assert "Testshire Community NHS Trust" in dco.text()
    follow_in_header(dco, "Policies")
    assert "Reviews overdue" in dco.text()
    dco.follow("Section 23 notification procedure")
    assert "Review overdue" in dco.text()

    follow_in_header(dco, "Inspections")
    dco.follow("Record an inspection that has been notified")
    page = dco.page
    page.get_by_label("Area SEND inspection (Ofsted and CQC)").check()
    fill_date(page, "Date notified", today)
    fill_date(page, "Date the inspection starts", today + datetime.timedelta(days=5))
    dco.click_button("Record inspection")
    inspection = Inspection.objects.get()
    assert inspection.packs.get().status == PackStatus.DONE
    assert "Ready" in dco.text()
    name, content = _downloaded(dco, "Download the inspection pack (zip)")
    assert name.endswith(".zip")
    archive = zipfile.ZipFile(io.BytesIO(content))
    listed = archive.read("children/children-with-ehc-plans.csv").decode()
    assert "Amara" in listed and "Children's SALT" in listed
    assert "policies/policies-and-procedures.xlsx" in archive.namelist()

    page.get_by_label("NHS number of the child the inspectors picked").fill(child.nhs_number)
    dco.click_button("Find the child")
    assert "Amara Okafor" in dco.text()
    assert "Everything health has done for this child" in dco.text()
    name, content = _downloaded(dco, "Download the deep dive as PDF to print")
    assert name.endswith(".pdf") and content.startswith(b"%PDF")

    # The same deep dive from the child's own page.
    dco.follow("View the child's record")
    dco.follow(f"Area SEND inspection (Ofsted and CQC) {inspection.reference}: case deep dive")
    assert "Case deep dive" in dco.text() and "Amara Okafor" in dco.text()
