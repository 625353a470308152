"""Quality assurance for the board's reports (see ``core.reporting``): the weighted score of
the audits finished in the period, by provider, and the weakest criteria, with a chart of the
scores by criterion. Aggregates only, summed in the database."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Sum
from django.utils import timezone

from sendhealth.assurance.models import MAX_POINTS, RATING_POINTS, CriterionRating
from sendhealth.assurance.reports import finished_audits
from sendhealth.core.charts import Chart, Series
from sendhealth.core.reporting import Figure, Section, Table

WEAKEST = 5

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"quality": 80}


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time(), zone),
        datetime.combine(end + timedelta(days=1), time(), zone),
    )


def _percent(points, maximum) -> float | None:
    return round(100 * (points or 0) / maximum, 1) if maximum else None


def sections(icb, la, start, end) -> list[Section]:
    since, until = _bounds(start, end)
    audits = finished_audits([icb.pk]).filter(finished_at__gte=since, finished_at__lt=until)
    if la is not None:
        audits = audits.filter(item__local_authority=la)
    overall = audits.aggregate(n=Count("pk"), p=Sum("points"), m=Sum("max_points"))
    by_provider = list(
        audits.exclude(item__provider__isnull=True)
        .order_by()
        .values_list("item__provider__name")
        .annotate(n=Count("pk"), p=Sum("points"), m=Sum("max_points"))
        .order_by("item__provider__name")
    )
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for text, weight, rating, n in (
        CriterionRating.objects.filter(audit__in=audits)
        .order_by()
        .values_list("criterion__text", "criterion__weight", "rating")
        .annotate(n=Count("pk"))
    ):
        points = RATING_POINTS.get(rating)
        if points is None:
            continue
        totals[text][0] += points * weight * n
        totals[text][1] += MAX_POINTS * weight * n
    criteria = sorted(
        ((text, _percent(p, m)) for text, (p, m) in totals.items()),
        key=lambda tc: (tc[1] if tc[1] is not None else 101, tc[0]),
    )
    weakest = criteria[:WEAKEST]
    score = _percent(overall["p"], overall["m"])
    charts = (
        [
            Chart(
                title="Quality assurance score by criterion (% of points achieved)",
                kind="bar",
                categories=tuple(text for text, _ in criteria),
                series=(Series("Score", tuple(value for _, value in criteria)),),
                unit="%",
                key="qa-criteria",
            )
        ]
        if criteria
        else []
    )
    return [
        Section(
            key="quality",
            title="Quality assurance",
            definition=(
                "Audits of health advice and of the health sections of EHC plans finished in "
                "the period: the weighted score is the points achieved over the points possible "
                "(each criterion rated met 2, partly met 1, not met 0, times its weight; not "
                "applicable left out)."
            ),
            figures=[
                Figure(key="qa_audits", label="Audits finished", value=overall["n"]),
                Figure(
                    key="qa_score",
                    label="Weighted quality score",
                    value=score,
                    unit="percent",
                    better="higher",
                    definition="Points achieved over points possible, all finished audits",
                ),
            ],
            tables=[
                Table(
                    key="qa_by_provider",
                    caption="Score by provider",
                    head=["Provider", "Audits", "Score"],
                    rows=[
                        [name, n, "" if _percent(p, m) is None else f"{_percent(p, m):.1f}%"]
                        for name, n, p, m in by_provider
                    ],
                    count_columns=[1],
                ),
                Table(
                    key="qa_weakest",
                    caption=f"The {WEAKEST} weakest criteria",
                    head=["Criterion", "Score"],
                    rows=[
                        [text, "" if value is None else f"{value:.1f}%"] for text, value in weakest
                    ],
                ),
            ],
            charts=charts,
            risks=[
                f'Weakest criterion: "{text}" at {value:.1f}% of points.'
                for text, value in weakest[:1]
                if value is not None and value < 60
            ],
        )
    ]
