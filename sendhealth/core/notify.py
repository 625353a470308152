"""A Django email backend that sends through GOV.UK Notify.

Set ``EMAIL_BACKEND=sendhealth.core.notify.NotifyEmailBackend``, ``NOTIFY_API_KEY`` and one
template id per kind of message (``NOTIFY_TEMPLATE_ROUTED``, ..., see the README). Every email
sendhealth sends comes from ``core.messaging``, whose headers say its kind, reference and link;
each recipient gets one Notify email from the kind's template with the personalisation
``subject``, ``body``, ``reference`` and ``link``. Uses the maintained
``notifications-python-client``; its client is made once per backend (it is not thread-safe).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from notifications_python_client.notifications import NotificationsAPIClient

from sendhealth.core.messaging import KIND_HEADER, LINK_HEADER, MESSAGE_HEADER, REFERENCE_HEADER


class NotifyEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
        super().__init__(fail_silently=fail_silently, **kwargs)
        self.client: NotificationsAPIClient | None = None

    def open(self) -> bool:
        if self.client is not None:
            return False
        if not settings.NOTIFY_API_KEY:
            raise ImproperlyConfigured("Set NOTIFY_API_KEY to send email through GOV.UK Notify")
        self.client = NotificationsAPIClient(
            settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL
        )
        return True

    def close(self) -> None:
        self.client = None

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        if not email_messages:
            return 0
        opened = self.open()
        sent = 0
        try:
            for message in email_messages:
                try:
                    self._send(message)
                except Exception:
                    if not self.fail_silently:
                        raise
                else:
                    sent += 1
        finally:
            if opened:
                self.close()
        return sent

    def _send(self, message: EmailMessage) -> None:
        headers = message.extra_headers
        kind = headers.get(KIND_HEADER, "")
        template_id = settings.NOTIFY_TEMPLATES.get(kind)
        if not template_id:
            raise ImproperlyConfigured(
                f"No GOV.UK Notify template for messages of kind {kind!r}: "
                f"set NOTIFY_TEMPLATE_{kind.upper() or '<KIND>'}"
            )
        personalisation = {
            "subject": message.subject,
            "body": message.body,
            "reference": headers.get(REFERENCE_HEADER, ""),
            "link": headers.get(LINK_HEADER, ""),
        }
        message_id = headers.get(MESSAGE_HEADER)
        for address in message.recipients():
            # send_messages opened the client before sending
            cast(NotificationsAPIClient, self.client).send_email_notification(
                email_address=address,
                template_id=template_id,
                personalisation=personalisation,
                reference=f"sendhealth-message-{message_id}" if message_id else None,
                email_reply_to_id=settings.NOTIFY_REPLY_TO_ID or None,
            )
