"""Figures of quality assurance: scores over time by provider, service, local authority and
criterion, and the weakest criteria of a quarter. Aggregates only: no child is identified, so
the board may see them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone

from sendhealth.assurance import summary
from sendhealth.assurance.models import (
    MAX_POINTS,
    RATING_POINTS,
    Audit,
    AuditStatus,
    Criterion,
    CriterionTally,
    ScoreTally,
)
from sendhealth.organisations.models import Organisation, Service


def quarter_of(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


_QUARTER_MONTHS = {
    1: ("January", "March"),
    2: ("April", "June"),
    3: ("July", "September"),
    4: ("October", "December"),
}


def quarter_name(label: str, *, short: bool = False) -> str:
    """A calendar quarter's key ("2026 Q4") as its months: "October to December 2026" (or
    "Oct to Dec 2026"). NHS readers take "Q4" for the financial year's (January to March), as
    the reports and the self-evaluation use it, so the key is never shown as it is."""
    year, q = int(label[:4]), int(label[-1])
    first, last = _QUARTER_MONTHS[q]
    if short:
        first, last = first[:3], last[:3]
    return f"{first} to {last} {year}"


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


def _labels(first, last) -> list[str]:
    """The quarters' labels from ``first`` to ``last`` (dates, times or labels) inclusive."""
    first = first if isinstance(first, str) else summary.quarter_label(first)
    last = last if isinstance(last, str) else summary.quarter_label(last)
    labels = []
    year, q = int(first[:4]), int(first[-1])
    while (year, q) <= (int(last[:4]), int(last[-1])):
        labels.append(f"{year} Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return labels


def _tallies(icb_ids, dimension: str):
    return ScoreTally.objects.filter(icb_id__in=icb_ids, dimension=dimension).order_by()


def _add(a: int | None, b: int | None) -> int | None:
    """Sums as SQL's ``SUM`` gives them: None only when every value is None."""
    return b if a is None else a if b is None else a + b


def _percent(points, maximum) -> int | None:
    return round(100 * (points or 0) / maximum) if maximum else None


def scores_over_time(icb_ids, dimension: str) -> list[FigureRow]:
    """Weighted score (points over maximum) of finished audits, per quarter and per group
    (by the group's name), from the kept tallies (``assurance.summary``)."""
    label, _ = GROUPS[dimension]
    tallies = list(
        _tallies(icb_ids, dimension).values_list(
            "quarter", "group_id", "audits", "points", "max_points"
        )
    )
    model = Service if dimension == "service" else Organisation
    names = dict(model.objects.filter(pk__in={t[1] for t in tallies}).values_list("pk", "name"))
    totals: dict[tuple[str, str], list] = {}
    for quarter, group_id, n, p, m in tallies:
        total = totals.setdefault((quarter, names[group_id]), [0, None, None])
        total[0] += n
        total[1], total[2] = _add(total[1], p), _add(total[2], m)
    return [
        FigureRow(label, name, quarter, n, _percent(p, m))
        for (quarter, name), (n, p, m) in sorted(totals.items())
    ]


def criterion_scores(icb_ids, quarter: str | None = None) -> list[FigureRow]:
    """Per criterion text (across tool versions), the share of points achieved, from the kept
    counts of each rating by criterion and quarter (``assurance.summary``); the points are
    worked out from those few rows."""
    tallies = CriterionTally.objects.filter(icb_id__in=icb_ids).order_by()
    if quarter is not None:
        tallies = tallies.filter(quarter=quarter)
    counts = list(tallies.values_list("quarter", "criterion_id", "rating", "ratings"))
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
    """(quarter, score, audits finished in it) from the first quarter to the last, from the
    kept tallies (``assurance.summary``)."""
    totals: dict[str, list] = {}
    for quarter, n, p, m in _tallies(icb_ids, summary.OVERALL).values_list(
        "quarter", "audits", "points", "max_points"
    ):
        total = totals.setdefault(quarter, [0, None, None])
        total[0] += n
        total[1], total[2] = _add(total[1], p), _add(total[2], m)
    if not totals:
        return []
    result = []
    for label in _labels(min(totals), max(totals)):
        n, p, m = totals.get(label, (0, None, None))
        result.append((label, _percent(p, m), n))
    return result
