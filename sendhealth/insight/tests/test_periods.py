"""Reporting periods: presets by today's date, and custom dates."""

from datetime import date

import pytest

from sendhealth.insight.periods import (
    Period,
    custom_period,
    last_12_months,
    last_quarter,
    preset_period,
    this_financial_year,
    this_quarter,
)

TODAY = date(2026, 3, 2)


class TestPresets:
    def test_last_12_months_ends_today_and_starts_the_day_after_a_year_ago(self):
        period = last_12_months(TODAY)
        assert (period.start, period.end) == (date(2025, 3, 3), TODAY)

    def test_last_12_months_from_29_february_starts_on_1_march(self):
        assert last_12_months(date(2028, 2, 29)).start == date(2027, 3, 1)

    def test_this_quarter_starts_on_the_first_day_of_the_calendar_quarter(self):
        assert (this_quarter(TODAY).start, this_quarter(TODAY).end) == (date(2026, 1, 1), TODAY)

    def test_last_quarter_is_the_whole_previous_quarter(self):
        period = last_quarter(TODAY)
        assert (period.start, period.end) == (date(2025, 10, 1), date(2025, 12, 31))

    def test_last_quarter_in_july_is_april_to_june(self):
        period = last_quarter(date(2026, 7, 15))
        assert (period.start, period.end) == (date(2026, 4, 1), date(2026, 6, 30))

    @pytest.mark.parametrize(
        ("today", "start"),
        [(date(2026, 3, 31), date(2025, 4, 1)), (date(2026, 4, 1), date(2026, 4, 1))],
    )
    def test_the_financial_year_starts_on_1_april(self, today, start):
        assert this_financial_year(today).start == start

    def test_a_preset_is_chosen_by_its_name(self):
        assert preset_period("last_quarter", TODAY) == last_quarter(TODAY)

    def test_the_label_names_the_preset_and_its_dates(self):
        assert last_quarter(TODAY).label == "Last quarter: 1 October 2025 to 31 December 2025"


class TestCustomDates:
    def test_both_dates_are_used_as_given(self):
        period = custom_period(date(2025, 5, 1), date(2025, 6, 1), TODAY)
        assert period == Period(date(2025, 5, 1), date(2025, 6, 1))

    def test_a_missing_end_is_today(self):
        assert custom_period(date(2025, 5, 1), None, TODAY).end == TODAY

    def test_a_missing_start_is_a_year_before_the_end(self):
        assert custom_period(None, date(2025, 6, 30), TODAY).start == date(2024, 7, 1)
