"""Shapes of what callers send. These check types and presence only; the rules (dates, scope,
duplicates) are checked by the endpoints, which answer 422 with plain-English messages."""

from __future__ import annotations

from typing import Literal

from ninja import Field, Schema

from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.api.schemas import Day, Id, UniqueList
from sendhealth.children.models import NeedType


class ChildIn(Schema):
    nhs_number: str = Field(
        description="10 digits; spaces or hyphens 3-3-4 are accepted", examples=["9434765919"]
    )
    given_name: str = Field(max_length=100)
    family_name: str = Field(max_length=100)
    date_of_birth: Day
    local_authority: Id | None = Field(
        None,
        description="Id of a local authority you work for; may be left out by a caseworker "
        "of one local authority",
    )
    setting: Id | None = Field(None, description="Id of an education setting in that area")
    primary_need: NeedType
    secondary_needs: UniqueList[NeedType] = []


class ChildSearch(Schema):
    query: str = Field(
        max_length=200, description="An NHS number, or part of a given and/or family name"
    )


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
