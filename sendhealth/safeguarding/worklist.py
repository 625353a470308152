"""Overdue safeguarding follow-ups on the DCO's queue (see ``core.worklist``): how many and the
most overdue few, in the register's own referrals table. Two queries whatever the number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from django.urls import reverse

from sendhealth.core.presenters import plural
from sendhealth.core.worklist import QUEUE, WorkPanel
from sendhealth.safeguarding.queries import overdue_follow_ups


def items(scope, today: date, place: str) -> Iterator[WorkPanel]:
    if place != QUEUE or not scope.is_dco:
        return
    found = overdue_follow_ups(scope, today)
    yield WorkPanel(
        key="safeguarding-overdue",
        title="Safeguarding follow-ups overdue",
        count=found.count,
        head=[],
        rows=found.rows,  # ReferralRow, for the register's own table
        more_href=reverse("safeguarding:list") + "?follow_up=overdue",
        more_text=f"View all {plural(found.count, 'overdue follow-up')}",
        children=found.children,
        template="safeguarding/_queue_section.jinja",
    )
