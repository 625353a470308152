"""The board report in a real browser, with axe-core on every page visited.

The quarter ends and the worker drafts the update; the DCO opens the draft from the reports
list, writes the commentary (the page has a chart and its table), and publishes; a board viewer
reads the published report and downloads the PDF. Skips without Chromium unless
``REQUIRE_BROWSER=1``."""

from __future__ import annotations

import pytest

from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)
from sendhealth.reports.models import Report, ReportStatus
from sendhealth.reports.tasks import draft_quarterly_reports
from sendhealth.waitingtimes.tests.factories import ServicePositionFactory

pytestmark = pytest.mark.browser


def test_the_dco_publishes_the_drafted_quarter_and_the_board_downloads_it(area, browser_for):  # noqa: F811
    ServicePositionFactory(service=area.salt)
    assert draft_quarterly_reports.call() == 2  # this ICB's and the other ICB's
    draft = Report.objects.get(icb=area.icb)

    dco = browser_for(area.dco)
    dco.go("/reports/")
    dco.follow("SEND health quarterly update")
    assert "Draft" in dco.text()
    assert "Assessments and the 20-week pathway" in dco.text()
    dco.follow("Write the commentary")
    dco.page.get_by_label("Commentary").fill("Waits for speech and language therapy are our risk.")
    dco.click_button("Save commentary")
    assert "Waits for speech and language therapy are our risk." in dco.text()
    dco.click_button("Publish for the board")
    assert "Report published" in dco.text()
    draft.refresh_from_db()
    assert draft.status == ReportStatus.PUBLISHED

    board = browser_for(area.board)
    board.go("/reports/")
    board.follow("SEND health quarterly update")
    assert "Waits for speech and language therapy are our risk." in board.text()
    with board.page.expect_download() as download:
        board.page.get_by_role("link", name="Download the report (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
