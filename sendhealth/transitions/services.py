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
from django.db.models import Q, QuerySet

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.transitions.domain import ADULT_SERVICES_BY_AGE, Milestone, due_windows, is_tracked
from sendhealth.transitions.forms import MilestonesForm, PlanForm, ReviewForm
from sendhealth.transitions.models import AnnualReview, EhcPlan, PlanDueItem

DUE_SOON_DAYS = 30


def tracked_for_adulthood(dob, today) -> bool:
    """Whether preparing for adulthood is tracked for a young person born on ``dob`` today
    (from year 9 until the 25th birthday): for other registers, which use this module."""
    return is_tracked(dob, today)


def adult_services_by_age() -> int:
    """``TRANSITIONS_ADULT_SERVICES_BY_AGE`` (default 17): not statutory, so a setting."""
    return getattr(settings, "TRANSITIONS_ADULT_SERVICES_BY_AGE", ADULT_SERVICES_BY_AGE)


# -- changes ---------------------------------------------------------------------------------


def _plan_became_final(plan: EhcPlan, user, auditor: Auditor) -> None:
    """A final plan is recorded: health provision lines from the accepted advice, in this
    transaction (``provision.services.plan_became_final``; safe to run twice)."""
    from sendhealth.provision.services import plan_became_final

    plan_became_final(plan, auditor=auditor, user=user)


def create_plan(form: PlanForm, *, user, auditor: Auditor) -> EhcPlan:
    with transaction.atomic():
        plan = form.save(commit=False)
        plan.child = form.child
        plan.local_authority = form.child.local_authority
        plan.icb_id = form.child.local_authority.parent_id
        plan.created_by = user
        plan.save()
        auditor.create(plan, {"fields": form.field_changes})
        _plan_became_final(plan, user, auditor)
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
    "icb_id",
    "local_authority_id",
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


def plan_saved(sender, instance: EhcPlan, **kwargs) -> None:
    """Every save of a plan (the services, the assessments register's matching, a factory)
    keeps its due items, in the saving transaction (``TransitionsConfig.ready``)."""
    refresh_due_items([instance.pk])


def child_saved(sender, instance, **kwargs) -> None:
    """A child's date of birth moves their plans' milestones."""
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "date_of_birth" not in update_fields:
        return
    plan_ids = list(EhcPlan.objects.filter(child_id=instance.pk).values_list("pk", flat=True))
    if plan_ids:
        refresh_due_items(plan_ids)


def refresh_due_items(plan_ids, *, chunk: int = 2000) -> None:
    """Work out again the due windows (``domain.due_windows``) of these plans and keep them as
    ``PlanDueItem`` rows: call it in the transaction that changes a plan or its child's date
    of birth. In chunks, so a whole area (the seeding, a migration) runs in bounded memory."""
    plan_ids = list(plan_ids)
    by_age = adult_services_by_age()
    for start in range(0, len(plan_ids), chunk):
        ids = plan_ids[start : start + chunk]
        PlanDueItem.objects.filter(plan_id__in=ids).delete()
        rows = EhcPlan.objects.filter(pk__in=ids).order_by().values_list(*PLAN_FACTS)
        PlanDueItem.objects.bulk_create(
            PlanDueItem(
                plan_id=plan.pk,
                icb_id=plan.icb_id,
                local_authority_id=plan.local_authority_id,
                milestone=window.milestone.value,
                due_on=window.due_on,
                shown_from=window.shown_from,
                shown_until=window.shown_until,
            )
            for plan in map(PlanRow._make, rows)
            for window in due_windows(plan, plan.date_of_birth, adult_services_by_age=by_age)
        )


class QueueItems(Sequence):
    """The queue's items, soonest (most overdue) first, read from the kept ``PlanDueItem`` rows:
    its length is one count, and a page's items and their plans (with child and local
    authority) two queries, however long the queue is."""

    def __init__(self, plans: QuerySet[EhcPlan], items: QuerySet[PlanDueItem]):
        self._plans = plans
        self._items = items
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._items.count()
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._load(self._items[index])
        return self._load(self._items[index : index + 1])[0]

    def __iter__(self):
        last = None
        while True:  # keyset pages of 2,000: bounded memory for an export
            page = self._items
            if last is not None:
                due_on, plan_id, milestone = last
                page = page.filter(
                    Q(due_on__gt=due_on)
                    | Q(due_on=due_on, plan_id__gt=plan_id)
                    | Q(due_on=due_on, plan_id=plan_id, milestone__gt=milestone)
                )
            items = list(page[:2000])
            if not items:
                return
            yield from self._load(items)
            last = (items[-1].due_on, items[-1].plan_id, items[-1].milestone)

    def due_by(self, day: date) -> QueueItems:
        """The items due on or before ``day`` (overdue included)."""
        return QueueItems(self._plans, self._items.filter(due_on__lte=day))

    def _load(self, items) -> list[QueueItem]:
        items = list(items)
        plans = self._plans.select_related("child", "local_authority").in_bulk(
            {item.plan_id for item in items}
        )
        return [
            QueueItem(plans[item.plan_id], Milestone(item.milestone), item.due_on) for item in items
        ]


def queue_items(
    plans: QuerySet[EhcPlan],
    today: date,
    *,
    milestone: Milestone | None = None,
    window: Window = Window.ALL,
    items: QuerySet[PlanDueItem] | None = None,
) -> QueueItems:
    """Every due or missing item of the live plans, soonest (most overdue) first: the kept
    ``PlanDueItem`` rows of these plans listed today (``domain.due_items``). ``items``: the
    same rows reached by their own ICB or LA (``Scope.transitions_due_items()``, filtered as
    ``plans`` is), which the queue reads from one index in due order."""
    if items is None:
        items = PlanDueItem.objects.filter(plan__in=plans.order_by().values("pk"))
    items = items.filter(
        Q(shown_until__isnull=True) | Q(shown_until__gt=today),
        shown_from__lte=today,
    )
    if milestone is not None:
        items = items.filter(milestone=milestone.value)
    if window == Window.SOON:
        items = items.filter(due_on__gte=today, due_on__lte=today + timedelta(days=DUE_SOON_DAYS))
    elif window == Window.OVERDUE:
        items = items.filter(due_on__lt=today)
    return QueueItems(plans, items.order_by("due_on", "plan_id", "milestone"))


def due_for_reminder(plans: QuerySet[EhcPlan], today: date) -> QueueItems:
    """Items due within 30 days or overdue, for the DCO team's weekly email: counted in one
    query and read in keyset pages as they are iterated, never all at once."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    return queue_items(plans, today).due_by(soon)
