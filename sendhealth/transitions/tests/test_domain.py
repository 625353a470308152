"""Due dates of preparing-for-adulthood milestones (pure functions, no database)."""

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import age_on
from sendhealth.rules.tests.strategies import dates_of_birth, rules_settings
from sendhealth.transitions.domain import (
    Milestone,
    adult_services_due,
    done_date_error,
    due_items,
    due_windows,
    handover_due,
    health_check_date_error,
    health_check_due,
    is_tracked,
    transition_plan_due,
    year9_end,
    year9_start,
)


@dataclass(frozen=True)
class Plan:
    issued_on: date = date(2020, 1, 10)
    last_reviewed_on: date | None = None
    next_transfer_year: int | None = None
    transfer_to_post16: bool = False
    transfer_reviewed_on: date | None = None
    ceased_on: date | None = None
    transition_plan_on: date | None = None
    adult_services_on: date | None = None
    learning_disability: bool = False
    last_health_check_on: date | None = None
    handover_on: date | None = None
    assessment_relevant: bool = False
    health_assessment_on: date | None = None


class TestYear9:
    @pytest.mark.parametrize(
        ("dob", "start"),
        [
            (date(2011, 9, 1), date(2025, 9, 1)),  # oldest in the year
            (date(2012, 8, 31), date(2025, 9, 1)),  # youngest in the same year
            (date(2011, 8, 31), date(2024, 9, 1)),
            (date(2012, 2, 29), date(2025, 9, 1)),  # turns 14 on 1 March 2026
            (date(2012, 1, 15), date(2025, 9, 1)),
        ],
    )
    def test_year_9_is_the_school_year_in_which_they_turn_14(self, dob, start):
        assert year9_start(dob) == start
        assert year9_end(dob) == date(start.year + 1, 8, 31)

    @rules_settings
    @given(dates_of_birth)
    def test_the_14th_birthday_falls_in_year_9(self, dob):
        # 14 years after a 29 February is never a leap year: the birthday is 1 March.
        leap_day = (dob.month, dob.day) == (2, 29)
        fourteenth = date(dob.year + 14, 3, 1) if leap_day else dob.replace(year=dob.year + 14)
        assert year9_start(dob) <= fourteenth <= year9_end(dob)

    def test_tracking_starts_on_the_first_day_of_year_9_and_ends_at_25(self):
        dob = date(2011, 12, 1)
        assert not is_tracked(dob, date(2025, 8, 31))
        assert is_tracked(dob, date(2025, 9, 1))  # still 13
        assert is_tracked(dob, date(2036, 11, 30))  # 24
        assert not is_tracked(dob, date(2036, 12, 1))  # 25

    def test_a_date_before_birth_is_not_tracked(self):
        assert not is_tracked(date(2020, 1, 1), date(2019, 1, 1))


class TestBirthdayDeadlines:
    @pytest.mark.parametrize(
        ("dob", "handover"),
        [
            (date(2008, 5, 14), date(2026, 5, 14)),
            (date(2008, 2, 29), date(2026, 3, 1)),  # common year: 1 March (FLRA 1969 s9)
            (date(2004, 2, 29), date(2022, 3, 1)),
            (date(2006, 2, 28), date(2024, 2, 28)),
            (date(2012, 2, 29), date(2030, 3, 1)),
        ],
    )
    def test_handover_is_due_by_the_18th_birthday(self, dob, handover):
        assert handover_due(dob) == handover

    @rules_settings
    @given(st.integers(min_value=1952, max_value=2060).filter(lambda y: y % 4 == 0))
    def test_someone_born_on_29_february_turns_14_and_18_on_1_march(self, year):
        # 14 and 18 years after a leap year are never leap years.
        dob = date(year, 2, 29)
        assert handover_due(dob) == date(year + 18, 3, 1)
        assert health_check_due(dob, None) == date(year + 14, 3, 1)

    def test_a_28_february_birthday_stays_on_28_february(self):
        assert handover_due(date(2010, 2, 28)) == date(2028, 2, 28)

    @rules_settings
    @given(dates_of_birth)
    def test_the_young_person_is_18_on_handover_and_17_the_day_before(self, dob):
        due = handover_due(dob)
        assert age_on(dob, due) == 18
        assert age_on(dob, due - timedelta(days=1)) == 17

    def test_adult_services_by_the_17th_birthday_by_default(self):
        assert adult_services_due(date(2009, 2, 28)) == date(2026, 2, 28)
        assert adult_services_due(date(2008, 2, 29), by_age=16) == date(2024, 2, 29)

    def test_transition_plan_by_the_end_of_year_9(self):
        assert transition_plan_due(date(2011, 10, 3)) == date(2026, 8, 31)


