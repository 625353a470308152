from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import due_phrase, format_date, format_date_short

from .strategies import dates, rules_settings

TODAY = date(2026, 2, 16)


class TestFormatDate:
    def test_shows_the_day_without_a_leading_zero_and_the_month_in_full(self):
        assert format_date(date(2026, 1, 5)) == "5 January 2026"
        assert format_date(date(2026, 2, 16)) == "16 February 2026"

    def test_short_form_uses_three_letter_months(self):
        assert format_date_short(date(2026, 1, 5)) == "5 Jan 2026"
        assert format_date_short(date(2025, 9, 30)) == "30 Sep 2025"

    def test_names_every_month_in_english(self):
        months = [format_date(date(2026, month, 1)).split()[1] for month in range(1, 13)]
        assert months == [
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ]  # fmt: skip

    @rules_settings
    @given(dates)
    def test_the_short_form_is_the_long_form_with_the_month_cut_to_three_letters(self, d):
        day, month, year = format_date(d).split()
        assert format_date_short(d) == f"{day} {month[:3]} {year}"


class TestDuePhrase:
    @pytest.mark.parametrize(
        ("days_until_due", "phrase"),
        [
            (0, "due today"),
            (1, "due tomorrow"),
            (5, "due in 5 days"),
            (-1, "1 day overdue"),
            (-12, "12 days overdue"),
        ],
    )
    def test_says_how_far_away_the_due_date_is(self, days_until_due, phrase):
        assert due_phrase(TODAY + timedelta(days=days_until_due), TODAY) == phrase

    @rules_settings
    @given(st.integers(-3650, 3650))
    def test_says_overdue_exactly_when_the_due_date_has_passed(self, days_until_due):
        phrase = due_phrase(TODAY + timedelta(days=days_until_due), TODAY)
        assert phrase.endswith("overdue") == (days_until_due < 0)
