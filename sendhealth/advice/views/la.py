"""The list of requests for health advice (a local authority's own; all of the ICB's for the
DCO), and raising one (the local authority caseworker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import rules
from django.contrib import messages
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from sendhealth.advice import services
from sendhealth.advice.forms_la import RaiseRequestForm
from sendhealth.advice.models import (
    OPEN_REQUEST_STATUSES,
    AdviceAssignment,
    AdviceRequest,
    AssignmentStatus,
    RequestStatus,
)
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.search import SEARCH_LIMIT, record_search
from sendhealth.rules import EHCDeadlines, ehc_deadlines, health_advice_due


@dataclass(frozen=True)
class RequestRow:
    request: AdviceRequest
    health_due_on: date
    services: list[AdviceAssignment]  # cancelled ones left out


def _request_rows(requests) -> list[RequestRow]:
    return [
        RequestRow(
            request=r,
            health_due_on=health_advice_due(r.health_received_on),
            services=[a for a in r.assignments.all() if a.status != AssignmentStatus.CANCELLED],
        )
        for r in requests
    ]


def _status_filter(request) -> str:
    """The ``status`` query value if it is a request status, else "" (all)."""
    value = request.GET.get("status", "")
    return value if value in RequestStatus.values else ""


def _chosen_la(request, scope: Scope) -> int | None:
    """The DCO's local authority filter, kept to the ICB's local authorities."""
    raw = request.GET.get("la", "")
    if not (scope.is_dco and raw.isdigit()):
        return None
    return int(raw) if scope.local_authorities().filter(pk=int(raw)).exists() else None


def _listed_requests(scope: Scope):
    """The requests this list shows: the LA's own (the ones it raised); for the DCO and DCO
    team, every request of their ICBs."""
    return scope.advice_requests().filter(
        Q(local_authority_id__in=scope.la_ids) | Q(icb_id__in=scope.dco_icb_ids)
    )


@require_http_methods(["GET", "POST"])
@rule_required("advice.list_requests")
def la_requests(request):
    """Requests for health advice, newest first: a local authority's own, or all of the ICB's
    for the DCO and DCO team, by status (and LA, for the DCO). POST: a search (reference, NHS
    number or name) across them. Health's advice is due 6 weeks after health received the
    request (SEND Regulations 2014 reg 8(1))."""
    scope = Scope.for_user(request.user)
    status = _status_filter(request)
    la_id = _chosen_la(request, scope)
    requests = _listed_requests(scope)
    if status:
        requests = requests.filter(status=status)
    if la_id:
        requests = requests.filter(local_authority_id=la_id)
    requests = (
        requests.select_related("child", "local_authority")
        .prefetch_related(
            Prefetch("assignments", queryset=scope.assignments().select_related("service"))
        )
        .order_by("-raised_at", "-pk")
    )
    search = record_search(request, "AR")
    auditor = Auditor.from_request(request)
    page, more = None, False
    if search.is_bound:
        found = []
        if search.is_valid():
            found = list(search.search.filter(requests)[: SEARCH_LIMIT + 1])
            auditor.record(AuditAction.SEARCH, object_type="children.Child")
        found, more = found[:SEARCH_LIMIT], len(found) > SEARCH_LIMIT
    else:
        page = paginate(request, requests)
        found = page.object_list
    rows = _request_rows(found)
    auditor.view_many(
        "children.Child", list({row.request.child_id: row.request.child for row in rows}.values())
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "advice/la/requests.jinja",
        {
            "rows": rows,
            "page": page,
            "pagination": page_links(request, page) if page else {},
            "status": status,
            "status_choices": RequestStatus.choices,
            "for_dco": scope.is_dco,
            "can_raise": rules.has_perm("advice.raise_request", request.user),
            "local_authorities": (
                list(scope.local_authorities().filter(parent_id__in=scope.dco_icb_ids))
                if scope.is_dco
                else []
            ),
            "la_id": la_id,
            "search": search,
            "searched": search.is_bound and search.is_valid(),
            "more": more,
            "search_limit": SEARCH_LIMIT,
            "query": query.urlencode(),
        },
    )


def _open_request(scope: Scope, child) -> AdviceRequest | None:
    """The child's open request, if any: an LA raises one request at a time for a child."""
    return (
        scope.advice_requests()
        .filter(child=child, status__in=OPEN_REQUEST_STATUSES)
        .order_by("-raised_at", "-pk")
        .first()
    )


def _deadlines(form: RaiseRequestForm) -> EHCDeadlines | None:
    """The LA's statutory dates once a valid LA received date has been entered."""
    if not form.is_bound or form.errors.get("la_received_on"):
        return None
    received = form.cleaned_data.get("la_received_on")
    return ehc_deadlines(received) if received else None


@require_http_methods(["GET", "POST"])
@rule_required("advice.raise_request")
def raise_request(request, child_pk: int):
    """Ask health for advice for an EHC needs assessment (SEND Regulations 2014 reg 6(1)(c))."""
    scope = Scope.for_user(request.user)
    child = get_object_or_404(
        scope.children().select_related("local_authority", "setting"), pk=child_pk
    )
    auditor = Auditor.from_request(request)
    existing = _open_request(scope, child)
    form = RaiseRequestForm(request.POST if request.method == "POST" else None, child=child)
    if request.method == "POST" and existing is None and form.is_valid():
        advice_request = services.raise_request(
            child=child,
            la_received_on=form.cleaned_data["la_received_on"],
            health_received_on=form.cleaned_data["health_received_on"],
            questions=form.cleaned_data["questions"],
            auditor=auditor,
        )
        messages.success(request, f"Request {advice_request.reference} sent to the DCO team")
        return redirect("advice:request", pk=advice_request.pk)
    auditor.view(child)
    return render(
        request,
        "advice/la/raise.jinja",
        {
            "child": child,
            "form": form,
            "existing": existing,
            "deadlines": _deadlines(form) if existing is None else None,
        },
    )
