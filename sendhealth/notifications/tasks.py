"""Background work for Section 23 notifications (Django's tasks API): a local authority that has
not acknowledged a notification within ``SECTION23_ACKNOWLEDGE_WITHIN_DAYS`` days (default 14)
gets one email listing every such notification, once per notification.

Run by the worker on its timer (``SCHEDULED``) as often as it likes: a ``core.reminders.
DigestJob`` (``send_due_digests``) locks a local authority's due notifications and moves their
``reminded_on`` on in the transaction that records the email, so two workers never remind about
the same notification, and no notification is reminded about twice."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.urls import reverse
from django_tasks import task

from sendhealth.core.messaging import Draft, MessageKind
from sendhealth.core.reminders import DigestJob, send_due_digests
from sendhealth.notifications.models import Section23Notification
from sendhealth.notifications.reminders import (
    Line,
    acknowledge_within_days,
    recipients_by_la,
    reminder_email,
)
from sendhealth.organisations.models import Organisation

logger = logging.getLogger(__name__)


def _due(today: date):
    within = acknowledge_within_days()
    return Section23Notification.objects.filter(
        acknowledged_on__isnull=True,
        reminded_on__isnull=True,
        notified_on__lt=today - timedelta(days=within),
    ).only("pk", "local_authority_id", "notified_on", "child_id", "reminded_on")


def _draft(la_id: int, notifications, today: date) -> Draft | None:
    """One email to the local authority's SEND team; None (left unclaimed, so it goes once the
    team has an address) when it has none."""
    la = Organisation.objects.get(pk=la_id)
    to = recipients_by_la([la]).get(la.pk)
    if not to:
        logger.warning("section 23 reminders: local authority %s has no address", la.pk)
        return None
    lines = [Line(n.pk, n.reference, n.notified_on) for n in notifications]
    email = reminder_email(lines, today, acknowledge_within_days())
    return Draft(
        kind=MessageKind.REMINDER,
        subject=email.subject,
        body=email.body,
        recipients=to,
        reference=lines[0].reference if len(lines) == 1 else "",
        link=reverse("notifications:list") + "?status=awaiting",
    )


ACKNOWLEDGEMENT_REMINDERS = DigestJob(
    name="section23-reminders",
    due=_due,
    group="local_authority_id",
    draft=_draft,
    claim_as=lambda notification, today: today,
    note={"reminder": "acknowledgement reminder sent"},
)


@task()
def send_acknowledgement_reminders() -> int:
    """Email each local authority's SEND team about its notifications not acknowledged within
    the agreed days and not reminded about before. Returns how many emails this run sent."""
    return send_due_digests(ACKNOWLEDGEMENT_REMINDERS).messages


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_acknowledgement_reminders,)
