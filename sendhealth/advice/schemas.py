"""The advice register's API shapes: what callers send (requests, routing, submissions,
exceptions, reviews, filters) and what the API returns (requests, assignments, submissions,
timeline events, and the requests on a child's record, ``RequestRef``). Dates are
``api.schemas.Day``.

Lists a caller may only partly see (a request's assignments, its advice, its timeline) are
read from ``scoped_*`` attributes the endpoint fills, never from the related managers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.urls import reverse
from django.utils import timezone
from ninja import Field, Schema

from sendhealth.advice.models import AssignmentStatus, RequestStatus, ReviewDecision
from sendhealth.api.schemas import (
    ChildRef,
    Day,
    Id,
    OrganisationRef,
    ServiceRef,
    UniqueList,
    scoped_list,
)

# -- what callers send -------------------------------------------------------------------------


class RequestIn(Schema):
    child: int
    la_received_on: Day = Field(
        description="When the local authority received the request for an EHC needs assessment"
    )
    health_received_on: Day = Field(
        description="When the request for advice reached health (starts the reg 8(1) clock)"
    )
    questions: str = Field(max_length=10_000)


class RouteIn(Schema):
    services: UniqueList[Id] = Field(min_length=1, description="Ids of the services to ask")
    received_on: Day = Field(
        description="When the services were sent the request (the advice is still due 6 weeks "
        "after health received it, reg 8(1))"
    )


class ReturnIn(Schema):
    note: str = Field("", max_length=5_000)


class ProvisionIn(Schema):
    what: str = Field(max_length=5_000)
    who: str = Field(max_length=200, description="Who delivers it and their qualification")
    how_often: str = Field(max_length=200)
    how_long: str = Field(max_length=200)


class SubmissionIn(Schema):
    author_name: str = Field(max_length=200)
    author_role: str = Field(
        max_length=200, description="Profession and registration, e.g. HCPC SL012345"
    )
    advice_date: Day
    no_health_needs: bool = False
    health_needs: str = Field("", max_length=20_000)
    outcomes: str = Field("", max_length=20_000)
    provision: list[ProvisionIn] = Field([], max_length=100)


class ExceptionIn(Schema):
    reason: str = Field(
        description="exceptional_personal_circumstances, absent_from_area or missed_appointment "
        "(SEND Regulations 2014 reg 8(2)). A waiting list is not an exception."
    )
    starts_on: Day
    ends_on: Day | None = None
    note: str = Field("", max_length=5_000)


class ReviewIn(Schema):
    accept: bool
    reasons: str = Field("", max_length=5_000, description="Required when not accepting")


class RequestFilters(Schema):
    status: RequestStatus | None = None
    local_authority: Id | None = None


class AssignmentFilters(Schema):
    status: AssignmentStatus | None = None
    service: Id | None = None
    due_before: Day | None = Field(None, description="Due on or before this date")
    due_after: Day | None = Field(None, description="Due on or after this date")
    due: Literal["soon", "overdue"] | None = Field(
        None,
        description="soon: advice still with the service, due today or within the next 7 days; "
        "overdue: advice still with the service after its due date",
    )


# -- what the API returns ----------------------------------------------------------------------


class RequestRef(Schema):
    id: int
    reference: str
    status: RequestStatus
    la_received_on: Day
    health_received_on: Day


class ProvisionOut(Schema):
    what: str
    who: str
    how_often: str
    how_long: str


class SubmissionOut(Schema):
    id: int
    assignment_id: int
    submitted_at: datetime
    author_name: str
    author_role: str
    advice_date: Day
    no_health_needs: bool
    health_needs: str
    outcomes: str
    provision: list[ProvisionOut]
    document_url: str | None
    decision: ReviewDecision
    review_reasons: str
    reviewed_at: datetime | None

    @staticmethod
    def resolve_review_reasons(obj) -> str:
        # From Scope.submissions: the DCO team's and the service's to read, never the LA's.
        return getattr(obj, "shown_review_reasons", "")

    @staticmethod
    def resolve_document_url(obj) -> str | None:
        # Documents are uploaded and downloaded through the pages, which audit the download.
        return reverse("advice:document", args=[obj.pk]) if obj.document else None


class ExceptionOut(Schema):
    id: int
    reason: str
    reason_label: str
    starts_on: Day
    ends_on: Day | None
    note: str
    recorded_at: datetime

    @staticmethod
    def resolve_reason_label(obj) -> str:
        return obj.get_reason_display()


class AssignmentOut(Schema):
    id: int
    service: ServiceRef
    provider: OrganisationRef
    status: AssignmentStatus
    status_label: str
    received_on: Day
    due_on: Day
    submitted_on: Day | None
    completed_on: Day | None
    has_exception: bool
    last_chased_at: datetime | None
    due_soon: bool
    overdue: bool

    @staticmethod
    def resolve_status_label(obj) -> str:
        return obj.get_status_display()

    @staticmethod
    def resolve_due_soon(obj) -> bool:
        return obj.is_due_soon(timezone.localdate())

    @staticmethod
    def resolve_overdue(obj) -> bool:
        return obj.is_overdue(timezone.localdate())


class AssignmentRequest(RequestRef):
    child: ChildRef
    local_authority: OrganisationRef


class AssignmentListItem(AssignmentOut):
    request: AssignmentRequest


class AssignmentDetail(AssignmentListItem):
    questions: str
    exceptions: list[ExceptionOut]
    submissions: list[SubmissionOut]

    @staticmethod
    def resolve_questions(obj) -> str:
        return obj.request.questions

    resolve_submissions = scoped_list("submissions")


class EventOut(Schema):
    kind: str
    label: str
    at: datetime
    by: str | None
    assignment_id: int | None
    note: str

    @staticmethod
    def resolve_label(obj) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_note(obj) -> str:
        # From Scope.events: the DCO team's review notes are withheld from the LA.
        return getattr(obj, "shown_note", "")

    @staticmethod
    def resolve_by(obj) -> str | None:
        if obj.actor is not None:
            return str(obj.actor)
        return obj.system or None


class RequestSummary(RequestRef):
    status_label: str
    child: ChildRef
    local_authority: OrganisationRef
    raised_at: datetime
    returned_on: Day | None

    @staticmethod
    def resolve_status_label(obj) -> str:
        return obj.get_status_display()


class RequestDetail(RequestSummary):
    questions: str
    return_note: str
    assignments: list[AssignmentOut]
    submissions: list[SubmissionOut]
    events: list[EventOut]

    resolve_assignments = scoped_list("assignments")

    resolve_submissions = scoped_list("submissions")

    resolve_events = scoped_list("events")
