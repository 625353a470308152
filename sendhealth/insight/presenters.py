"""Figures as people read them: percentages rounded half up, a dash where there are no cases,
and the rows of the timeliness CSV."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sendhealth.core.figures_table import figures_table
from sendhealth.core.suppression import FEWER_THAN_5, NOT_SHOWN
from sendhealth.insight.figures import DashboardFigures, Timeliness, TimelinessRow

HIDDEN = (FEWER_THAN_5, NOT_SHOWN)
NO_CASES = "\u2013"  # an en dash: no cases, so no rate (not 0%)
CSV_HEADER = [
    "Level",
    "Provider",
    "Service",
    "Completed",
    "On time",
    "Late (no exception)",
    "Late (exception applies)",
    "% on time including exceptions",
    "% on time excluding exceptions",
]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def whole_percent(rate: float | None) -> int | None:
    if rate is None:
        return None
    return int((Decimal(str(rate)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(rate: float | None) -> str:
    """0.6 -> "60%"; no cases -> a dash."""
    value = whole_percent(rate)
    return NO_CASES if value is None else f"{value}%"


def timeliness_csv_rows(figures: Timeliness, suppress: bool = False) -> list[list]:
    """The timeliness table as CSV rows: all providers, each provider, each service. For the
    board (``suppress``) small counts are "fewer than 5", with their complements, and the
    percentages they would reveal are not shown."""
    rows = [_csv_row("All", figures.total)]
    rows += [_csv_row("Provider", row) for row in figures.by_provider]
    services = [_csv_row("Service", row) for row in figures.by_service]
    # The providers and their total are one table; the services another (same total).
    shown = [
        figures_table(
            CSV_HEADER,
            part,
            suppress=suppress,
            counts=[3, 4, 5, 6],
            derived={7: (3, 4, 5, 6), 8: (3, 4, 5, 6)},
        )
        for part in (rows, services)
    ]
    return [CSV_HEADER, *shown[0].values, *shown[1].values]


def _csv_row(level: str, row: TimelinessRow) -> list[str | int]:
    return [
        level,
        _cell(row.provider),
        _cell(row.service),
        row.completed,
        row.on_time,
        row.late,
        row.late_with_exception,
        _csv_percent(row.rate_including_exceptions),
        _csv_percent(row.rate_excluding_exceptions),
    ]


def _csv_percent(rate: float | None) -> str:
    value = whole_percent(rate)
    return "" if value is None else str(value)


def _cell(text: str) -> str:
    """A name a spreadsheet would take for a formula is quoted (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# -- the dashboard as shown: every count a string, small numbers suppressed for the board -----


@dataclass
class ShownDashboard:
    summary: list[tuple[str, str]]
    statuses: list[list[str]]  # label, count; the last row is the total
    total_line: dict[str, str]
    by_provider: list[list[str]]  # provider, completed, on time, late, exception, %, %
    by_provider_bars: list[tuple[str, int | None, str, int | None, str]]
    by_service: list[list[str]]  # service, provider, then as by_provider
    open_work: list[list[str]]  # provider, open, with service, overdue, due soon


def _counts(rows: list[list], columns: list[int], suppress: bool) -> list[list]:
    return figures_table([], rows, suppress=suppress, counts=columns).rows


def _timeliness_rows(
    items: list[TimelinessRow], first: int, suppress: bool
) -> tuple[list[list[str]], list[bool]]:
    """Rows of (names..., completed, on time, late, exception, % incl, % excl); with which
    rows' percentages are hidden (a count behind them is)."""
    values = [
        [
            *([r.service, r.provider] if first == 2 else [r.provider]),
            r.completed,
            r.on_time,
            r.late,
            r.late_with_exception,
        ]
        for r in items
    ]
    columns = list(range(first, first + 4))
    shown = _counts(values, columns, suppress)
    hidden = [any(cell in HIDDEN for cell in row[first : first + 4]) for row in shown]
    for row, item, is_hidden in zip(shown, items, hidden, strict=True):
        if is_hidden:
            row += [NOT_SHOWN, NOT_SHOWN]
        else:
            row += [
                percent(item.rate_including_exceptions),
                percent(item.rate_excluding_exceptions),
            ]
    return shown, hidden


def shown_dashboard(figures: DashboardFigures, suppress: bool) -> ShownDashboard:
    t = figures.timeliness
    statuses = _counts(
        [[row.label, row.count] for row in figures.open_requests]
        + [["All open requests", figures.open_requests_total]],
        [1],
        suppress,
    )
    # The providers and their total in one table, so a hidden count cannot be worked out.
    with_total, hidden = _timeliness_rows([*t.by_provider, t.total], 1, suppress)
    by_provider, total_rows, hidden = with_total[:-1], with_total[-1:], hidden[:-1]
    by_service, _ = _timeliness_rows(t.by_service, 2, suppress)
    work = [
        [r.provider, r.open, r.with_service, r.overdue, r.due_soon]
        for r in [*figures.open_work, figures.open_work_total]
    ]
    open_work = _counts(work, [1, 2, 3, 4], suppress)
    total = total_rows[0]
    return ShownDashboard(
        summary=[
            ("Open requests", statuses[-1][1]),
            ("Advice on time, all cases", total[5]),
            ("Advice on time, excluding exception cases", total[6]),
            ("Overdue with services now", open_work[-1][3]),
        ],
        statuses=statuses,
        total_line={
            "completed": total[1],
            "on_time": total[2],
            "late": total[3],
            "late_with_exception": total[4],
        },
        by_provider=by_provider + total_rows,
        by_provider_bars=[
            (
                row.provider,
                None if is_hidden else whole_percent(row.rate_including_exceptions),
                shown[5],
                None if is_hidden else whole_percent(row.rate_excluding_exceptions),
                shown[6],
            )
            for row, shown, is_hidden in zip(t.by_provider, by_provider, hidden, strict=True)
        ],
        by_service=by_service,
        open_work=open_work,
    )
