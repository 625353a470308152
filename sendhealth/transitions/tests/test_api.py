"""The transitions API: the same rules, scope and messages as the pages."""

import json
from datetime import date

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.transitions.models import EhcPlan

BASE = "/api/transitions"


def post(client, path, body):
    return client.post(path, json.dumps(body), content_type="application/json")


def test_the_queue_lists_due_items_soonest_first(area, client_for, today, young_person):
    response = client_for(area.la_user).get(f"{BASE}/queue")
    items = response.json()["items"]
    assert [i["milestone"] for i in items] == ["transition_plan", "adult_services", "handover"]
    assert items[0]["due_on"] == "2024-08-31" and items[0]["plan"]["id"] == young_person.pk


def test_the_queue_filters_overdue(area, client_for, today, young_person):
    items = client_for(area.dco).get(f"{BASE}/queue?when=overdue").json()["items"]
    assert [i["milestone"] for i in items] == ["transition_plan"]


def test_a_plan_reads_with_what_is_due(area, client_for, today, young_person):
    data = client_for(area.dco).get(f"{BASE}/plans/{young_person.pk}").json()
    assert data["reference"] == young_person.reference
    assert {d["milestone"] for d in data["due"]} == {
        "transition_plan",
        "adult_services",
        "handover",
    }


def test_recording_a_plan(area, client_for, today):
    child = ChildFactory(local_authority=area.la, date_of_birth=date(2012, 5, 5))
    response = post(
        client_for(area.la_user),
        f"{BASE}/plans",
        {"nhs_number": child.nhs_number, "issued_on": "2025-01-06", "next_transfer_year": 2028},
    )
    assert response.status_code == 201, response.content
    assert EhcPlan.objects.get().next_transfer_year == 2028


def test_a_future_issue_date_is_a_422_with_the_pages_message(area, client_for, today):
    child = ChildFactory(local_authority=area.la, date_of_birth=date(2012, 5, 5))
    response = post(
        client_for(area.dco),
        f"{BASE}/plans",
        {"nhs_number": child.nhs_number, "issued_on": "2026-03-01"},
    )
    assert response.status_code == 422
    assert response.json()["errors"]["issued_on"] == [
        "Date the plan was issued must be today or in the past"
    ]


def test_recording_a_review(area, client_for, today, young_person):
    response = post(
        client_for(area.dco),
        f"{BASE}/plans/{young_person.pk}/reviews",
        {"held_on": "2026-02-02", "health_attended": True, "health_attendees": "School nurse"},
    )
    assert response.status_code == 201
    young_person.refresh_from_db()
    assert young_person.last_reviewed_on == date(2026, 2, 2)


def test_a_review_with_attendance_but_nobody_named_is_422(area, client_for, today, young_person):
    response = post(
        client_for(area.dco),
        f"{BASE}/plans/{young_person.pk}/reviews",
        {"held_on": "2026-02-02", "health_attended": True},
    )
    assert response.json()["errors"]["health_attendees"] == ["Enter who attended for health"]
