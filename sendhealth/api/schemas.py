"""Shapes of what the API returns. Dates are ISO 8601; NHS numbers are 10 digits, unformatted.

Endpoints decide what a caller may see (through ``Scope``); these schemas only say how it looks.
Lists a caller may only partly see are read from ``scoped_*`` attributes the endpoint fills,
never from the related managers. A register's own shapes live in the register (advice's in
``advice/schemas.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, TypeVar

from ninja import Field, Schema
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

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


def scoped_list(name: str) -> Any:
    """A resolver for a list in a detail schema that the caller may only partly see (a panel's
    cases, a request's advice): read from ``scoped_<name>``, which the endpoint fills through
    the caller's ``Scope``, never from the related manager. ``resolve_cases =
    scoped_list("cases")``."""

    def resolve(obj: Any) -> Any:
        return getattr(obj, f"scoped_{name}")

    return staticmethod(resolve)


@dataclass(frozen=True)
class ChildPart:
    """A register's part of a child's record in the API (``GET /api/children/{id}``), listed in
    its ``api.py`` as ``CHILD_PARTS``: the field ``name`` of the type ``shape`` (a list of the
    register's own schema), filled by ``read(scope, child)`` through the caller's ``Scope``,
    so it holds only what they may see (``scoped_list``)."""

    name: str
    shape: Any
    read: Callable[[Any, Any], Any]


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
