"""Messages to people: every email sendhealth sends goes through ``send_message``.

``send_message`` records one ``core.Message`` per recipient in the caller's transaction and
emails them once that transaction commits (``transaction.on_commit`` enqueues
``deliver_messages``). So a change that rolls back sends nothing, and a message whose email did
not go (the process stopped, the mail server or GOV.UK Notify refused) is still recorded,
pending or failed, for the worker's ``send_pending_messages`` to send. Each person reads what
they were sent on the Messages page (``messages_for``).

A message names a request, package or referral by reference and links to it by id: never a
child's name, NHS number or date of birth. Callers write subject and body from references,
service names and dates only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django_tasks import task

from sendhealth.core.models import Message, MessageKind, MessageStatus

if TYPE_CHECKING:
    from sendhealth.accounts.models import User

logger = logging.getLogger(__name__)

# Headers that carry what GOV.UK Notify's templates need (``core.notify.NotifyEmailBackend``).
KIND_HEADER = "X-Sendhealth-Kind"
REFERENCE_HEADER = "X-Sendhealth-Reference"
LINK_HEADER = "X-Sendhealth-Link"
MESSAGE_HEADER = "X-Sendhealth-Message"

MAX_ATTEMPTS = 5
# A message still pending this long after it was recorded lost its delivery task (the process
# stopped between commit and enqueue); one "sending" this long lost its worker mid-send.
PENDING_GRACE = timedelta(minutes=5)
SENDING_GRACE = timedelta(hours=1)

__all__ = [
    "MessageKind",
    "Recipient",
    "deliver",
    "mailbox",
    "messages_for",
    "people",
    "send_message",
    "site_link",
]


@dataclass(frozen=True)
class Recipient:
    """A person (``user_id``) or a shared mailbox (of ``organisation_id``/``service_id``)."""

    email: str
    user_id: int | None = None
    organisation_id: int | None = None
    service_id: int | None = None


def people(users: Iterable[User]) -> list[Recipient]:
    """Each user as a recipient (one with no email address still sees the message here)."""
    return [Recipient(email=user.email or "", user_id=user.pk) for user in users]


def mailbox(
    email: str, *, organisation_id: int | None = None, service_id: int | None = None
) -> list[Recipient]:
    """A shared mailbox, seen on the Messages page by the people of its organisation (or, for a
    service's, by that service's users); nothing if there is no address."""
    if not email:
        return []
    return [Recipient(email=email, organisation_id=organisation_id, service_id=service_id)]


def site_link(path: str) -> str:
    """The full address of a path on this site, for an email."""
    return settings.SITE_URL.rstrip("/") + path


@dataclass(frozen=True)
class Draft:
    """One message to record and send (``send_messages`` records many at once)."""

    kind: str
    subject: str
    body: str
    recipients: Sequence[Recipient]
    reference: str = ""
    link: str = ""


def send_message(
    *,
    kind: str,
    subject: str,
    body: str,
    recipients: Sequence[Recipient],
    reference: str = "",
    link: str = "",
) -> list[Message]:
    """Record one message per recipient and email them after the current transaction commits.

    People first: a person is sent one message however often they are named, and a mailbox
    whose address is also a recipient's is not sent a second copy. ``link`` is a path on this
    site (``reverse(...)``) to the thing the message is about."""
    return send_messages([Draft(kind, subject, body, recipients, reference, link)])


def send_messages(drafts: Iterable[Draft]) -> list[Message]:
    """``send_message`` for many messages at once (a job's batch): one insert, and one task
    to send them all once the transaction commits."""
    now = timezone.now()
    rows = [row for draft in drafts for row in _message_rows(draft, now)]
    if not rows:
        return []
    Message.objects.bulk_create(rows)
    for row in rows:
        if row.pk is None:  # a database that gives no ids back from a bulk insert
            row.save()
    ids = [row.pk for row in rows if row.status == MessageStatus.PENDING]
    if ids:
        transaction.on_commit(partial(_enqueue, ids))
    return rows


def _message_rows(draft: Draft, now: datetime) -> list[Message]:
    MessageKind(draft.kind)  # refuse a kind with no template
    ordered = sorted(draft.recipients, key=lambda r: r.user_id is None)
    users: set[int] = set()
    addresses: set[str] = set()
    rows = []
    for recipient in ordered:
        address = recipient.email.strip()
        if recipient.user_id is not None:
            if recipient.user_id in users:
                continue
            users.add(recipient.user_id)
        elif address.lower() in addresses:
            continue
        addresses.add(address.lower())
        rows.append(
            Message(
                recipient_id=recipient.user_id,
                organisation_id=recipient.organisation_id,
                service_id=recipient.service_id,
                to=address,
                kind=draft.kind,
                subject=draft.subject,
                body=draft.body,
                reference=draft.reference,
                link=draft.link,
                created_at=now,
                status=MessageStatus.PENDING if address else MessageStatus.NO_ADDRESS,
            )
        )
    return rows


def _enqueue(ids: list[int]) -> None:
    try:
        deliver_messages.enqueue(ids)
    except Exception:  # the worker's send_pending_messages picks them up
        logger.exception("messages not queued for sending ids=%s", ids)


def _email(message: Message) -> EmailMessage:
    headers = {KIND_HEADER: message.kind, MESSAGE_HEADER: str(message.pk)}
    if message.reference:
        headers[REFERENCE_HEADER] = message.reference
    if message.link:
        headers[LINK_HEADER] = site_link(message.link)
    return EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        headers=headers,
    )


def deliver(messages: Iterable[Message]) -> int:
    """Email each message not yet sent, claiming it first (a conditional update, so two
    workers never both send it), and record whether it went. Returns how many went."""
    sent = 0
    for message in messages:
        now = timezone.now()
        claimed = Message.objects.filter(
            pk=message.pk, status=message.status, attempts=message.attempts
        ).update(status=MessageStatus.SENDING, attempts=F("attempts") + 1, last_attempt_at=now)
        if not claimed:
            continue  # sent or being sent by someone else
        try:
            _email(message).send()
        except Exception as error:
            logger.warning("message %s not sent: %s", message.pk, type(error).__name__)
            Message.objects.filter(pk=message.pk).update(
                status=MessageStatus.FAILED, error=f"{type(error).__name__}: {error}"[:300]
            )
            continue
        Message.objects.filter(pk=message.pk).update(
            status=MessageStatus.SENT, sent_at=timezone.now(), error=""
        )
        sent += 1
    return sent


@task()
def deliver_messages(message_ids: list[int]) -> int:
    """Email the messages just recorded (enqueued once their transaction commits)."""
    return deliver(
        Message.objects.filter(
            pk__in=message_ids, status__in=(MessageStatus.PENDING, MessageStatus.FAILED)
        ).order_by("pk")
    )


@task()
def send_pending_messages() -> int:
    """Email what is left: messages still pending after a few minutes, stuck sending for an
    hour, or failed fewer than ``MAX_ATTEMPTS`` times. Scheduled by the worker."""
    now = timezone.now()
    # A message stuck "sending" is tried again as failed (its email may or may not have gone).
    Message.objects.filter(
        status=MessageStatus.SENDING,
        attempts__lt=MAX_ATTEMPTS,
        last_attempt_at__lte=now - SENDING_GRACE,
    ).update(status=MessageStatus.FAILED, error="Stopped while sending")
    waiting = Message.objects.filter(
        Q(status=MessageStatus.PENDING, created_at__lte=now - PENDING_GRACE)
        | Q(status=MessageStatus.FAILED, attempts__lt=MAX_ATTEMPTS)
    )
    sent = deliver(waiting.order_by("pk").iterator(chunk_size=500))
    logger.info("pending messages sent=%d", sent)
    return sent


def messages_for(user: User) -> QuerySet[Message]:
    """What ``user`` was sent: messages to them, and to the shared mailboxes of their teams (an
    ICB's DCO service, an LA's SEND team, a provider's or, for a user limited to some services,
    those services' mailboxes). Newest first. Board viewers and administrators have no team
    mailbox here."""
    from sendhealth.accounts.models import Role

    seen = Q(recipient=user)
    for membership in user.memberships.prefetch_related("services"):
        if membership.role in (Role.DCO, Role.DCO_TEAM, Role.LOCAL_AUTHORITY):
            seen |= Q(recipient__isnull=True, organisation_id=membership.organisation_id)
        elif membership.role == Role.PROVIDER:
            services = [service.pk for service in membership.services.all()]
            if services:
                seen |= Q(recipient__isnull=True, service_id__in=services)
            else:
                seen |= Q(recipient__isnull=True, organisation_id=membership.organisation_id)
    return Message.objects.filter(seen).order_by("-created_at", "-pk")
