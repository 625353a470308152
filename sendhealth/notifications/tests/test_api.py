import json
from datetime import date

import pytest

from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.enquiries.tests.factories import EnquiryFactory
from sendhealth.notifications.models import Section23Notification
from sendhealth.notifications.tests.factories import Section23NotificationFactory

pytestmark = pytest.mark.django_db


def _post(client, path, body):
    return client.post(path, json.dumps(body), content_type="application/json")


def _body(area, **changes) -> dict:
    body = {
        "nhs_number": "9434765919",
        "child": {
            "given_name": "Ada",
            "family_name": "Testperson",
            "date_of_birth": "2023-06-01",
            "local_authority": area.la.pk,
        },
        "service": area.salt.pk,
        "opinion_on": "2026-01-05",
        "needs": ["SLCN"],
        "parent_told_on": "2026-01-06",
        "discussion_offered_on": "2026-01-06",
        "voluntary_organisation_suggested": True,
        "voluntary_organisation": "Local parent carer forum",
        "notified_on": "2026-01-07",
    }
    body.update(changes)
    return body


class TestNotificationsApi:
    def test_a_provider_notifies_about_a_new_child(self, area, client_for):
        response = _post(client_for(area.salt_user), "/api/notifications", _body(area))
        assert response.status_code == 201, response.content
        assert response.json()["child"]["nhs_number"] == "9434765919"
        assert Section23Notification.objects.get().voluntary_organisation_suggested

    def test_a_child_of_compulsory_school_age_is_refused_with_422(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2018, 1, 10))
        body = _body(area, nhs_number=child.nhs_number, child=None)
        response = _post(client_for(area.dco), "/api/notifications", body)
        assert response.status_code == 422
        assert "compulsory school age" in response.json()["errors"]["opinion_on"][0]
        assert not Section23Notification.objects.exists()

    def test_a_new_child_without_details_writes_nothing(self, area, client_for):
        response = _post(client_for(area.salt_user), "/api/notifications", _body(area, child=None))
        assert response.status_code == 422
        assert "child.given_name" in response.json()["errors"]
        assert not Child.objects.exists()

    def test_the_la_acknowledges(self, area, client_for):
        n = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la), service=area.salt
        )
        client = client_for(area.la_user)
        path = f"/api/notifications/{n.pk}/acknowledge"
        assert _post(client, path, {"acknowledged_on": "2026-01-08"}).status_code == 200
        assert _post(client, path, {"acknowledged_on": "2026-01-08"}).status_code == 409


class TestEnquiriesApi:
    def test_the_dco_lists_and_logs_enquiries(self, area, client_for):
        EnquiryFactory(icb=area.icb)
        EnquiryFactory()  # another ICB's
        client = client_for(area.dco)
        assert client.get("/api/enquiries").json()["count"] == 1
        body = {"source": "family", "topic": "transition", "summary": "Adult services?"}
        response = _post(client, "/api/enquiries", body)
        assert response.status_code == 201
        assert response.json()["child"] is None

    def test_bad_input_answers_422(self, area, client_for):
        body = {"source": "family", "topic": "transition", "summary": ""}
        response = _post(client_for(area.dco), "/api/enquiries", body)
        assert response.status_code == 422
        assert "summary" in response.json()["errors"]
