"""Individual healthcare plans on a child's timeline (see ``core.timeline``): one query,
through the scope."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils import timezone

from sendhealth.core.timeline import TimelineEntry
from sendhealth.medicalconditions.domain import Review
from sendhealth.medicalconditions.presenters import review_of, training_text

REGISTER = "Medical conditions"
_COLOURS = {Review.OVERDUE: "red", Review.DUE_SOON: "orange", Review.ENDED: "grey"}


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    today = timezone.localdate()
    found = (
        scope.healthcare_plans()
        .filter(child=child)
        .select_related("condition_area", "setting", "service")
        .order_by("-agreed_on")
    )
    for plan in found:
        state = review_of(plan, today)
        yield TimelineEntry(
            on=plan.agreed_on,
            register=REGISTER,
            title=(
                f"Individual healthcare plan ({plan.condition_area.name}) at "
                f"{plan.setting.name} ({plan.reference})"
            ),
            href=reverse("medicalconditions:detail", args=[plan.pk]),
            detail=f"Contributed by {plan.service.name}. {training_text(plan, today)}",
            status=state.value.replace("_", " ").capitalize()
            if state != Review.DUE
            else "Review due",
            status_colour=_COLOURS.get(state, "blue"),
        )
