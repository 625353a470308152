"""Assessments at risk of missing the 20-week deadline (health advice overdue, the final plan
due within ``domain.AT_RISK_DAYS`` or passed) on the DCO's queue (see ``core.worklist``). Two
queries."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.assessments import figures
from sendhealth.core.presenters import format_date
from sendhealth.core.worklist import QUEUE, WorkPanel, most_urgent

LIMIT = 5

HEAD = [
    {"text": "Assessment"},
    {"text": "Child"},
    {"text": "Local authority"},
    {"text": "Request received"},
    {"text": "20-week date (reg 13(2))"},
]


def _row(a) -> list[dict]:
    return [
        {"text": a.reference, "href": reverse("assessments:detail", args=[a.pk])},
        {"text": a.child.full_name if a.child else "Not matched"},
        {"text": a.local_authority.name},
        {"text": format_date(a.received_on)},
        {"text": format_date(figures.final_due(a.received_on))},
    ]


def items(scope, today: date, place: str):
    if place != QUEUE or not scope.is_dco:
        return
    found = figures.at_risk(
        scope.assessments()
        .filter(icb_id__in=scope.dco_icb_ids)
        .select_related("child", "local_authority"),
        today,
    )
    shown, count = most_urgent(found, LIMIT)
    yield WorkPanel(
        key="ehcna-at-risk",
        title="EHC needs assessments at risk of missing 20 weeks",
        count=count,
        head=HEAD,
        rows=[_row(a) for a in shown],
        more_href=reverse("assessments:list") + "?view=at_risk",
        more_text=f"View all {count} assessments at risk",
        children=list({a.child_id: a.child for a in shown if a.child}.values()),
    )
