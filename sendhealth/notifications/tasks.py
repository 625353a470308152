"""Background work for Section 23 notifications (Django's tasks API): a local authority that has
not acknowledged a notification within ``SECTION23_ACKNOWLEDGE_WITHIN_DAYS`` days (default 14)
gets one email listing every such notification, once per notification.

Run by the worker on its timer (``SCHEDULED``) as often as it likes: each notification is
claimed with a conditional update of ``reminded_on`` before it goes into an
email, so two workers never remind about the same notification, and no notification is
reminded about twice."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.claims import claim
from sendhealth.core.messaging import MessageKind, send_message
from sendhealth.core.models import AuditAction
from sendhealth.notifications.models import Section23Notification
from sendhealth.notifications.reminders import (
    Line,
    acknowledge_within_days,
    recipients_by_la,
    reminder_email,
)
from sendhealth.organisations.models import Organisation

logger = logging.getLogger(__name__)


def _claim(notifications, today, auditor: Auditor) -> list[Line]:
    lines = []
    for notification in notifications:
        if not claim(notification, "reminded_on", today):
            continue  # another worker has it
        auditor.record(
            AuditAction.UPDATE, notification, changes={"reminder": "acknowledgement reminder sent"}
        )
        lines.append(Line(notification.pk, notification.reference, notification.notified_on))
    return lines


@task()
def send_acknowledgement_reminders() -> int:
    """Email each local authority's SEND team about its notifications not acknowledged within
    the agreed days and not reminded about before. Returns how many emails this run sent."""
    today = timezone.localdate()
    within = acknowledge_within_days()
    due = (
        Section23Notification.objects.filter(
            acknowledged_on__isnull=True,
            reminded_on__isnull=True,
            notified_on__lt=today - timedelta(days=within),
        )
        .only("pk", "local_authority_id", "notified_on", "child_id")
        .order_by("local_authority_id", "notified_on", "pk")
    )
    by_la: dict[int, list[Section23Notification]] = defaultdict(list)
    for notification in due.iterator(chunk_size=500):
        by_la[notification.local_authority_id].append(notification)
    if not by_la:
        return 0
    las = list(Organisation.objects.filter(pk__in=by_la))
    recipients = recipients_by_la(las)
    auditor = Auditor.for_system("section23-reminders")
    sent = 0
    for la in las:
        to = recipients.get(la.pk)
        if not to:
            # Left unclaimed, so the reminder goes once the team has an address.
            logger.warning("section 23 reminders: local authority %s has no address", la.pk)
            continue
        # Claims, audit entries and the message together; the message is emailed once they
        # commit, and sent again by the worker if the email fails.
        with transaction.atomic():
            lines = _claim(by_la[la.pk], today, auditor)
            if not lines:
                continue
            email = reminder_email(lines, today, within)
            send_message(
                kind=MessageKind.REMINDER,
                subject=email.subject,
                body=email.body,
                reference=lines[0].reference if len(lines) == 1 else "",
                link=reverse("notifications:list") + "?status=awaiting",
                recipients=to,
            )
        sent += 1
    logger.info("section 23 reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_acknowledgement_reminders,)
