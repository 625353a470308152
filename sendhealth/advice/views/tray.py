"""The health service's work tray: the requests routed to the user's services, in views
(tabs, like the DCO's queue) with their counts, a service filter, and the register search box
(reference, NHS number or name, by POST)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.db.models import Count, Q
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from sendhealth.advice.models import (
    OPEN_ASSIGNMENT_STATUSES,
    ROW,
    AdviceAssignment,
    AssignmentStatus,
    due_soon_q,
    overdue_q,
)
from sendhealth.advice.views.provider import own_services_q, status_tag
from sendhealth.core import worklist
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.search import SEARCH_LIMIT, record_search

TRAY_STATUSES = OPEN_ASSIGNMENT_STATUSES  # as written there, so its partial indexes apply
COMPLETED_WITHIN_DAYS = 90


class TrayView(StrEnum):
    OPEN = "open"
    NEW = "new"
    RETURNED = "returned"
    DUE = "due"
    OVERDUE = "overdue"
    SENT = "sent"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def description(self) -> str:
        return _LABELS[self][1]


_LABELS = {
    TrayView.OPEN: ("All open", "Every open request, soonest due first."),
    TrayView.NEW: (
        "New",
        "Requests your service has not answered yet, the most recently received first.",
    ),
    TrayView.RETURNED: (
        "Returned for more information",
        "Advice the DCO team sent back with their reasons. Open one to see the reasons and "
        "send the advice again.",
    ),
    TrayView.DUE: (
        "Due within 7 days",
        "Advice still to send that is due today or within the next 7 days.",
    ),
    TrayView.OVERDUE: ("Overdue", "Advice still to send after its due date."),
    TrayView.SENT: ("Sent for review", "Advice sent and waiting for the DCO team's review."),
    TrayView.COMPLETED: (
        f"Completed in the last {COMPLETED_WITHIN_DAYS} days",
        "Advice the DCO team accepted, most recent first.",
    ),
}


def _view_filters(today: date) -> dict[TrayView, Q]:
    """Which assignments each view holds; "due" and "overdue" as ``advice.models`` defines
    them (advice still with the service: reg 8(1), due 6 weeks after it received the
    request)."""
    return {
        TrayView.OPEN: Q(open_work=True),  # the statuses of TRAY_STATUSES
        TrayView.NEW: Q(status=AssignmentStatus.AWAITING),
        TrayView.RETURNED: Q(status=AssignmentStatus.RETURNED),
        TrayView.DUE: due_soon_q(today),
        TrayView.OVERDUE: overdue_q(today),
        TrayView.SENT: Q(status=AssignmentStatus.SUBMITTED),
        TrayView.COMPLETED: Q(
            status=AssignmentStatus.ACCEPTED,
            completed_on__gte=today - timedelta(days=COMPLETED_WITHIN_DAYS),
        ),
    }


_ORDER = {
    TrayView.NEW: ("-received_on", "-routed_at", "-pk"),
    TrayView.SENT: ("submitted_on", "pk"),
    TrayView.COMPLETED: ("-completed_on", "-pk"),
}


@dataclass(frozen=True)
class TrayRow:
    assignment: AdviceAssignment
    tag: dict


def _chosen_service(request, own_services: list) -> int | None:
    raw = request.GET.get("service", "")
    return int(raw) if raw.isdigit() and int(raw) in {s.pk for s in own_services} else None


def _chosen_view(request) -> TrayView:
    raw = request.GET.get("view", "")
    return TrayView(raw) if raw in TrayView._value2member_map_ else TrayView.OPEN


def _query(**values) -> str:
    """A query string of a view name and a service id: nothing personal."""
    return "?" + "&".join(f"{k}={v}" for k, v in values.items() if v)


@require_http_methods(["GET", "POST"])
@rule_required("advice.submit_advice")
def provider_tray(request):
    """GET: the requests routed to this user's services, one view at a time. POST: a search
    (reference, NHS number or name) across all of them, open or done."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    own_services = list(scope.services().filter(own_services_q(scope, "pk", "provider_id")))
    service_id = _chosen_service(request, own_services)
    view = _chosen_view(request)
    mine = scope.assignments().filter(own_services_q(scope))
    if service_id:
        mine = mine.filter(service_id=service_id)
    filters = _view_filters(today)
    # Every view but one is open work: count those from the open rows only (the partial index
    # of open work), and the recent completions with an index range, never the service's
    # whole history.
    # (The open statuses named, not ``open_work``: the counts then come from the index of
    # provider, status and due date alone; rows counted (``ROW``): a count of ids reads rows.)
    counts = mine.filter(status__in=TRAY_STATUSES).aggregate(
        **{
            v.value: Count(ROW, filter=None if v == TrayView.OPEN else q)
            for v, q in filters.items()
            if v != TrayView.COMPLETED
        }
    )
    counts[TrayView.COMPLETED.value] = mine.filter(filters[TrayView.COMPLETED]).count()
    shown = mine.select_related("request__child", "service")
    search = record_search(request, "AR")
    auditor = Auditor.from_request(request)
    page, more = None, False
    if search.is_bound:
        found = []
        if search.is_valid():
            matches = search.search.filter(shown, "request__child", "request_id")
            found = list(matches.order_by("-received_on", "-pk")[: SEARCH_LIMIT + 1])
            auditor.record(AuditAction.SEARCH, object_type="children.Child")
        found, more = found[:SEARCH_LIMIT], len(found) > SEARCH_LIMIT
    else:
        listed = shown.filter(filters[view])
        if view != TrayView.COMPLETED:
            # Named as well for every open view: SQLite then reads the page from the partial
            # index of open work in due order and stops after a page, instead of sorting every
            # overdue row of the provider (joined to its request and child) to show 25.
            listed = listed.filter(open_work=True)
        ordered = listed.order_by(*_ORDER.get(view, ("due_on", "pk")))
        page = paginate(request, ordered, count=counts[view.value])
        found = list(page.object_list)
    rows = [TrayRow(a, status_tag(a)) for a in found]
    auditor.view_many(
        "children.Child",
        list({r.assignment.request.child_id: r.assignment.request.child for r in rows}.values()),
    )
    work_panels = worklist.panels(scope, today, worklist.TRAY)
    auditor.view_many("children.Child", worklist.children_of(work_panels))
    tabs = [
        {
            "label": v.label,
            "count": counts[v.value],
            "href": _query(view=v.value, service=service_id),
            "current": v == view and not search.is_bound,
        }
        for v in TrayView
    ]
    return render(
        request,
        "advice/provider/tray.jinja",
        {
            "rows": rows,
            "view": view,
            "tabs": tabs,
            "page": page,
            "pagination": page_links(request, page) if page else {},
            "own_services": own_services,
            "service_id": service_id,
            "search": search,
            "searched": search.is_bound and search.is_valid(),
            "more": more,
            "search_limit": SEARCH_LIMIT,
            "here": _query(view=view.value, service=service_id),
            "work_panels": work_panels,
        },
    )
