"""Changes to plans and reviews, each saved and audited in one transaction, and the queue of
what is due, computed from the plans in the user's scope in one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.transitions.forms import MilestonesForm, PlanForm, ReviewForm
from sendhealth.transitions.models import AnnualReview, EhcPlan
from sendhealth.transitions.rules import ADULT_SERVICES_BY_AGE, Milestone, due_items

DUE_SOON_DAYS = 30


def adult_services_by_age() -> int:
    """``TRANSITIONS_ADULT_SERVICES_BY_AGE`` (default 17): not statutory, so a setting."""
    return getattr(settings, "TRANSITIONS_ADULT_SERVICES_BY_AGE", ADULT_SERVICES_BY_AGE)


# -- changes ---------------------------------------------------------------------------------


def create_plan(form: PlanForm, *, user, auditor: Auditor) -> EhcPlan:
    with transaction.atomic():
        plan = form.save(commit=False)
        plan.child = form.child
        plan.local_authority = form.child.local_authority
        plan.icb_id = form.child.local_authority.parent_id
        plan.created_by = user
        plan.save()
        auditor.create(plan, {"fields": form.field_changes})
    return plan


def update_plan(form: PlanForm | MilestonesForm, *, auditor: Auditor) -> EhcPlan:
    with transaction.atomic():
        plan = form.save()
        auditor.update(plan, {"fields": form.field_changes})
    return plan


def record_review(form: ReviewForm, *, user, auditor: Auditor) -> AnnualReview:
    """Save the review and move the plan's last review date on (never back)."""
    plan = form.plan
    with transaction.atomic():
        review = form.save(commit=False)
        review.plan = plan
        review.recorded_by = user
        review.save()
        if plan.last_reviewed_on is None or review.held_on > plan.last_reviewed_on:
            plan.last_reviewed_on = review.held_on
            plan.save(update_fields=["last_reviewed_on", "updated_at"])
        auditor.record(
            AuditAction.CREATE,
            review,
            child_id=plan.child_id,
            changes={"fields": sorted(form.changed_data)},
        )
    return review


# -- the queue -------------------------------------------------------------------------------


class Window(StrEnum):
    ALL = ""
    SOON = "soon"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {
            Window.ALL: "Everything due or missing",
            Window.SOON: f"Due within {DUE_SOON_DAYS} days",
            Window.OVERDUE: "Overdue",
        }[self]


@dataclass(frozen=True)
class QueueItem:
    plan: EhcPlan
    milestone: Milestone
    due_on: date


def live_plans(plans: QuerySet[EhcPlan], today: date) -> QuerySet[EhcPlan]:
    return plans.exclude(ceased_on__lte=today).select_related("child", "local_authority")


def queue_items(
    plans: QuerySet[EhcPlan],
    today: date,
    *,
    milestone: Milestone | None = None,
    window: Window = Window.ALL,
) -> list[QueueItem]:
    """Every due or missing item of the live plans, soonest (most overdue) first. One query."""
    by_age = adult_services_by_age()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    items = []
    for plan in live_plans(plans, today).iterator(chunk_size=2000):
        for item in due_items(plan, plan.child.date_of_birth, today, adult_services_by_age=by_age):
            if milestone is not None and item.milestone != milestone:
                continue
            if window == Window.SOON and not today <= item.due_on <= soon:
                continue
            if window == Window.OVERDUE and item.due_on >= today:
                continue
            items.append(QueueItem(plan, item.milestone, item.due_on))
    return sorted(items, key=lambda i: (i.due_on, i.plan.pk, i.milestone.value))


def due_for_reminder(plans: QuerySet[EhcPlan], today: date) -> list[QueueItem]:
    """Items due within 30 days or overdue, for the DCO team's weekly email."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    return [item for item in queue_items(plans, today) if item.due_on <= soon]
