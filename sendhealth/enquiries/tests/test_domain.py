from datetime import date, timedelta

from sendhealth.enquiries.domain import (
    add_working_days,
    describe_duration,
    first_answer_due,
    first_answer_overdue,
    median_duration,
)


class TestWorkingDays:
    def test_five_working_days_from_a_monday_is_the_next_monday(self):
        assert add_working_days(date(2026, 1, 5), 5) == date(2026, 1, 12)

    def test_bank_holidays_are_skipped(self):
        # Fri 3 Apr 2026 is Good Friday, Mon 6 Apr 2026 Easter Monday.
        assert add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 7)

    def test_an_enquiry_is_overdue_only_after_the_due_day(self):
        opened = date(2026, 1, 5)
        due = first_answer_due(opened, 5)
        assert not first_answer_overdue(opened, due, 5)
        assert first_answer_overdue(opened, due + timedelta(days=1), 5)


class TestMedian:
    def test_median_of_no_durations_is_none(self):
        assert median_duration([]) is None
        assert describe_duration(None) == "no answers yet"

    def test_median_of_an_even_count_is_the_mean_of_the_middle_two(self):
        values = [timedelta(hours=h) for h in (1, 3, 5, 100)]
        assert median_duration(values) == timedelta(hours=4)

    def test_durations_are_described_in_days_and_hours(self):
        assert describe_duration(timedelta(days=2, hours=3, minutes=10)) == "2 days 3 hours"
        assert describe_duration(timedelta(minutes=5)) == "under an hour"
        assert describe_duration(timedelta(days=1)) == "1 day"
