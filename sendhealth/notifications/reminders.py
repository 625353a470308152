"""The reminder email to a local authority's SEND team about Section 23 notifications it has not
acknowledged within ``SECTION23_ACKNOWLEDGE_WITHIN_DAYS`` days. It names notifications by
reference only: never a child, never the needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse

from sendhealth.accounts.models import Membership, Role
from sendhealth.core.messaging import Recipient, mailbox, people
from sendhealth.rules import format_date

DEFAULT_ACKNOWLEDGE_WITHIN_DAYS = 14


def acknowledge_within_days() -> int:
    return getattr(settings, "SECTION23_ACKNOWLEDGE_WITHIN_DAYS", DEFAULT_ACKNOWLEDGE_WITHIN_DAYS)


@dataclass(frozen=True)
class Line:
    pk: int
    reference: str
    notified_on: date


@dataclass(frozen=True)
class ReminderEmail:
    subject: str
    body: str


def reminder_email(lines: list[Line], today: date, within_days: int) -> ReminderEmail:
    site = settings.SITE_URL.rstrip("/")
    items = "\n".join(
        f"- {line.reference}: notified on {format_date(line.notified_on)}, "
        f"{(today - line.notified_on).days} days ago\n"
        f"  {site}{reverse('notifications:detail', args=[line.pk])}"
        for line in sorted(lines, key=lambda line: (line.notified_on, line.pk))
    )
    count = len(lines)
    noun = "notification" if count == 1 else "notifications"
    body = (
        f"Health has sent your local authority {count} Section 23 {noun} (Children and "
        f"Families Act 2014, section 23) not yet acknowledged after {within_days} days:\n\n"
        f"{items}\n\n"
        "Sign in to sendhealth to read each notification and acknowledge it:\n"
        f"{site}{reverse('notifications:list')}?status=awaiting\n\n"
        "You will not be reminded about these notifications again.\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )
    subject = f"Section 23: {count} {noun} awaiting acknowledgement for over {within_days} days"
    return ReminderEmail(subject, body)


def recipients_by_la(local_authorities: Iterable) -> dict[int, list[Recipient]]:
    """Each local authority's SEND team: the active caseworkers of its memberships with an
    address (one query for them) and its organisation mailbox."""
    found: dict[int, list[Recipient]] = defaultdict(list)
    las = list(local_authorities)
    memberships = (
        Membership.objects.filter(
            organisation__in=[la.pk for la in las],
            role=Role.LOCAL_AUTHORITY,
            user__is_active=True,
        )
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id")
    )
    for membership in memberships:
        found[membership.organisation_id] += people([membership.user])
    for la in las:
        found[la.pk] += mailbox(la.email, organisation_id=la.pk)
    return {la_id: recipients for la_id, recipients in found.items() if recipients}
