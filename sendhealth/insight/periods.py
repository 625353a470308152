"""Reporting periods for the dashboard: presets people ask for (the ICB's quarterly update,
the financial year, a rolling year) and custom dates. Quarters are the calendar quarters,
which are also the NHS financial quarters (April to June is Q1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models

from sendhealth.rules import add_months, format_date

FINANCIAL_YEAR_START_MONTH = 4  # the NHS financial year runs from 1 April


class PeriodPreset(models.TextChoices):
    LAST_12_MONTHS = "last_12_months", "Last 12 months"
    THIS_QUARTER = "this_quarter", "This quarter so far"
    LAST_QUARTER = "last_quarter", "Last quarter"
    THIS_FINANCIAL_YEAR = "this_financial_year", "This financial year so far"


DEFAULT_PRESET = PeriodPreset.LAST_12_MONTHS


@dataclass(frozen=True)
class Period:
    """Both ends included."""

    start: date
    end: date
    name: str = "Custom dates"

    @property
    def label(self) -> str:
        return f"{self.name}: {format_date(self.start)} to {format_date(self.end)}"


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def last_12_months(today: date) -> Period:
    """The year ending today: 3 March 2025 to 2 March 2026."""
    return Period(
        add_months(today, -12) + timedelta(days=1), today, PeriodPreset.LAST_12_MONTHS.label
    )


def this_quarter(today: date) -> Period:
    return Period(quarter_start(today), today, PeriodPreset.THIS_QUARTER.label)


def last_quarter(today: date) -> Period:
    end = quarter_start(today) - timedelta(days=1)
    return Period(quarter_start(end), end, PeriodPreset.LAST_QUARTER.label)


def this_financial_year(today: date) -> Period:
    year = today.year if today.month >= FINANCIAL_YEAR_START_MONTH else today.year - 1
    start = date(year, FINANCIAL_YEAR_START_MONTH, 1)
    return Period(start, today, PeriodPreset.THIS_FINANCIAL_YEAR.label)


_PRESETS = {
    PeriodPreset.LAST_12_MONTHS: last_12_months,
    PeriodPreset.THIS_QUARTER: this_quarter,
    PeriodPreset.LAST_QUARTER: last_quarter,
    PeriodPreset.THIS_FINANCIAL_YEAR: this_financial_year,
}


def preset_period(preset: str, today: date) -> Period:
    return _PRESETS[PeriodPreset(preset)](today)


def custom_period(start: date | None, end: date | None, today: date) -> Period:
    """Dates typed by the user; a missing end is today, a missing start a year before the end."""
    end = end or today
    start = start or add_months(end, -12) + timedelta(days=1)
    return Period(start, end)
