from datetime import date, timedelta

import pytest
from hypothesis import given

from sendhealth.rules import (
    bank_holidays,
    first_working_day_after,
    is_working_day,
    next_working_day,
)

from .strategies import dates, rules_settings


class TestIsWorkingDay:
    @pytest.mark.parametrize(
        "day",
        [
            date(2025, 3, 15),  # Saturday
            date(2025, 3, 16),  # Sunday
            date(2025, 4, 18),  # Good Friday
            date(2025, 4, 21),  # Easter Monday
            date(2025, 12, 25),
            date(2021, 12, 28),  # substitute for Boxing Day on a Sunday
            date(2022, 1, 3),  # substitute for New Year's Day on a Saturday
            date(2022, 6, 3),  # Platinum Jubilee
            date(2022, 9, 19),  # State funeral of Queen Elizabeth II
            date(2023, 5, 8),  # Coronation of King Charles III
            date(2026, 8, 31),  # Summer bank holiday
        ],
    )
    def test_weekends_and_england_and_wales_bank_holidays_are_not_working_days(self, day):
        assert not is_working_day(day)

    @pytest.mark.parametrize(
        "day",
        [date(2022, 1, 4), date(2025, 9, 1), date(2025, 12, 24), date(2025, 3, 17)],
    )
    def test_other_weekdays_are_working_days(self, day):
        assert is_working_day(day)

    def test_scottish_only_holidays_are_working_days_in_england(self):
        assert is_working_day(date(2025, 1, 2))  # 2 January is a holiday only in Scotland

    def test_a_year_has_the_usual_eight_bank_holidays(self):
        assert len(bank_holidays(2025)) == 8


class TestNextWorkingDay:
    def test_the_first_working_day_after_1_january_2022_was_tuesday_4_january(self):
        assert first_working_day_after(date(2022, 1, 1)) == date(2022, 1, 4)

    def test_a_working_day_is_its_own_next_working_day(self):
        assert next_working_day(date(2025, 9, 1)) == date(2025, 9, 1)

    def test_easter_moves_on_to_the_tuesday(self):
        assert next_working_day(date(2025, 4, 18)) == date(2025, 4, 22)

    @rules_settings
    @given(dates)
    def test_is_the_first_working_day_on_or_after_the_date(self, day):
        result = next_working_day(day)
        assert result >= day
        assert is_working_day(result)
        skipped = (day + timedelta(days=n) for n in range((result - day).days))
        assert not any(is_working_day(d) for d in skipped)

    @rules_settings
    @given(dates)
    def test_first_working_day_after_is_strictly_later(self, day):
        result = first_working_day_after(day)
        assert result > day
        assert result == next_working_day(day + timedelta(days=1))
