from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    AgeStatus,
    Post25Provision,
    age_on,
    birthday_in,
    compulsory_school_age_end,
    compulsory_school_age_start,
    plan_may_continue_until,
    school_leaving_date,
    status_on,
)

from .strategies import dates_of_birth, rules_settings

PRESCRIBED_DAYS = {(3, 31), (8, 31), (12, 31)}
STATUS_ORDER = list(AgeStatus)


def school_year_containing(d: date) -> tuple[date, date]:
    first_year = d.year if d.month >= 9 else d.year - 1
    return date(first_year, 9, 1), date(first_year + 1, 8, 31)


class TestBirthdaysAndAge:
    def test_someone_born_on_29_february_turns_a_year_older_on_1_march_in_a_common_year(self):
        assert birthday_in(date(2020, 2, 29), 2025) == date(2025, 3, 1)
        assert age_on(date(2020, 2, 29), date(2025, 2, 28)) == 4
        assert age_on(date(2020, 2, 29), date(2025, 3, 1)) == 5

    def test_someone_born_on_29_february_has_a_birthday_on_29_february_in_a_leap_year(self):
        assert birthday_in(date(2020, 2, 29), 2024) == date(2024, 2, 29)
        assert age_on(date(2020, 2, 29), date(2024, 2, 29)) == 4

    def test_age_is_zero_on_the_day_of_birth(self):
        assert age_on(date(2015, 6, 1), date(2015, 6, 1)) == 0

    def test_age_on_a_date_before_birth_is_an_error(self):
        with pytest.raises(ValueError):
            age_on(date(2015, 6, 1), date(2015, 5, 31))

    @rules_settings
    @given(dates_of_birth, st.integers(1, 30))
    def test_a_person_reaches_each_age_on_their_birthday_and_not_the_day_before(self, dob, years):
        birthday = birthday_in(dob, dob.year + years)
        assert age_on(dob, birthday) == years
        assert age_on(dob, birthday - timedelta(days=1)) == years - 1


class TestCompulsorySchoolAgeStart:
    @pytest.mark.parametrize(
        ("dob", "start"),
        [
            (date(2020, 2, 29), date(2025, 3, 31)),  # 5 on 1 March 2025
            (date(2019, 8, 31), date(2024, 8, 31)),  # 5th birthday is a prescribed day
            (date(2019, 9, 1), date(2024, 12, 31)),
            (date(2020, 1, 1), date(2025, 3, 31)),
            (date(2019, 4, 1), date(2024, 8, 31)),  # the longest wait, 152 days
            (date(2019, 12, 31), date(2024, 12, 31)),
        ],
    )
    def test_starts_on_the_first_prescribed_day_on_or_after_the_fifth_birthday(self, dob, start):
        assert compulsory_school_age_start(dob) == start

    @rules_settings
    @given(dates_of_birth)
    def test_always_starts_on_a_prescribed_day_within_152_days_of_the_fifth_birthday(self, dob):
        start = compulsory_school_age_start(dob)
        fifth_birthday = birthday_in(dob, dob.year + 5)
        assert (start.month, start.day) in PRESCRIBED_DAYS
        assert 0 <= (start - fifth_birthday).days <= 152

    @rules_settings
    @given(dates_of_birth)
    def test_no_prescribed_day_falls_between_the_fifth_birthday_and_the_start(self, dob):
        fifth_birthday = birthday_in(dob, dob.year + 5)
        start = compulsory_school_age_start(dob)
        days = (fifth_birthday + timedelta(days=n) for n in range((start - fifth_birthday).days))
        assert not any((d.month, d.day) in PRESCRIBED_DAYS for d in days)


class TestCompulsorySchoolAgeEnd:
    @pytest.mark.parametrize(
        ("dob", "end"),
        [
            (date(2007, 9, 23), date(2024, 6, 28)),  # the worked example in the spec
            (date(2008, 7, 15), date(2024, 6, 28)),  # 16 after the leaving date, before 1 Sep
            (date(2008, 8, 31), date(2024, 6, 28)),
            (date(2008, 9, 1), date(2025, 6, 27)),  # 16 on 1 Sep: the next June
            (date(2008, 6, 28), date(2024, 6, 28)),  # 16 on the leaving date itself
            (date(2008, 6, 1), date(2024, 6, 28)),
            (date(2008, 2, 29), date(2024, 6, 28)),
        ],
    )
    def test_ends_on_the_last_friday_in_june_of_the_school_year_they_turn_16(self, dob, end):
        assert compulsory_school_age_end(dob) == end

    def test_the_school_leaving_date_is_the_last_friday_in_june(self):
        assert school_leaving_date(2024) == date(2024, 6, 28)
        assert school_leaving_date(2025) == date(2025, 6, 27)
        assert school_leaving_date(2021) == date(2021, 6, 25)  # 30 June 2021 was a Wednesday
        assert school_leaving_date(2023) == date(2023, 6, 30)  # 30 June 2023 was a Friday

    @rules_settings
    @given(dates_of_birth)
    def test_always_ends_on_a_friday_in_the_last_7_days_of_june(self, dob):
        end = compulsory_school_age_end(dob)
        assert end.weekday() == 4
        assert end.month == 6
        assert end.day >= 24

    @rules_settings
    @given(dates_of_birth)
    def test_always_ends_within_the_school_year_of_the_16th_birthday(self, dob):
        sixteenth_birthday = birthday_in(dob, dob.year + 16)
        first_day, last_day = school_year_containing(sixteenth_birthday)
        assert first_day <= compulsory_school_age_end(dob) <= last_day

    @rules_settings
    @given(dates_of_birth)
    def test_ends_before_the_16th_birthday_only_for_a_birthday_in_july_or_august(self, dob):
        sixteenth_birthday = birthday_in(dob, dob.year + 16)
        end = compulsory_school_age_end(dob)
        if end < sixteenth_birthday:
            assert end.year == sixteenth_birthday.year
            assert sixteenth_birthday < date(sixteenth_birthday.year, 9, 1)
        else:
            assert school_leaving_date(end.year - 1) < sixteenth_birthday


