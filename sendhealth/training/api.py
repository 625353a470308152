"""The training register's API, ``/api/training``: sessions and needs as the pages scope them,
and the figures by topic and organisation. The DCO team records sessions."""

from datetime import timedelta
from decimal import Decimal

from django.db.models import Sum
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, Day
from sendhealth.organisations.models import Organisation
from sendhealth.training import figures, services
from sendhealth.training.forms import SessionForm
from sendhealth.training.presenters import organisation_table, topic_table

router = Router(tags=["Training"])

PERMISSION_MESSAGES = {
    "training.view_training": "Your role does not allow you to see the training register",
    "training.change_training": "Only the DCO team records training",
    "training.view_figures": "Your role does not allow you to see the figures",
}


class TrainingAttendanceOut(Schema):
    organisation: str
    role: str
    attendees: int


class TrainingSessionOut(Schema):
    id: int
    reference: str
    topic: str
    title: str
    delivered_on: Day
    delivered_by: str
    evaluations: int
    average_score: Decimal | None
    attendees: int


class TrainingSessionDetail(TrainingSessionOut):
    attendance: list[TrainingAttendanceOut]


class TrainingSessionIn(Schema):
    topic: str
    title: str
    delivered_on: Day
    delivered_by: str = ""
    evaluations: int = 0
    average_score: Decimal | None = None
    notes: str = ""


class TrainingNeedOut(Schema):
    id: int
    organisation: str
    topic: str
    role: str
    description: str
    identified_on: Day
    status: str


SUPPRESSED = (
    "null for a board viewer when 1 to 4, or hidden so that such a count cannot be worked out"
)


class TrainingTopicFigure(Schema):
    topic: str
    sessions: int | None = Field(description=SUPPRESSED)
    attendees: int | None = Field(description=SUPPRESSED)
    average_score: float | None = Field(description="null with no evaluations, or " + SUPPRESSED)
    open_needs: int | None = Field(description=SUPPRESSED)


class TrainingOrganisationFigure(Schema):
    organisation: str
    sessions: int | None = Field(description=SUPPRESSED)
    attendees: int | None = Field(description=SUPPRESSED)
    open_needs: int | None = Field(description=SUPPRESSED)


class TrainingFiguresOut(Schema):
    start: Day
    end: Day
    sessions: int | None = Field(description=SUPPRESSED)
    attendees: int | None = Field(description=SUPPRESSED)
    average_score: float | None
    small_numbers_suppressed: bool = Field(
        description="True for a board viewer: counts from 1 to 4 (and a complementary count "
        "in the same row or column) are null, as are scores from them"
    )
    by_topic: list[TrainingTopicFigure]
    by_organisation: list[TrainingOrganisationFigure]


def _session_out(session) -> dict:
    return {
        "id": session.pk,
        "reference": session.reference,
        "topic": session.topic,
        "title": session.title,
        "delivered_on": session.delivered_on,
        "delivered_by": session.delivered_by,
        "evaluations": session.evaluations,
        "average_score": session.average_score,
        "attendees": getattr(session, "people", None) or 0,
    }


@router.get(
    "/sessions",
    response={200: list[TrainingSessionOut], **READ_ERRORS},
    summary="List training sessions",
)
@paginate(AuditedPage)
def list_training_sessions(request: HttpRequest):
    """Sessions you may see, newest first (the DCO team: all of the ICB's; a local authority
    or provider: those its people attended)."""
    require(request, "training.view_training")
    found = scope_of(request).training_sessions().annotate(people=Sum("attendance__attendees"))
    return [_session_out(s) for s in found.order_by("-delivered_on", "-pk")]


@router.get(
    "/sessions/{int:session_id}",
    response={200: TrainingSessionDetail, **READ_ERRORS},
    summary="Read a training session",
)
def read_training_session(request: HttpRequest, session_id: int):
    require(request, "training.view_training")
    session = get_object_or_404(
        scope_of(request).training_sessions().annotate(people=Sum("attendance__attendees")),
        pk=session_id,
    )
    return {
        **_session_out(session),
        "attendance": [
            {"organisation": a.organisation.name, "role": a.role, "attendees": a.attendees}
            for a in session.attendance.select_related("organisation")
        ],
    }


@router.post(
    "/sessions",
    response={201: TrainingSessionOut, **WRITE_ERRORS},
    summary="Record a training session",
)
def create_training_session(request: HttpRequest, payload: TrainingSessionIn):
    """Checked with the page's form; attendance is added on the session's page."""
    require(request, "training.change_training")
    scope = scope_of(request)
    form = SessionForm(
        {
            **payload.dict(exclude={"delivered_on", "average_score"}),
            "average_score": "" if payload.average_score is None else str(payload.average_score),
            "delivered_on": payload.delivered_on,
        }
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    icb = Organisation.objects.get(pk=min(scope.dco_icb_ids))
    session = services.record_session(
        icb, form.cleaned_data, auditor=auditor(request), user=caller(request)
    )
    return 201, _session_out(session)


@router.get(
    "/needs", response={200: list[TrainingNeedOut], **READ_ERRORS}, summary="List training needs"
)
@paginate(AuditedPage)
def list_training_needs(request: HttpRequest):
    require(request, "training.view_training")
    return [
        {
            "id": n.pk,
            "organisation": n.organisation.name,
            "topic": n.topic,
            "role": n.role,
            "description": n.description,
            "identified_on": n.identified_on,
            "status": n.status,
        }
        for n in scope_of(request).training_needs().select_related("organisation")
    ]


@router.get(
    "/figures",
    response={200: TrainingFiguresOut, **READ_ERRORS},
    summary="Training figures by topic and organisation",
)
def training_figures(request: HttpRequest):
    """The last year's sessions, attendees and scores by topic and organisation: counts only."""
    require(request, "training.view_figures")
    scope = scope_of(request)
    suppress = scope.suppresses_small_numbers
    icbs = scope.figure_icb_ids
    end = timezone.localdate()
    start = end - timedelta(days=364)
    totals = figures.totals(icbs, start, end)
    topics = figures.by_topic(icbs, start, end)
    organisations = figures.by_organisation(icbs, start, end)
    # As the page shows them (``core.figures_table``): a hidden number is null here.
    by_topic = _kept(topic_table(topics, totals, suppress), TOPIC_FIELDS)
    total = by_topic.pop()
    return {
        "start": start,
        "end": end,
        **{key: total[key] for key in ("sessions", "attendees", "average_score")},
        "small_numbers_suppressed": suppress,
        "by_topic": by_topic,
        "by_organisation": _kept(organisation_table(organisations, suppress), ORGANISATION_FIELDS),
    }


TOPIC_FIELDS = ("topic", "sessions", "attendees", "average_score", "open_needs")
ORGANISATION_FIELDS = ("organisation", "sessions", "attendees", "open_needs")


def _kept(table, fields) -> list[dict]:
    return [
        {
            f: None if hidden[i] else value
            for i, (f, value) in enumerate(zip(fields, raw, strict=True))
        }
        for raw, hidden in zip(table.raw, table.hidden, strict=True)
    ]


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``).
ROUTERS = [("/training", router)]
TAGS = [
    {
        "name": "Training",
        "description": "Training the DCO service delivers to health staff and partners: "
        "sessions, attendance by organisation and role, evaluation scores and training needs.",
    },
]
