"""Quality assurance on a child's timeline (see ``core.timeline``): plans kept for audit."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.timeline import TimelineEntry

REGISTER = "Quality assurance"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    plans = scope.assurance_plans().filter(child=child).order_by("-finalised_on", "-pk")
    for plan in plans:
        yield TimelineEntry(
            on=plan.finalised_on,
            register=REGISTER,
            title=f"Final EHC plan's health sections kept for audit ({plan.reference})",
            href=reverse("assurance:plan", args=[plan.pk]),
        )
