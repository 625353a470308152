"""The assessments API, ``/api/assessments``: scoped and audited as the pages are. Recording
goes through the same forms (their checks and messages) and services (locked, audited, in one
transaction) as the pages."""

from __future__ import annotations

from typing import Literal

from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, Day, UniqueList
from sendhealth.assessments import codelists, services
from sendhealth.assessments.forms import (
    DISPUTE_DATES,
    NewAssessmentForm,
    ReviewDecisionForm,
    StepsForm,
)
from sendhealth.assessments.models import TribunalOrderKind, TribunalOutcome
from sendhealth.core.models import AuditAction

router = Router(tags=["Assessments"])

Decision = Literal["not_yet", "assess", "not_assess"]
Outcome = Literal["not_yet", "plan", "no_plan"]
ExceptionKey = Literal["decision", "not_to_issue", "final_plan"]
DisputeKey = Literal[
    "request_mediation", "request_tribunal", "assessment_mediation", "assessment_tribunal"
]
TribunalOutcomeKey = Literal[tuple(value for value, _ in TribunalOutcome.choices)]  # type: ignore[valid-type]
TribunalOrderKey = Literal[tuple(value for value, _ in TribunalOrderKind.choices)]  # type: ignore[valid-type]


class TribunalOrderDeadlineOut(Schema):
    """A day by which the LA must act on the tribunal's order (SEND Regs 2014 reg 44)."""

    action: str
    due: Day
    source: str


class AssessmentOut(Schema):
    id: int
    reference: str
    local_authority_id: int
    child_id: int | None
    requests_table_id: str
    received_on: Day | None
    request_source: str
    request_outcome_on: Day | None
    draft_plan_on: Day | None
    assessment_outcome_on: Day | None
    plan_start_on: Day | None
    plan_ceased_on: Day | None
    plan_cease_reason: str
    week20: bool | None
    exception_decision: bool
    exception_not_to_issue: bool
    exception_final_plan: bool
    request_mediation: bool | None
    request_tribunal: bool | None
    assessment_mediation: bool | None
    assessment_tribunal: bool | None
    mediation_on: Day | None
    mediation_certificate_on: Day | None
    appeal_registered_on: Day | None
    hearing_on: Day | None
    tribunal_decision_on: Day | None
    tribunal_outcome: str
    tribunal_order: str
    tribunal_order_deadlines: list[TribunalOrderDeadlineOut]
    appeal_deadline: Day | None
    decision_to_assess_due: Day | None
    decision_not_to_issue_due: Day | None
    final_plan_due: Day | None = Field(
        description="The 20-week date (reg 13(2)); null once the clock has ended without a plan"
    )
    clock_ended: str | None = Field(
        description="Why no plan is due any more (decided not to assess or not to issue, or "
        "withdrawn); null while the 20 weeks run or once a plan is issued"
    )
    final_plan_id: int | None

    @staticmethod
    def resolve_tribunal_order_deadlines(obj):
        return [{"action": d.action, "due": d.due, "source": d.source} for d in obj.order_deadlines]

    @staticmethod
    def resolve_decision_to_assess_due(obj):
        return obj.deadlines.decision_to_assess if obj.deadlines else None

    @staticmethod
    def resolve_decision_not_to_issue_due(obj):
        if obj.deadlines is None or obj.not_assessed:
            return None
        return obj.deadlines.decision_not_to_issue

    @staticmethod
    def resolve_final_plan_due(obj):
        return obj.final_plan_due

    @staticmethod
    def resolve_clock_ended(obj):
        return obj.clock_ended


class AssessmentIn(Schema):
    """A request for an EHC needs assessment for a child you may see, named by NHS number and
    date of birth together."""

    nhs_number: str
    date_of_birth: Day
    received_on: Day
    request_source: str


class AssessmentStepsIn(Schema):
    """What followed the request. Only the fields sent change; the rest keep what is held.
    The whole is then checked as the steps page checks it."""

    decision: Decision | None = None
    decided_on: Day | None = None
    draft_plan_on: Day | None = None
    outcome: Outcome | None = None
    outcome_on: Day | None = None
    exceptions: UniqueList[ExceptionKey] | None = None
    disputes: UniqueList[DisputeKey] | None = None
    mediation_on: Day | None = None
    mediation_certificate_on: Day | None = None
    appeal_registered_on: Day | None = None
    hearing_on: Day | None = None
    tribunal_decision_on: Day | None = None
    tribunal_outcome: TribunalOutcomeKey | None = None  # type: ignore[valid-type]
    tribunal_order: TribunalOrderKey | None = None  # type: ignore[valid-type]
    ceased_on: Day | None = None
    cease_reason: str | None = None


class AssessmentReviewIn(Schema):
    """An annual review of the plan, the decision after it and the next phase transfer."""

    review_meeting_on: Day
    review_decided_on: Day | None = None
    review_outcome: str = ""
    next_transfer_year: int | None = None
    transfer_kind: Literal["school", "post16"] | None = None
    phase_transfer_final_on: Day | None = None


class AssessmentReviewOut(Schema):
    id: int
    table_id: str
    review_meeting_on: Day | None
    review_decided_on: Day | None
    review_outcome: str
    phase_transfer_due_on: Day | None
    phase_transfer_final_on: Day | None

    @staticmethod
    def resolve_review_outcome(obj) -> str:
        return obj.data.get("reviewoutcome", "")


def _code_year() -> int:
    return codelists.years()[-1]


