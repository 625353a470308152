"""Assessments on a child's timeline: one query, through the scope."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.timeline import TimelineEntry

REGISTER = "EHC needs assessment"


def _entry(a, on, title: str, detail: str, status: str, colour: str) -> TimelineEntry:
    """One of the assessment's entries: the register, the reference after the title and the
    link to the assessment are every entry's."""
    return TimelineEntry(
        on=on,
        register=REGISTER,
        title=f"{title} ({a.reference})",
        href=reverse("assessments:detail", args=[a.pk]),
        detail=detail,
        status=status,
        status_colour=colour,
    )


def entries_for_child(scope, child):
    for a in scope.assessments().filter(child=child, received_on__isnull=False):
        due, issued = a.deadlines.final_plan, a.plan_issued_on
        late = bool(issued) and issued > due
        ended = None if issued else a.clock_ended
        if issued:
            detail = f"Plan issued {format_date(issued)}"
        elif ended:
            detail = f"No plan: {ended}"
        else:
            detail = f"Final plan due {format_date(due)} (20 weeks)"
        yield _entry(
            a,
            a.received_on,
            "EHC needs assessment requested",
            detail,
            "Late" if late else ("Within 20 weeks" if issued else ("Closed" if ended else "Open")),
            "red" if late else ("grey" if ended else "blue"),
        )
        about = (
            "the decision whether to assess"
            if a.request_mediation or a.request_tribunal
            else "the assessment's outcome"
        )
        if a.mediation_on:
            certificate = a.mediation_certificate_on
            yield _entry(
                a,
                a.mediation_on,
                f"Mediation about {about}",
                f"Mediation certificate issued {format_date(certificate)}" if certificate else "",
                "Mediation",
                "blue",
            )
        if a.appeal_registered_on:
            decided = a.tribunal_decision_on
            if decided:
                detail = f"Decided {format_date(decided)}: {a.get_tribunal_outcome_display()}"
            else:
                detail = f"Hearing {format_date(a.hearing_on)}" if a.hearing_on else ""
            yield _entry(
                a,
                a.appeal_registered_on,
                f"Tribunal appeal about {about} registered",
                detail,
                "Decided" if decided else "Appeal open",
                "grey" if decided else "orange",
            )
        if a.order_deadlines:
            yield _entry(
                a,
                a.tribunal_decision_on,
                f"Tribunal order: {a.get_tribunal_order_display()}",
                "; ".join(
                    f"{o.action} by {format_date(o.due)} ({o.source})" for o in a.order_deadlines
                ),
                "Order",
                "orange",
            )
