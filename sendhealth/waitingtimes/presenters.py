"""Waiting-time rows for the templates and the CSV."""

from __future__ import annotations

from sendhealth.core.presenters import tag
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.figures import Latest, month_label


def weeks(value) -> str:
    return f"{value:.1f}"


def target_tag(position) -> dict:
    if position.over_target:
        return tag("Over target", "overdue")
    return tag("Within target", "accepted")


def change_text(item: Latest) -> str:
    if item.previous is None:
        return "No earlier month"
    diff = item.position.p92_wait_weeks - item.previous.p92_wait_weeks
    if diff == 0:
        return "No change"
    return f"{'Up' if diff > 0 else 'Down'} {abs(diff):.1f} weeks"


def band_cells(position) -> list[dict]:
    return [{"text": f"{getattr(position, b.field):,}", "format": "numeric"} for b in domain.BANDS]


BAND_HEAD = [{"text": b.label, "format": "numeric"} for b in domain.BANDS]


def position_month(position) -> str:
    return month_label(position.month)
