"""Tribunal health recommendations and the ICB's responses (SI 2017/1306): due 5 weeks after
issue, reasons required when the ICB does not agree, sent to the parent and the LA."""

import json
from datetime import date

import pytest
from django.urls import reverse

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.disagreements.models import Kind, Outcome, TribunalRecommendation
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import date_post, on

TODAY = date(2026, 6, 20)


def api_post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


@pytest.fixture
def appeal(area):
    """An appeal the tribunal decided on 29 May 2026."""
    return DisagreementFactory(
        child=ChildFactory(local_authority=area.la),
        hearing_on=date(2026, 5, 20),
        outcome=Outcome.UPHELD,
        outcome_on=date(2026, 5, 29),
    )


class TestAddingARecommendation:
    def test_its_response_is_due_five_weeks_after_issue(self, area, client_for, appeal):
        client = client_for(area.dco)
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        data = {
            "text": "Provide an updated audiology assessment.",
            **date_post("issued_on", date(2026, 6, 1)),
        }
        with on(TODAY):
            response = client.post(url, data)
            body = client.get(reverse("disagreements:detail", args=[appeal.pk])).content.decode()
        recommendation = TribunalRecommendation.objects.get()
        assert response.status_code == 302
        assert recommendation.response_due_on == date(2026, 7, 6)
        assert "6 July 2026 (due in 16 days)" in body
        assert AuditLog.objects.filter(action="create", child_id=appeal.child_id).exists()

    def test_the_weeks_are_a_setting(self, area, client_for, appeal, settings):
        settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS = 6
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        data = {"text": "Review.", **date_post("issued_on", date(2026, 6, 1))}
        with on(TODAY):
            client_for(area.dco).post(url, data)
        assert TribunalRecommendation.objects.get().response_due_on == date(2026, 7, 13)

    def test_issue_before_registration_or_in_the_future_is_refused(self, area, client_for, appeal):
        client = client_for(area.dco)
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        with on(TODAY):
            early = client.post(url, {"text": "x", **date_post("issued_on", date(2026, 3, 1))})
            future = client.post(url, {"text": "x", **date_post("issued_on", date(2026, 7, 1))})
        assert "on or after the appeal was registered" in early.content.decode()
        assert "must be today or in the past" in future.content.decode()
        assert not TribunalRecommendation.objects.exists()

    def test_issue_before_the_tribunals_decision_is_refused(self, area, client_for, appeal):
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        with on(TODAY):
            response = client_for(area.dco).post(
                url, {"text": "x", **date_post("issued_on", date(2026, 5, 25))}
            )
        assert "on or after the date of the tribunal&#39;s decision (29 May 2026)" in (
            response.content.decode()
        )
        assert not TribunalRecommendation.objects.exists()

    @pytest.mark.parametrize(
        ("outcome", "message"),
        [
            ("", "The tribunal has not decided this appeal yet"),
            (Outcome.WITHDRAWN, "This appeal was withdrawn or conceded"),
        ],
    )
    def test_an_undecided_or_withdrawn_appeal_takes_no_recommendation(
        self, area, client_for, outcome, message
    ):
        appeal = DisagreementFactory(
            child=ChildFactory(local_authority=area.la),
            outcome=outcome,
            outcome_on=date(2026, 5, 29) if outcome else None,
        )
        client = client_for(area.dco)
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        detail = reverse("disagreements:detail", args=[appeal.pk])
        with on(TODAY):
            posted = client.post(url, {"text": "x", **date_post("issued_on", date(2026, 6, 1))})
            page = client.get(detail).content.decode()
        assert posted.status_code == 302 and posted["Location"] == detail
        assert message in page
        assert "Add a recommendation" not in page
        assert not TribunalRecommendation.objects.exists()

    def test_the_api_refuses_a_recommendation_on_an_undecided_appeal(self, area, client_for):
        undecided = DisagreementFactory(child=ChildFactory(local_authority=area.la))
        with on(TODAY):
            response = api_post(
                client_for(area.dco),
                f"/api/disagreements/{undecided.pk}/recommendations",
                {"text": "Review.", "issued_on": "2026-06-01"},
            )
        assert response.status_code == 422
        assert "has not decided this appeal yet" in response.json()["errors"]["disagreement"][0]
        assert not TribunalRecommendation.objects.exists()

    def test_the_api_records_one_on_a_decided_appeal(self, area, client_for, appeal):
        with on(TODAY):
            response = api_post(
                client_for(area.dco),
                f"/api/disagreements/{appeal.pk}/recommendations",
                {"text": "Review.", "issued_on": "2026-06-01"},
            )
        assert response.status_code == 201, response.content
        assert response.json()["response_due_on"] == "2026-07-06"

    def test_a_complaint_has_no_recommendations(self, area, client_for):
        complaint = DisagreementFactory(
            child=ChildFactory(local_authority=area.la), kind=Kind.COMPLAINT
        )
        url = reverse("disagreements:add_recommendation", args=[complaint.pk])
        response = client_for(area.dco).get(url)
        assert response.status_code == 302

    def test_the_la_may_not_add_one(self, area, client_for, appeal):
        url = reverse("disagreements:add_recommendation", args=[appeal.pk])
        assert client_for(area.la_user).get(url).status_code == 403


