"""The local authority caseworker's pages: their requests for health advice, and raising one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

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
from sendhealth.core.forms import date_parts
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
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


@require_GET
@rule_required("advice.raise_request")
def la_requests(request):
    """The LA's requests for health advice, newest first. Health's advice is due 6 weeks after
    health received the request (SEND Regulations 2014 reg 8(1))."""
    scope = Scope.for_user(request.user)
    requests = (
        scope.advice_requests()
        .filter(local_authority_id__in=scope.la_ids)
        .select_related("child")
        .prefetch_related(
            Prefetch("assignments", queryset=scope.assignments().select_related("service"))
        )
        .order_by("-raised_at", "-pk")
    )
    status = _status_filter(request)
    if status:
        requests = requests.filter(status=status)
    page = paginate(request, requests)
    rows = _request_rows(page.object_list)
    Auditor.from_request(request).view_many(
        "children.Child", list({row.request.child_id: row.request.child for row in rows}.values())
    )
    return render(
        request,
        "advice/la/requests.jinja",
        {
            "rows": rows,
            "page": page,
            "pagination": page_links(request, page),
            "status": status,
            "status_choices": RequestStatus.choices,
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
            "la_received_parts": date_parts(form, "la_received_on"),
            "health_received_parts": date_parts(form, "health_received_on"),
        },
    )
