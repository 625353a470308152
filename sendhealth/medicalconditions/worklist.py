"""Plans' reviews overdue (and, on a provider's tray, due within 4 weeks) on the DCO's queue
and the contributing service's tray (see ``core.worklist``). Two queries a panel."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.worklist import QUEUE, TRAY, WorkPanel, most_urgent
from sendhealth.medicalconditions.presenters import TABLE_HEAD, plan_row, table_rows
from sendhealth.medicalconditions.queries import due_soon_q, overdue_q, plans

LIMIT = 5


def _plans(scope):
    """The plans with only what a panel's row shows joined (``plan_row``): three joins fewer
    than the register's list, which PostgreSQL took 8 to 13 ms to plan for five rows."""
    return (
        plans(scope)
        .select_related(None)
        .select_related("child", "setting", "service", "condition_area")
    )


def _panel(key, title, found, today, more_href, noun, *, bounded=False) -> WorkPanel:
    shown, count = most_urgent(found, LIMIT, bounded=bounded)
    return WorkPanel(
        key=key,
        title=title,
        count=count,
        head=TABLE_HEAD,
        rows=table_rows([plan_row(p, today) for p in shown]),
        more_href=more_href,
        more_text=f"View all {count} {noun}",
        children=list({p.child_id: p.child for p in shown}.values()),
    )


def items(scope, today: date, place: str):
    everything = reverse("medicalconditions:list")
    if place == QUEUE and scope.is_dco:
        found = (
            _plans(scope)
            .filter(icb_id__in=scope.dco_icb_ids)
            .filter(overdue_q(today))
            .order_by("review_due_on", "pk")
        )
        yield _panel(
            "ihp-overdue",
            "Individual healthcare plan reviews overdue",
            found,
            today,
            everything + "?review=overdue",
            "overdue reviews",
        )
    if place == TRAY and scope.is_provider:
        own = _plans(scope).filter(scope.own_service_q("service_id", "service__provider_id"))
        yield _panel(
            "ihp-overdue",
            "Individual healthcare plan reviews overdue",
            own.filter(overdue_q(today)).order_by("review_due_on", "pk"),
            today,
            everything + "?review=overdue",
            "overdue reviews",
            # A provider's plans are found through its services (a join, no index of the
            # plan's own to bound them): the few shown are joined to their children alone.
            bounded=True,
        )
        yield _panel(
            "ihp-due-soon",
            "Individual healthcare plan reviews due in the next 4 weeks",
            own.filter(due_soon_q(today)).order_by("review_due_on", "pk"),
            today,
            everything + "?review=due_soon",
            "reviews due soon",
            bounded=True,
        )
