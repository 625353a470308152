"""The registry of figures a measure can follow: each a function ``(icb_id, today) -> value``
computed from what the registers hold (their models only; aggregate figures, never a child).
A measure (``models.Measure``) names one of these, with a target and a direction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Avg, Q


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str  # "%" or "" (a count)
    compute: Callable[[int, date], float | None]


def _advice_on_time(icb_id: int, today: date) -> float | None:
    """Health advice completed in the last 12 months on or before its due date (reg 8(1))."""
    from django.db.models import F

    from sendhealth.advice.models import AdviceAssignment

    done = AdviceAssignment.objects.filter(
        request__icb_id=icb_id,
        completed_on__gt=today - timedelta(days=365),
        completed_on__lte=today,
    )
    total = done.count()
    if not total:
        return None
    return round(100 * done.filter(completed_on__lte=F("due_on")).count() / total, 1)


def _advice_overdue(icb_id: int, today: date) -> float | None:
    from sendhealth.advice.models import AdviceAssignment

    return float(AdviceAssignment.objects.filter(request__icb_id=icb_id).overdue(today).count())


def _ihp_reviews_overdue(icb_id: int, today: date) -> float | None:
    from sendhealth.medicalconditions.models import HealthcarePlan

    return float(
        HealthcarePlan.objects.filter(icb_id=icb_id, review_due_on__lt=today)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
        .count()
    )


def _audit_score(icb_id: int, today: date) -> float | None:
    """The average score of audits finished in the last 12 months (percent of points)."""
    from sendhealth.assurance.models import Audit

    found = Audit.objects.filter(
        item__round__icb_id=icb_id,
        finished_at__date__gt=today - timedelta(days=365),
        max_points__gt=0,
    ).aggregate(points=Avg("points"), most=Avg("max_points"))
    if not found["most"]:
        return None
    return round(100 * float(found["points"] or 0) / float(found["most"]), 1)


REGISTRY: dict[str, Figure] = {
    figure.key: figure
    for figure in (
        Figure(
            "advice_on_time",
            "Health advice given within 6 weeks (last 12 months)",
            "%",
            _advice_on_time,
        ),
        Figure("advice_overdue", "Health advice overdue now", "", _advice_overdue),
        Figure(
            "ihp_reviews_overdue",
            "Individual healthcare plan reviews overdue",
            "",
            _ihp_reviews_overdue,
        ),
        Figure("audit_score", "Average audit score (last 12 months)", "%", _audit_score),
    )
}
FIGURE_CHOICES = [(key, figure.label) for key, figure in REGISTRY.items()]


def current_value(figure_key: str, icb_id: int, today: date) -> float | None:
    figure = REGISTRY.get(figure_key)
    return figure.compute(icb_id, today) if figure else None
