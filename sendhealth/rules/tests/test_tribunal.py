from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    TribunalOrder,
    add_months,
    extend_tribunal_deadline,
    is_on_time,
    is_working_day,
    tribunal_appeal_deadline,
    tribunal_order_deadlines,
    tribunal_recommendation_response_due,
)

from .strategies import dates, rules_settings


def in_christmas_closure(d: date) -> bool:
    return (d.month, d.day) >= (12, 25) or (d.month, d.day) == (1, 1)


class TestTribunalAppealDeadline:
    @pytest.mark.parametrize(
        ("decision", "deadline"),
        [
            # Ends 25 Dec 2021; 3 Jan 2022 was the substitute New Year holiday.
            (date(2021, 10, 25), date(2022, 1, 4)),
            # Ends 27 Dec 2022; 2 Jan 2023 was the substitute New Year holiday.
            (date(2022, 10, 27), date(2023, 1, 3)),
            # Ends on 1 January itself.
            (date(2025, 11, 1), date(2026, 1, 2)),
            # Ends 15 Aug 2025; 31 Aug 2025 was a Sunday, Monday 1 Sep a working day.
            (date(2025, 6, 15), date(2025, 9, 1)),
            # Ends 10 Aug 2024; 1 Sep 2024 was a Sunday.
            (date(2024, 6, 10), date(2024, 9, 2)),
            # Ends 5 Aug 2026; 31 Aug 2026 is the summer bank holiday, 1 Sep a Tuesday.
            (date(2026, 6, 5), date(2026, 9, 1)),
        ],
    )
    def test_a_deadline_at_christmas_or_in_august_moves_past_the_closure(self, decision, deadline):
        assert tribunal_appeal_deadline(decision) == deadline

    def test_a_deadline_on_easter_monday_moves_to_the_tuesday(self):
        assert tribunal_appeal_deadline(date(2025, 2, 21)) == date(2025, 4, 22)

    def test_a_deadline_on_good_friday_moves_past_the_whole_easter_weekend(self):
        assert tribunal_appeal_deadline(date(2025, 2, 18)) == date(2025, 4, 22)

    def test_a_deadline_on_a_saturday_moves_to_the_monday(self):
        assert tribunal_appeal_deadline(date(2025, 1, 15)) == date(2025, 3, 17)

    def test_a_deadline_on_a_working_day_stays_put(self):
        assert tribunal_appeal_deadline(date(2025, 3, 1)) == date(2025, 5, 1)

    def test_two_months_from_31_december_is_the_end_of_february(self):
        assert tribunal_appeal_deadline(date(2024, 12, 31)) == date(2025, 2, 28)

    def test_a_later_mediation_certificate_gives_one_month_from_the_certificate(self):
        deadline = tribunal_appeal_deadline(
            date(2025, 3, 1), mediation_certificate=date(2025, 4, 20)
        )
        assert deadline == date(2025, 5, 20)

    def test_an_early_mediation_certificate_leaves_two_months_from_the_decision(self):
        deadline = tribunal_appeal_deadline(
            date(2025, 3, 1), mediation_certificate=date(2025, 3, 15)
        )
        assert deadline == date(2025, 5, 1)

    def test_time_ending_on_a_saturday_31_july_runs_only_to_the_next_working_day(self):
        # r12(3)(a) applies where time *ends* in August; this time ends on 31 July, so r12(2)
        # gives Monday 2 August, not the first working day in September.
        assert tribunal_appeal_deadline(date(2021, 5, 31)) == date(2021, 8, 2)

    def test_time_ending_on_saturday_24_december_runs_only_to_the_next_working_day(self):
        assert tribunal_appeal_deadline(date(2022, 10, 24)) == date(2022, 12, 28)

    @rules_settings
    @given(dates, st.none() | dates)
    def test_is_always_a_working_day_no_earlier_than_either_time_limit(self, decision, cert):
        deadline = tribunal_appeal_deadline(decision, mediation_certificate=cert)
        assert is_working_day(deadline)
        assert deadline >= add_months(decision, 2)
        if cert is not None:
            assert deadline >= add_months(cert, 1)

    @rules_settings
    @given(dates)
    def test_is_never_in_august_or_at_christmas_unless_time_ended_just_before(self, decision):
        ends = add_months(decision, 2)
        deadline = tribunal_appeal_deadline(decision)
        if deadline.month == 8 or in_christmas_closure(deadline):
            assert not (ends.month == 8 or in_christmas_closure(ends))
            assert not is_working_day(ends)
            assert (deadline - ends).days <= 4

    @rules_settings
    @given(dates)
    def test_time_ending_in_august_runs_to_the_first_working_day_of_september(self, decision):
        ends = add_months(decision, 2)
        deadline = tribunal_appeal_deadline(decision)
        if ends.month == 8:
            assert deadline.month == 9
            assert deadline.day <= 4
        if in_christmas_closure(ends):
            assert deadline.month == 1
            assert 2 <= deadline.day <= 5