def respond_data(**overrides):
    data = {
        "response": "agree",
        "reasons": "",
        "sent_to": ["parent", "la"],
        **date_post("responded_on", date(2026, 6, 15)),
    }
    data.update(overrides)
    return data


class TestRespondingToARecommendation:
    @pytest.fixture
    def recommendation(self, appeal):
        return TribunalRecommendationFactory(disagreement=appeal, issued_on=date(2026, 6, 1))

    def url(self, recommendation):
        return reverse("disagreements:respond", args=[recommendation.pk])

    def test_the_dco_records_agreement_sent_to_both(self, area, client_for, recommendation):
        with on(TODAY):
            response = client_for(area.dco).post(self.url(recommendation), respond_data())
        assert response.status_code == 302
        recommendation.refresh_from_db()
        assert recommendation.response == "agree"
        assert recommendation.sent_to_parent and recommendation.sent_to_la
        assert AuditLog.objects.filter(
            action="update", object_type="disagreements.TribunalRecommendation"
        ).exists()

    def test_not_agreeing_needs_reasons(self, area, client_for, recommendation):
        with on(TODAY):
            response = client_for(area.dco).post(
                self.url(recommendation), respond_data(response="not_agree")
            )
        body = response.content.decode()
        assert "Give the reasons the ICB does not agree" in body
        assert 'href="#id_reasons"' in body
        recommendation.refresh_from_db()
        assert recommendation.response == ""

    def test_it_must_go_to_both_the_parent_and_the_la(self, area, client_for, recommendation):
        with on(TODAY):
            body = (
                client_for(area.dco)
                .post(self.url(recommendation), respond_data(sent_to=["la"]))
                .content.decode()
            )
        assert (
            "Send the response to both the parent or young person and the local authority" in body
        )

    def test_nothing_chosen_gives_every_error(self, area, client_for, recommendation):
        data = {"reasons": "", **date_post("responded_on", None)}
        body = client_for(area.dco).post(self.url(recommendation), data).content.decode()
        assert "Select whether the ICB agrees with the recommendation" in body
        assert "Enter the date of the response" in body
        assert "Send the response to both" in body

    def test_a_late_answer_is_shown_as_late(self, area, client_for, recommendation, appeal):
        data = respond_data(**date_post("responded_on", date(2026, 7, 10)))
        with on(date(2026, 7, 20)):
            client = client_for(area.dco)
            client.post(self.url(recommendation), data)
            body = client.get(reverse("disagreements:detail", args=[appeal.pk])).content.decode()
        assert "Answered late" in body

    def test_the_form_shows_the_recorded_answer(self, area, client_for, recommendation):
        recommendation.response = "not_agree"
        recommendation.reasons = "Already provided."
        recommendation.responded_on = date(2026, 6, 10)
        recommendation.sent_to_parent = True
        recommendation.save()
        body = client_for(area.dco).get(self.url(recommendation)).content.decode()
        assert "Already provided." in body

    @pytest.mark.parametrize(("user", "status"), [("la_user", 403), ("outsider_dco", 404)])
    def test_others_may_not_respond(self, area, client_for, recommendation, user, status):
        response = client_for(getattr(area, user)).post(self.url(recommendation), respond_data())
        assert response.status_code == status
