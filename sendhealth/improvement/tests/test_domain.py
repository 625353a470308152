"""The improvement register's rules: quarters, RAG from a measure, an action's RAG and its
reminders."""

from datetime import date

import pytest

from sendhealth.improvement.domain import (
    action_rag,
    first_reminder_on,
    measure_rag,
    previous_quarters,
    quarter_label,
    quarter_of,
)
from sendhealth.rules import next_reminder_after


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 1), (2026, 1)),
        (date(2026, 6, 30), (2026, 1)),
        (date(2026, 7, 1), (2026, 2)),
        (date(2026, 12, 31), (2026, 3)),
        (date(2027, 1, 1), (2026, 4)),
        (date(2027, 3, 31), (2026, 4)),
    ],
)
def test_quarters_are_financial(day, expected):
    assert quarter_of(day) == expected


def test_the_last_four_quarters_run_oldest_first_across_a_year_end():
    assert previous_quarters(date(2026, 5, 1), 4) == [(2025, 2), (2025, 3), (2025, 4), (2026, 1)]
    assert quarter_label(2025, 4) == "Q4 2025-26"


@pytest.mark.parametrize(
    ("current", "target", "direction", "expected"),
    [
        (95, 90, "higher", "green"),
        (90, 90, "higher", "green"),
        (82, 90, "higher", "amber"),
        (80, 90, "higher", "red"),
        (3, 5, "lower", "green"),
        (5.4, 5, "lower", "amber"),
        (7, 5, "lower", "red"),
        (0, 0, "lower", "green"),
        (1, 0, "lower", "amber"),  # a zero target: within one is amber
        (2, 0, "lower", "red"),
        (None, 5, "lower", None),
    ],
)
def test_a_measure_is_green_on_target_amber_near_it_and_red_beyond(
    current, target, direction, expected
):
    assert measure_rag(current, target, direction) == expected


class TestAnActionsRag:
    today = date(2026, 6, 1)

    def rag(self, **kwargs):
        values = {
            "status": "in_progress",
            "due_on": date(2026, 7, 1),
            "today": self.today,
            "measure_rag_value": None,
        }
        return action_rag(**(values | kwargs))

    def test_follows_its_measure(self):
        assert self.rag(measure_rag_value="red") == "red"
        assert self.rag(measure_rag_value="amber") == "amber"

    def test_is_green_with_no_measure_and_red_once_overdue(self):
        assert self.rag() == "green"
        assert self.rag(due_on=date(2026, 5, 31)) == "red"

    def test_a_done_action_is_green_and_an_override_wins(self):
        assert self.rag(status="done", due_on=date(2026, 1, 1)) == "green"
        assert self.rag(measure_rag_value="red", override="amber") == "amber"


def test_reminders_go_two_weeks_before_on_the_day_then_weekly():
    due = date(2026, 7, 1)
    assert first_reminder_on(due, "in_progress") == date(2026, 6, 17)
    assert first_reminder_on(due, "done") is None
    assert next_reminder_after(date(2026, 6, 17), due) == due
    assert next_reminder_after(due, due) == date(2026, 7, 8)