class TestExtendTribunalDeadline:
    def test_a_working_day_outside_christmas_and_august_is_unchanged(self):
        assert extend_tribunal_deadline(date(2025, 7, 31)) == date(2025, 7, 31)

    def test_a_working_day_in_august_still_moves_to_september(self):
        assert extend_tribunal_deadline(date(2025, 8, 4)) == date(2025, 9, 1)


class TestTribunalRecommendationResponseDue:
    def test_health_answers_5_weeks_after_the_recommendation_by_default(self):
        # 6 April 2026 is Easter Monday: a calendar-week clock does not move for it.
        assert tribunal_recommendation_response_due(date(2026, 3, 2)) == date(2026, 4, 6)

    def test_the_number_of_weeks_can_be_configured(self):
        assert tribunal_recommendation_response_due(date(2026, 3, 2), weeks=6) == date(2026, 4, 13)

    @rules_settings
    @given(dates)
    def test_is_always_35_calendar_days_later(self, issued):
        assert tribunal_recommendation_response_due(issued) - issued == timedelta(days=35)


class TestTribunalOrderDeadlines:
    """SEND Regulations 2014 reg 44(2): calendar weeks from the day the order was made."""

    made = date(2026, 3, 2)  # a Monday

    def due(self, order):
        return [(d.due, d.source) for d in tribunal_order_deadlines(self.made, order)]

    def test_make_and_maintain_a_plan_draft_in_5_weeks_final_in_11(self):
        assert self.due(TribunalOrder.MAKE_PLAN) == [
            (date(2026, 4, 6), "reg 44(2)(c)(i)"),
            (date(2026, 5, 18), "reg 44(2)(c)(ii)"),
        ]

    def test_assess_notice_in_2_weeks_then_10_or_14(self):
        assert self.due("assess") == [
            (date(2026, 3, 16), "reg 44(2)(b)"),
            (date(2026, 5, 11), "reg 44(2)(b)(i)"),
            (date(2026, 6, 8), "reg 44(2)(b)(ii)"),
        ]

    def test_amend_in_5_weeks_and_the_school_only_in_2(self):
        assert self.due(TribunalOrder.AMEND) == [(date(2026, 4, 6), "reg 44(2)(e)")]
        assert self.due(TribunalOrder.AMEND_SCHOOL) == [(date(2026, 3, 16), "reg 44(2)(f)")]

    def test_cease_and_continue_are_immediate(self):
        assert self.due(TribunalOrder.CEASE) == [(self.made, "reg 44(2)(a)")]
        assert [d for d, _ in self.due(TribunalOrder.CONTINUE)] == [self.made]

    def test_the_last_day_is_in_time_and_the_next_is_late(self):
        (draft, _) = tribunal_order_deadlines(self.made, TribunalOrder.MAKE_PLAN)
        assert is_on_time(draft.due, date(2026, 4, 6))
        assert not is_on_time(draft.due, date(2026, 4, 7))

    def test_not_moved_for_a_bank_holiday(self):
        # Made Monday 2 March 2026: 5 weeks end on Easter Monday, 6 April 2026.
        (due,) = tribunal_order_deadlines(self.made, TribunalOrder.AMEND)
        assert due.due == date(2026, 4, 6) and not is_working_day(due.due)

    @rules_settings
    @given(made=dates, order=st.sampled_from(list(TribunalOrder)))
    def test_every_deadline_is_whole_weeks_on_or_after_the_order(self, made, order):
        for deadline in tribunal_order_deadlines(made, order):
            days = (deadline.due - made).days
            assert days >= 0 and days % 7 == 0
            assert deadline.source.startswith("reg 44")
