"""The plan rules by date: review due soon and overdue, training in date, reminders."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sendhealth.medicalconditions import domain
from sendhealth.medicalconditions.domain import Review, Training
from sendhealth.rules import next_reminder_after

DUE = date(2026, 9, 10)


def test_a_review_is_in_time_on_its_day_and_overdue_the_day_after():
    assert domain.review_state(DUE, None, DUE) == Review.DUE_SOON
    assert domain.review_state(DUE, None, DUE + timedelta(days=1)) == Review.OVERDUE


def test_a_review_is_due_soon_from_four_weeks_before():
    assert domain.review_state(DUE, None, DUE - timedelta(days=28)) == Review.DUE_SOON
    assert domain.review_state(DUE, None, DUE - timedelta(days=29)) == Review.DUE


def test_an_ended_plan_has_no_review_due():
    assert domain.review_state(DUE, date(2026, 1, 1), DUE + timedelta(days=30)) == Review.ENDED


def test_training_is_in_date_for_twelve_months_and_lapses_on_the_anniversary():
    trained = date(2025, 3, 1)
    assert domain.training_state(3, trained, date(2026, 2, 28)) == Training.IN_DATE
    assert domain.training_state(3, trained, date(2026, 3, 1)) == Training.LAPSED
    assert domain.training_state(0, trained, date(2025, 4, 1)) == Training.NONE


def test_a_pupil_needing_emergency_medication_without_training_in_date_is_a_gap():
    assert domain.has_training_gap(True, Training.LAPSED)
    assert domain.has_training_gap(True, Training.NONE)
    assert not domain.has_training_gap(True, Training.IN_DATE)
    assert not domain.has_training_gap(False, Training.NONE)


def test_a_review_date_before_the_plan_was_agreed_is_refused():
    errors = domain.plan_date_errors(date(2026, 1, 10), date(2026, 1, 1), None, date(2026, 2, 1))
    assert errors == {"review_due_on": "Review date must be after the date the plan was agreed"}


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 36))
def test_training_expires_the_given_months_later_never_sooner(trained, months):
    expires = domain.training_expires_on(trained, months)
    assert expires > trained
    assert (expires.year - trained.year) * 12 + expires.month - trained.month == months
    assert (
        domain.training_state(1, trained, expires - timedelta(days=1), months) == Training.IN_DATE
    )
    assert domain.training_state(1, trained, expires, months) == Training.LAPSED


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 400))
def test_reminders_go_before_the_review_then_on_it_then_weekly(due, days):
    first = domain.first_reminder_on(due, None)
    assert first == due - timedelta(days=28)
    sent = first + timedelta(days=days)
    following = next_reminder_after(sent, due)
    assert following > sent
    assert following == due or following == sent + timedelta(days=7)
