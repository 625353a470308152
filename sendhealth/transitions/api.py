"""Preparing for adulthood in the API (``/api/transitions``): EHC plans, their reviews and the
queue of what is due, scoped and audited as the pages are, checked by the same forms."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ChildRef,
    Day,
    Id,
    OrganisationRef,
    scoped_list,
)
from sendhealth.transitions import services
from sendhealth.transitions.domain import Milestone, due_items
from sendhealth.transitions.forms import PlanForm, ReviewForm
from sendhealth.transitions.services import QueueItem, Window, adult_services_by_age

router = Router(tags=["Preparing for adulthood"])


class DueOut(Schema):
    milestone: Milestone
    label: str
    due_on: Day


class ReviewOut(Schema):
    id: int
    held_on: Day
    health_attended: bool
    health_attendees: str
    health_contribution: str
    contribution_submitted_on: Day | None


class PlanOut(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    issued_on: Day
    last_reviewed_on: Day | None
    year_group: int | None
    next_transfer_year: int | None
    transfer_to_post16: bool
    transfer_reviewed_on: Day | None
    ceased_on: Day | None


class PlanDetail(PlanOut):
    transition_plan_on: Day | None
    adult_services: str
    adult_services_on: Day | None
    learning_disability: bool
    last_health_check_on: Day | None
    handover_on: Day | None
    assessment_relevant: bool
    health_assessment_on: Day | None
    due: list[DueOut]
    reviews: list[ReviewOut]

    resolve_due = scoped_list("due")

    resolve_reviews = scoped_list("reviews")


class QueueItemOut(Schema):
    plan: PlanOut
    milestone: Milestone
    label: str
    due_on: Day

    @staticmethod
    def resolve_label(obj: QueueItem) -> str:
        return obj.milestone.label


class PlanIn(Schema):
    nhs_number: str
    issued_on: Day
    last_reviewed_on: Day | None = None
    year_group: int | None = None
    next_transfer_year: int | None = None
    transfer_to_post16: bool = False
    transfer_reviewed_on: Day | None = None


class TransitionReviewIn(Schema):
    held_on: Day
    health_attended: bool
    health_attendees: str = ""
    health_contribution: str = ""
    contribution_submitted_on: Day | None = None


def _plans(request: HttpRequest):
    return scope_of(request).transitions_plans().select_related("child", "local_authority")


@router.get("/plans", response={200: list[PlanOut], **READ_ERRORS}, summary="List EHC plans")
@paginate(AuditedPage, children_of=lambda plan: plan.child)
def list_transition_plans(request: HttpRequest, local_authority: Id | None = None):
    """The EHC plans you may see, newest first; ceased plans included (``ceased_on``)."""
    require(request, "transitions.view_plan")
    plans = _plans(request).order_by("-issued_on", "-pk")
    if local_authority is not None:
        plans = plans.filter(local_authority_id=local_authority)
    return plans


@router.get(
    "/plans/{int:plan_id}", response={200: PlanDetail, **READ_ERRORS}, summary="Read an EHC plan"
)
def read_transition_plan(request: HttpRequest, plan_id: int):
    """A plan with its preparing-for-adulthood milestones, what is due and its reviews."""
    require(request, "transitions.view_plan")
    scope = scope_of(request)
    plan = get_object_or_404(_plans(request), pk=plan_id)
    plan.scoped_reviews = list(scope.transitions_reviews().filter(plan=plan))
    items = due_items(
        plan,
        plan.child.date_of_birth,
        timezone.localdate(),
        adult_services_by_age=adult_services_by_age(),
    )
    plan.scoped_due = [
        {"milestone": i.milestone, "label": i.milestone.label, "due_on": i.due_on} for i in items
    ]
    auditor(request).view(plan)
    return plan


@router.post("/plans", response={201: PlanOut, **WRITE_ERRORS}, summary="Record an EHC plan")
def create_transition_plan(request: HttpRequest, payload: PlanIn):
    """The child is named by NHS number and must be one you may see, without a live plan."""
    require(request, "transitions.change_plan")
    data = {
        "nhs_number": payload.nhs_number,
        "issued_on": payload.issued_on,
        "last_reviewed_on": payload.last_reviewed_on,
        "transfer_reviewed_on": payload.transfer_reviewed_on,
        "year_group": "" if payload.year_group is None else str(payload.year_group),
        "next_transfer_year": ""
        if payload.next_transfer_year is None
        else payload.next_transfer_year,
        "transfer_to_post16": str(payload.transfer_to_post16),
    }
    form = PlanForm(data, scope=scope_of(request))
    if not form.is_valid():
        raise_invalid(form_errors(form))
    plan = services.create_plan(form, user=caller(request), auditor=auditor(request))
    return 201, plan


@router.post(
    "/plans/{int:plan_id}/reviews",
    response={201: ReviewOut, **WRITE_ERRORS},
    summary="Record an annual review",
)
def record_transition_review(request: HttpRequest, plan_id: int, payload: TransitionReviewIn):
    """An annual review (CFA 2014 s44) with health's attendance and contribution."""
    require(request, "transitions.change_plan")
    plan = get_object_or_404(_plans(request), pk=plan_id)
    data = {
        "held_on": payload.held_on,
        "contribution_submitted_on": payload.contribution_submitted_on,
        "health_attended": str(payload.health_attended),
        "health_attendees": payload.health_attendees,
        "health_contribution": payload.health_contribution,
    }
    form = ReviewForm(data, plan=plan)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    review = services.record_review(form, user=caller(request), auditor=auditor(request))
    return 201, review


@router.get(
    "/queue", response={200: list[QueueItemOut], **READ_ERRORS}, summary="What is due or missing"
)
@paginate(AuditedPage, children_of=lambda item: item.plan.child)
def list_transition_queue(
    request: HttpRequest,
    milestone: Milestone | None = None,
    local_authority: Id | None = None,
    when: Window = Window.ALL,
):
    """Preparing-for-adulthood milestones missing from year 9, annual reviews and phase
    transfers due, soonest first. ``when`` is ``soon`` (within 30 days) or ``overdue``."""
    require(request, "transitions.view_queue")
    plans = scope_of(request).transitions_plans()
    if local_authority is not None:
        plans = plans.filter(local_authority_id=local_authority)
    return services.queue_items(plans, timezone.localdate(), milestone=milestone, window=when)


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/transitions", router)]
TAGS = [
    {
        "name": "Preparing for adulthood",
        "description": "Transition milestones from year 9, annual reviews and phase transfers.",
    },
]
