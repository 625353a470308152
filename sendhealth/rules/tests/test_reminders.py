from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import due_when, next_reminder_after

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@given(DAYS, DAYS)
def test_the_next_reminder_is_always_after_the_one_sent(sent_on, due_on):
    following = next_reminder_after(sent_on, due_on)
    assert following > sent_on
    assert following == due_on if sent_on < due_on else following == sent_on + timedelta(days=7)


def test_a_due_date_in_words():
    due = date(2026, 3, 9)
    assert due_when(due, date(2026, 3, 2)) == "is due on 9 March 2026"
    assert due_when(due, due) == "is due today"
    assert due_when(due, date(2026, 3, 10)) == "was due on 9 March 2026 and is overdue"
