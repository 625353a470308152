"""Policies whose review is overdue, on the DCO's queue (see ``core.worklist``). Two queries."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.worklist import QUEUE, WorkPanel, most_urgent
from sendhealth.policies.presenters import TABLE_HEAD, policy_row
from sendhealth.policies.queries import overdue_q

LIMIT = 5


def items(scope, today: date, place: str):
    if place != QUEUE or not scope.is_dco:
        return
    found = (
        scope.policies()
        .filter(icb_id__in=scope.dco_icb_ids)
        .filter(overdue_q(today))
        .select_related("owner_organisation")
        .order_by("review_due_on", "pk")
    )
    shown, count = most_urgent(found, LIMIT)
    yield WorkPanel(
        key="policy-reviews-overdue",
        title="Policy reviews overdue",
        count=count,
        head=TABLE_HEAD,
        rows=[policy_row(p, today) for p in shown],
        more_href=reverse("policies:list") + "?review=overdue",
        more_text=f"View all {count} overdue policy reviews",
    )
