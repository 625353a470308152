"""Improvement plan actions past their due date on the DCO's queue (see ``core.worklist``).
Two queries."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.worklist import QUEUE, WorkPanel, most_urgent
from sendhealth.improvement.models import ActionStatus

LIMIT = 5
HEAD = [{"text": "Action"}, {"text": "Organisation"}, {"text": "Due"}]


def items(scope, today: date, place: str):
    if place != QUEUE or not scope.is_dco:
        return
    found = (
        scope.improvement_actions()
        .filter(priority__plan__icb_id__in=scope.dco_icb_ids, due_on__lt=today)
        .exclude(status=ActionStatus.DONE)
        .select_related("organisation")
        .order_by("due_on", "pk")
    )
    shown, count = most_urgent(found, LIMIT)
    yield WorkPanel(
        key="improvement-overdue",
        title="Improvement plan actions overdue",
        count=count,
        head=HEAD,
        rows=[
            [
                {
                    "text": f"{a.reference}: {a.title}",
                    "href": reverse("improvement:action", args=[a.pk]),
                },
                {"text": a.organisation.name},
                {"text": format_date(a.due_on)},
            ]
            for a in shown
        ],
        more_href=reverse("improvement:plan"),
        more_text=f"View the plan ({count} overdue)",
    )
