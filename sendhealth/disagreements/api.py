"""``/api/disagreements``: mediation, complaints and SEND Tribunal appeals with a health
element, with the tribunal's health recommendations and the ICB's responses (SI 2017/1306).
The DCO and DCO team read and record; a local authority reads its own children's. Checked with
the pages' forms, so both give the same answers."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, require, scope_of
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
from sendhealth.disagreements import services
from sendhealth.disagreements.filters import Filters
from sendhealth.disagreements.forms import DisagreementForm, RecommendationForm, ResponseForm
from sendhealth.disagreements.models import Kind, Outcome, Response

router = Router(tags=["Disagreements"])

DATE_FIELDS = (
    "decision_letter_on",
    "mediation_certificate_on",
    "registered_on",
    "hearing_on",
    "outcome_on",
)


class RecommendationOut(Schema):
    id: int
    text: str
    issued_on: Day
    response_due_on: Day = Field(description="Issued + 5 weeks (SI 2017/1306)")
    response: Response | None
    reasons: str
    responded_on: Day | None
    sent_to_parent: bool
    sent_to_la: bool

    @staticmethod
    def resolve_response(obj):
        return obj.response or None


class DisagreementSummary(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    kind: Kind
    decision_letter_on: Day | None
    mediation_certificate_on: Day | None
    registered_on: Day
    appeal_deadline: Day | None = Field(
        description="Appeals only: HESC Rules 2008 r20(1) and r12, worked out by sendhealth"
    )
    hearing_on: Day | None
    outcome: Outcome | None
    outcome_on: Day | None

    @staticmethod
    def resolve_outcome(obj):
        return obj.outcome or None


class DisagreementDetail(DisagreementSummary):
    issues: str
    health_position: str
    health_evidence: str
    recommendations: list[RecommendationOut]

    resolve_recommendations = scoped_list("recommendations")


class DisagreementIn(Schema):
    child: int
    kind: Kind
    decision_letter_on: Day | None = None
    mediation_certificate_on: Day | None = None
    registered_on: Day
    issues: str
    health_position: str = ""
    health_evidence: str = ""
    hearing_on: Day | None = None
    outcome: Outcome | None = None
    outcome_on: Day | None = None


class DisagreementFilters(Schema):
    kind: Kind | None = None
    status: str | None = Field(None, pattern="^(open|closed)$")
    local_authority: Id | None = None


def _disagreements(request: HttpRequest):
    return scope_of(request).disagreements().select_related("child", "local_authority")


def _with_recommendations(disagreement, request: HttpRequest):
    disagreement.scoped_recommendations = list(
        scope_of(request)
        .disagreements_recommendations()
        .filter(disagreement=disagreement)
        .order_by("issued_on", "pk")
    )
    return disagreement


@router.get(
    "", response={200: list[DisagreementSummary], **READ_ERRORS}, summary="List disagreements"
)
@paginate(AuditedPage, children_of=lambda row: row.child)
def list_disagreements(request: HttpRequest, filters: Query[DisagreementFilters]):
    """The disagreements you may see, newest registered first."""
    require(request, "disagreements.view_disagreement")
    chosen = Filters(
        kind=filters.kind or "",
        status=filters.status or "",
        local_authority_id=filters.local_authority,
    )
    return chosen.apply(_disagreements(request)).order_by("-registered_on", "-pk")


@router.get(
    "/{int:disagreement_id}",
    response={200: DisagreementDetail, **READ_ERRORS},
    summary="Read a disagreement",
)
def read_disagreement(request: HttpRequest, disagreement_id: int):
    """One disagreement with its tribunal recommendations and the ICB's responses."""
    require(request, "disagreements.view_disagreement")
    disagreement = get_object_or_404(_disagreements(request), pk=disagreement_id)
    auditor(request).view(disagreement)
    return _with_recommendations(disagreement, request)


