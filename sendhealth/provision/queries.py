"""The shortfall list and the figures, aggregated in the database (a few GROUP BY queries over
indexed columns, whatever the number of returns). Built on ``domain``'s definitions."""

from __future__ import annotations

from datetime import date

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


def kept_shortfalls(lines: QuerySet[PlanLine], months: int) -> QuerySet[PlanLine]:
    """The lines the kept standing marks as shortfalls over the ICB's window (``summary``;
    call ``summary.current_policy`` first), annotated as ``shortfalls_from_scratch``'s are:
    an indexed read whatever the number of returns."""
    return lines.filter(short=True).annotate(
        delivered=F("window_delivered"),
        excused=F("window_excused"),
        missed=F("window_missed"),
        reported=F("window_reported"),
        expected=ExpressionWrapper(F("monthly_expected") * months, output_field=DecimalField()),
    )


def shortfalls_from_scratch(
    lines: QuerySet[PlanLine], first: date, last: date, threshold_percent: int
) -> QuerySet[PlanLine]:
    """From the returns themselves (the reference the kept standing is tested against; slow
    at scale: one pass over the window's returns). Lines whose service-side rate over
    ``first``..``last`` is under the threshold (see ``domain``), each annotated with
    ``delivered``, ``excused``, ``missed`` (for the service's reasons), ``reported`` (months
    with a return) and ``expected``."""
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


# -- from scratch, the reference for the kept figures -------------------------------------------


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
