"""Health provision lines on a child's timeline (see ``core.timeline``): two queries, through
the scope (the lines, and their returns' totals)."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import Count, Sum
from django.urls import reverse

from sendhealth.core.timeline import TimelineEntry
from sendhealth.provision import domain
from sendhealth.provision.presenters import frequency_text

REGISTER = "Health provision"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    lines = list(
        scope.provision_lines().filter(child=child).select_related("service").order_by("pk")
    )
    if not lines:
        return
    totals = {
        row["line_id"]: row
        for row in scope.provision_returns()
        .filter(line_id__in=[line.pk for line in lines])
        .values("line_id")
        .annotate(delivered=Sum("delivered"), expected=Sum("expected"), months=Count("pk"))
        .order_by()
    }
    for line in lines:
        total = totals.get(line.pk)
        if line.vague:
            status, colour = "Vague: a finding", "orange"
        elif total is None:
            status, colour = "Not reported", "grey"
        else:
            status = "Delivered " + domain.percent(
                domain.delivery_rate(total["delivered"], total["expected"] or 0)
            )
            colour = "blue"
        yield TimelineEntry(
            on=line.starts_on,
            register=REGISTER,
            title=f"{line.what[:80]} from {line.service.name} ({line.reference})",
            href=reverse("provision:line", args=[line.pk]),
            detail=frequency_text(line) + (f"; {total['months']} months reported" if total else ""),
            status=status,
            status_colour=colour,
        )
