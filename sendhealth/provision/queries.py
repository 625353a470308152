"""The shortfall list and the figures, aggregated in the database (a few GROUP BY queries over
indexed columns, whatever the number of returns). Built on ``domain``'s definitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from sendhealth.provision import domain
from sendhealth.provision.models import MonthlyReturn, Period, PlanLine


def runs_in_q(month: date) -> Q:
    """Lines that run in ``month`` (its first day)."""
    return Q(starts_on__lt=domain.add_months(month, 1)) & (
        Q(ends_on__isnull=True) | Q(ends_on__gte=month)
    )


def runs_throughout_q(first: date, last: date) -> Q:
    """Recurring, countable lines that ran for every month from ``first`` to ``last``."""
    return (
        Q(vague=False, starts_on__lt=domain.add_months(first, 1))
        & (Q(ends_on__isnull=True) | Q(ends_on__gte=last))
        & ~Q(period=Period.ONE_OFF)
    )


def shortfalls(
    lines: QuerySet[PlanLine], first: date, last: date, threshold_percent: int
) -> QuerySet[PlanLine]:
    """Lines whose service-side rate over ``first``..``last`` is under the threshold (see
    ``domain``), worst first, each annotated with ``delivered``, ``excused``, ``missed``
    (for the service's reasons), ``reported`` (months with a return) and ``expected``."""
    months = len(domain.months_between(first, last))
    window = Q(returns__month__gte=first, returns__month__lte=last)
    zero = Value(0, output_field=IntegerField())
    return (
        lines.filter(runs_throughout_q(first, last))
        .annotate(
            delivered=Coalesce(Sum("returns__delivered", filter=window), zero),
            excused=Coalesce(
                Sum(
                    "returns__not_delivered",
                    filter=window & Q(returns__reason__in=domain.NOT_SERVICE_SIDE),
                ),
                zero,
            ),
            missed=Coalesce(
                Sum(
                    "returns__not_delivered",
                    filter=window & Q(returns__reason__in=domain.SERVICE_SIDE),
                ),
                zero,
            ),
            reported=Count("returns", filter=window),
            expected=ExpressionWrapper(F("monthly_expected") * months, output_field=DecimalField()),
        )
        .filter(monthly_expected__gt=0)
        .alias(
            kept=ExpressionWrapper(
                (F("delivered") + F("excused")) * 100, output_field=DecimalField()
            ),
            needed=ExpressionWrapper(
                F("monthly_expected") * (months * threshold_percent),
                output_field=DecimalField(),
            ),
        )
        .filter(kept__lt=F("needed"))
    )


def returns_by_line(returns: QuerySet[MonthlyReturn], line_ids, first: date, last: date):
    """``{line_id: {month: return}}`` for the lines shown: one query."""
    found: dict[int, dict[date, MonthlyReturn]] = {}
    for ret in returns.filter(line_id__in=line_ids, month__gte=first, month__lte=last):
        found.setdefault(ret.line_id, {})[ret.month] = ret
    return found


# -- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateCell:
    delivered: int
    expected: Decimal
    returns: int = 0  # the monthly returns behind it: one a line a month

    @property
    def rate(self) -> Decimal | None:
        return domain.delivery_rate(self.delivered, self.expected)


def rates_by(returns: QuerySet[MonthlyReturn], first: date, last: date, *keys: str):
    """``{(key values..., month): RateCell}`` of the returns ``first``..``last``."""
    rows = (
        returns.filter(month__gte=first, month__lte=last)
        .values(*keys, "month")
        .annotate(delivered=Sum("delivered"), expected=Sum("expected"), returns=Count("pk"))
        .order_by()
    )
    return {
        (*(row[k] for k in keys), row["month"]): RateCell(
            row["delivered"] or 0, Decimal(row["expected"] or 0), row["returns"]
        )
        for row in rows
    }


def not_delivered_by_reason(returns: QuerySet[MonthlyReturn], first: date, last: date):
    rows = (
        returns.filter(month__gte=first, month__lte=last, not_delivered__gt=0)
        .values("reason")
        .annotate(sessions=Sum("not_delivered"), lines=Count("line_id", distinct=True))
        .order_by("reason")
    )
    return {row["reason"]: (row["sessions"], row["lines"]) for row in rows}


def not_reported(lines: QuerySet[PlanLine], returns: QuerySet[MonthlyReturn], month: date):
    """Countable lines running in ``month`` with no return for it, by service."""
    has_return = returns.filter(line_id=OuterRef("pk"), month=month)
    return (
        lines.filter(runs_in_q(month), vague=False)
        .exclude(
            Q(period=Period.ONE_OFF)
            & ~Q(starts_on__gte=month, starts_on__lt=domain.add_months(month, 1))
        )
        .filter(~Exists(has_return))
        .values("service_id", "service__name", "service__provider__name")
        .annotate(lines=Count("pk"))
        .order_by("-lines", "service__name")
    )
