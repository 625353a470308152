"""Requests for health advice through the API: what each role sees of a request, raising one
(checked as the page checks it), routing it and returning it."""

import datetime

import pytest

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceRequest,
    AssignmentStatus,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.api.tests.conftest import count_queries
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog

TODAY = datetime.date.today()


def refs(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {row["reference"] for row in response.json()["items"]}


class TestRequestList:
    def test_each_local_authority_sees_only_its_own(self, api_as, area, world):
        other = AdviceRequestFactory(child=world.other_child)
        assert refs(api_as(area.la_user).get("/api/advice-requests")) == {world.request.reference}
        assert refs(api_as(area.other_la_user).get("/api/advice-requests")) == {other.reference}

    def test_a_provider_sees_only_requests_routed_to_it(self, api_as, area, world):
        AdviceRequestFactory(child=world.other_child)
        assert refs(api_as(area.salt_user).get("/api/advice-requests")) == {world.request.reference}
        assert refs(api_as(area.other_provider_user).get("/api/advice-requests")) == set()

    def test_it_filters_by_status_and_local_authority(self, api_as, area, world):
        other = AdviceRequestFactory(child=world.other_child)
        api = api_as(area.dco)
        assert refs(api.get("/api/advice-requests", status="new")) == {other.reference}
        assert refs(api.get("/api/advice-requests", local_authority=area.la.pk)) == {
            world.request.reference
        }

    def test_an_unknown_status_is_refused_in_plain_english(self, api_as, area):
        response = api_as(area.dco).get("/api/advice-requests", status="lost")
        assert response.status_code == 422
        assert response.json()["errors"]["status"][0].startswith("The status must be one of")

    def test_the_number_of_queries_does_not_grow_with_the_rows(self, api_as, area):
        api = api_as(area.dco)
        for _ in range(3):
            AdviceRequestFactory(child=ChildFactory(local_authority=area.la))
        few = count_queries(lambda: api.get("/api/advice-requests"))
        for _ in range(27):
            AdviceRequestFactory(child=ChildFactory(local_authority=area.la))
        assert count_queries(lambda: api.get("/api/advice-requests")) == few


class TestRequestDetail:
    def test_the_dco_sees_every_assignment_and_the_advice(self, api_as, area, world):
        body = api_as(area.dco).get(f"/api/advice-requests/{world.request.pk}").json()
        assert {a["id"] for a in body["assignments"]} == {
            world.assignment.pk,
            world.ot_assignment.pk,
        }
        assert [s["id"] for s in body["submissions"]] == [world.submission.pk]

    def test_a_service_sees_only_its_own_part(self, api_as, area, world):
        body = api_as(area.salt_user).get(f"/api/advice-requests/{world.request.pk}").json()
        assert [a["id"] for a in body["assignments"]] == [world.assignment.pk]
        assert [s["id"] for s in body["submissions"]] == [world.submission.pk]

    def test_the_la_sees_no_advice_until_it_is_returned(self, api_as, area, world):
        body = api_as(area.la_user).get(f"/api/advice-requests/{world.request.pk}").json()
        assert body["submissions"] == []
        assert len(body["assignments"]) == 2

    def test_the_la_sees_the_accepted_advice_once_returned(self, api_as, area, world):
        world.submission.decision = ReviewDecision.ACCEPTED
        world.submission.save()
        world.request.status = RequestStatus.RETURNED
        world.request.returned_on = TODAY
        world.request.save()
        body = api_as(area.la_user).get(f"/api/advice-requests/{world.request.pk}").json()
        assert [s["id"] for s in body["submissions"]] == [world.submission.pk]

    def test_the_read_is_audited(self, api_as, area, world):
        api_as(area.salt_user).get(f"/api/advice-requests/{world.request.pk}")
        entry = AuditLog.objects.get(action="view", object_type="advice.AdviceRequest")
        assert (entry.actor, entry.child_id) == (area.salt_user, world.child.pk)


def raise_body(child, **overrides) -> dict:
    body = {
        "child": child.pk,
        "la_received_on": "2026-01-05",
        "health_received_on": "2026-01-07",
        "questions": "Please advise on communication and sensory needs.",
    }
    return {**body, **overrides}


class TestRaiseRequest:
    @pytest.fixture
    def child(self, area):
        return ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2016, 3, 1))

    def test_an_la_user_raises_a_request(self, api_as, area, child):
        response = api_as(area.la_user).post("/api/advice-requests", raise_body(child))
        assert response.status_code == 201, response.content
        body = response.json()
        advice_request = AdviceRequest.objects.get(pk=body["id"])
        assert (advice_request.raised_by, advice_request.status) == (area.la_user, "new")
        assert body["events"][0]["kind"] == "raised"
        assert AuditLog.objects.filter(action="create", actor=area.la_user).exists()

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            (
                {"la_received_on": "2099-01-05"},
                "la_received_on",
                "Date the local authority received the request for an EHC needs assessment must "
                "be today or in the past",
            ),
            (
                {"health_received_on": "2026-01-01"},
                "health_received_on",
                "The date health received the request must be the same as or after the date the "
                "local authority received it",
            ),
            (
                {"la_received_on": "2016-01-01", "health_received_on": "2016-01-02"},
                "la_received_on",
                "The date the local authority received the request must be on or after the "
                "child's date of birth",
            ),
            ({"questions": ""}, "questions", "Enter what the local authority asks of health"),
        ],
    )
    def test_bad_input_is_refused_and_writes_nothing(
        self, api_as, area, child, overrides, field, message
    ):
        response = api_as(area.la_user).post("/api/advice-requests", raise_body(child, **overrides))
        assert response.status_code == 422
        assert message in response.json()["errors"][field]
        assert not AdviceRequest.objects.exists()

    def test_a_second_open_request_for_the_child_is_refused(self, api_as, area, child):
        existing = AdviceRequestFactory(child=child)
        response = api_as(area.la_user).post("/api/advice-requests", raise_body(child))
        assert response.status_code == 422
        assert existing.reference in response.json()["errors"]["child"][0]
        assert AdviceRequest.objects.count() == 1


