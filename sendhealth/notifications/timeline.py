"""Section 23 notifications about a child, for the child's page (one query, through scope)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.timeline import TimelineEntry


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    notifications = (
        scope.notifications().filter(child=child).select_related("service").order_by("-notified_on")
    )
    for n in notifications:
        yield TimelineEntry(
            on=n.notified_on,
            register="Section 23 notification",
            title=f"Local authority notified by {n.service.name} ({n.reference})",
            href=reverse("notifications:detail", args=[n.pk]),
            detail=f"Opinion formed on {format_date(n.opinion_on)}",
            status="Acknowledged" if n.acknowledged_on else "Awaiting acknowledgement",
            status_colour="green" if n.acknowledged_on else "blue",
        )
