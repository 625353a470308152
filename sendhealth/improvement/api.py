"""The improvement API, ``/api/improvement``: self-evaluations with their ratings, rating a
statement, the plan's actions with their RAG status, and a RAG set by hand. Scoped and audited
as the pages are, and checked with the pages' forms."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, Day
from sendhealth.improvement import services
from sendhealth.improvement.forms import RagForm, RatingForm
from sendhealth.improvement.presenters import measure_values, rag_of
from sendhealth.improvement.queries import evaluation_ratings, plan_actions

router = Router(tags=["Improvement"])

PERMISSION_MESSAGES = {
    "improvement.view": "Your role does not allow you to see the self-evaluation or plan",
    "improvement.change": "Only the DCO service changes the self-evaluation and plan",
}


class ImprovementEvidenceOut(Schema):
    kind: str
    label: str
    object_id: int | None
    url: str


class ImprovementRatingOut(Schema):
    id: int
    principle: str
    statement: str
    level: int | None
    level_label: str
    notes: str
    forum_comment: str
    evidence: list[ImprovementEvidenceOut]


class ImprovementEvaluationOut(Schema):
    id: int
    reference: str
    framework: str
    framework_version: str
    year: int
    quarter: int
    status: str
    forum_signed_by: str
    forum_signed_at: datetime | None


class ImprovementEvaluationDetailOut(ImprovementEvaluationOut):
    summary: str
    forum_comments: str
    ratings: list[ImprovementRatingOut]


class ImprovementRatingIn(Schema):
    level: int
    notes: str = ""


class ImprovementActionOut(Schema):
    id: int
    reference: str
    priority: str
    title: str
    owner: str
    organisation: str
    due_on: Day
    status: str
    rag: str
    rag_set_by_hand: bool
    rag_reason: str
    measure: str | None


class ImprovementRagIn(Schema):
    rag: str = ""
    reason: str = ""


def _evaluation_out(e) -> dict:
    return {
        "id": e.pk,
        "reference": e.reference,
        "framework": e.framework.name,
        "framework_version": e.framework.version,
        "year": e.year,
        "quarter": e.quarter,
        "status": e.status,
        "forum_signed_by": e.forum_signed_by,
        "forum_signed_at": e.forum_signed_at,
    }


def _rating_out(r) -> dict:
    return {
        "id": r.pk,
        "principle": r.statement.principle.title,
        "statement": r.statement.text,
        "level": r.level.value if r.level else None,
        "level_label": r.level.label if r.level else "",
        "notes": r.notes,
        "forum_comment": r.forum_comment,
        "evidence": [
            {
                "kind": e.kind,
                "label": e.label,
                "object_id": e.object_id,
                "url": reverse("improvement:evidence_document", args=[e.pk])
                if e.document
                else e.url,
            }
            for e in r.evidence.all()
        ],
    }


def _action_out(a, today, values) -> dict:
    return {
        "id": a.pk,
        "reference": a.reference,
        "priority": a.priority.title,
        "title": a.title,
        "owner": a.owner,
        "organisation": a.organisation.name,
        "due_on": a.due_on,
        "status": a.status,
        "rag": rag_of(a, today, values),
        "rag_set_by_hand": bool(a.rag_override),
        "rag_reason": a.rag_override_reason,
        "measure": a.measure.name if a.measure_id else None,
    }


@router.get(
    "/self-evaluations",
    response={200: list[ImprovementEvaluationOut], **READ_ERRORS},
    summary="List self-evaluations",
)
@paginate(LimitOffsetPagination)
def list_self_evaluations(request: HttpRequest):
    """The self-evaluations you may see, newest quarter first (drafts: the DCO service only)."""
    require(request, "improvement.view")
    found = scope_of(request).improvement_evaluations().select_related("framework")
    return [_evaluation_out(e) for e in found.order_by("-year", "-quarter", "pk")]


@router.get(
    "/self-evaluations/{int:evaluation_id}",
    response={200: ImprovementEvaluationDetailOut, **READ_ERRORS},
    summary="Read a self-evaluation with its ratings",
)
def read_self_evaluation(request: HttpRequest, evaluation_id: int):
    require(request, "improvement.view")
    evaluation = get_object_or_404(
        scope_of(request).improvement_evaluations().select_related("framework"), pk=evaluation_id
    )
    auditor(request).view(evaluation)
    return {
        **_evaluation_out(evaluation),
        "summary": evaluation.summary,
        "forum_comments": evaluation.forum_comments,
        "ratings": [_rating_out(r) for r in evaluation_ratings(evaluation)],
    }


@router.post(
    "/ratings/{int:rating_id}",
    response={201: ImprovementRatingOut, **WRITE_ERRORS},
    summary="Rate a statement",
)
def rate_statement(request: HttpRequest, rating_id: int, payload: ImprovementRatingIn):
    """``level`` is the scale's value (for example 3); the page's form checks it."""
    require(request, "improvement.change")
    scope = scope_of(request)
    rating = get_object_or_404(
        scope.improvement_ratings()
        .filter(evaluation__icb_id__in=scope.dco_icb_ids)
        .select_related("evaluation__framework__scale"),
        pk=rating_id,
    )
    levels = rating.evaluation.framework.scale.levels.all()
    level = levels.filter(value=payload.level).first()
    form = RatingForm(
        {"level": level.pk if level else "", "notes": payload.notes},
        levels=levels,
        evidence_choices=[],
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    try:
        services.rate(rating, form.cleaned_data, [], auditor=auditor(request), user=caller(request))
    except services.EvaluationError as error:
        raise_invalid({"__all__": [str(error)]})
    rating = evaluation_ratings(rating.evaluation).get(pk=rating.pk)
    return 201, _rating_out(rating)


@router.get(
    "/actions",
    response={200: list[ImprovementActionOut], **READ_ERRORS},
    summary="List the improvement plan's actions",
)
@paginate(LimitOffsetPagination)
def list_actions(request: HttpRequest):
    """The actions you may see with their RAG status (from their measure and due date, or set
    by hand)."""
    require(request, "improvement.view")
    today = timezone.localdate()
    actions = list(plan_actions(scope_of(request)))
    values = measure_values({a.measure for a in actions if a.measure_id}, today)
    return [_action_out(a, today, values) for a in actions]


@router.post(
    "/actions/{int:action_id}/rag",
    response={201: ImprovementActionOut, **WRITE_ERRORS},
    summary="Set an action's RAG status by hand",
)
def set_action_rag(request: HttpRequest, action_id: int, payload: ImprovementRagIn):
    """``rag`` is red, amber or green with a ``reason``; empty gives it back to its measure."""
    require(request, "improvement.change")
    scope = scope_of(request)
    action = get_object_or_404(
        plan_actions(scope).filter(priority__plan__icb_id__in=scope.dco_icb_ids), pk=action_id
    )
    form = RagForm({"rag": payload.rag, "reason": payload.reason})
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.override_rag(
        action, form.cleaned_data["rag"], form.cleaned_data["reason"], auditor=auditor(request)
    )
    today = timezone.localdate()
    action = plan_actions(scope).get(pk=action.pk)
    values = measure_values([action.measure] if action.measure_id else [], today)
    return 201, _action_out(action, today, values)


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/improvement", router)]
TAGS = [
    {
        "name": "Improvement",
        "description": "The self-evaluation against a framework, quarter by quarter, with the "
        "parent carer forum's comments, and the improvement plan's actions with their RAG status.",
    },
]
