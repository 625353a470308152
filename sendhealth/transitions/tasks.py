"""The weekly email to each ICB's DCO team mailbox of preparing-for-adulthood milestones,
annual reviews and phase transfers due within 30 days or overdue.

Run by the worker on its timer (``SCHEDULED``), as often as it likes: a ``ReminderDigest`` row
per ICB and day (unique) is claimed in the transaction that records the email, so the email
goes at most once a day even on several workers, a run stopped halfway sends the ICBs it had
not reached next time, and only when the last one is ``DIGEST_EVERY_DAYS`` old. The items are
read in keyset pages (``QueueItems.__iter__``), so memory is one page, not the ICB's queue.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.messaging import MessageKind, mailbox, send_message
from sendhealth.organisations.models import Organisation, OrganisationKind
from sendhealth.rules import due_phrase, format_date
from sendhealth.transitions.models import EhcPlan, ReminderDigest
from sendhealth.transitions.services import DUE_SOON_DAYS, QueueItem, due_for_reminder

logger = logging.getLogger(__name__)

DIGEST_EVERY_DAYS = 7


def digest_body(items: Collection[QueueItem], today: date) -> str:
    """Plan references, milestones and dates only: never a name or an NHS number."""
    link = settings.SITE_URL.rstrip("/") + reverse("transitions:queue")
    lines = [
        f"Preparing for adulthood: {len(items)} item(s) due within {DUE_SOON_DAYS} days "
        "or overdue.",
        "",
    ]
    lines += [
        f"{item.plan.reference}: {item.milestone.label}, due {format_date(item.due_on)} "
        f"({due_phrase(item.due_on, today)})"
        for item in items
    ]
    lines += [
        "",
        f"Sign in to sendhealth to see the young people and record what is done:\n{link}",
        "",
        "This email holds no personal details on purpose. Do not reply with any.",
    ]
    return "\n".join(lines)


def _due_a_digest(icb: Organisation, today: date) -> bool:
    last = ReminderDigest.objects.filter(icb=icb).order_by("-sent_on").first()
    return last is None or (today - last.sent_on).days >= DIGEST_EVERY_DAYS


def _claim(icb: Organisation, today: date, count: int) -> bool:
    """Today's digest row for the ICB, in the caller's transaction; False if another worker
    has it."""
    try:
        with transaction.atomic():
            ReminderDigest.objects.create(icb=icb, sent_on=today, items=count)
    except IntegrityError:
        return False  # another worker sent today's
    return True


def _send(icb: Organisation, today: date) -> bool:
    """The ICB's digest claimed and recorded together (one transaction): all or nothing."""
    with transaction.atomic():
        items = due_for_reminder(EhcPlan.objects.filter(icb=icb), today)
        count = len(items)
        if not _claim(icb, today, count) or not count:
            return False
        send_message(
            kind=MessageKind.REMINDER,
            subject=(
                f"Preparing for adulthood: {count} due within {DUE_SOON_DAYS} days or overdue"
            ),
            body=digest_body(items, today),
            link=reverse("transitions:queue"),
            recipients=mailbox(icb.email, organisation_id=icb.pk),
        )
    return True


@task()
def send_transition_reminders() -> int:
    """Send each ICB's weekly digest if one is due. Returns how many emails this run sent."""
    today = timezone.localdate()
    icbs = Organisation.objects.filter(kind=OrganisationKind.ICB, is_active=True).exclude(email="")
    sent = 0
    for icb in icbs.iterator():
        if _due_a_digest(icb, today) and _send(icb, today):
            sent += 1
    logger.info("transitions digests sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_transition_reminders,)
