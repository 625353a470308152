"""Recording assessments through the API: the same forms (checks and messages), services
(audited) and scope as the pages; every role's access is in the role matrix."""

import json
from datetime import date, timedelta

import pytest
from django.utils import timezone

from sendhealth import rules
from sendhealth.assessments.models import Assessment, Sen2Record
from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.transitions.models import EhcPlan

BASE = "/api/assessments"


def send(client, method, path, body):
    return client.generic(method, path, json.dumps(body), content_type="application/json")


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la, date_of_birth=date(2015, 3, 27))


def test_the_la_records_an_assessment_its_steps_and_a_review(area, child, client_for):
    client = client_for(area.users["la_user"])
    received = timezone.localdate() - timedelta(weeks=80)
    response = send(client, "POST", BASE, {
        "nhs_number": child.nhs_number, "date_of_birth": "2015-03-27",
        "received_on": received.isoformat(), "request_source": "1",
    })  # fmt: skip
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["final_plan_due"] == rules.ehc_deadlines(received).final_plan.isoformat()
    pk = body["id"]
    assert AuditLog.objects.filter(
        object_type="assessments.Assessment", object_id=pk, action="create"
    ).exists()

    issued = received + timedelta(days=150)
    response = send(client, "PATCH", f"{BASE}/{pk}", {
        "decision": "assess", "decided_on": (received + timedelta(days=30)).isoformat(),
        "outcome": "plan", "outcome_on": issued.isoformat(), "exceptions": ["final_plan"],
    })  # fmt: skip
    assert response.status_code == 200, response.content
    assert response.json()["week20"] is True
    plan = EhcPlan.objects.get(child=child)
    assert Assessment.objects.get(pk=pk).final_plan == plan

    # PATCH changes only what it sends: the outcome stays, mediation is added.
    certificate = issued + timedelta(days=20)
    response = send(client, "PATCH", f"{BASE}/{pk}", {
        "disputes": ["assessment_mediation"],
        "mediation_on": (issued + timedelta(days=10)).isoformat(),
        "mediation_certificate_on": certificate.isoformat(),
    })  # fmt: skip
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["plan_start_on"] == issued.isoformat() and data["exception_final_plan"]
    assert (
        data["appeal_deadline"] == rules.tribunal_appeal_deadline(issued, certificate).isoformat()
    )

    meeting = issued + timedelta(days=300)
    response = send(client, "POST", f"{BASE}/{pk}/reviews", {
        "review_meeting_on": meeting.isoformat(),
        "next_transfer_year": timezone.localdate().year + 1, "transfer_kind": "school",
    })  # fmt: skip
    assert response.status_code == 201, response.content
    assert response.json()["phase_transfer_due_on"] == f"{timezone.localdate().year + 1}-02-15"
    plan.refresh_from_db()
    assert plan.last_reviewed_on == meeting


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"decision": "assess"}, "decided_on", "Enter the date of the decision whether to assess"),
        ({"decision": "maybe"}, "decision", ""),
        ({"hearing_on": "2026-01-01", "disputes": ["request_tribunal"]}, "appeal_registered_on",
         "Enter the date the tribunal registered the appeal"),
        ({"mediation_on": "2026-13-01"}, "mediation_on", ""),
        ({"exceptions": ["final_plan", "final_plan"]}, "exceptions", "only once"),
    ],
)  # fmt: skip
def test_bad_steps_are_a_422_naming_the_field_and_nothing_is_written(
    area, child, client_for, body, field, message
):
    assessment = AssessmentFactory(child=child, received_on=date(2025, 9, 1))
    response = send(client_for(area.users["dco"]), "PATCH", f"{BASE}/{assessment.pk}", body)
    assert response.status_code == 422, response.content
    errors = response.json()["errors"]
    assert any(field in key for key in errors), errors
    assert message in " ".join(m for ms in errors.values() for m in ms)
    assessment.refresh_from_db()
    assert assessment.request_outcome_on is None and assessment.hearing_on is None


def test_a_child_not_in_scope_or_not_matching_is_a_422(area, child, client_for):
    other = ChildFactory(local_authority=area.other_la)
    for nhs, born in (
        (other.nhs_number, other.date_of_birth),
        (child.nhs_number, date(2015, 1, 1)),
    ):
        response = send(client_for(area.users["la_user"]), "POST", BASE, {
            "nhs_number": nhs, "date_of_birth": born.isoformat(),
            "received_on": "2026-01-05", "request_source": "1",
        })  # fmt: skip
        assert response.status_code == 422
        assert "No child you may see" in response.json()["errors"]["nhs_number"][0]
    assert not Assessment.objects.exists()


def test_a_review_before_a_plan_is_a_422(area, child, client_for):
    assessment = AssessmentFactory(child=child)
    response = send(
        client_for(area.users["la_user"]),
        "POST",
        f"{BASE}/{assessment.pk}/reviews",
        {"review_meeting_on": "2026-01-05"},
    )
    assert response.status_code == 422
    assert "Record the final plan first" in response.json()["errors"]["review_meeting_on"][0]
    assert not Sen2Record.objects.exists()


def test_a_provider_may_read_but_not_record(area, child, client_for):
    assessment = AssessmentFactory(child=child)
    response = send(client_for(area.users["salt_user"]), "PATCH", f"{BASE}/{assessment.pk}", {})
    assert response.status_code == 403
