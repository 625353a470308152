"""``/api/disagreements``: list, read and record, scoped as the pages are."""

import json
from datetime import date

import pytest

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.disagreements.models import Disagreement
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import on

URL = "/api/disagreements"


@pytest.fixture
def mine(area):
    return DisagreementFactory(child=ChildFactory(local_authority=area.la))


def post(client, body):
    return client.post(URL, json.dumps(body), content_type="application/json")


def test_the_la_lists_its_own(area, client_for, mine):
    DisagreementFactory(child=ChildFactory(local_authority=area.other_la))
    data = client_for(area.la_user).get(URL).json()
    assert data["count"] == 1
    assert data["items"][0]["reference"] == mine.reference
    assert data["items"][0]["appeal_deadline"] == "2026-05-05"
    assert AuditLog.objects.filter(child_id=mine.child_id, action="view").exists()


def test_filters(area, client_for, mine):
    client = client_for(area.dco)
    assert client.get(URL + "?kind=complaint").json()["count"] == 0
    assert client.get(URL + "?status=open").json()["count"] == 1
    assert client.get(URL + "?status=bogus").status_code == 422


def test_read_one_with_its_recommendations(area, client_for, mine):
    TribunalRecommendationFactory(disagreement=mine, issued_on=date(2026, 6, 1))
    data = client_for(area.la_user).get(f"{URL}/{mine.pk}").json()
    assert data["recommendations"][0]["response_due_on"] == "2026-07-06"
    assert data["recommendations"][0]["response"] is None
    assert client_for(area.other_la_user).get(f"{URL}/{mine.pk}").status_code == 404


def test_the_dco_records_one_and_the_deadline_is_worked_out(area, client_for):
    child = ChildFactory(local_authority=area.la)
    body = {
        "child": child.pk,
        "kind": "appeal",
        "decision_letter_on": "2025-10-25",
        "registered_on": "2025-11-10",
        "issues": "Section F therapy.",
    }
    with on(date(2026, 6, 1)):
        response = post(client_for(area.dco), body)
    assert response.status_code == 201, response.content
    assert response.json()["appeal_deadline"] == "2026-01-02"
    assert Disagreement.objects.get().child == child


def test_validation_answers_422_with_the_pages_messages(area, client_for):
    child = ChildFactory(local_authority=area.la)
    body = {
        "child": child.pk,
        "kind": "appeal",
        "decision_letter_on": "2026-03-02",
        "registered_on": "2026-04-01",
        "hearing_on": "2026-02-01",
        "issues": "x",
    }
    with on(date(2026, 6, 1)):
        response = post(client_for(area.dco), body)
    assert response.status_code == 422
    assert response.json()["errors"]["hearing_on"] == [
        "Hearing date must be after the decision letter"
    ]


def test_the_la_may_not_record(area, client_for):
    child = ChildFactory(local_authority=area.la)
    body = {"child": child.pk, "kind": "complaint", "registered_on": "2026-04-01", "issues": "x"}
    assert post(client_for(area.la_user), body).status_code == 403


class TestAnsweringARecommendation:
    def url(self, recommendation):
        return f"{URL}/recommendations/{recommendation.pk}/response"

    def test_the_dco_answers_and_both_were_sent_it(self, area, client_for, mine):
        recommendation = TribunalRecommendationFactory(disagreement=mine)
        body = {
            "response": "not_agree",
            "reasons": "The audiology assessment was done in May.",
            "responded_on": "2026-06-20",
            "sent_to_parent": True,
            "sent_to_la": True,
        }
        response = client_for(area.dco).post(
            self.url(recommendation), json.dumps(body), content_type="application/json"
        )
        assert response.status_code == 200, response.content
        assert response.json()["response"] == "not_agree"
        recommendation.refresh_from_db()
        assert recommendation.responded_on == date(2026, 6, 20)

    def test_not_agreeing_needs_reasons_and_both_recipients(self, area, client_for, mine):
        recommendation = TribunalRecommendationFactory(disagreement=mine)
        body = {"response": "not_agree", "responded_on": "2026-06-20", "sent_to_parent": True}
        response = client_for(area.dco).post(
            self.url(recommendation), json.dumps(body), content_type="application/json"
        )
        assert response.status_code == 422
        assert {"reasons", "sent_to"} <= set(response.json()["errors"])
        recommendation.refresh_from_db()
        assert recommendation.responded_on is None

    def test_the_local_authority_may_only_read_it(self, area, client_for, mine):
        recommendation = TribunalRecommendationFactory(disagreement=mine)
        body = {"response": "agree", "responded_on": "2026-06-20"}
        response = client_for(area.la_user).post(
            self.url(recommendation), json.dumps(body), content_type="application/json"
        )
        assert response.status_code == 403
