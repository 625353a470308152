"""Aggregate figures for the DCO and the board: timeliness of health advice against the 6-week
limit (SEND Regulations 2014 reg 8(1)), with and without exceptions (reg 8(2)), by provider
and by service, as the DfE reports timeliness. The numbers come from ``insight.figures``, the
code behind the dashboard, so the API and the page always agree. No child is identified, so
nothing is audited."""

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from sendhealth.api.auth import require, scope_of
from sendhealth.api.formdata import raise_invalid
from sendhealth.api.schemas import Day, Id, error_responses
from sendhealth.core.scoping import Scope
from sendhealth.insight.figures import TimelinessRow, timeliness
from sendhealth.insight.periods import last_12_months

router = Router(tags=["Insight"])


class PeriodIn(Schema):
    start: Day | None = Field(None, description="First day (default: a year before `end`)")
    end: Day | None = Field(None, description="Last day, included (default: today)")
    local_authority: Id | None = Field(None, description="Only this local authority's requests")


class Rates(Schema):
    provider: str
    completed: int
    on_time: int
    late: int = Field(description="Late with no exception recorded")
    late_with_exception: int = Field(description="Late, with a reg 8(2) exception recorded")
    rate_including_exceptions: float | None = Field(
        description="On time / all completed (0 to 1; null with none completed)"
    )
    rate_excluding_exceptions: float | None = Field(
        description="On time / completed, leaving out those late with an exception"
    )


class ServiceRates(Rates):
    service: str


class TimelinessOut(Schema):
    start: Day
    end: Day
    local_authority: int | None
    total: Rates
    by_provider: list[Rates]
    by_service: list[ServiceRates]


@router.get(
    "/timeliness",
    response={200: TimelinessOut, **error_responses(401, 403, 422)},
    summary="Timeliness of health advice",
)
def advice_timeliness(request: HttpRequest, period: Query[PeriodIn]):
    """Advice completed (accepted) from ``start`` to ``end``, both included: on time within
    6 weeks of the service receiving the request, late, and late with an exception. The rate
    excluding exceptions leaves out the cases that were late with an exception recorded."""
    require(request, "insight.view_dashboard")
    scope = scope_of(request)
    default = last_12_months(period.end or timezone.localdate())
    start, end = period.start or default.start, period.end or default.end
    _check(start, end, period.local_authority, scope)
    la_ids = None if period.local_authority is None else [period.local_authority]
    figures = timeliness(scope.figure_icb_ids, start, end, la_ids)
    return {
        "start": start,
        "end": end,
        "local_authority": period.local_authority,
        "total": _rates(figures.total),
        "by_provider": [_rates(row) for row in figures.by_provider],
        "by_service": [{**_rates(row), "service": row.service} for row in figures.by_service],
    }


def _check(start: Day, end: Day, local_authority: int | None, scope: Scope) -> None:
    errors = {}
    if start > end:
        errors["start"] = ["The start of the period must be on or before the end"]
    if local_authority is not None:
        in_area = scope.local_authorities().filter(pk=local_authority).exists()
        if not in_area:
            errors["local_authority"] = ["Select a local authority of your area"]
    raise_invalid(errors)


def _rates(row: TimelinessRow) -> dict:
    return {
        "provider": row.provider,
        "completed": row.completed,
        "on_time": row.on_time,
        "late": row.late,
        "late_with_exception": row.late_with_exception,
        "rate_including_exceptions": row.rate_including_exceptions,
        "rate_excluding_exceptions": row.rate_excluding_exceptions,
    }