class TestAnnualHealthCheck:
    dob = date(2010, 6, 20)

    def test_due_on_the_14th_birthday_if_none_since(self):
        assert health_check_due(self.dob, None) == date(2024, 6, 20)
        assert health_check_due(self.dob, date(2024, 1, 1)) == date(2024, 6, 20)

    def test_due_12_months_after_the_last(self):
        assert health_check_due(self.dob, date(2025, 3, 31)) == date(2026, 3, 31)

    def test_12_months_after_29_february_is_28_february(self):
        assert health_check_due(date(2008, 1, 1), date(2024, 2, 29)) == date(2025, 2, 28)

    def test_a_29_february_birthday_reaches_14_on_1_march_in_a_common_year(self):
        assert health_check_due(date(2012, 2, 29), None) == date(2026, 3, 1)

    @rules_settings
    @given(dates_of_birth, st.integers(min_value=0, max_value=3000))
    def test_never_due_before_the_14th_birthday(self, dob, days):
        fourteenth = health_check_due(dob, None)
        assert health_check_due(dob, fourteenth + timedelta(days=days)) > fourteenth


class TestDueItems:
    dob = date(2010, 10, 1)  # year 9 from 1 September 2024; 18 on 1 October 2028
    today = date(2026, 2, 1)

    def milestones(self, plan, today=None):
        return {i.milestone: i.due_on for i in due_items(plan, self.dob, today or self.today)}

    def test_a_young_person_in_year_9_or_later_has_every_missing_milestone(self):
        got = self.milestones(Plan(last_reviewed_on=date(2025, 11, 1)))
        assert got == {
            Milestone.TRANSITION_PLAN: date(2025, 8, 31),
            Milestone.ADULT_SERVICES: date(2027, 10, 1),
            Milestone.HANDOVER: date(2028, 10, 1),
        }

    def test_done_milestones_leave_the_queue(self):
        plan = Plan(
            last_reviewed_on=date(2025, 11, 1),
            transition_plan_on=date(2025, 6, 1),
            adult_services_on=date(2025, 6, 1),
            handover_on=date(2025, 12, 1),
        )
        assert self.milestones(plan) == {}

    def test_before_year_9_only_the_review_and_transfer_count(self):
        got = self.milestones(
            Plan(next_transfer_year=2025, last_reviewed_on=date(2023, 10, 1)),
            today=date(2024, 8, 31),
        )
        assert got == {
            Milestone.ANNUAL_REVIEW: date(2024, 10, 1),
            Milestone.PHASE_TRANSFER: date(2025, 2, 15),
        }

    def test_the_review_joins_90_days_ahead(self):
        plan = Plan(last_reviewed_on=date(2025, 5, 2))  # due 2 May 2026: 90 days ahead
        assert self.milestones(plan)[Milestone.ANNUAL_REVIEW] == date(2026, 5, 2)
        later = replace(plan, last_reviewed_on=date(2025, 5, 3))
        assert Milestone.ANNUAL_REVIEW not in self.milestones(later)
        assert Milestone.ANNUAL_REVIEW in self.milestones(later, today=date(2026, 2, 2))

    def test_the_post16_transfer_is_due_on_31_march(self):
        plan = Plan(next_transfer_year=2027, transfer_to_post16=True)
        assert self.milestones(plan)[Milestone.PHASE_TRANSFER] == date(2027, 3, 31)
        reviewed = replace(plan, transfer_reviewed_on=date(2026, 1, 5))
        assert Milestone.PHASE_TRANSFER not in self.milestones(reviewed)

    def test_health_check_only_with_a_learning_disability(self):
        assert Milestone.HEALTH_CHECK not in self.milestones(Plan())
        got = self.milestones(Plan(learning_disability=True))
        assert got[Milestone.HEALTH_CHECK] == date(2024, 10, 1)  # none since 14

    def test_health_assessment_only_where_relevant(self):
        assert Milestone.HEALTH_ASSESSMENT not in self.milestones(Plan())
        got = self.milestones(Plan(assessment_relevant=True))
        assert got[Milestone.HEALTH_ASSESSMENT] == date(2028, 10, 1)

    def test_a_ceased_plan_has_nothing_due(self):
        assert self.milestones(Plan(ceased_on=date(2026, 1, 1))) == {}

    def test_items_are_soonest_first(self):
        items = due_items(Plan(learning_disability=True), self.dob, self.today)
        assert [i.due_on for i in items] == sorted(i.due_on for i in items)


