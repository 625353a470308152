import calendar
import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    add_months,
    amended_plan_comments_due,
    amended_plan_due,
    annual_review_due,
    draft_plan_comments_due,
    ehc_deadlines,
    health_advice_due,
    phase_transfer_deadline,
    reassessment_final_plan_due,
    review_decision_due,
    review_meeting_notice_by,
)

from .strategies import dates, rules_settings


def last_day_of_month(d: date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


class TestHealthAdviceDue:
    def test_advice_received_monday_5_january_2026_is_due_monday_16_february_2026(self):
        assert health_advice_due(date(2026, 1, 5)) == date(2026, 2, 16)

    def test_a_due_date_on_a_bank_holiday_does_not_move(self):
        assert health_advice_due(date(2025, 11, 14)) == date(2025, 12, 26)  # Boxing Day

    @rules_settings
    @given(dates)
    def test_is_always_exactly_42_days_later_on_the_same_weekday(self, received):
        due = health_advice_due(received)
        assert (due - received).days == 42
        assert due.weekday() == received.weekday()


class TestEhcDeadlines:
    def test_counts_6_16_and_20_weeks_from_the_request(self):
        deadlines = ehc_deadlines(date(2026, 1, 5))
        assert deadlines.decision_to_assess == date(2026, 2, 16)
        assert deadlines.decision_not_to_issue == date(2026, 4, 27)
        assert deadlines.final_plan == date(2026, 5, 25)  # a bank holiday: it does not move

    def test_deadlines_cannot_be_changed_once_made(self):
        deadlines = ehc_deadlines(date(2026, 1, 5))
        with pytest.raises(dataclasses.FrozenInstanceError):
            deadlines.final_plan = date(2026, 6, 1)

    @rules_settings
    @given(dates)
    def test_deadlines_fall_in_order_on_the_weekday_of_the_request(self, received):
        deadlines = ehc_deadlines(received)
        assert received < deadlines.decision_to_assess < deadlines.decision_not_to_issue
        assert deadlines.decision_not_to_issue < deadlines.final_plan
        assert {d.weekday() for d in dataclasses.astuple(deadlines)} == {received.weekday()}


class TestAddMonths:
    @pytest.mark.parametrize(
        ("start", "months", "expected"),
        [
            (date(2025, 1, 31), 1, date(2025, 2, 28)),
            (date(2024, 1, 31), 1, date(2024, 2, 29)),
            (date(2024, 12, 31), 2, date(2025, 2, 28)),
            (date(2025, 3, 31), -1, date(2025, 2, 28)),
            (date(2025, 10, 25), 2, date(2025, 12, 25)),
            (date(2025, 11, 15), 14, date(2027, 1, 15)),
        ],
    )
    def test_adds_calendar_months_clipped_to_the_end_of_a_shorter_month(
        self, start, months, expected
    ):
        assert add_months(start, months) == expected

    @rules_settings
    @given(dates, st.integers(-240, 240))
    def test_never_overflows_a_month_and_lands_in_the_right_month(self, start, months):
        result = add_months(start, months)
        assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
        assert result.day == min(start.day, last_day_of_month(result))


class TestReviewAndAmendmentClocks:
    def test_annual_review_from_29_february_2024_is_due_28_february_2025(self):
        assert annual_review_due(date(2024, 2, 29)) == date(2025, 2, 28)

    def test_annual_review_is_due_on_the_same_date_a_year_later(self):
        assert annual_review_due(date(2025, 3, 14)) == date(2026, 3, 14)

    def test_comments_on_a_draft_plan_are_due_15_days_after_it_was_served(self):
        assert draft_plan_comments_due(date(2026, 3, 2)) == date(2026, 3, 17)

    def test_the_decision_after_a_review_is_due_4_weeks_after_the_meeting_by_default(self):
        assert review_decision_due(date(2026, 3, 2)) == date(2026, 3, 30)

    def test_the_review_decision_period_can_be_configured(self):
        assert review_decision_due(date(2026, 3, 2), weeks=2) == date(2026, 3, 16)

    def test_an_amended_plan_is_due_8_weeks_after_the_proposed_amendments(self):
        assert amended_plan_due(date(2026, 3, 2)) == date(2026, 4, 27)

    def test_comments_on_proposed_amendments_are_due_15_days_after_they_were_sent(self):
        assert amended_plan_comments_due(date(2026, 3, 2)) == date(2026, 3, 17)

    def test_a_final_plan_after_reassessment_is_due_14_weeks_after_the_request(self):
        assert reassessment_final_plan_due(date(2026, 3, 2)) == date(2026, 6, 8)

    def test_notice_of_a_review_meeting_must_go_out_2_weeks_before_it(self):
        assert review_meeting_notice_by(date(2026, 3, 16)) == date(2026, 3, 2)

    @rules_settings
    @given(dates)
    def test_comment_periods_are_always_15_calendar_days(self, served):
        assert draft_plan_comments_due(served) - served == timedelta(days=15)
        assert amended_plan_comments_due(served) - served == timedelta(days=15)


class TestPhaseTransferDeadline:
    def test_a_transfer_is_reviewed_by_15_february_of_the_transfer_year(self):
        assert phase_transfer_deadline(2026, False) == date(2026, 2, 15)

    def test_a_secondary_to_post_16_transfer_is_reviewed_by_31_march(self):
        assert phase_transfer_deadline(2026, to_post16=True) == date(2026, 3, 31)
