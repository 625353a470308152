"""The inspection pack's own logic as plain functions: health's columns of the person-level
list (how timely a child's health advice was, the latest audit score) and the deep dive's
order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth import rules


@dataclass(frozen=True)
class AdviceLine:
    service: str
    status: str  # advice.AssignmentStatus value
    due_on: date
    completed_on: date | None


WITH_SERVICE = ("awaiting", "returned")


def advice_timeliness(lines: list[AdviceLine], today: date) -> str:
    """The latest request's advice, in words: "On time" when every service's accepted advice
    came on or before its due date (reg 8(1), 6 weeks), "Late (n of m)" otherwise, "Overdue"
    or "With the service, due ..." while any is still awaited. Cancelled lines are ignored."""
    lines = [line for line in lines if line.status != "cancelled"]
    if not lines:
        return "No request for health advice"
    latest_due = max(line.due_on for line in lines)
    current = [line for line in lines if line.due_on == latest_due]
    waiting = [
        line for line in current if line.status in WITH_SERVICE or line.status == "submitted"
    ]
    if waiting:
        if any(line.due_on < today for line in waiting):
            return "Overdue"
        return f"With the service, due {rules.format_date(latest_due)}"
    late = [line for line in current if line.completed_on and line.completed_on > line.due_on]
    if late:
        return f"Late ({len(late)} of {len(current)} services)"
    return "On time"


def audit_grade(points: int | None, max_points: int | None) -> int | None:
    """The audit score as a percentage of the points available (assurance's scoring)."""
    if not max_points:
        return None
    return round(100 * (points or 0) / max_points)
