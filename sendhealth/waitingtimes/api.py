"""The waiting times API, ``/api/waiting-times``: each service's monthly positions (figures
about services, never a child). The DCO team and the board read; the DCO team records."""

from decimal import Decimal

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, Day, Id
from sendhealth.core.figures_table import figures_table
from sendhealth.waitingtimes import services
from sendhealth.waitingtimes.forms import PositionForm

router = Router(tags=["Waiting times"])

MESSAGES = {
    "waitingtimes.view_positions": "Your role does not allow you to see waiting times",
    "waitingtimes.record_position": "Only the DCO team can record waiting times",
}


def _require(request: HttpRequest, permission: str) -> None:
    try:
        require(request, permission)
    except HttpError as error:
        raise HttpError(403, MESSAGES[permission]) from error


HIDDEN = "Null for a board viewer when 1 to 4, or hidden so that such a count cannot be worked out"
COUNT_FIELDS = (
    "referrals_received",
    "caseload",
    "waiting_0_1",
    "waiting_1_2",
    "waiting_2_4",
    "waiting_4_12",
    "waiting_12_18",
    "waiting_18_52",
    "waiting_over_52",
    "waiting_total",
)
OTHER_FIELDS = ("id", "service_id", "month", "median_wait_weeks", "p92_wait_weeks", "target_weeks")


class PositionOut(Schema):
    id: int
    service_id: int
    service: str
    provider: str
    month: Day
    referrals_received: int | None = Field(description=HIDDEN)
    caseload: int | None = Field(description=HIDDEN)
    waiting_0_1: int | None = Field(description=HIDDEN)
    waiting_1_2: int | None = Field(description=HIDDEN)
    waiting_2_4: int | None = Field(description=HIDDEN)
    waiting_4_12: int | None = Field(description=HIDDEN)
    waiting_12_18: int | None = Field(description=HIDDEN)
    waiting_18_52: int | None = Field(description=HIDDEN)
    waiting_over_52: int | None = Field(description=HIDDEN)
    waiting_total: int | None = Field(description=HIDDEN)
    median_wait_weeks: Decimal
    p92_wait_weeks: Decimal
    target_weeks: int
    over_target: bool
    small_numbers_suppressed: bool = Field(
        description="True for a board viewer: the counts above from 1 to 4, and a "
        "complementary count, are null (as on the pages)"
    )


class PositionIn(Schema):
    service: int
    month: str
    referrals_received: int
    caseload: int
    waiting_0_1: int
    waiting_1_2: int
    waiting_2_4: int
    waiting_4_12: int
    waiting_12_18: int
    waiting_18_52: int
    waiting_over_52: int
    median_wait_weeks: Decimal
    p92_wait_weeks: Decimal
    target_weeks: int


@router.get("", response={200: list[PositionOut], **READ_ERRORS}, summary="List positions")
def list_positions(request: HttpRequest, service: Id | None = None, month: Day | None = None):
    """Positions of the ICBs whose figures you see, by service then newest month first."""
    _require(request, "waitingtimes.view_positions")
    found = scope_of(request).waitingtimes_positions()
    if service:
        found = found.filter(service_id=service)
    if month:
        found = found.filter(month=month.replace(day=1))
    return _shown(list(found.select_related("service__provider")[:2000]), scope_of(request))


def _position_out(p, counts: dict | None = None, suppress: bool = False) -> dict:
    return {
        **{f: getattr(p, f) for f in OTHER_FIELDS},
        **(counts if counts is not None else {f: getattr(p, f) for f in COUNT_FIELDS}),
        "service": p.service.name,
        "provider": p.service.provider.name,
        "over_target": p.over_target,
        "small_numbers_suppressed": suppress,
    }


def _shown(positions: list, scope) -> list[dict]:
    """The positions' counts as the pages show them (``core.figures_table``): for a board
    viewer a count from 1 to 4, and a complement in its row and column, is null."""
    suppress = scope.suppresses_small_numbers
    table = figures_table(
        COUNT_FIELDS,
        [[getattr(p, f) for f in COUNT_FIELDS] for p in positions],
        suppress=suppress,
        counts=range(len(COUNT_FIELDS)),
    )
    return [
        _position_out(
            p,
            {f: None if hidden[i] else raw[i] for i, f in enumerate(COUNT_FIELDS)},
            suppress,
        )
        for p, raw, hidden in zip(positions, table.raw, table.hidden, strict=True)
    ]


@router.post("", response={201: PositionOut, **WRITE_ERRORS}, summary="Record a position")
def record_position(request: HttpRequest, payload: PositionIn):
    """Create or replace a service's position for a month, checked as the form checks it."""
    _require(request, "waitingtimes.record_position")
    scope = scope_of(request)
    form = PositionForm(
        payload.dict(),
        services=scope.services().filter(provider__parent_id__in=scope.dco_icb_ids),
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    data = form.cleaned_data
    position = services.record_position(
        service=data["service"],
        month=data["month"],
        values=data,
        user=caller(request),
        auditor=auditor(request),
    )
    return 201, _position_out(position)


ROUTERS = [("/waiting-times", router)]
TAGS = [
    {
        "name": "Waiting times",
        "description": "Health services' monthly positions: referrals, caseload, waiting list "
        "by weeks waited (NHS England community health services bands), median and 92nd "
        "percentile wait, and the service's target.",
    }
]
