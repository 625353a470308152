"""Panels and packages on a child's timeline (see ``core.timeline``): two queries."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.timeline import TimelineEntry
from sendhealth.panels.presenters import DECISION_COLOURS, STATUS_COLOURS

PANEL_REGISTER = "Panel"
PACKAGE_REGISTER = "Package"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    cases = scope.panels_cases().filter(child=child).select_related("panel")
    for case in cases:
        panel = case.panel
        yield TimelineEntry(
            on=panel.held_on,
            register=PANEL_REGISTER,
            title=f"{panel.get_panel_type_display()} panel ({panel.reference})",
            href=reverse("panels:detail", args=[panel.pk]),
            detail=case.question[:200],
            status=case.get_decision_display(),
            status_colour=DECISION_COLOURS[case.decision],
        )
    for package in scope.panels_packages().filter(child=child):
        yield TimelineEntry(
            on=package.starts_on,
            register=PACKAGE_REGISTER,
            title=f"{package.get_kind_display()} ({package.reference})",
            href=reverse("panels:package", args=[package.pk]),
            status=package.get_status_display(),
            status_colour=STATUS_COLOURS[package.status],
        )
