from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    ExceptionReason,
    Regulation,
    StatutoryException,
    Timeliness,
    is_on_time,
    sen2_census_day,
    timeliness,
    timeliness_rates,
)

from .strategies import rules_settings

DUE = date(2026, 2, 16)
LONG_ABSENCE = StatutoryException(
    Regulation.HEALTH_ADVICE, ExceptionReason.ABSENT_FROM_AREA, date(2026, 1, 10), date(2026, 2, 20)
)


class TestIsOnTime:
    def test_work_done_on_the_due_date_is_on_time(self):
        assert is_on_time(DUE, DUE)

    def test_work_done_the_day_after_is_late(self):
        assert not is_on_time(DUE, date(2026, 2, 17))


class TestTimeliness:
    def test_on_time_work_is_on_time_even_with_an_exception(self):
        assert timeliness(DUE, DUE, [LONG_ABSENCE], Regulation.HEALTH_ADVICE) == Timeliness.ON_TIME

    def test_late_work_without_an_exception_is_late(self):
        assert timeliness(DUE, date(2026, 3, 2), [], Regulation.HEALTH_ADVICE) == Timeliness.LATE

    def test_late_work_with_a_valid_exception_is_late_with_exception(self):
        result = timeliness(DUE, date(2026, 3, 2), [LONG_ABSENCE], Regulation.HEALTH_ADVICE)
        assert result == Timeliness.LATE_WITH_EXCEPTION

    def test_an_exception_for_another_clock_leaves_the_work_late(self):
        result = timeliness(DUE, date(2026, 3, 2), [LONG_ABSENCE], Regulation.FINAL_PLAN)
        assert result == Timeliness.LATE

    def test_categories_are_stored_as_strings_with_labels(self):
        assert Timeliness.LATE_WITH_EXCEPTION == "late_with_exception"
        assert Timeliness.LATE_WITH_EXCEPTION.label == "Late, exception applies"


class TestTimelinessRates:
    def test_reports_rates_including_and_excluding_exception_cases(self):
        outcomes = (
            [Timeliness.ON_TIME] * 6 + [Timeliness.LATE] * 3 + [Timeliness.LATE_WITH_EXCEPTION]
        )
        rates = timeliness_rates(outcomes)
        assert (rates.on_time, rates.late, rates.late_with_exception, rates.total) == (6, 3, 1, 10)
        assert rates.rate_including_exceptions == pytest.approx(0.6)
        assert rates.rate_excluding_exceptions == pytest.approx(6 / 9)

    def test_no_cases_gives_no_rate_rather_than_zero(self):
        rates = timeliness_rates([])
        assert rates.rate_including_exceptions is None
        assert rates.rate_excluding_exceptions is None

    def test_only_exception_cases_gives_no_rate_excluding_them(self):
        rates = timeliness_rates(["late_with_exception"])
        assert rates.rate_including_exceptions == 0
        assert rates.rate_excluding_exceptions is None

    @rules_settings
    @given(st.lists(st.sampled_from(list(Timeliness)), min_size=1))
    def test_removing_exception_cases_never_lowers_the_rate(self, outcomes):
        rates = timeliness_rates(outcomes)
        assert 0 <= rates.rate_including_exceptions <= 1
        if rates.rate_excluding_exceptions is not None:
            assert rates.rate_excluding_exceptions >= rates.rate_including_exceptions


@pytest.mark.parametrize(
    ("year", "census_day"),
    [(2025, date(2025, 1, 16)), (2026, date(2026, 1, 15)), (2027, date(2027, 1, 21))],
)
def test_the_sen2_census_day_is_the_third_thursday_of_january(year, census_day):
    assert sen2_census_day(year) == census_day


@given(st.integers(min_value=2000, max_value=2100))
def test_the_census_day_is_always_a_thursday_between_the_15th_and_21st(year):
    day = sen2_census_day(year)
    assert day.weekday() == 3 and day.month == 1 and 15 <= day.day <= 21
