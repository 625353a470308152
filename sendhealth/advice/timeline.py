"""Health advice on a child's timeline (see ``core.timeline``)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.presenters import TAG_COLOURS
from sendhealth.core.timeline import TimelineEntry

REGISTER = "Health advice"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    requests = scope.advice_requests().filter(child=child).order_by("-health_received_on")
    for advice_request in requests:
        href = reverse("advice:request", args=[advice_request.pk])
        yield TimelineEntry(
            on=advice_request.health_received_on,
            register=REGISTER,
            title=f"Health advice requested ({advice_request.reference})",
            href=href,
            status=advice_request.get_status_display(),
            status_colour=TAG_COLOURS.get(advice_request.status, "white"),
        )
        if advice_request.returned_on:
            yield TimelineEntry(
                on=advice_request.returned_on,
                register=REGISTER,
                title=f"Health advice returned to the local authority ({advice_request.reference})",
                href=href,
            )
