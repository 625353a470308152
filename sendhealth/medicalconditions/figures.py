"""Figures for the reports: plans by condition area and setting type, reviews on time, and
schools and colleges with training gaps. Counts only, from the user's scope (the DCO's ICB)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q

from sendhealth.medicalconditions.models import SettingType
from sendhealth.medicalconditions.queries import by_setting, open_q


@dataclass(frozen=True)
class Figures:
    head: list[dict]
    area_rows: list[list[dict]]
    total: int
    reviews_done: int
    reviews_on_time: int
    reviews_on_time_percent: int | None
    overdue_now: int
    settings_with_plans: int
    settings_with_gaps: int
    gap_rows: list[list[dict]]


def figures(scope, today: date) -> Figures:
    live = scope.healthcare_plans().filter(open_q(today))
    cells = (
        live.values("condition_area__name", "condition_area__order", "setting_type")
        .annotate(n=Count("pk"))
        .order_by("condition_area__order", "condition_area__name")
    )
    types = list(SettingType)
    table: dict[str, dict[str, int]] = {}
    for cell in cells:
        table.setdefault(cell["condition_area__name"], {})[cell["setting_type"]] = cell["n"]
    area_rows = [
        [{"text": area}]
        + [{"text": by_type.get(t.value, 0)} for t in types]
        + [{"text": sum(by_type.values())}]
        for area, by_type in table.items()
    ]
    head = (
        [{"text": "Condition area"}]
        + [{"text": t.label, "format": "numeric"} for t in types]
        + [{"text": "All", "format": "numeric"}]
    )
    reviews = scope.healthcare_plan_reviews().aggregate(
        done=Count("pk"), on_time=Count("pk", filter=Q(done_on__lte=F("due_on")))
    )
    settings_rows = list(by_setting(scope.healthcare_plans(), today))
    gaps = [row for row in settings_rows if row["gaps"]]
    return Figures(
        head=head,
        area_rows=area_rows,
        total=sum(sum(by_type.values()) for by_type in table.values()),
        reviews_done=reviews["done"],
        reviews_on_time=reviews["on_time"],
        reviews_on_time_percent=round(100 * reviews["on_time"] / reviews["done"])
        if reviews["done"]
        else None,
        overdue_now=live.filter(review_due_on__lt=today).count(),
        settings_with_plans=len(settings_rows),
        settings_with_gaps=len(gaps),
        gap_rows=[
            [
                {"text": row["setting__name"]},
                {"text": row["emergency"]},
                {"text": row["gaps"]},
            ]
            for row in gaps
        ],
    )
