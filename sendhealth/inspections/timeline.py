"""An inspection under way on a child's timeline, for the DCO team: a link to the child's deep
dive, so it is one click from the child's page (one query, through the scope)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from sendhealth.core.timeline import TimelineEntry

REGISTER = "Inspections"
# An inspection is "under way" from its notification until 30 days after it ends (or starts,
# if no end is recorded): an internal choice, long enough for the inspectors' follow-ups.
FOLLOW_UP_DAYS = 30


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    if not scope.is_dco:
        return
    today = timezone.localdate()
    cutoff = today - timedelta(days=FOLLOW_UP_DAYS)
    found = (
        scope.inspections()
        .filter(icb_id__in=scope.dco_icb_ids, notified_on__lte=today)
        .filter(Q(ends_on__gte=cutoff) | Q(ends_on__isnull=True, starts_on__gte=cutoff))
        .order_by("-notified_on")[:1]
    )
    for inspection in found:
        yield TimelineEntry(
            on=inspection.notified_on,
            register=REGISTER,
            title=f"{inspection.get_kind_display()} {inspection.reference}: case deep dive",
            href=reverse("inspections:deep_dive", args=[child.pk]),
            detail="The deep dive for this child, to print for the inspectors.",
            status="Inspection under way",
            status_colour="purple",
        )
