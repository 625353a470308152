"""Each service's part of a request: the tray and the queue as data, advice checked as the page
checks it, exceptions checked by the statutory rules, chasing and review."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceEvent,
    AdviceException,
    AdviceSubmission,
    AssignmentStatus,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.api.tests.conftest import count_queries
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.rules import WAITING_LIST_MESSAGE


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["items"]}


class TestAssignmentList:
    def test_a_service_user_sees_only_their_services_work(self, api_as, area, world):
        assert ids(api_as(area.salt_user).get("/api/assignments")) == {world.assignment.pk}
        assert ids(api_as(area.provider_user).get("/api/assignments")) == {
            world.assignment.pk,
            world.ot_assignment.pk,
        }
        assert ids(api_as(area.other_provider_user).get("/api/assignments")) == set()

    def test_the_dco_queue_filters_by_status_service_and_due_date(self, api_as, area, world):
        api = api_as(area.dco)
        assert ids(api.get("/api/assignments", status="awaiting")) == {world.ot_assignment.pk}
        assert ids(api.get("/api/assignments", service=area.salt.pk)) == {world.assignment.pk}
        late = AdviceAssignmentFactory(
            request__child=ChildFactory(local_authority=area.la),
            service=area.ot,
            received_on="2026-03-02",
            due_on="2026-04-13",
        )
        assert ids(api.get("/api/assignments", due_after="2026-03-01")) == {late.pk}
        assert ids(api.get("/api/assignments", due_before="2026-02-16")) == {
            world.assignment.pk,
            world.ot_assignment.pk,
        }

    def test_due_soon_includes_advice_due_in_exactly_7_days(self, api_as, area):
        today = timezone.localdate()

        def due_in(days, **kwargs):
            return AdviceAssignmentFactory(
                request__child=ChildFactory(local_authority=area.la),
                service=area.ot,
                received_on=today - datetime.timedelta(days=42 - days),
                due_on=today + datetime.timedelta(days=days),
                **kwargs,
            )

        in_7, in_8, late = due_in(7), due_in(8), due_in(-1)
        due_in(3, status=AssignmentStatus.SUBMITTED)  # waiting on the DCO: neither
        api = api_as(area.dco)
        assert ids(api.get("/api/assignments", due="soon")) == {in_7.pk}
        assert ids(api.get("/api/assignments", due="overdue")) == {late.pk}
        flags = {
            row["id"]: (row["due_soon"], row["overdue"])
            for row in api.get("/api/assignments").json()["items"]
        }
        assert flags[in_7.pk] == (True, False)
        assert flags[in_8.pk] == (False, False)
        assert flags[late.pk] == (False, True)

    def test_a_bad_date_filter_is_refused_in_plain_english(self, api_as, area):
        response = api_as(area.dco).get("/api/assignments", due_before="next week")
        assert response.status_code == 422
        assert response.json()["errors"]["due_before"] == [
            "The latest due date must be a real date, written YYYY-MM-DD"
        ]

    def test_rows_carry_the_child_and_are_audited(self, api_as, area, world):
        row = api_as(area.salt_user).get("/api/assignments").json()["items"][0]
        assert row["request"]["child"]["nhs_number"] == world.child.nhs_number
        assert (
            AuditLog.objects.filter(
                action="view", object_type="children.Child", actor=area.salt_user
            ).count()
            == 1
        )

    def test_the_number_of_queries_does_not_grow_with_the_rows(self, api_as, area):
        api = api_as(area.provider_user)
        AdviceAssignmentFactory.create_batch(3, service=area.salt)
        few = count_queries(lambda: api.get("/api/assignments"))
        AdviceAssignmentFactory.create_batch(27, service=area.salt)
        assert count_queries(lambda: api.get("/api/assignments")) == few


class TestAssignmentDetail:
    def test_it_shows_the_questions_and_the_advice(self, api_as, area, world):
        body = api_as(area.salt_user).get(f"/api/assignments/{world.assignment.pk}").json()
        assert body["questions"] == world.request.questions
        assert body["submissions"][0]["health_needs"] == world.submission.health_needs
        assert body["due_on"] == "2026-02-16"

    def test_the_la_sees_the_status_but_not_the_unreturned_advice(self, api_as, area, world):
        body = api_as(area.la_user).get(f"/api/assignments/{world.assignment.pk}").json()
        assert body["status"] == "submitted"
        assert body["submissions"] == []


def advice(**overrides) -> dict:
    body = {
        "author_name": "Sam Okafor",
        "author_role": "Occupational therapist, HCPC OT012345",
        "advice_date": "2026-02-01",
        "no_health_needs": False,
        "health_needs": "Difficulty with fine motor skills affecting handwriting.",
        "outcomes": "By July 2027 I will write my name independently.",
        "provision": [
            {
                "what": "Fine motor programme",
                "who": "OT assistant supervised by an HCPC OT",
                "how_often": "Weekly, 30 minutes",
                "how_long": "12 months",
            }
        ],
    }
    return {**body, **overrides}


class TestSubmitAdvice:
    def test_the_service_submits_structured_advice(self, api_as, area, world):
        url = f"/api/assignments/{world.ot_assignment.pk}/submissions"
        response = api_as(area.provider_user).post(url, advice())
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["provision"][0]["how_often"] == "Weekly, 30 minutes"
        assert body["decision"] == "pending"
        world.ot_assignment.refresh_from_db()
        assert world.ot_assignment.status == AssignmentStatus.SUBMITTED

    def test_no_health_needs_needs_no_provision(self, api_as, area, world):
        url = f"/api/assignments/{world.ot_assignment.pk}/submissions"
        body = advice(no_health_needs=True, health_needs="", outcomes="", provision=[])
        assert api_as(area.provider_user).post(url, body).status_code == 201

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            (
                {"provision": []},
                "provision",
                "Enter at least one line of provision (what, who, how often and for how long), "
                "or upload the advice as a document",
            ),
            (
                {"health_needs": ""},
                "health_needs",
                "Enter the child's health needs, or upload the advice as a document",
            ),
            (
                {"provision": [{"what": "Therapy", "who": "", "how_often": "", "how_long": ""}]},
                "provision.0.who",
                "Enter who delivers it and their qualification",
            ),
            (
                {
                    "provision": [
                        {
                            "what": "Therapy",
                            "who": "OT",
                            "how_often": "as required",
                            "how_long": "1 year",
                        }
                    ]
                },
                "provision.0.how_often",
                "Say exactly how often, for example weekly, 30 minutes "
                "(\u201cas required\u201d does not specify provision)",
            ),
            (
                {"no_health_needs": True},
                "no_health_needs",
                "You said the child has no health needs, so remove the provision lines or untick "
                "the box",
            ),
            ({"advice_date": "2025-12-01"}, "advice_date", None),
            ({"author_name": ""}, "author_name", "Enter the name of the person giving the advice"),
        ],
    )
    def test_advice_that_breaks_the_pages_rules_is_refused_and_writes_nothing(
        self, api_as, area, world, overrides, field, message
    ):
        url = f"/api/assignments/{world.ot_assignment.pk}/submissions"
        response = api_as(area.provider_user).post(url, advice(**overrides))
        assert response.status_code == 422, response.content
        errors = response.json()["errors"]
        assert field in errors, errors
        if message:
            assert message in errors[field]
        assert not AdviceSubmission.objects.filter(assignment=world.ot_assignment).exists()

    def test_advice_already_sent_is_refused(self, api_as, area, world):
        url = f"/api/assignments/{world.assignment.pk}/submissions"
        response = api_as(area.salt_user).post(url, advice())
        assert response.status_code == 422
        assert response.json()["detail"] == "Advice has already been sent for this request"


class TestRecordException:
    def url(self, world) -> str:
        return f"/api/assignments/{world.ot_assignment.pk}/exceptions"

    def test_the_dco_records_a_missed_appointment(self, api_as, area, world):
        response = api_as(area.dco).post(
            self.url(world), {"reason": "missed_appointment", "starts_on": "2026-01-20"}
        )
        assert response.status_code == 201, response.content
        assert response.json()["reason_label"].startswith("The child, young person or parent")
        world.ot_assignment.refresh_from_db()
        assert world.ot_assignment.has_exception

    def test_a_waiting_list_is_not_an_exception(self, api_as, area, world):
        response = api_as(area.dco).post(
            self.url(world), {"reason": "waiting_list", "starts_on": "2026-01-20"}
        )
        assert response.status_code == 422
        assert response.json()["errors"]["reason"] == [WAITING_LIST_MESSAGE]
        assert not AdviceException.objects.exists()

    def test_a_short_absence_is_not_an_exception(self, api_as, area, world):
        response = api_as(area.dco).post(
            self.url(world),
            {"reason": "absent_from_area", "starts_on": "2026-01-20", "ends_on": "2026-01-30"},
        )
        assert response.status_code == 422
        assert "4 weeks (28 days) or more" in response.json()["detail"]
        assert not AdviceException.objects.exists()

    def test_an_end_before_the_start_is_refused(self, api_as, area, world):
        response = api_as(area.dco).post(
            self.url(world),
            {"reason": "absent_from_area", "starts_on": "2026-01-20", "ends_on": "2026-01-01"},
        )
        assert response.status_code == 422
        assert "The end date must be on or after the start date." in response.json()["detail"]


class TestChase:
    def test_the_dco_chases_a_service_by_email_and_it_goes_on_the_timeline(
        self, api_as, area, world, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = api_as(area.dco).post(f"/api/assignments/{world.ot_assignment.pk}/chase")
        assert response.status_code == 202, response.content
        assert len(mail.outbox) == 1
        assert AdviceEvent.objects.filter(kind="chased", actor=area.dco).exists()

    def test_a_service_that_has_answered_cannot_be_chased(self, api_as, area, world):
        response = api_as(area.dco).post(f"/api/assignments/{world.assignment.pk}/chase")
        assert response.status_code == 422
        assert not mail.outbox


class TestReview:
    def test_the_dco_accepts_advice(self, api_as, area, world):
        response = api_as(area.dco).post(
            f"/api/submissions/{world.submission.pk}/review", {"accept": True}
        )
        assert response.status_code == 200, response.content
        assert response.json()["decision"] == "accepted"
        world.assignment.refresh_from_db()
        assert world.assignment.status == AssignmentStatus.ACCEPTED

    def test_returning_advice_needs_the_reasons(self, api_as, area, world):
        response = api_as(area.dco).post(
            f"/api/submissions/{world.submission.pk}/review", {"accept": False}
        )
        assert response.status_code == 422
        assert response.json()["errors"]["reasons"] == [
            "Say what the service needs to add or change"
        ]
        world.submission.refresh_from_db()
        assert world.submission.decision == ReviewDecision.PENDING

    def test_advice_reviewed_twice_is_refused(self, api_as, area, world):
        api = api_as(area.dco)
        api.post(f"/api/submissions/{world.submission.pk}/review", {"accept": True})
        response = api.post(f"/api/submissions/{world.submission.pk}/review", {"accept": True})
        assert response.status_code == 422
