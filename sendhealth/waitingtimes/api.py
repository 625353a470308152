"""The waiting times API, ``/api/waiting-times``: each service's monthly positions (figures
about services, never a child). The DCO team and the board read; the DCO team records."""

from decimal import Decimal

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, Day, Id
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


class PositionOut(Schema):
    id: int
    service_id: int
    service: str
    provider: str
    month: Day
    referrals_received: int
    caseload: int
    waiting_0_1: int
    waiting_1_2: int
    waiting_2_4: int
    waiting_4_12: int
    waiting_12_18: int
    waiting_18_52: int
    waiting_over_52: int
    waiting_total: int
    median_wait_weeks: Decimal
    p92_wait_weeks: Decimal
    target_weeks: int
    over_target: bool

    @staticmethod
    def resolve_service(obj):
        return obj.service.name

    @staticmethod
    def resolve_provider(obj):
        return obj.service.provider.name


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
    return list(found[:2000])


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
    return 201, position


ROUTERS = [("/waiting-times", router)]
TAGS = [
    {
        "name": "Waiting times",
        "description": "Health services' monthly positions: referrals, caseload, waiting list "
        "by weeks waited (NHS England community health services bands), median and 92nd "
        "percentile wait, and the service's target.",
    }
]
