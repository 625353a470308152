"""The figures page: counts by type and outcome for a period, and responses on time or late.
The board sees it; no child is ever named."""

from datetime import date

import pytest
from django.urls import reverse

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.disagreements.figures import figures
from sendhealth.disagreements.models import Kind
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import date_post, on

URL = reverse("disagreements:figures")
TODAY = date(2026, 8, 20)


@pytest.fixture
def data(area):
    child = ChildFactory(local_authority=area.la, family_name="Quixotefield")
    upheld = DisagreementFactory(child=child, outcome="upheld", outcome_on=date(2026, 6, 1))
    DisagreementFactory(child=child, kind=Kind.MEDIATION, decision_letter_on=None)
    DisagreementFactory(child=child, registered_on=date(2025, 1, 1))  # before the period
    TribunalRecommendationFactory(
        disagreement=upheld, issued_on=date(2026, 6, 1), responded_on=date(2026, 7, 6)
    )
    TribunalRecommendationFactory(
        disagreement=upheld, issued_on=date(2026, 6, 1), responded_on=date(2026, 7, 7)
    )
    TribunalRecommendationFactory(disagreement=upheld, issued_on=date(2026, 6, 1))
    TribunalRecommendationFactory(disagreement=upheld, issued_on=date(2026, 8, 1))
    return child


def test_the_counts(area, data):
    result = figures({area.icb.pk}, date(2026, 1, 1), date(2026, 12, 31), TODAY)
    by_kind = {row.kind: row for row in result.rows}
    assert by_kind["appeal"].total == 1 and by_kind["appeal"].by_outcome["upheld"] == 1
    assert by_kind["mediation"].by_outcome["open"] == 1
    assert result.total == 2
    responses = result.responses
    assert (responses.issued, responses.on_time, responses.late) == (4, 1, 1)
    assert (responses.awaiting, responses.overdue) == (1, 1)


def test_another_icb_counts_nothing(area, data):
    result = figures({area.icb.pk + 999}, date(2026, 1, 1), date(2026, 12, 31), TODAY)
    assert result.total == 0 and result.responses.issued == 0


@pytest.mark.parametrize("user", ["dco", "board"])
def test_the_dco_and_board_see_counts_but_no_child(area, client_for, data, user):
    """The board sees counts from 1 to 4 as "fewer than 5" (issue 12.5); the DCO, every one."""
    query = {**date_post("start", date(2026, 1, 1)), **date_post("end", date(2026, 12, 31))}
    with on(TODAY):
        body = client_for(getattr(area, user)).get(URL, query).content.decode()
    if user == "dco":
        assert "by type and outcome (2 in all)" in body and "fewer than 5" not in body
    else:
        assert "by type and outcome (fewer than 5 in all)" in body
        assert ">1<" not in body and ">2<" not in body
    assert "Quixotefield" not in body and data.nhs_number not in body


def test_a_backwards_period_is_refused(area, client_for):
    query = {**date_post("start", date(2026, 6, 1)), **date_post("end", date(2026, 1, 1))}
    body = client_for(area.dco).get(URL, query).content.decode()
    assert "The end of the period must be on or after its start" in body


@pytest.mark.parametrize("user", ["la_user", "provider_user", "sysadmin"])
def test_others_are_refused(area, client_for, user):
    assert client_for(getattr(area, user)).get(URL).status_code == 403
