"""Provision shortfalls on the DCO's queue (see ``core.worklist``): lines delivered under the
DCO's threshold for reasons on the service's side, of the DCO's ICBs. Three queries: the
policy, the kept count (``summary.shortfall_count``: a few rows, not the ~25,000 short lines of
the bench's ICB) and the few shown (none when the count is 0)."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.worklist import QUEUE, WorkPanel, most_urgent
from sendhealth.provision import summary
from sendhealth.provision.presenters import frequency_text
from sendhealth.provision.queries import kept_shortfalls

LIMIT = 5
HEAD = [{"text": "Line"}, {"text": "Child"}, {"text": "Service"}, {"text": "How often"}]


def items(scope, today: date, place: str):
    if place != QUEUE or not scope.is_dco:
        return
    policy = summary.current_policy(min(scope.dco_icb_ids), today)
    lines = scope.provision_lines().filter(icb_id__in=scope.dco_icb_ids)
    found = kept_shortfalls(lines.select_related("child", "service"), policy.months).order_by(
        "plan_id", "pk"
    )
    shown, count = most_urgent(found, LIMIT, count=summary.shortfall_count(scope.dco_icb_ids))
    if not count:
        return
    yield WorkPanel(
        key="provision-shortfalls",
        title="Health provision delivered below the threshold",
        count=count,
        head=HEAD,
        rows=[
            [
                {"text": line.reference, "href": reverse("provision:line", args=[line.pk])},
                {"text": line.child.full_name},
                {"text": line.service.name},
                {"text": frequency_text(line)},
            ]
            for line in shown
        ],
        more_href=reverse("provision:shortfalls"),
        more_text=f"View all {count} shortfalls",
        children=list({line.child_id: line.child for line in shown}.values()),
    )
