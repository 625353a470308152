"""The pure rules: which dates a referral may have, when a follow-up is overdue and when its
reminder goes."""

from datetime import date

import pytest

from sendhealth.rules import next_reminder_after
from sendhealth.safeguarding.domain import (
    FollowUp,
    date_errors,
    first_reminder_on,
    follow_up_state,
    is_overdue,
)

TODAY = date(2026, 3, 2)


class TestFollowUpState:
    @pytest.mark.parametrize(
        ("due", "done", "state"),
        [
            (None, None, FollowUp.NONE),
            (date(2026, 3, 1), date(2026, 3, 1), FollowUp.DONE),
            (date(2026, 2, 1), date(2026, 3, 1), FollowUp.DONE),
            (date(2026, 3, 1), None, FollowUp.OVERDUE),
            (TODAY, None, FollowUp.DUE_SOON),
            (date(2026, 3, 5), None, FollowUp.DUE_SOON),
            (date(2026, 3, 6), None, FollowUp.DUE),
        ],
    )
    def test_state_by_date(self, due, done, state):
        assert follow_up_state(due, done, TODAY) == state

    def test_a_follow_up_due_today_is_not_yet_overdue(self):
        assert not is_overdue(TODAY, None, TODAY)
        assert is_overdue(TODAY, None, date(2026, 3, 3))


class TestDateErrors:
    def test_sensible_dates_have_no_errors(self):
        assert date_errors(date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1), TODAY) == {}

    def test_a_referral_in_the_future_is_refused(self):
        errors = date_errors(date(2026, 3, 3), None, None, TODAY)
        assert errors == {"referred_on": "Date of referral must be today or in the past"}

    def test_a_follow_up_due_before_the_referral_is_refused(self):
        errors = date_errors(date(2026, 2, 10), date(2026, 2, 9), None, TODAY)
        assert "follow_up_due_on" in errors

    def test_a_follow_up_due_in_the_future_is_allowed(self):
        assert date_errors(date(2026, 2, 10), date(2026, 6, 1), None, TODAY) == {}

    def test_a_follow_up_done_in_the_future_or_before_the_referral_is_refused(self):
        assert "follow_up_done_on" in date_errors(date(2026, 2, 10), None, date(2026, 3, 3), TODAY)
        assert "follow_up_done_on" in date_errors(date(2026, 2, 10), None, date(2026, 2, 9), TODAY)


class TestReminders:
    def test_the_first_reminder_goes_three_days_before_the_follow_up_is_due(self):
        assert first_reminder_on(date(2026, 3, 10), None) == date(2026, 3, 7)

    def test_no_reminder_without_a_due_date_or_once_done(self):
        assert first_reminder_on(None, None) is None
        assert first_reminder_on(date(2026, 3, 10), date(2026, 3, 8)) is None

    def test_then_on_the_due_date_then_weekly_while_overdue(self):
        assert next_reminder_after(date(2026, 3, 7), date(2026, 3, 10)) == date(2026, 3, 10)
        assert next_reminder_after(date(2026, 3, 10), date(2026, 3, 10)) == date(2026, 3, 17)
