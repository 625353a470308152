"""Enquiries about a child, for the child's page (one query, through the user's scope)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils import timezone

from sendhealth.core.timeline import TimelineEntry


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    for enquiry in scope.enquiries().filter(child=child).order_by("-opened_at"):
        yield TimelineEntry(
            on=timezone.localtime(enquiry.opened_at).date(),
            register="Enquiry",
            title=f"Enquiry {enquiry.reference}: {enquiry.get_topic_display()}",
            href=reverse("enquiries:detail", args=[enquiry.pk]),
            detail=f"From: {enquiry.get_source_display()}",
            status="Open" if enquiry.is_open else "Closed",
            status_colour="blue" if enquiry.is_open else "grey",
        )