class TestRoute:
    def test_the_dco_routes_a_week_later_and_the_advice_is_due_6_weeks_after_health_got_it(
        self, api_as, area, world
    ):
        assert world.request.health_received_on.isoformat() == "2026-01-05"
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [area.camhs.pk], "received_on": "2026-01-12"},
        )
        assert response.status_code == 201, response.content
        [created] = response.json()
        assert created["due_on"] == "2026-02-16"  # not 23 February (6 weeks from routing)
        assert created["received_on"] == "2026-01-12"
        assert created["service"]["id"] == area.camhs.pk

    def test_a_service_of_another_area_is_refused(self, api_as, area, world):
        from sendhealth.organisations.tests.factories import ServiceFactory

        elsewhere = ServiceFactory()
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [elsewhere.pk], "received_on": "2026-01-12"},
        )
        assert response.status_code == 422
        assert response.json()["errors"]["services"] == ["Select services from the list"]
        assert not AdviceAssignment.objects.filter(service=elsewhere).exists()

    def test_a_date_before_health_received_it_is_refused(self, api_as, area, world):
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [area.camhs.pk], "received_on": "2026-01-01"},
        )
        assert response.status_code == 422
        assert "5 January 2026" in response.json()["errors"]["received_on"][0]

    def test_a_service_that_already_has_it_is_refused_by_the_workflow(self, api_as, area, world):
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [area.salt.pk], "received_on": "2026-01-12"},
        )
        assert response.status_code == 422
        assert "already has this request" in response.json()["detail"]

    def test_no_services_says_what_to_do(self, api_as, area, world):
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [], "received_on": "2026-01-12"},
        )
        assert response.status_code == 422
        assert "services" in response.json()["errors"]


class TestReturnToLocalAuthority:
    def test_a_request_not_yet_ready_is_refused(self, api_as, area, world):
        response = api_as(area.dco).post(f"/api/advice-requests/{world.request.pk}/return")
        assert response.status_code == 422
        assert "once every service's advice has been accepted" in response.json()["detail"]
        world.request.refresh_from_db()
        assert world.request.status == RequestStatus.ROUTED

    def test_a_ready_request_is_returned_with_the_note(self, api_as, area, world):
        world.ot_assignment.status = AssignmentStatus.CANCELLED
        world.ot_assignment.save()
        world.request.status = RequestStatus.READY
        world.request.save()
        response = api_as(area.dco).post(
            f"/api/advice-requests/{world.request.pk}/return", {"note": "All advice attached."}
        )
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "returned"
        assert response.json()["return_note"] == "All advice attached."