@router.post(
    "", response={201: DisagreementDetail, **WRITE_ERRORS}, summary="Record a disagreement"
)
def record_disagreement(request: HttpRequest, payload: DisagreementIn):
    """The DCO records a mediation, complaint or appeal for a child of the area. The appeal
    deadline is worked out, never sent."""
    require(request, "disagreements.change_disagreement")
    scope = scope_of(request)
    child = get_object_or_404(scope.children().select_related("local_authority"), pk=payload.child)
    data = {
        "kind": payload.kind,
        "issues": payload.issues,
        "health_position": payload.health_position,
        "health_evidence": payload.health_evidence,
        "outcome": payload.outcome or "",
    }
    for name in DATE_FIELDS:
        data[name] = getattr(payload, name)
    form = DisagreementForm(data)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    disagreement = services.record_disagreement(
        child=child, auditor=auditor(request), **form.record_fields
    )
    disagreement = _disagreements(request).get(pk=disagreement.pk)
    return 201, _with_recommendations(disagreement, request)


class RecommendationIn(Schema):
    text: str = Field(max_length=5_000, description="The tribunal's recommendation on health")
    issued_on: Day = Field(description="On or after the tribunal's decision; not in the future")


@router.post(
    "/{int:disagreement_id}/recommendations",
    response={201: RecommendationOut, **WRITE_ERRORS},
    summary="Record a tribunal recommendation",
)
def add_recommendation(request: HttpRequest, disagreement_id: int, payload: RecommendationIn):
    """A tribunal health recommendation on a decided appeal (SI 2017/1306); the ICB's answer is
    due 5 weeks after ``issued_on``. Refused (422, under ``disagreement``) on a mediation or
    complaint, an appeal not yet decided, or one withdrawn. Checked with the page's form."""
    require(request, "disagreements.change_disagreement")
    disagreement = get_object_or_404(_disagreements(request), pk=disagreement_id)
    form = RecommendationForm(
        {"text": payload.text, "issued_on": payload.issued_on},
        disagreement=disagreement,
    )
    if not form.is_valid():
        raise_invalid(form_errors(form, non_field="disagreement"))
    recommendation = services.add_recommendation(
        disagreement,
        text=form.cleaned_data["text"],
        issued_on=form.cleaned_data["issued_on"],
        auditor=auditor(request),
    )
    return 201, recommendation


class ResponseIn(Schema):
    response: Response = Field(description="agree, or not_agree (then give reasons)")
    reasons: str = ""
    responded_on: Day | None = Field(None, description="Today or earlier")
    sent_to_parent: bool = False
    sent_to_la: bool = False


@router.post(
    "/recommendations/{int:recommendation_id}/response",
    response={200: RecommendationOut, **WRITE_ERRORS},
    summary="Answer a tribunal recommendation",
)
def answer_recommendation(request: HttpRequest, recommendation_id: int, payload: ResponseIn):
    """The ICB's answer to a tribunal health recommendation (SI 2017/1306): agree, or not agree
    with reasons, sent to the parent or young person and the local authority. Checked with the
    page's form, so both give the same answers."""
    require(request, "disagreements.change_disagreement")
    recommendation = get_object_or_404(
        scope_of(request).disagreements_recommendations(), pk=recommendation_id
    )
    data = {
        "response": payload.response,
        "reasons": payload.reasons,
        "sent_to": [
            key
            for key, sent in (("parent", payload.sent_to_parent), ("la", payload.sent_to_la))
            if sent
        ],
        "responded_on": payload.responded_on,
    }
    form = ResponseForm(data, recommendation=recommendation)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.record_response(recommendation, auditor=auditor(request), **form.response_fields)
    recommendation.refresh_from_db()
    return 200, recommendation


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/disagreements", router)]
TAGS = [
    {
        "name": "Disagreements",
        "description": "Mediation, complaints and SEND Tribunal appeals with a health element, "
        "and tribunal health recommendations (SEND Regulations 2014 reg 32-33; "
        "SI 2017/1306).",
    },
]
