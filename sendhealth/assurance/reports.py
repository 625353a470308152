"""Figures of quality assurance: scores over time by provider, service, local authority and
criterion, and the weakest criteria of a quarter. Aggregates only: no child is identified, so
the board may see them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Count, Max, Min, Sum
from django.utils import timezone

from sendhealth.assurance.models import (
    MAX_POINTS,
    RATING_POINTS,
    Audit,
    AuditStatus,
    Criterion,
    CriterionRating,
)


def quarter_of(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class FigureRow:
    dimension: str
    name: str
    quarter: str
    audits: int
    percent: int | None


def finished_audits(icb_ids):
    return Audit.objects.filter(item__icb_id__in=icb_ids, status=AuditStatus.FINISHED)


GROUPS = {
    "provider": ("Provider", "item__provider__name"),
    "service": ("Service", "item__service__name"),
    "local_authority": ("Local authority", "item__local_authority__name"),
}


def quarter_bounds(label: str) -> tuple[datetime, datetime]:
    """The first moment of quarter ``label`` ("2026 Q3") and of the next, in local time."""
    year, q = int(label[:4]), int(label[-1])
    start = date(year, 3 * (q - 1) + 1, 1)
    end = date(year + (q == 4), (3 * q) % 12 + 1, 1)
    zone = timezone.get_current_timezone()
    return datetime.combine(start, time(), zone), datetime.combine(end, time(), zone)


def quarters_of(audits) -> list[tuple[str, datetime, datetime]]:
    """Every quarter from the first finished audit to the last, with its bounds. The figures
    are then summed in the database quarter by quarter with plain comparisons on the indexed
    time (SQLite would otherwise truncate every row's time in Python)."""
    span = audits.aggregate(first=Min("finished_at"), last=Max("finished_at"))
    if span["first"] is None:
        return []
    labels, day = [], timezone.localtime(span["first"]).date().replace(day=1)
    last = timezone.localtime(span["last"]).date()
    while day <= last:
        label = quarter_of(day)
        if label not in labels:
            labels.append(label)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return [(label, *quarter_bounds(label)) for label in labels]


def _percent(points, maximum) -> int | None:
    return round(100 * (points or 0) / maximum) if maximum else None


def scores_over_time(icb_ids, dimension: str) -> list[FigureRow]:
    """Weighted score (points over maximum) of finished audits, per quarter and per group,
    summed in the database: one small query per quarter whatever the number of audits."""
    label, field = GROUPS[dimension]
    audits = finished_audits(icb_ids).exclude(**{f"{field}__isnull": True})
    result = []
    for quarter, start, end in quarters_of(audits):
        rows = (
            audits.filter(finished_at__gte=start, finished_at__lt=end)
            .order_by()
            .values(field)
            .annotate(n=Count("pk"), p=Sum("points"), m=Sum("max_points"))
        )
        result += [
            FigureRow(label, r[field], quarter, r["n"], _percent(r["p"], r["m"])) for r in rows
        ]
    return sorted(result, key=lambda row: (row.quarter, row.name))


def criterion_scores(icb_ids, quarter: str | None = None) -> list[FigureRow]:
    """Per criterion text (across tool versions), the share of points achieved. Ratings are
    counted in the database by criterion, weight and rating, quarter by quarter; the points
    are worked out from those few rows."""
    audits = finished_audits(icb_ids)
    quarters = quarters_of(audits)
    if quarter is not None:
        quarters = [q for q in quarters if q[0] == quarter]
    counts = []
    for label, start, end in quarters:
        # Counted by criterion id from a covering index (no join per rating); the few
        # criteria's texts and weights are read once below.
        counts += [
            (label, *row)
            for row in CriterionRating.objects.filter(
                audit__in=audits.filter(finished_at__gte=start, finished_at__lt=end)
            )
            .order_by()
            .values_list("criterion_id", "rating")
            .annotate(n=Count("pk"))
        ]
    criteria = Criterion.objects.in_bulk({criterion for _, criterion, _, _ in counts})
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for label, criterion_id, rating, n in counts:
        value = RATING_POINTS.get(rating)
        if value is None:
            continue
        text, weight = criteria[criterion_id].text, criteria[criterion_id].weight
        totals[(text, label)][0] += n
        totals[(text, label)][1] += value * weight * n
        totals[(text, label)][2] += MAX_POINTS * weight * n
    return [
        FigureRow("Criterion", text, q, n, round(100 * p / m) if m else None)
        for (text, q), (n, p, m) in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def weakest_criteria(icb_ids, today: date, limit: int = 5) -> list[FigureRow]:
    return weakest_of(criterion_scores(icb_ids, quarter_of(today)), quarter_of(today), limit)


def weakest_of(rows: list[FigureRow], quarter: str, limit: int = 5) -> list[FigureRow]:
    """The quarter's weakest criteria from ``criterion_scores`` rows already counted (the
    figures page counts every quarter once, not the current one twice)."""
    rows = [r for r in rows if r.quarter == quarter]
    return sorted(rows, key=lambda r: (r.percent if r.percent is not None else 101, r.name))[:limit]


def overall_by_quarter(icb_ids) -> list[tuple[str, int | None, int]]:
    """(quarter, score, audits finished in it) from the first quarter to the last."""
    audits = finished_audits(icb_ids)
    result = []
    for label, start, end in quarters_of(audits):
        sums = audits.filter(finished_at__gte=start, finished_at__lt=end).aggregate(
            p=Sum("points"), m=Sum("max_points"), n=Count("pk")
        )
        result.append((label, _percent(sums["p"], sums["m"]), sums["n"]))
    return result
