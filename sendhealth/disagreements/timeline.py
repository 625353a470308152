"""Disagreements on a child's timeline (see ``core.timeline``): one query through the scope."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.timeline import TimelineEntry
from sendhealth.disagreements.presenters import status_tag

REGISTER = "Disagreement resolution"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    if not hasattr(scope, "disagreements"):
        return
    disagreements = scope.disagreements().filter(child=child)
    for d in disagreements.order_by("-registered_on", "-pk"):
        href = reverse("disagreements:detail", args=[d.pk])
        status = status_tag(d)
        yield TimelineEntry(
            on=d.registered_on,
            register=REGISTER,
            title=f"{d.get_kind_display()} registered ({d.reference})",
            href=href,
            status=status["text"],
            status_colour=status["classes"].removeprefix("nhsuk-tag--"),
        )
        if d.outcome_on:
            yield TimelineEntry(
                on=d.outcome_on,
                register=REGISTER,
                title=f"{d.get_kind_display()} outcome: {d.get_outcome_display()} ({d.reference})",
                href=href,
            )
