"""The health provision API, ``/api/provision``: lines, monthly returns and shortfalls, scoped
and audited as the pages are, and checked with the pages' forms. Providers return delivery for
their services' lines; the LA reads its children's; the DCO team sees all."""

from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, ChildRef, Day, ServiceRef
from sendhealth.provision import domain, services, summary
from sendhealth.provision.forms import DeliveryForm
from sendhealth.provision.models import Period, Reason, Source
from sendhealth.provision.queries import kept_shortfalls

router = Router(tags=["Health provision"])

PERMISSION_MESSAGES = {
    "provision.view_lines": "Your role does not allow you to see health provision",
    "provision.record_delivery": "Only health (a provider or the DCO team) records delivery",
    "provision.view_shortfalls": "Only the DCO team sees shortfalls",
}


class ProvisionLineOut(Schema):
    id: int
    reference: str
    plan_id: int
    child: ChildRef
    service: ServiceRef
    what: str
    by_whom: str
    count: int | None
    period: Period | None
    session_minutes: int | None
    starts_on: Day
    ends_on: Day | None
    monthly_expected: Decimal
    vague: bool
    source: Source

    @staticmethod
    def resolve_period(obj) -> str | None:
        return obj.period or None


class ProvisionReturnOut(Schema):
    id: int
    line_id: int
    line_reference: str
    month: Day
    delivered: int
    not_delivered: int
    reason: Reason | None
    expected: Decimal

    @staticmethod
    def resolve_line_reference(obj) -> str:
        return f"PL-{obj.line_id:06d}"

    @staticmethod
    def resolve_reason(obj) -> str | None:
        return obj.reason or None


class ProvisionReturnIn(Schema):
    month: Day
    delivered: int
    not_delivered: int = 0
    reason: Reason | None = None


class ProvisionShortfallOut(Schema):
    line: ProvisionLineOut
    first_month: Day
    last_month: Day
    expected: Decimal
    delivered: int
    excused: int
    missed: int
    months_reported: int
    rate_percent: Decimal


def _lines(request):
    return scope_of(request).provision_lines().select_related("child", "service")


@router.get(
    "/lines", response={200: list[ProvisionLineOut], **READ_ERRORS}, summary="List provision lines"
)
@paginate(AuditedPage, children_of=lambda line: line.child)
def list_provision_lines(
    request: HttpRequest, plan_id: int | None = None, vague: bool | None = None
):
    """Lines you may see (a provider: its services'), by plan; ``plan_id`` for one plan's,
    ``vague=true`` for the lines too vague to count (findings)."""
    require(request, "provision.view_lines")
    found = _lines(request)
    if plan_id is not None:
        found = found.filter(plan_id=plan_id)
    if vague is not None:
        found = found.filter(vague=vague)
    return found.order_by("plan_id", "pk")


@router.get(
    "/lines/{int:line_id}",
    response={200: ProvisionLineOut, **READ_ERRORS},
    summary="Read a provision line",
)
def read_provision_line(request: HttpRequest, line_id: int):
    require(request, "provision.view_lines")
    line = get_object_or_404(_lines(request), pk=line_id)
    auditor(request).view(line)
    return line


@router.get(
    "/returns",
    response={200: list[ProvisionReturnOut], **READ_ERRORS},
    summary="List monthly returns",
)
@paginate(AuditedPage)
def list_provision_returns(
    request: HttpRequest, month: Day | None = None, line_id: int | None = None
):
    """Monthly returns of the lines you may see (no child is named: lines by reference)."""
    require(request, "provision.view_lines")
    found = scope_of(request).provision_returns()
    if month is not None:
        found = found.filter(month=domain.first_of_month(month))
    if line_id is not None:
        found = found.filter(line_id=line_id)
    return found.order_by("line_id", "month")


@router.post(
    "/lines/{int:line_id}/returns",
    response={201: ProvisionReturnOut, **WRITE_ERRORS},
    summary="Record a month's delivery for a line",
)
def record_provision_return(request: HttpRequest, line_id: int, payload: ProvisionReturnIn):
    """Create or replace the line's return for the month, checked with the page's form."""
    require(request, "provision.record_delivery")
    line = get_object_or_404(_lines(request), pk=line_id)
    if line.vague:
        raise_invalid({"line": ["The line is too vague to count sessions against"]})
    form = DeliveryForm(
        {
            "month": payload.month.strftime("%Y-%m"),
            "delivered": payload.delivered,
            "not_delivered": payload.not_delivered,
            "reason": payload.reason or "",
        },
        line=line,
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    ret = services.record_month(
        line, form.cleaned_data, auditor=auditor(request), user=caller(request)
    )
    return 201, ret


@router.get(
    "/shortfalls",
    response={200: list[ProvisionShortfallOut], **READ_ERRORS},
    summary="List provision shortfalls",
)
@paginate(AuditedPage, children_of=lambda row: row["line"].child)
def list_provision_shortfalls(request: HttpRequest):
    """Lines under the DCO's threshold over its window, for reasons on the service's side."""
    require(request, "provision.view_shortfalls")
    scope = scope_of(request)
    if not scope.is_dco:
        raise HttpError(403, PERMISSION_MESSAGES["provision.view_shortfalls"])
    today = timezone.localdate()
    policy = summary.current_policy(min(scope.dco_icb_ids), today)
    first, last = domain.window(today, policy.months)
    found = kept_shortfalls(_lines(request), policy.months).order_by("plan_id", "pk")
    return _ShortfallRows(found, first, last)


class _ShortfallRows:
    """The shortfall queryset, sliced by the paginator and shaped as rows."""

    def __init__(self, found, first, last):
        self.found, self.first, self.last = found, first, last

    def count(self) -> int:
        return self.found.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        lines = self.found[index]
        return [
            {
                "line": line,
                "first_month": self.first,
                "last_month": self.last,
                "expected": line.expected,
                "delivered": line.delivered,
                "excused": line.excused,
                "missed": line.missed,
                "months_reported": line.reported,
                "rate_percent": (
                    Decimal(line.delivered + line.excused) * 100 / Decimal(line.expected)
                ).quantize(Decimal("0.1")),
            }
            for line in lines
        ]


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/provision", router)]
TAGS = [
    {
        "name": "Health provision",
        "description": "Health provision in EHC plans as lines (Section G) and what was "
        "delivered each month; lines delivered below the DCO's threshold.",
    },
]
