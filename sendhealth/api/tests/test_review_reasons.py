"""The API withholds the DCO team's review of a service's advice from the local authority, as
the pages do (see advice/tests/test_review_reasons.py)."""

import pytest

from sendhealth.advice.tests.test_review_reasons import (
    ACCEPT_NOTE,
    RETURN_REASONS,
    reviewed_request,
)


@pytest.fixture
def reviewed(area):
    return reviewed_request(area)


class TestTheApi:
    def test_the_local_authority_gets_no_reasons(self, area, api_as, reviewed):
        api = api_as(area.la_user)
        detail = api.get(f"/api/advice-requests/{reviewed.request_id}").json()
        notes = [event["note"] for event in detail["events"]]
        assert RETURN_REASONS not in notes and ACCEPT_NOTE not in notes
        assert "Advice attached." in notes
        assert [s["review_reasons"] for s in detail["submissions"]] == [""]
        assignment = api.get(f"/api/assignments/{reviewed.pk}").json()
        assert {s["review_reasons"] for s in assignment["submissions"]} == {""}

    @pytest.mark.parametrize("role", ["dco", "salt_user"])
    def test_the_dco_team_and_the_service_get_them(self, area, api_as, reviewed, role):
        detail = api_as(getattr(area, role)).get(f"/api/advice-requests/{reviewed.request_id}")
        body = detail.json()
        assert RETURN_REASONS in [event["note"] for event in body["events"]]
        assert {s["review_reasons"] for s in body["submissions"]} == {RETURN_REASONS, ACCEPT_NOTE}
