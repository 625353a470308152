"""Browser journeys, by links and buttons only, with axe-core on every page: the DCO finds a
request from the queue's search box; a local authority finds a child who moved from the other
local authority (NHS number and date of birth) and records the move. Run with
``REQUIRE_BROWSER=1 .venv/bin/pytest sendhealth/core/tests/test_browser_finding_work.py``.
"""

from __future__ import annotations

import datetime
import re

import pytest

from sendhealth.advice.models import RequestStatus
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.models import ChildMove
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.browser import fill_date

pytestmark = pytest.mark.browser

DOB = datetime.date(2016, 4, 3)


class TestFindingWork:
    def test_the_dco_searches_from_the_queue_for_a_request_returned_long_ago(
        self, area, browser_for
    ):
        old = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.other_la, family_name="Brackenbury"),
            status=RequestStatus.RETURNED,
        )
        dco = browser_for(area.dco)
        dco.page.get_by_label("Reference, NHS number or name").fill(old.child.nhs_number)
        dco.click_button("Search")
        assert "Search results" in dco.text()
        dco.follow(old.reference)
        assert dco.path() == f"/advice/requests/{old.pk}/"
        assert old.child.nhs_number not in "".join(dco.visited)

    def test_an_la_finds_a_child_who_moved_in_and_records_the_move(self, area, browser_for):
        child = ChildFactory(local_authority=area.other_la, date_of_birth=DOB, given_name="Tamsin")
        la = browser_for(area.la_user)
        la.follow(re.compile("^Children$"))
        la.follow("Find them by NHS number and date of birth")
        la.page.get_by_label("NHS number").fill(child.nhs_number)
        fill_date(la.page, "Date of birth", DOB)
        la.click_button("Find the child")
        assert "Southborough Council" in la.text()
        la.click_button(re.compile("^Record that the child has moved to Northshire Council"))
        assert "Moved from Southborough Council to Northshire Council" in la.text()
        move = ChildMove.objects.get()
        assert move.to_local_authority == area.la
        for url in la.visited:
            assert child.nhs_number not in url and "Tamsin" not in url
