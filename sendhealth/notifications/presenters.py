"""What the notification pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth.children.models import NeedType
from sendhealth.core.presenters import tag
from sendhealth.notifications.models import Section23Notification

DUPLICATE_TAG = tag("Duplicate", "overdue")


def needs_text(needs: list[str]) -> str:
    labels = dict(NeedType.choices)
    return ", ".join(labels.get(n, n) for n in needs)


def acknowledgement_tag(notification: Section23Notification) -> dict:
    if notification.acknowledged_on:
        return tag("Acknowledged", "accepted")
    return tag("Awaiting acknowledgement", "awaiting")


@dataclass(frozen=True)
class NotificationRow:
    pk: int
    reference: str
    child_name: str
    date_of_birth: date
    local_authority: str
    service: str
    opinion_on: date
    notified_on: date
    status_tag: dict
    duplicate_tag: dict | None


def notification_row(n: Section23Notification) -> NotificationRow:
    return NotificationRow(
        pk=n.pk,
        reference=n.reference,
        child_name=n.child.full_name,
        date_of_birth=n.child.date_of_birth,
        local_authority=n.local_authority.name,
        service=f"{n.service.name} ({n.provider.name})",
        opinion_on=n.opinion_on,
        notified_on=n.notified_on,
        status_tag=acknowledgement_tag(n),
        duplicate_tag=DUPLICATE_TAG if getattr(n, "same_child_count", 1) > 1 else None,
    )


EXPORT_HEADERS = (
    "Reference",
    "Child NHS number",
    "Local authority",
    "Provider",
    "Service",
    "Date of opinion",
    "Needs",
    "Parent told",
    "Discussion offered",
    "Voluntary organisation",
    "Notified",
    "Acknowledged",
    "Child notified more than once",
)


def export_row(n: Section23Notification) -> list:
    return [
        n.reference,
        n.child.nhs_number,
        n.local_authority.name,
        n.provider.name,
        n.service.name,
        n.opinion_on,
        ", ".join(n.needs),
        n.parent_told_on,
        n.discussion_offered_on,
        n.voluntary_organisation if n.voluntary_organisation_suggested else "None suggested",
        n.notified_on,
        n.acknowledged_on,
        "Yes" if getattr(n, "same_child_count", 1) > 1 else "No",
    ]