class TestDateValidation:
    today = date(2026, 2, 16)

    def test_a_done_date_must_not_be_in_the_future(self):
        error = done_date_error("Date", date(2026, 2, 17), issued_on=None, today=self.today)
        assert error == "Date must be today or in the past"

    def test_a_done_date_must_not_be_before_the_plan(self):
        error = done_date_error(
            "Date", date(2020, 1, 1), issued_on=date(2021, 1, 1), today=self.today
        )
        assert error == "Date must be on or after the date the plan was issued"

    def test_a_good_date_and_no_date_pass(self):
        assert done_date_error("D", self.today, issued_on=self.today, today=self.today) is None
        assert done_date_error("D", None, issued_on=self.today, today=self.today) is None

    def test_a_health_check_before_14_is_refused(self):
        dob = date(2012, 2, 29)
        assert health_check_date_error(date(2026, 2, 28), dob=dob, today=date(2026, 3, 5))
        assert health_check_date_error(date(2026, 3, 1), dob=dob, today=date(2026, 3, 5)) is None


class TestTransitionPlanForAPlanIssuedAfterYear9:
    def test_it_is_due_at_the_first_annual_review(self):
        dob = date(2008, 3, 1)  # turns 14 on 1 March 2022: year 9 ends 31 August 2022
        assert transition_plan_due(dob) == date(2022, 8, 31)
        assert transition_plan_due(dob, date(2021, 5, 1)) == date(2022, 8, 31)
        assert transition_plan_due(dob, date(2024, 1, 15)) == date(2025, 1, 15)


optional_dates = st.none() | st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31))
plans = st.builds(
    Plan,
    issued_on=st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31)),
    last_reviewed_on=optional_dates,
    next_transfer_year=st.none() | st.integers(min_value=2010, max_value=2035),
    transfer_to_post16=st.booleans(),
    transfer_reviewed_on=optional_dates,
    ceased_on=optional_dates,
    transition_plan_on=optional_dates,
    adult_services_on=optional_dates,
    learning_disability=st.booleans(),
    last_health_check_on=optional_dates,
    handover_on=optional_dates,
    assessment_relevant=st.booleans(),
    health_assessment_on=optional_dates,
)


class TestDueWindows:
    """The queue keeps each plan's due windows (``due_windows``) and filters them by today in
    the database: on any day, the open windows are exactly ``due_items``."""

    @given(
        plans,
        st.dates(min_value=date(1995, 1, 1), max_value=date(2020, 12, 31)),
        st.dates(min_value=date(2015, 1, 1), max_value=date(2045, 12, 31)),
    )
    def test_the_windows_open_on_a_day_are_that_days_due_items(self, plan, dob, today):
        windows = due_windows(plan, dob)
        shown = sorted(
            (w.due_on, w.milestone.value)
            for w in windows
            if w.shown_from <= today and (w.shown_until is None or today < w.shown_until)
        )
        if today < dob:
            return  # due_items is never asked about a day before birth
        expected = [(i.due_on, i.milestone.value) for i in due_items(plan, dob, today)]
        assert shown == expected
