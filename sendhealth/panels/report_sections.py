"""Panels and packages for the board's reports (see ``core.reporting``): panels held, cases
heard and their decisions, and the packages approved in the period with the cost split
between health, education and social care."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, Sum
from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table
from sendhealth.panels.models import (
    CaseDecision,
    Package,
    PackageKind,
    PackageStatus,
    Panel,
    PanelCase,
)

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"panels": 50}


def _pounds(value: Decimal | None) -> str:
    return f"£{value or 0:,.0f}"


def sections(icb, la, start, end) -> list[Section]:
    panels = Panel.objects.filter(icb=icb, held_on__gte=start, held_on__lte=end)
    cases = PanelCase.objects.filter(panel__in=panels)
    packages = Package.objects.filter(
        icb=icb,
        status__in=[PackageStatus.APPROVED, PackageStatus.ENDED],
        starts_on__gte=start,
        starts_on__lte=end,
    )
    if la is not None:
        panels = panels.filter(local_authority=la)
        cases = cases.filter(local_authority=la)
        packages = packages.filter(local_authority=la)
    decisions = dict(cases.order_by().values_list("decision").annotate(n=Count("pk")))
    by_kind = {
        row["kind"]: row
        for row in packages.order_by()
        .values("kind")
        .annotate(
            n=Count("pk"),
            cost=Sum("cost_per_year"),
            health=Sum("health_amount"),
            education=Sum("education_amount"),
            social=Sum("social_care_amount"),
        )
    }
    rows = []
    for value, label in PackageKind.choices:
        row = by_kind.get(value, {})
        rows.append(
            [
                label,
                row.get("n", 0),
                _pounds(row.get("cost")),
                _pounds(row.get("health")),
                _pounds(row.get("education")),
                _pounds(row.get("social")),
            ]
        )
    health_total = sum((r.get("health") or Decimal(0) for r in by_kind.values()), Decimal(0))
    return [
        Section(
            key="panels",
            title="Panels and packages",
            definition=(
                "Panels held in the period and the cases heard at them, with the decision; "
                "packages (continuing care, personal health budgets, jointly funded placements "
                "and provision) approved that start in the period, with the yearly cost and "
                "its split between health, education and social care as agreed."
            ),
            figures=[
                Figure(key="panels_held", label="Panels held", value=panels.count(), unit="panels"),
                Figure(key="panel_cases", label="Cases heard", value=sum(decisions.values())),
                Figure(
                    key="packages_approved",
                    label="Packages approved",
                    value=sum(r["n"] for r in by_kind.values()),
                ),
                Figure(
                    key="packages_health_cost",
                    label="Health's share of their yearly cost",
                    value=float(health_total),
                    unit="pounds",
                ),
            ],
            tables=[
                Table(
                    key="panel_decisions",
                    caption="Cases heard, by decision",
                    head=["Decision", "Cases"],
                    rows=[
                        [label, decisions.get(value, 0)] for value, label in CaseDecision.choices
                    ],
                    count_columns=[1],
                ),
                Table(
                    key="packages_by_kind",
                    caption="Packages approved, by kind, with the yearly cost split",
                    head=["Kind", "Packages", "Yearly cost", "Health", "Education", "Social care"],
                    rows=rows,
                    count_columns=[1],
                ),
            ],
        )
    ]


def _packages(scope, icb, la, start, end) -> Records:
    found = scope.panels_packages().filter(
        icb=icb,
        status__in=[PackageStatus.APPROVED, PackageStatus.ENDED],
        starts_on__gte=start,
        starts_on__lte=end,
    )
    if la is not None:
        found = found.filter(local_authority=la)
    return Records(
        found.select_related("local_authority").order_by("starts_on", "pk"),
        ["Package", "Kind", "Local authority", "Starts", "Health's share a year"],
        lambda p: [
            {"text": p.reference, "href": reverse("panels:package", args=[p.pk])},
            {"text": p.get_kind_display()},
            {"text": p.local_authority.name},
            {"text": format_date(p.starts_on)},
            {"text": _pounds(p.health_amount)},
        ],
    )


def _panels(scope, icb, la, start, end) -> Records:
    found = scope.panels().filter(icb=icb, held_on__gte=start, held_on__lte=end)
    if la is not None:
        found = found.filter(local_authority=la)
    return Records(
        found.order_by("held_on", "pk"),
        ["Panel", "Held", "Type"],
        lambda p: [
            {"text": p.reference, "href": reverse("panels:detail", args=[p.pk])},
            {"text": format_date(p.held_on)},
            {"text": p.get_panel_type_display()},
        ],
    )


RECORDS = {
    "packages_approved": _packages,
    "packages_health_cost": _packages,
    "panels_held": _panels,
}
