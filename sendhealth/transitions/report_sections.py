"""The cohort (EHC plans by need type, age band and local authority) and preparing for
adulthood, for the board's reports (see ``core.reporting``). Aggregate counts only."""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, Q

from sendhealth.children.models import NeedType
from sendhealth.core.charts import Chart, Series
from sendhealth.core.reporting import Figure, Section, Table
from sendhealth.transitions.models import AnnualReview, EhcPlan

AGE_BANDS = (
    (0, 4, "Under 5"),
    (5, 10, "5 to 10"),
    (11, 15, "11 to 15"),
    (16, 19, "16 to 19"),
    (20, 25, "20 to 25"),
)

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"adulthood": 70, "cohort": 90}


def _age_band(born, on) -> str:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for low, high, label in AGE_BANDS:
        if low <= age <= high:
            return label
    return "Other"


def sections(icb, la, start, end) -> list[Section]:
    plans = EhcPlan.objects.filter(icb=icb, issued_on__lte=end).filter(
        Q(ceased_on__isnull=True) | Q(ceased_on__gt=end)
    )
    if la is not None:
        plans = plans.filter(local_authority=la)
    by_need = dict(plans.values_list("child__primary_need").annotate(n=Count("pk")).order_by())
    by_la = list(
        plans.values_list("local_authority__name")
        .annotate(n=Count("pk"))
        .order_by("local_authority__name")
    )
    ages = Counter(
        _age_band(born, end) for born in plans.values_list("child__date_of_birth", flat=True)
    )
    total = sum(by_need.values())
    needs = [(label, by_need.get(value, 0)) for value, label in NeedType.choices]
    reviews = AnnualReview.objects.filter(plan__icb=icb, held_on__gte=start, held_on__lte=end)
    if la is not None:
        reviews = reviews.filter(plan__local_authority=la)
    review_counts = reviews.aggregate(
        held=Count("pk"), attended=Count("pk", filter=Q(health_attended=True))
    )
    return [
        Section(
            key="cohort",
            title="The cohort: children and young people with EHC plans",
            definition="EHC plans in force at the end of the period (issued, not ceased).",
            figures=[Figure(key="plans_in_force", label="EHC plans in force", value=total)],
            tables=[
                Table(
                    key="cohort_by_need",
                    caption="By primary need (SEN2 need types)",
                    head=["Primary need", "EHC plans"],
                    rows=[[label, n] for label, n in needs],
                    count_columns=[1],
                ),
                Table(
                    key="cohort_by_age",
                    caption="By age at the end of the period",
                    head=["Age band", "EHC plans"],
                    rows=[[label, ages.get(label, 0)] for _, _, label in AGE_BANDS],
                    count_columns=[1],
                ),
                Table(
                    key="cohort_by_la",
                    caption="By local authority",
                    head=["Local authority", "EHC plans"],
                    rows=[[name, n] for name, n in by_la],
                    count_columns=[1],
                ),
            ],
            charts=[
                Chart(
                    title="EHC plans by primary need",
                    kind="bar",
                    categories=tuple(label for label, _ in needs),
                    series=(Series("EHC plans", tuple(n for _, n in needs)),),
                    key="cohort-need",
                    counts=True,
                )
            ],
            notes=["By education setting: not yet in this report."],
        ),
        Section(
            key="adulthood",
            title="Preparing for adulthood",
            definition="Annual reviews of EHC plans held in the period, and health's attendance.",
            figures=[
                Figure(
                    key="reviews_held", label="Annual reviews held", value=review_counts["held"]
                ),
                Figure(
                    key="reviews_health_attended",
                    label="Annual reviews health attended",
                    value=review_counts["attended"],
                ),
            ],
        ),
    ]
