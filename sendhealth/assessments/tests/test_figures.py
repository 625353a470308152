"""The 20-week figures as a board viewer and the DCO see them (issue 12.5): a share whose
parts include a count from 1 to 4 is not shown to the board, with a complement among the
local authorities so it cannot be worked out from the total; the DCO sees every share."""

from __future__ import annotations

from datetime import date, timedelta

from django.urls import reverse

from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.suppression import NOT_SHOWN
from sendhealth.core.tests.figures import table

RECEIVED = date(2025, 1, 6)


def _plans(la, on_time: int, late: int) -> None:
    for weeks in [10] * on_time + [30] * late:
        AssessmentFactory(
            child=ChildFactory(local_authority=la),
            received_on=RECEIVED,
            assessment_outcome_on=RECEIVED + timedelta(weeks=weeks),
            named_plan_table_id=f"P{la.pk}-{weeks}",
            week20=False,
            primary_need="SLCN",
        )


def _rows(client) -> dict[str, list[str]]:
    page = client.get(reverse("assessments:figures") + "?year=2025").content.decode()
    return {r[0]: r for r in table(page, "Timeliness by local authority")[1:]}


def test_the_board_sees_no_share_with_a_small_part_and_the_dco_sees_every_one(area, client_for):
    _plans(area.la, on_time=5, late=1)  # 1 late: small
    _plans(area.other_la, on_time=6, late=6)
    board = _rows(client_for(area.board))
    # Northshire's share is hidden, and Southborough's with it: otherwise Northshire's would
    # follow from the total.
    assert board["Northshire Council"][1] == NOT_SHOWN
    assert board["Southborough Council"][1] == NOT_SHOWN
    assert board["All local authorities"][1] == "61.1% (11 of 18)"
    dco = _rows(client_for(area.dco))
    assert dco["Northshire Council"][1] == "83.3% (5 of 6)"
    assert dco["Southborough Council"][1] == "50.0% (6 of 12)"
    assert dco["All local authorities"][1] == "61.1% (11 of 18)"


def test_the_board_sees_a_count_of_zero(area, client_for):
    page = client_for(area.board).get(reverse("assessments:figures")).content.decode()
    assert "within 6 weeks): 0." in page  # zero is shown: it gives nothing away
