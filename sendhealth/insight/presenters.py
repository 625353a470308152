"""Figures as people read them: percentages rounded half up, a dash where there are no cases,
and the rows of the timeliness CSV."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sendhealth.insight.figures import Timeliness, TimelinessRow

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


def timeliness_csv_rows(figures: Timeliness) -> list[list[str | int]]:
    """The timeliness table as CSV rows: all providers, each provider, each service."""
    rows = [_csv_row("All", figures.total)]
    rows += [_csv_row("Provider", row) for row in figures.by_provider]
    rows += [_csv_row("Service", row) for row in figures.by_service]
    return [CSV_HEADER, *rows]


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