def _recordable(request: HttpRequest):
    """The assessments the caller may record on: their LA's, or their ICB's for the DCO."""
    scope = scope_of(request)
    return scope.assessments().filter(
        Q(local_authority_id__in=scope.la_ids) | Q(icb_id__in=scope.dco_icb_ids)
    )


@router.get("", response={200: list[AssessmentOut], **READ_ERRORS}, summary="List assessments")
@paginate(AuditedPage, children_of=lambda a: a.child)
def list_assessments(request: HttpRequest):
    require(request, "assessments.view_assessment")
    return scope_of(request).assessments().select_related("child").order_by("-pk")


@router.get(
    "/{int:assessment_id}",
    response={200: AssessmentOut, **READ_ERRORS},
    summary="Read an assessment",
)
def read_assessment(request: HttpRequest, assessment_id: int):
    require(request, "assessments.view_assessment")
    found = get_object_or_404(scope_of(request).assessments(), pk=assessment_id)
    auditor(request).view(found)
    return found


@router.post("", response={201: AssessmentOut, **WRITE_ERRORS}, summary="Record an assessment")
def create_assessment(request: HttpRequest, payload: AssessmentIn):
    """The child must be one you may see: NHS number and date of birth must both match."""
    require(request, "assessments.record_assessment")
    data = {
        "nhs_number": payload.nhs_number,
        "request_source": payload.request_source,
        "date_of_birth": payload.date_of_birth,
        "received_on": payload.received_on,
    }
    form = NewAssessmentForm(data, year=_code_year())
    if not form.is_valid():
        raise_invalid(form_errors(form))
    audit = auditor(request)
    audit.record(AuditAction.SEARCH, object_type="children.Child")
    child = (
        scope_of(request)
        .children()
        .filter(
            nhs_number=form.cleaned_data["nhs_number"],
            date_of_birth=form.cleaned_data["date_of_birth"],
        )
        .select_related("local_authority")
        .first()
    )
    if child is None:
        raise_invalid(
            {
                "nhs_number": [
                    "No child you may see has this NHS number and date of birth: check both, "
                    "or register the child first"
                ]
            }
        )
    assessment = services.record_assessment(
        child, form.cleaned_data, user=caller(request), auditor=audit
    )
    return 201, assessment


@router.patch(
    "/{int:assessment_id}",
    response={200: AssessmentOut, **WRITE_ERRORS},
    summary="Record the steps of an assessment",
)
def record_assessment_steps(request: HttpRequest, assessment_id: int, payload: AssessmentStepsIn):
    """The decision whether to assess, the draft, the outcome (the final plan becomes the
    child's EHC plan), exceptions, mediation and tribunal dates, and the plan's end."""
    require(request, "assessments.record_assessment")
    assessment = get_object_or_404(
        _recordable(request).select_related("child", "final_plan"), pk=assessment_id
    )
    if assessment.received_on is None:
        raise_invalid({"received_on": ["The request has no date received: it cannot have steps"]})
    values = {**services.initial_steps(assessment), **payload.dict(exclude_unset=True)}
    data = {
        "decision": values.get("decision") or "",
        "outcome": values.get("outcome") or "",
        "exceptions": list(values.get("exceptions") or ()),
        "disputes": list(values.get("disputes") or ()),
        "cease_reason": values.get("cease_reason") or "",
        "tribunal_outcome": values.get("tribunal_outcome") or "",
        "tribunal_order": values.get("tribunal_order") or "",
    }
    for name in ("decided_on", "draft_plan_on", "outcome_on", "ceased_on", *DISPUTE_DATES):
        data[name] = values.get(name)
    form = StepsForm(data, received_on=assessment.received_on, year=_code_year())
    if not form.is_valid():
        raise_invalid(form_errors(form))
    problem = services.final_plan_problem(assessment, form.cleaned_data)
    if problem:
        raise_invalid({"outcome": [problem]})
    services.record_steps(assessment, form.cleaned_data, auditor=auditor(request))
    return assessment


@router.post(
    "/{int:assessment_id}/reviews",
    response={201: AssessmentReviewOut, **WRITE_ERRORS},
    summary="Record an annual review of an assessment's plan",
)
def record_assessment_review(request: HttpRequest, assessment_id: int, payload: AssessmentReviewIn):
    """The review meeting, the decision after it (due 4 weeks after the meeting) and the next
    phase transfer (the plan amended by 15 February, or 31 March to post-16: reg 18(1)). Kept
    on the plan's SEN2 5a row and carried to the transitions register's plan."""
    require(request, "assessments.record_assessment")
    assessment = get_object_or_404(_recordable(request), pk=assessment_id)
    data = {
        "review_meeting_on": payload.review_meeting_on,
        "review_decided_on": payload.review_decided_on,
        "phase_transfer_final_on": payload.phase_transfer_final_on,
        "review_outcome": payload.review_outcome,
        "next_transfer_year": ""
        if payload.next_transfer_year is None
        else str(payload.next_transfer_year),
        "transfer_kind": payload.transfer_kind or "",
    }
    form = ReviewDecisionForm(data, issued_on=assessment.plan_issued_on, year=_code_year())
    if not form.is_valid():
        raise_invalid(form_errors(form))
    record = services.record_review(assessment, form.cleaned_data, auditor=auditor(request))
    return 201, record


ROUTERS = [("/assessments", router)]
TAGS = [{"name": "Assessments", "description": "EHC needs assessments and the 20 weeks."}]
