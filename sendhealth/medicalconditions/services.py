"""Every change to an individual healthcare plan, audited in the same transaction (field names
only, never values), the plan row locked where two people might record at once."""

from __future__ import annotations

from django.db import transaction

from sendhealth.core.audit import Auditor
from sendhealth.core.services import locked
from sendhealth.medicalconditions.domain import first_reminder_on
from sendhealth.medicalconditions.models import HealthcarePlan, PlanReview

PLAN_FIELDS = (
    "setting",
    "setting_type",
    "condition_area",
    "emergency_medication",
    "service",
    "professional",
    "agreed_on",
    "review_due_on",
)
EDIT_FIELDS = (*PLAN_FIELDS, "ended_on")
TRAINING_FIELDS = ("trained_staff", "trained_on", "training_delivered_by")


def record_plan(child, data: dict, *, auditor: Auditor, user=None) -> HealthcarePlan:
    """A new plan for ``child`` (local authority and ICB copied from the child)."""
    plan = HealthcarePlan(
        child=child,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        created_by=user,
        **{name: data[name] for name in PLAN_FIELDS},
    )
    for name in TRAINING_FIELDS:
        if data.get(name) not in (None, ""):
            setattr(plan, name, data[name])
    plan.next_reminder_on = first_reminder_on(plan.review_due_on, plan.ended_on)
    with transaction.atomic():
        plan.save()
        auditor.create(plan, {"fields": sorted(name for name in data if name in _ALL)})
    return plan


_ALL = frozenset((*EDIT_FIELDS, *TRAINING_FIELDS))


def update_plan(plan: HealthcarePlan, data: dict, *, auditor: Auditor) -> list[str]:
    """Apply the changes; returns the names of the fields that changed."""
    with transaction.atomic():
        plan = locked(plan)
        changed = sorted(name for name in EDIT_FIELDS if getattr(plan, name) != data[name])
        if not changed:
            return []
        for name in changed:
            setattr(plan, name, data[name])
        if {"review_due_on", "ended_on"} & set(changed):
            plan.next_reminder_on = first_reminder_on(plan.review_due_on, plan.ended_on)
        plan.save()
        auditor.update(plan, {"fields": changed})
    return changed


def record_review(
    plan: HealthcarePlan, done_on, next_due_on, *, auditor: Auditor, user=None
) -> PlanReview:
    """The review was done: it is kept (due and done dates, so on time or late) and the plan
    gets its next review date and reminder."""
    with transaction.atomic():
        plan = locked(plan)
        review = PlanReview.objects.create(
            plan=plan,
            due_on=plan.review_due_on,
            done_on=done_on,
            next_due_on=next_due_on,
            recorded_by=user,
        )
        plan.last_reviewed_on = done_on
        plan.review_due_on = next_due_on
        plan.next_reminder_on = first_reminder_on(next_due_on, plan.ended_on)
        plan.save(update_fields=["last_reviewed_on", "review_due_on", "next_reminder_on"])
        auditor.update(plan, {"fields": ["last_reviewed_on", "review_due_on"], "review": review.pk})
    return review


def record_training(plan: HealthcarePlan, data: dict, *, auditor: Auditor) -> HealthcarePlan:
    """Staff trained for this plan: how many, when, and who delivered the training."""
    with transaction.atomic():
        plan = locked(plan)
        for name in TRAINING_FIELDS:
            setattr(plan, name, data[name])
        plan.save(update_fields=list(TRAINING_FIELDS))
        auditor.update(plan, {"fields": list(TRAINING_FIELDS)})
    return plan


def ensure_condition_areas() -> None:
    """The shipped condition areas exist (the data migration adds them; a database flushed by
    a test, or an area reset, may have lost them). Never changes an edited one."""
    from sendhealth.medicalconditions.domain import SHIPPED_CONDITION_AREAS
    from sendhealth.medicalconditions.models import ConditionArea

    for name, emergency, order in SHIPPED_CONDITION_AREAS:
        ConditionArea.objects.get_or_create(
            name=name, defaults={"may_need_emergency_medication": emergency, "order": order}
        )
