"""A request's page, shared by every role that may see it: the DCO, the local authority that
raised it, and the services it was routed to (a service sees only its own parts and advice)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import AdviceRequest, ReviewDecision
from sendhealth.advice.presenters import (
    assignment_row,
    can_return_to_la,
    can_route,
    decision_tag,
    event_row,
    key_dates,
    request_status_tag,
)
from sendhealth.core.audit import Auditor
from sendhealth.core.permissions import rule_required, user_can
from sendhealth.core.scoping import Scope


def scoped_request(scope: Scope, pk: int) -> AdviceRequest:
    """The request with its child, or 404 when it is outside the user's scope."""
    return get_object_or_404(
        scope.advice_requests().select_related(
            "child__local_authority", "child__setting", "local_authority", "returned_by"
        ),
        pk=pk,
    )


def _home_for(scope: Scope) -> str:
    """Where "Back" goes: the user's own list of requests."""
    if scope.is_dco:
        return reverse("advice:queue")
    if scope.is_provider:
        return reverse("advice:tray")
    return reverse("advice:la_requests")


@rule_required("advice.view_request")
def request_detail(request, pk: int):
    """The request: the child, the LA's questions, the statutory dates (regs 5(1), 8(1), 10(1),
    13(2)), each service's part, the advice the user may see, and the timeline."""
    scope = Scope.for_user(request.user)
    advice_request = scoped_request(scope, pk)
    today = timezone.localdate()
    submissions = list(
        scope.submissions()
        .filter(assignment__request=advice_request)
        .select_related("assignment__service", "assignment__provider")
        .prefetch_related("provision")
        .order_by("submitted_at", "pk")
    )
    pending = {s.assignment_id: s.pk for s in submissions if s.decision == ReviewDecision.PENDING}
    assignments = (
        scope.assignments()
        .filter(request=advice_request)
        .select_related("service", "provider")
        .order_by("routed_at", "pk")
    )
    events = scope.events(advice_request).select_related("actor")
    can = user_can(
        request.user,
        "advice.route_request",
        "advice.chase",
        "advice.record_exception",
        "advice.review_advice",
        "advice.return_to_la",
        "advice.submit_advice",
    )
    Auditor.from_request(request).view(advice_request)
    return render(
        request,
        "advice/request_detail.jinja",
        {
            "advice_request": advice_request,
            "child": advice_request.child,
            "status_tag": request_status_tag(advice_request),
            "key_dates": key_dates(advice_request, today),
            "rows": [assignment_row(a, today, pending.get(a.pk)) for a in assignments],
            "submissions": [(s, decision_tag(s)) for s in submissions],
            "back_href": _home_for(scope),
            "timeline": [event_row(e) for e in events],
            "can": can,
            "show_route": can["route_request"] and can_route(advice_request),
            "show_return": can["return_to_la"] and can_return_to_la(advice_request),
        },
    )