class TestStatusOn:
    def test_a_child_born_23_september_2007_moves_through_every_status(self):
        dob = date(2007, 9, 23)
        assert status_on(dob, date(2012, 12, 30)) == AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE
        assert status_on(dob, date(2012, 12, 31)) == AgeStatus.COMPULSORY_SCHOOL_AGE
        assert status_on(dob, date(2024, 6, 28)) == AgeStatus.COMPULSORY_SCHOOL_AGE
        assert status_on(dob, date(2024, 6, 29)) == AgeStatus.YOUNG_PERSON
        assert status_on(dob, date(2032, 9, 22)) == AgeStatus.YOUNG_PERSON
        assert status_on(dob, date(2032, 9, 23)) == AgeStatus.ADULT

    def test_a_date_before_birth_is_an_error(self):
        with pytest.raises(ValueError):
            status_on(date(2015, 6, 1), date(2015, 5, 31))

    def test_statuses_are_stored_as_plain_strings_with_human_labels(self):
        assert AgeStatus.YOUNG_PERSON == "young_person"
        assert str(AgeStatus.YOUNG_PERSON) == "young_person"
        assert AgeStatus.ADULT.label == "25 or over"

    @rules_settings
    @given(dates_of_birth, st.integers(0, 30 * 366), st.integers(0, 30 * 366))
    def test_status_never_goes_back_as_time_passes(self, dob, first, second):
        earlier, later = sorted((first, second))
        before = status_on(dob, dob + timedelta(days=earlier))
        after = status_on(dob, dob + timedelta(days=later))
        assert STATUS_ORDER.index(before) <= STATUS_ORDER.index(after)

    @rules_settings
    @given(dates_of_birth)
    def test_compulsory_school_age_runs_from_start_to_end_inclusive(self, dob):
        start, end = compulsory_school_age_start(dob), compulsory_school_age_end(dob)
        assert status_on(dob, start - timedelta(days=1)) == AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE
        assert status_on(dob, start) == AgeStatus.COMPULSORY_SCHOOL_AGE
        assert status_on(dob, end) == AgeStatus.COMPULSORY_SCHOOL_AGE
        assert status_on(dob, end + timedelta(days=1)) == AgeStatus.YOUNG_PERSON


class TestPlanMayContinueUntil:
    def test_at_college_a_plan_may_run_to_the_31_july_after_the_25th_birthday(self):
        assert plan_may_continue_until(date(2000, 9, 10)) == date(2026, 7, 31)
        assert plan_may_continue_until(date(2000, 3, 10)) == date(2025, 7, 31)
        assert plan_may_continue_until(date(2000, 7, 31)) == date(2025, 7, 31)

    def test_on_an_apprenticeship_it_ends_with_the_training_or_before_the_26th_birthday(self):
        dob = date(2000, 3, 10)
        apprenticeship = Post25Provision.APPRENTICESHIP
        assert plan_may_continue_until(
            dob, provision=apprenticeship, course_ends=date(2025, 12, 19)
        ) == date(2025, 12, 19)
        assert plan_may_continue_until(
            dob, provision=apprenticeship, course_ends=date(2026, 7, 1)
        ) == date(2026, 3, 9)

    def test_other_provision_without_a_course_end_gives_the_day_before_the_26th_birthday(self):
        assert plan_may_continue_until(date(2000, 2, 29), provision=Post25Provision.OTHER) == date(
            2026, 2, 28
        )

    @rules_settings
    @given(dates_of_birth)
    def test_at_college_it_is_always_a_31_july_in_the_year_after_the_25th_birthday(self, dob):
        until = plan_may_continue_until(dob)
        twenty_fifth = birthday_in(dob, dob.year + 25)
        assert (until.month, until.day) == (7, 31)
        assert twenty_fifth <= until < birthday_in(dob, dob.year + 26)

    @rules_settings
    @given(dates_of_birth, st.sampled_from(list(Post25Provision)))
    def test_a_plan_never_continues_to_the_26th_birthday(self, dob, provision):
        assert plan_may_continue_until(dob, provision=provision) < birthday_in(dob, dob.year + 26)
