"""Figures of quality assurance: scores over time by provider, service, local authority and
criterion, and the weakest criteria of a quarter. Aggregates only: no child is identified, so
the board may see them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from sendhealth.assurance.models import (
    MAX_POINTS,
    RATING_POINTS,
    Audit,
    AuditStatus,
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


def scores_over_time(icb_ids, dimension: str) -> list[FigureRow]:
    """Weighted score (points over maximum) of finished audits, per quarter and per group."""
    label, field = GROUPS[dimension]
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = finished_audits(icb_ids).values_list(field, "finished_at", "points", "max_points")
    for name, finished_at, points, maximum in rows:
        if name is None:
            continue
        key = (name, quarter_of(timezone.localtime(finished_at).date()))
        totals[key][0] += 1
        totals[key][1] += points or 0
        totals[key][2] += maximum or 0
    return [
        FigureRow(label, name, quarter, n, round(100 * p / m) if m else None)
        for (name, quarter), (n, p, m) in sorted(
            totals.items(), key=lambda kv: (kv[0][1], kv[0][0])
        )
    ]


def criterion_scores(icb_ids, quarter: str | None = None) -> list[FigureRow]:
    """Per criterion text (across tool versions), the share of points achieved."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    ratings = CriterionRating.objects.filter(
        audit__item__icb_id__in=icb_ids, audit__status=AuditStatus.FINISHED
    ).values_list("criterion__text", "criterion__weight", "rating", "audit__finished_at")
    for text, weight, rating, finished_at in ratings:
        value = RATING_POINTS.get(rating)
        if value is None:
            continue
        q = quarter_of(timezone.localtime(finished_at).date())
        if quarter and q != quarter:
            continue
        totals[(text, q)][0] += 1
        totals[(text, q)][1] += value * weight
        totals[(text, q)][2] += MAX_POINTS * weight
    return [
        FigureRow("Criterion", text, q, n, round(100 * p / m) if m else None)
        for (text, q), (n, p, m) in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def weakest_criteria(icb_ids, today: date, limit: int = 5) -> list[FigureRow]:
    rows = criterion_scores(icb_ids, quarter_of(today))
    return sorted(rows, key=lambda r: (r.percent if r.percent is not None else 101, r.name))[:limit]


def overall_by_quarter(icb_ids) -> list[tuple[str, int | None]]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for finished_at, points, maximum in finished_audits(icb_ids).values_list(
        "finished_at", "points", "max_points"
    ):
        q = quarter_of(timezone.localtime(finished_at).date())
        totals[q][0] += points or 0
        totals[q][1] += maximum or 0
    return [(q, round(100 * p / m) if m else None) for q, (p, m) in sorted(totals.items())]
