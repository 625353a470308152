"""The reports' own logic, plain functions with no Django: reporting periods. Small-number
suppression lives in ``core.suppression`` (every board-facing page uses it); its names are
kept here for the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sendhealth.core.suppression import (  # noqa: F401 (the reports' names for them)
    FEWER_THAN_5,
    SMALL_HIGH,
    SMALL_LOW,
    is_small,
    shown_count,
    suppression_mask,
)

# -- periods ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date


def quarter_of(day: date) -> ReportPeriod:
    """The calendar quarter ``day`` is in (NHS financial Q1 is April to June)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = (
        date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    ) - timedelta(days=1)
    return ReportPeriod(start, end)


def previous_quarter(period: ReportPeriod) -> ReportPeriod:
    return quarter_of(period.start - timedelta(days=1))


def last_complete_quarter(today: date) -> ReportPeriod:
    return previous_quarter(quarter_of(today))


def financial_year(start_year: int) -> ReportPeriod:
    """1 April ``start_year`` to 31 March the year after."""
    return ReportPeriod(date(start_year, 4, 1), date(start_year + 1, 3, 31))


def year_before(period: ReportPeriod) -> ReportPeriod:
    def back(d: date) -> date:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year - 1, day=28)

    return ReportPeriod(back(period.start), back(period.end))


def period_before(period: ReportPeriod, kind: str) -> ReportPeriod:
    """The period a report compares with first: the previous quarter, or the year before."""
    return previous_quarter(period) if kind == "quarterly" else year_before(period)


def quarter_name(period: ReportPeriod) -> str:
    """``2025-26 Q3 (October to December 2025)``: NHS financial-year quarters."""
    fy = period.start.year if period.start.month >= 4 else period.start.year - 1
    q = ((period.start.month - 4) % 12) // 3 + 1
    return (
        f"{fy}-{str(fy + 1)[2:]} Q{q} "
        f"({period.start.strftime('%B')} to {period.end.strftime('%B %Y')})"
    )


def per_10000(count: int, population: int | None) -> float | None:
    if not population:
        return None
    return round(count * 10000 / population, 1)
