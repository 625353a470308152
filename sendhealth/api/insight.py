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
from sendhealth.core.figures_table import figures_table
from sendhealth.core.scoping import Scope
from sendhealth.insight.figures import TimelinessRow, timeliness
from sendhealth.insight.periods import last_12_months

router = Router(tags=["Insight"])


class PeriodIn(Schema):
    start: Day | None = Field(None, description="First day (default: a year before `end`)")
    end: Day | None = Field(None, description="Last day, included (default: today)")
    local_authority: Id | None = Field(None, description="Only this local authority's requests")


HIDDEN = " (null for a board viewer when 1 to 4, or when hidden so that one cannot be worked out)"


class Rates(Schema):
    provider: str
    completed: int | None = Field(description="Advice completed" + HIDDEN)
    on_time: int | None = Field(description="On time" + HIDDEN)
    late: int | None = Field(description="Late with no exception recorded" + HIDDEN)
    late_with_exception: int | None = Field(
        description="Late, with a reg 8(2) exception recorded" + HIDDEN
    )
    rate_including_exceptions: float | None = Field(
        description="On time / all completed (0 to 1; null with none completed, or when a "
        "count behind it is hidden from a board viewer)"
    )
    rate_excluding_exceptions: float | None = Field(
        description="On time / completed, leaving out those late with an exception (null as "
        "the rate including exceptions)"
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
    small_numbers_suppressed: bool = Field(
        description="True for a board viewer: counts from 1 to 4, a complementary count in the "
        "same row or column, and the rates from them are null (as on the dashboard)"
    )


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
    suppress = scope.suppresses_small_numbers
    # The providers with their total, and the services, as the dashboard shows them.
    *by_provider, total = _shown([*figures.by_provider, figures.total], suppress)
    return {
        "start": start,
        "end": end,
        "local_authority": period.local_authority,
        "total": total,
        "by_provider": by_provider,
        "by_service": [
            {**rates, "service": row.service}
            for rates, row in zip(
                _shown(figures.by_service, suppress), figures.by_service, strict=True
            )
        ],
        "small_numbers_suppressed": suppress,
    }


RATE_FIELDS = (
    "provider",
    "completed",
    "on_time",
    "late",
    "late_with_exception",
    "rate_including_exceptions",
    "rate_excluding_exceptions",
)


def _shown(rows: list[TimelinessRow], suppress: bool) -> list[dict]:
    """The rows' counts with small numbers (and their complements) null for a board viewer,
    and the rates from them (``core.figures_table``)."""
    table = figures_table(
        RATE_FIELDS,
        [[_rates(row)[f] for f in RATE_FIELDS] for row in rows],
        suppress=suppress,
        counts=[1, 2, 3, 4],
        derived={5: (1, 2, 3, 4), 6: (1, 2, 3, 4)},
    )
    return [
        {
            f: None if hidden[i] else value
            for i, (f, value) in enumerate(zip(RATE_FIELDS, raw, strict=True))
        }
        for raw, hidden in zip(table.raw, table.hidden, strict=True)
    ]


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
