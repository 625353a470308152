"""Shapes of what callers send. These check types and presence only; the rules (dates, scope,
duplicates) are checked by the endpoints, which answer 422 with plain-English messages."""

from __future__ import annotations

from ninja import Field, Schema

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
