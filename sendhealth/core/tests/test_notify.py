"""The GOV.UK Notify email backend, with the library's client faked at its network boundary
(``NotificationsAPIClient.request``): no network."""

from __future__ import annotations

import uuid

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import TestCase
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from sendhealth.core.messaging import people, send_message
from sendhealth.core.models import Message, MessageKind, MessageStatus

SERVICE_ID = str(uuid.UUID(int=1))
SECRET = str(uuid.UUID(int=2))
TEMPLATES = {kind: str(uuid.uuid5(uuid.NAMESPACE_URL, kind)) for kind in MessageKind.values}


@pytest.fixture
def notify(settings, monkeypatch):
    """Notify configured, and every request the client would make recorded instead."""
    settings.EMAIL_BACKEND = "sendhealth.core.notify.NotifyEmailBackend"
    settings.NOTIFY_API_KEY = f"sendhealth_test-{SERVICE_ID}-{SECRET}"
    settings.NOTIFY_TEMPLATES = TEMPLATES
    settings.SITE_URL = "https://sendhealth.example.nhs.uk"
    calls = []

    def fake_request(self, method, url, data=None, params=None):
        calls.append({"method": method, "url": url, "data": data})
        return {"id": str(uuid.uuid4()), "reference": (data or {}).get("reference")}

    monkeypatch.setattr(NotificationsAPIClient, "request", fake_request)
    return calls


def routed_message(user) -> Message:
    with TestCase.captureOnCommitCallbacks(execute=True):
        (message,) = send_message(
            kind=MessageKind.ROUTED,
            subject="New request for health advice ADV-000042",
            body="Reference: ADV-000042",
            reference="ADV-000042",
            link="/advice/assignments/7/",
            recipients=people([user]),
        )
    message.refresh_from_db()
    return message


class TestNotifyBackend:
    def test_a_message_goes_to_notify_with_its_kinds_template_and_personalisation(
        self, area, notify
    ):
        message = routed_message(area.salt_user)
        assert message.status == MessageStatus.SENT
        (call,) = notify
        assert call["method"] == "POST"
        assert call["url"] == "/v2/notifications/email"
        assert call["data"] == {
            "email_address": area.salt_user.email,
            "template_id": TEMPLATES["routed"],
            "personalisation": {
                "subject": "New request for health advice ADV-000042",
                "body": "Reference: ADV-000042",
                "reference": "ADV-000042",
                "link": "https://sendhealth.example.nhs.uk/advice/assignments/7/",
            },
            "reference": f"sendhealth-message-{message.pk}",
        }
        assert mail.outbox == []

    def test_each_kind_has_its_own_template(self, area, notify):
        for kind in MessageKind.values:
            with TestCase.captureOnCommitCallbacks(execute=True):
                send_message(kind=kind, subject="s", body="b", recipients=people([area.dco]))
        assert [call["data"]["template_id"] for call in notify] == [
            TEMPLATES[kind] for kind in MessageKind.values
        ]

    def test_a_reply_to_address_is_used_when_set(self, area, notify, settings):
        settings.NOTIFY_REPLY_TO_ID = "reply-to-id"
        routed_message(area.dco)
        assert notify[0]["data"]["email_reply_to_id"] == "reply-to-id"

    def test_a_refusal_by_notify_leaves_the_message_failed_for_the_worker(
        self, area, notify, monkeypatch
    ):
        def refuse(self, method, url, data=None, params=None):
            raise APIError(message="BadRequestError: Can't send to this recipient")

        monkeypatch.setattr(NotificationsAPIClient, "request", refuse)
        message = routed_message(area.dco)
        assert message.status == MessageStatus.FAILED
        assert "APIError" in message.error

    def test_a_kind_with_no_template_configured_is_not_sent(self, area, notify, settings):
        settings.NOTIFY_TEMPLATES = {**TEMPLATES, "routed": ""}
        message = routed_message(area.dco)
        assert message.status == MessageStatus.FAILED
        assert "NOTIFY_TEMPLATE_ROUTED" in message.error
        assert notify == []

    def test_without_an_api_key_the_backend_refuses_to_start(self, settings, notify):
        settings.NOTIFY_API_KEY = ""
        from sendhealth.core.notify import NotifyEmailBackend

        with pytest.raises(ImproperlyConfigured):
            NotifyEmailBackend().send_messages([mail.EmailMessage("s", "b", to=["a@b.invalid"])])
