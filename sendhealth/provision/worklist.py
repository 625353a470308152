"""Provision shortfalls on the DCO's queue (see ``core.worklist``): lines delivered under the
DCO's threshold for reasons on the service's side. Two queries (the few shown, the count)."""

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
    found = kept_shortfalls(
        scope.provision_lines().select_related("child", "service"), policy.months
    ).order_by("plan_id", "pk")
    shown, count = most_urgent(found, LIMIT)
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
