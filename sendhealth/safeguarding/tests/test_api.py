"""The safeguarding referrals API: scoping, validation with the page's messages, audit."""

import datetime
import json
from unittest import mock

import pytest

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.safeguarding.tests.factories import SafeguardingReferralFactory

TODAY = datetime.date(2026, 3, 2)
PATH = "/api/safeguarding-referrals"


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def post(client, body):
    return client.post(PATH, json.dumps(body), content_type="application/json")


def body(child, **extra):
    return {
        "child": child.pk, "origin": "agency", "made_to": "police",
        "referred_on": "2026-02-02", "reason": "Concern shared by the school.",
        "follow_up_due_on": "2026-02-16", **extra,
    }  # fmt: skip


def test_dco_records_a_referral(area, client_for):
    child = ChildFactory(local_authority=area.la)
    response = post(client_for(area.dco), body(child))
    assert response.status_code == 201
    assert response.json()["reference"].startswith("SG-")
    assert SafeguardingReferral.objects.get().icb == area.icb
    assert AuditLog.objects.filter(action=AuditAction.CREATE, child_id=child.pk).exists()


def test_a_follow_up_before_the_referral_is_a_422_with_the_pages_message(area, client_for):
    child = ChildFactory(local_authority=area.la)
    response = post(client_for(area.dco), body(child, follow_up_due_on="2026-01-01"))
    assert response.status_code == 422
    assert response.json()["errors"]["follow_up_due_on"] == [
        "Follow-up due date must be on or after the date of referral"
    ]
    assert not SafeguardingReferral.objects.exists()


def test_a_referral_in_the_future_is_a_422(area, client_for):
    child = ChildFactory(local_authority=area.la)
    response = post(client_for(area.dco), body(child, referred_on="2026-03-03"))
    assert response.status_code == 422
    assert "referred_on" in response.json()["errors"]


def test_an_la_lists_only_its_childrens_referrals_and_reads_one(area, client_for):
    mine = SafeguardingReferralFactory(child=ChildFactory(local_authority=area.la))
    SafeguardingReferralFactory(child=ChildFactory(local_authority=area.other_la))
    client = client_for(area.la_user)
    items = client.get(PATH).json()["items"]
    assert [item["id"] for item in items] == [mine.pk]
    detail = client.get(f"{PATH}/{mine.pk}").json()
    assert detail["reason"] == "Concern raised at a clinic appointment."
    assert AuditLog.objects.filter(action=AuditAction.VIEW, child_id=mine.child_id).exists()


def test_overdue_only_lists_follow_ups_past_due_and_not_done(area, client_for):
    late = SafeguardingReferralFactory(child=ChildFactory(local_authority=area.la))
    SafeguardingReferralFactory(child=ChildFactory(local_authority=area.la), follow_up_due_on=TODAY)
    items = client_for(area.dco).get(PATH, {"overdue_only": "true"}).json()["items"]
    assert [item["id"] for item in items] == [late.pk]


def test_a_provider_gets_403(area, client_for):
    assert client_for(area.provider_user).get(PATH).status_code == 403
