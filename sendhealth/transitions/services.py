"""Changes to plans and reviews, each saved and audited in one transaction, and the queue of
what is due, computed from the plans in the user's scope in one query."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.transitions.domain import ADULT_SERVICES_BY_AGE, Milestone, due_items
from sendhealth.transitions.forms import MilestonesForm, PlanForm, ReviewForm
from sendhealth.transitions.models import AnnualReview, EhcPlan

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


# What ``rules.due_items`` reads of a plan: loaded as plain tuples, not model instances, so the
# queue of a whole area (tens of thousands of plans) is computed without building objects.
PLAN_FACTS = (
    "pk",
    "issued_on",
    "last_reviewed_on",
    "next_transfer_year",
    "transfer_to_post16",
    "transfer_reviewed_on",
    "ceased_on",
    "transition_plan_on",
    "adult_services_on",
    "learning_disability",
    "last_health_check_on",
    "handover_on",
    "assessment_relevant",
    "health_assessment_on",
    "child__date_of_birth",
)
PlanRow = namedtuple("PlanRow", [name.replace("child__", "") for name in PLAN_FACTS])


class QueueItems(Sequence):
    """The queue, sorted, as (due date, plan id, milestone) keys; the plans themselves (with
    child and local authority) are fetched only for the items read, in one query per slice, so
    a page of 25 costs the same however long the queue is."""

    def __init__(self, plans: QuerySet[EhcPlan], keys: list[tuple[date, int, Milestone]]):
        self._plans = plans
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._load(self._keys[index])
        return self._load([self._keys[index]])[0]

    def __iter__(self):
        for start in range(0, len(self._keys), 2000):
            yield from self._load(self._keys[start : start + 2000])

    def due_by(self, day: date) -> QueueItems:
        """The items due on or before ``day`` (overdue included)."""
        return QueueItems(self._plans, [key for key in self._keys if key[0] <= day])

    def _load(self, keys) -> list[QueueItem]:
        plans = self._plans.select_related("child", "local_authority").in_bulk(
            {plan_id for _, plan_id, _ in keys}
        )
        return [QueueItem(plans[plan_id], milestone, due_on) for due_on, plan_id, milestone in keys]


def queue_items(
    plans: QuerySet[EhcPlan],
    today: date,
    *,
    milestone: Milestone | None = None,
    window: Window = Window.ALL,
) -> QueueItems:
    """Every due or missing item of the live plans, soonest (most overdue) first. One query
    for the facts of every plan, then one per slice read (see ``QueueItems``)."""
    by_age = adult_services_by_age()
    soon = today + timedelta(days=DUE_SOON_DAYS)
    keys = []
    rows = plans.exclude(ceased_on__lte=today).order_by().values_list(*PLAN_FACTS)
    for row in rows.iterator(chunk_size=5000):
        plan = PlanRow._make(row)
        for item in due_items(plan, plan.date_of_birth, today, adult_services_by_age=by_age):
            if milestone is not None and item.milestone != milestone:
                continue
            if window == Window.SOON and not today <= item.due_on <= soon:
                continue
            if window == Window.OVERDUE and item.due_on >= today:
                continue
            keys.append((item.due_on, plan.pk, item.milestone))
    keys.sort(key=lambda key: (key[0], key[1], key[2].value))
    return QueueItems(plans, keys)


def due_for_reminder(plans: QuerySet[EhcPlan], today: date) -> list[QueueItem]:
    """Items due within 30 days or overdue, for the DCO team's weekly email."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    return list(queue_items(plans, today).due_by(soon))
