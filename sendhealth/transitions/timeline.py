"""EHC plans, annual reviews and preparing-for-adulthood milestones on a child's timeline
(see ``core.timeline``). Two queries, whatever the number of plans and reviews."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse

from sendhealth.core.timeline import TimelineEntry
from sendhealth.transitions.domain import Milestone

REGISTER = "Preparing for adulthood"

DONE_MILESTONES = (
    ("transition_plan_on", Milestone.TRANSITION_PLAN),
    ("adult_services_on", Milestone.ADULT_SERVICES),
    ("last_health_check_on", Milestone.HEALTH_CHECK),
    ("handover_on", Milestone.HANDOVER),
    ("health_assessment_on", Milestone.HEALTH_ASSESSMENT),
    ("transfer_reviewed_on", Milestone.PHASE_TRANSFER),
)


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    plans = {plan.pk: plan for plan in scope.transitions_plans().filter(child=child)}
    for plan in plans.values():
        href = reverse("transitions:plan", args=[plan.pk])
        yield TimelineEntry(
            on=plan.issued_on,
            register=REGISTER,
            title=f"EHC plan issued ({plan.reference})",
            href=href,
            status="Ceased" if plan.ceased_on else "Live",
            status_colour="grey" if plan.ceased_on else "green",
        )
        if plan.ceased_on:
            yield TimelineEntry(
                on=plan.ceased_on, register=REGISTER, title="EHC plan ceased", href=href
            )
        for field, milestone in DONE_MILESTONES:
            done = getattr(plan, field)
            if done:
                yield TimelineEntry(on=done, register=REGISTER, title=milestone.label, href=href)
    if not plans:
        return
    for review in scope.transitions_reviews().filter(plan_id__in=list(plans)):
        attended = "Health attended" if review.health_attended else "Health did not attend"
        yield TimelineEntry(
            on=review.held_on,
            register=REGISTER,
            title="Annual review",
            href=reverse("transitions:plan", args=[review.plan_id]),
            detail=attended,
        )
