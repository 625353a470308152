"""Assessments on a child's timeline: one query, through the scope."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.timeline import TimelineEntry

REGISTER = "EHC needs assessment"


def entries_for_child(scope, child):
    for a in scope.assessments().filter(child=child, received_on__isnull=False):
        d = a.deadlines
        issued = a.plan_issued_on
        yield TimelineEntry(
            on=a.received_on,
            register=REGISTER,
            title=f"EHC needs assessment requested ({a.reference})",
            href=reverse("assessments:detail", args=[a.pk]),
            detail=(
                f"Plan issued {format_date(issued)}"
                if issued
                else f"Final plan due {format_date(d.final_plan)} (20 weeks)"
            ),
            status="Late"
            if issued and issued > d.final_plan
            else ("Within 20 weeks" if issued else "Open"),
            status_colour="red" if issued and issued > d.final_plan else "blue",
        )
        about = (
            "the decision whether to assess"
            if a.request_mediation or a.request_tribunal
            else "the assessment's outcome"
        )
        if a.mediation_on:
            yield TimelineEntry(
                on=a.mediation_on,
                register=REGISTER,
                title=f"Mediation about {about} ({a.reference})",
                href=reverse("assessments:detail", args=[a.pk]),
                detail=(
                    f"Mediation certificate issued {format_date(a.mediation_certificate_on)}"
                    if a.mediation_certificate_on
                    else ""
                ),
                status="Mediation",
                status_colour="blue",
            )
        if a.appeal_registered_on:
            decided = a.tribunal_decision_on
            yield TimelineEntry(
                on=a.appeal_registered_on,
                register=REGISTER,
                title=f"Tribunal appeal about {about} registered ({a.reference})",
                href=reverse("assessments:detail", args=[a.pk]),
                detail=(
                    f"Decided {format_date(decided)}: {a.get_tribunal_outcome_display()}"
                    if decided
                    else (f"Hearing {format_date(a.hearing_on)}" if a.hearing_on else "")
                ),
                status="Decided" if decided else "Appeal open",
                status_colour="grey" if decided else "orange",
            )
        if a.order_deadlines:
            yield TimelineEntry(
                on=a.tribunal_decision_on,
                register=REGISTER,
                title=f"Tribunal order: {a.get_tribunal_order_display()} ({a.reference})",
                href=reverse("assessments:detail", args=[a.pk]),
                detail="; ".join(
                    f"{o.action} by {format_date(o.due)} ({o.source})" for o in a.order_deadlines
                ),
                status="Order",
                status_colour="orange",
            )
