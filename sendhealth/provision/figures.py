"""Figures for the reports: delivery rate by provider and service over the last 12 months,
lines not reported, sessions not delivered by reason, shortfalls, vague lines, and personal
health budgets (the panels register's packages) used for health provision. Counts and sums
only, from the ICB's kept summary (``summary``: the monthly sums and the lines' standing,
never the ~750,000 returns themselves): a few indexed queries, the same number for any rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Sum

from sendhealth.organisations.models import Organisation, Service
from sendhealth.provision import domain
from sendhealth.provision.models import Reason
from sendhealth.provision.presenters import month_label
from sendhealth.provision.summary import REASONS

MONTHS = 12


@dataclass(frozen=True)
class RateCell:
    delivered: int
    expected: Decimal

    @property
    def rate(self) -> Decimal | None:
        return domain.delivery_rate(self.delivered, self.expected)


@dataclass(frozen=True)
class Figures:
    months: list[str]
    provider_rows: list[list[dict]]
    service_rows: list[list[dict]]
    reason_rows: list[list[dict]]
    not_reported_month: str
    not_reported_rows: list[list[dict]]
    not_reported_total: int
    lines_total: int
    vague_total: int
    shortfall_count: int
    threshold_percent: int
    window_months: int
    phb_count: int
    phb_health_amount: Decimal
    phb_with_lines: int


def _rate_cells(table: dict, key, months: list[date]) -> list[dict]:
    cells = []
    for m in months:
        cell: RateCell | None = table.get((*key, m))
        cells.append({"text": domain.percent(cell.rate) if cell else "-"})
    total_d = sum(table[(*key, m)].delivered for m in months if (*key, m) in table)
    total_e = sum((table[(*key, m)].expected for m in months if (*key, m) in table), Decimal(0))
    cells.append({"text": domain.percent(domain.delivery_rate(total_d, total_e))})
    return cells


def _by_service(kept, first: date, last: date) -> dict:
    """``{(provider_id, service_id, month): RateCell}`` from the kept monthly sums."""
    rows = (
        kept.filter(month__gte=first, month__lte=last)
        .values("provider_id", "service_id", "month")
        .annotate(d=Sum("delivered"), e=Sum("expected"))
        .order_by()
    )
    return {
        (row["provider_id"], row["service_id"], row["month"]): RateCell(
            row["d"] or 0, Decimal(row["e"] or 0)
        )
        for row in rows
    }


def figures(scope, today: date, *, policy, shortfall_count: int) -> Figures:
    """The figures (``policy`` from ``summary.current_policy``, so the lines' standing is for
    the window ending last month)."""
    lines = scope.provision_figure_lines()
    kept = scope.provision_figure_months()
    last = domain.add_months(domain.first_of_month(today), -1)
    first = domain.add_months(last, -(MONTHS - 1))
    months = domain.months_between(first, last)
    by_service = _by_service(kept, first, last)
    missing_by_service = dict(
        lines.filter(unreported_last=True)
        .values("service_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("service_id", "n")
    )
    service_ids = {k[1] for k in by_service} | set(missing_by_service)
    named = {
        pk: (name, provider_id)
        for pk, name, provider_id in Service.objects.filter(pk__in=service_ids).values_list(
            "pk", "name", "provider_id"
        )
    }
    orgs = dict(
        Organisation.objects.filter(
            pk__in={k[0] for k in by_service} | {v[1] for v in named.values()}
        ).values_list("pk", "name")
    )
    names = {pk: name for pk, (name, _) in named.items()}
    services: dict = {}
    providers: dict = {}
    for (provider_id, service_id, month), cell in by_service.items():
        key = (orgs.get(provider_id, ""), names.get(service_id, ""), month)
        services[key] = cell
        old = providers.get((key[0], month))
        providers[(key[0], month)] = (
            RateCell(old.delivered + cell.delivered, old.expected + cell.expected) if old else cell
        )
    provider_names = sorted({k[0] for k in providers})
    service_keys = sorted({k[:2] for k in services})
    summed = kept.filter(month__gte=first, month__lte=last).aggregate(
        **{f: Sum(f) for r in REASONS for f in (r, f"{r}_returns")}
    )
    reasons = {r: (summed[r] or 0, summed[f"{r}_returns"] or 0) for r in REASONS}
    missing = sorted(
        (
            (f"{names.get(pk, '')} ({orgs.get(named.get(pk, ('', 0))[1], '')})", n)
            for pk, n in missing_by_service.items()
        ),
        key=lambda row: (-row[1], row[0]),
    )
    total = lines.count()
    vague = lines.filter(vague=True).count()
    packages = scope.provision_figure_packages().filter(kind="phb", status="approved")
    phb = packages.aggregate(n=Count("pk"), health=Sum("health_amount"))
    with_lines = packages.filter(child_id__in=lines.values("child_id")).count()
    return Figures(
        months=[month_label(m) for m in months],
        provider_rows=[
            [{"text": name}, *_rate_cells(providers, (name,), months)] for name in provider_names
        ],
        service_rows=[
            [{"text": f"{service} ({provider})"}, *_rate_cells(services, key, months)]
            for key in service_keys
            for provider, service in [key]
        ],
        reason_rows=[
            [
                {"text": label},
                {"text": reasons.get(code, (0, 0))[0]},
                {"text": reasons.get(code, (0, 0))[1]},
                {"text": "Yes" if code in domain.SERVICE_SIDE else "No"},
            ]
            for code, label in Reason.choices
        ],
        not_reported_month=month_label(last),
        not_reported_rows=[[{"text": name}, {"text": n}] for name, n in missing],
        not_reported_total=sum(n for _, n in missing),
        lines_total=total,
        vague_total=vague,
        shortfall_count=shortfall_count,
        threshold_percent=policy.threshold_percent,
        window_months=policy.months,
        phb_count=phb["n"] or 0,
        phb_health_amount=phb["health"] or Decimal(0),
        phb_with_lines=with_lines,
    )
