"""Shapes of what the API returns. Dates are ISO 8601; NHS numbers are 10 digits, unformatted.

Endpoints decide what a caller may see (through ``Scope``); these schemas only say how it looks.
Lists a caller may only partly see (a request's assignments, its advice, its timeline) are
read from ``scoped_*`` attributes the endpoint fills, never from the related managers.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, TypeVar

from django.urls import reverse
from django.utils import timezone
from ninja import Field, Schema
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

from sendhealth.advice.models import AssignmentStatus, RequestStatus, ReviewDecision
from sendhealth.children.models import NeedType
from sendhealth.organisations.models import Specialty

# An id sent as a filter: a positive 64-bit integer, so a larger number is a 422 on every
# database (PostgreSQL would otherwise compare it as a numeric and answer an empty list).
T = TypeVar("T")

Id = Annotated[int, Field(ge=1, le=2**63 - 1)]

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    """Only a date written YYYY-MM-DD: pydantic would otherwise read a number (``0``, or
    ``"0"`` in a query string) as seconds since 1970."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise PydanticCustomError("date_type", "Input should be a date written YYYY-MM-DD")


# Every date the API reads or writes.
Day = Annotated[date, BeforeValidator(_iso_date)]


def _no_repeats(values: list[Any]) -> list[Any]:
    if len(set(values)) != len(values):
        raise PydanticCustomError("list_repeats", "Each entry may appear only once")
    return values


# A list of ids or choices: each entry once, and not more than a person could mean.
UNIQUE_LIST_MAX = 100
UniqueList = Annotated[
    list[T],
    AfterValidator(_no_repeats),
    Field(max_length=UNIQUE_LIST_MAX, json_schema_extra={"uniqueItems": True}),
]

# -- errors ------------------------------------------------------------------------------------


class Error(Schema):
    detail: str


class ValidationErrors(Schema):
    detail: str
    errors: dict[str, list[str]]


def error_responses(*codes: int) -> dict:
    """OpenAPI response schemas for the error codes an endpoint may answer with."""
    return {code: (ValidationErrors if code == 422 else Error) for code in codes}


READ_ERRORS = error_responses(401, 403, 404)
WRITE_ERRORS = error_responses(401, 403, 404, 422)

# -- organisations -----------------------------------------------------------------------------


class OrganisationRef(Schema):
    id: int
    name: str


class LocalAuthorityOut(Schema):
    id: int
    name: str
    code: str


class ServiceRef(Schema):
    id: int
    name: str
    specialty: Specialty


class ServiceOut(ServiceRef):
    specialty_label: str
    provider: OrganisationRef
    is_active: bool

    @staticmethod
    def resolve_specialty_label(obj) -> str:
        return obj.get_specialty_display()


# -- children ----------------------------------------------------------------------------------


class ChildRef(Schema):
    id: int
    nhs_number: str
    given_name: str
    family_name: str
    date_of_birth: Day


class ChildOut(ChildRef):
    local_authority: OrganisationRef
    setting: OrganisationRef | None
    primary_need: NeedType
    secondary_needs: list[str]


class RequestRef(Schema):
    id: int
    reference: str
    status: RequestStatus
    la_received_on: Day
    health_received_on: Day


class ChildDetail(ChildOut):
    advice_requests: list[RequestRef]

    @staticmethod
    def resolve_advice_requests(obj) -> list:
        return obj.scoped_requests


# -- advice ------------------------------------------------------------------------------------


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

    @staticmethod
    def resolve_submissions(obj) -> list:
        return obj.scoped_submissions


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

    @staticmethod
    def resolve_assignments(obj) -> list:
        return obj.scoped_assignments

    @staticmethod
    def resolve_submissions(obj) -> list:
        return obj.scoped_submissions

    @staticmethod
    def resolve_events(obj) -> list:
        return obj.scoped_events
