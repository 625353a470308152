"""Waiting-time figures for the register's pages, the dashboard and the reports: plain
functions of a queryset of positions (from ``Scope.waitingtimes_positions()``), a handful of
queries whatever the number of months."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from sendhealth.core.charts import Chart, Series
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.models import ServicePosition


@dataclass(frozen=True)
class Latest:
    position: ServicePosition
    previous: ServicePosition | None


def latest_by_service(positions: QuerySet[ServicePosition], on_or_before: date) -> list[Latest]:
    """Each service's latest position in or before the month of ``on_or_before``, with the
    month before it (for the trend arrow)."""
    rows = list(
        positions.filter(month__lte=domain.first_of_month(on_or_before)).order_by(
            "service__provider__name", "service__name", "-month"
        )
    )
    found: dict[int, list[ServicePosition]] = defaultdict(list)
    for row in rows:
        if len(found[row.service_id]) < 2:
            found[row.service_id].append(row)
    return [Latest(pair[0], pair[1] if len(pair) > 1 else None) for pair in found.values()]


def over_target(latest: list[Latest]) -> list[ServicePosition]:
    return [item.position for item in latest if item.position.over_target]


def service_trend(positions: QuerySet[ServicePosition], service_id: int) -> list[ServicePosition]:
    return list(positions.filter(service_id=service_id).order_by("month"))


def month_label(day: date) -> str:
    return day.strftime("%b %Y")


def trend_chart(trend: list[ServicePosition], service_name: str) -> Chart:
    return Chart(
        title=f"{service_name}: 92nd percentile and median wait in weeks, by month",
        kind="line",
        categories=tuple(month_label(p.month) for p in trend),
        series=(
            Series("92nd percentile wait", tuple(float(p.p92_wait_weeks) for p in trend)),
            Series("Median wait", tuple(float(p.median_wait_weeks) for p in trend)),
        ),
        reference=float(trend[-1].target_weeks) if trend else None,
        reference_label="Service's target (latest)",
        key="waiting-trend",
    )


def bands_chart(latest: list[Latest], title: str) -> Chart:
    """Children and young people waiting, by weeks waited, all services together."""
    totals = [sum(getattr(i.position, b.field) for i in latest) for b in domain.BANDS]
    return Chart(
        title=title,
        kind="bar",
        categories=tuple(b.label for b in domain.BANDS),
        series=(Series("Waiting", tuple(totals)),),
        key="waiting-bands",
        counts=True,
    )
