"""Figures for the reports: delivery rate by provider and service over the last 12 months,
lines not reported, sessions not delivered by reason, shortfalls, vague lines, and personal
health budgets (the panels register's packages) used for health provision. Counts and sums
only, from the ICB's kept summary (``summary``: the monthly sums and the lines' standing,
never the ~750,000 returns themselves): a few indexed queries, the same number for any rows.
For the board (``Scope.suppresses_small_numbers``) counts from 1 to 4 are "fewer than 5" with a
complement (``core.figures_table``), and a rate or an amount from fewer than 5 is not shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Sum

from sendhealth.core.figures_table import figures_table, hides, shown_number
from sendhealth.core.suppression import NOT_SHOWN
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
    returns: int = 0  # the monthly returns behind it: one a line a month

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
    not_reported_total: str
    lines_total: str
    vague_total: str
    shortfall_count: str
    threshold_percent: int
    window_months: int
    phb_count: str
    phb_health_amount: str
    phb_with_lines: str
    suppress: bool = False


def _rate_text(cell: RateCell | None, suppress: bool) -> str:
    if cell is None:
        return "-"
    return NOT_SHOWN if hides(cell.returns, suppress) else domain.percent(cell.rate)


def _rate_cells(table: dict, key, months: list[date], suppress: bool) -> list[dict]:
    """A row's monthly rates and its 12 months' rate. A rate from fewer than 5 lines is not
    shown to the board; the year's is hidden unless some month had 5 or more lines."""
    cells = [{"text": _rate_text(table.get((*key, m)), suppress)} for m in months]
    found = [table[(*key, m)] for m in months if (*key, m) in table]
    year = RateCell(
        sum(c.delivered for c in found),
        sum((c.expected for c in found), Decimal(0)),
        max((c.returns for c in found), default=0),
    )
    cells.append({"text": _rate_text(year, suppress)})
    return cells


def _by_service(kept, first: date, last: date) -> dict:
    """``{(provider_id, service_id, month): RateCell}`` from the kept monthly sums."""
    rows = (
        kept.filter(month__gte=first, month__lte=last)
        .values("provider_id", "service_id", "month")
        .annotate(d=Sum("delivered"), e=Sum("expected"), n=Sum("returns"))
        .order_by()
    )
    return {
        (row["provider_id"], row["service_id"], row["month"]): RateCell(
            row["d"] or 0, Decimal(row["e"] or 0), row["n"] or 0
        )
        for row in rows
    }


def figures(scope, today: date, *, policy, shortfall_count: int) -> Figures:
    """The figures (``policy`` from ``summary.current_policy``, so the lines' standing is for
    the window ending last month)."""
    suppress = scope.suppresses_small_numbers
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
            RateCell(
                old.delivered + cell.delivered,
                old.expected + cell.expected,
                old.returns + cell.returns,
            )
            if old
            else cell
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
    reason_table = figures_table(
        ["Reason", "Sessions", "Monthly returns", "Service's side"],
        [
            [
                label,
                reasons.get(code, (0, 0))[0],
                reasons.get(code, (0, 0))[1],
                "Yes" if code in domain.SERVICE_SIDE else "No",
            ]
            for code, label in Reason.choices
        ],
        suppress=suppress,
        counts=[1, 2],
    )
    # The services and their total together, so a hidden count cannot be worked out.
    missing_table = figures_table(
        ["Service", "Lines"],
        [[name, n] for name, n in missing] + [["All services", sum(n for _, n in missing)]],
        suppress=suppress,
        counts=[1],
    )
    total = lines.count()
    vague = lines.filter(vague=True).count()
    packages = scope.provision_figure_packages().filter(kind="phb", status="approved")
    phb = packages.aggregate(n=Count("pk"), health=Sum("health_amount"))
    # EXISTS, one index probe a package: SQLite ran ``child_id IN (the lines' children)`` by
    # listing every line of the ICB first (17 ms of the page at bench scale, now 0.5 ms).
    with_lines = packages.filter(Exists(lines.filter(child_id=OuterRef("child_id")))).count()
    phb_count = phb["n"] or 0
    amount = phb["health"] or Decimal(0)
    return Figures(
        months=[month_label(m) for m in months],
        provider_rows=[
            [{"text": name}, *_rate_cells(providers, (name,), months, suppress)]
            for name in provider_names
        ],
        service_rows=[
            [{"text": f"{service} ({provider})"}, *_rate_cells(services, key, months, suppress)]
            for key in service_keys
            for provider, service in [key]
        ],
        reason_rows=reason_table.cells(),
        not_reported_month=month_label(last),
        not_reported_rows=missing_table.cells()[:-1],
        not_reported_total=missing_table.rows[-1][1],
        lines_total=shown_number(total, suppress),
        vague_total=shown_number(vague, suppress),
        shortfall_count=shown_number(shortfall_count, suppress),
        threshold_percent=policy.threshold_percent,
        window_months=policy.months,
        phb_count=shown_number(phb_count, suppress),
        phb_health_amount=NOT_SHOWN if hides(phb_count, suppress) else f"£{amount:,.2f}",
        phb_with_lines=shown_number(with_lines, suppress),
        suppress=suppress,
    )
