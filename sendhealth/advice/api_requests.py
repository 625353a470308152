"""Requests for health advice for EHC needs assessments (SEND Regulations 2014 reg 6(1)(c),
reg 8): the local authority raises one, the DCO routes it to services and, once every
service's advice is accepted, returns it to the local authority. Every change goes through
``advice.services``, which writes the timeline and the audit trail."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from sendhealth.advice import services
from sendhealth.advice.forms_dco import ReturnToLaForm, RouteForm
from sendhealth.advice.forms_la import RaiseRequestForm
from sendhealth.advice.models import OPEN_REQUEST_STATUSES, AdviceRequest
from sendhealth.advice.schemas import (
    AssignmentOut,
    RequestDetail,
    RequestFilters,
    RequestIn,
    RequestSummary,
    ReturnIn,
    RouteIn,
)
from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS
from sendhealth.core.scoping import Scope

requests_router = Router(tags=["Advice requests"])


def _requests(request: HttpRequest):
    return scope_of(request).advice_requests().select_related("child", "local_authority")


def _with_visible_parts(advice_request: AdviceRequest, scope: Scope) -> AdviceRequest:
    """Attach the parts of the request this caller may see: a provider sees its own services'
    assignments and advice; a local authority sees advice only once it has been returned."""
    advice_request.scoped_assignments = list(
        scope.assignments()
        .filter(request=advice_request)
        .select_related("service", "provider")
        .order_by("due_on", "pk")
    )
    advice_request.scoped_submissions = list(
        scope.submissions()
        .filter(assignment__request=advice_request)
        .prefetch_related("provision")
        .order_by("-submitted_at", "-pk")
    )
    advice_request.scoped_events = list(scope.events(advice_request).select_related("actor"))
    return advice_request


@requests_router.get(
    "", response={200: list[RequestSummary], **READ_ERRORS}, summary="List requests"
)
@paginate(AuditedPage, children_of=lambda row: row.child)
def list_requests(request: HttpRequest, filters: Query[RequestFilters]):
    """The requests you may see, newest first: your local authority's, those routed to your
    services, or every request of your area (DCO)."""
    require(request, "advice.view_request")
    rows = _requests(request).order_by("-raised_at", "-pk")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.local_authority is not None:
        rows = rows.filter(local_authority_id=filters.local_authority)
    return rows


@requests_router.get(
    "/{int:request_id}", response={200: RequestDetail, **READ_ERRORS}, summary="Read a request"
)
def read_request(request: HttpRequest, request_id: int):
    """One request with the assignments, advice and timeline you may see."""
    require(request, "advice.view_request")
    advice_request = get_object_or_404(_requests(request), pk=request_id)
    auditor(request).view(advice_request)
    return _with_visible_parts(advice_request, scope_of(request))


@requests_router.post("", response={201: RequestDetail, **WRITE_ERRORS}, summary="Raise a request")
def raise_request(request: HttpRequest, payload: RequestIn):
    """A local authority asks health for advice for a child of theirs. Checked as the page
    checks it: dates not in the future, health's date on or after the local authority's, neither
    before the child's birth, and one open request per child at a time. Health's 6 weeks run
    from ``health_received_on`` (reg 8(1))."""
    require(request, "advice.raise_request")
    scope = scope_of(request)
    child = get_object_or_404(scope.children().select_related("local_authority"), pk=payload.child)
    form = RaiseRequestForm(
        {
            "la_received_on": payload.la_received_on,
            "health_received_on": payload.health_received_on,
            "questions": payload.questions,
        },
        child=child,
    )
    errors = {} if form.is_valid() else form_errors(form)
    existing = scope.advice_requests().filter(child=child, status__in=OPEN_REQUEST_STATUSES).first()
    if existing is not None:
        errors["child"] = [
            f"This child already has an open request for health advice ({existing.reference})"
        ]
    raise_invalid(errors)
    advice_request = services.raise_request(
        child=child,
        la_received_on=form.cleaned_data["la_received_on"],
        health_received_on=form.cleaned_data["health_received_on"],
        questions=form.cleaned_data["questions"],
        auditor=auditor(request),
    )
    return 201, _with_visible_parts(advice_request, scope)


@requests_router.post(
    "/{int:request_id}/route",
    response={201: list[AssignmentOut], **WRITE_ERRORS},
    summary="Route a request to services",
)
def route_request(request: HttpRequest, request_id: int, payload: RouteIn):
    """The DCO sends the request to one or more health services of the area. Their advice is
    due 6 weeks after health received the request (``health_received_on``, reg 8(1)), whatever
    ``received_on`` (the day the services were sent it) is."""
    require(request, "advice.route_request")
    scope = scope_of(request)
    advice_request = get_object_or_404(scope.advice_requests(), pk=request_id)
    form = RouteForm(
        {
            "services": [str(pk) for pk in dict.fromkeys(payload.services)],
            "received_on": payload.received_on,
        },
        services=scope.services().filter(is_active=True, provider__parent_id=advice_request.icb_id),
        health_received_on=advice_request.health_received_on,
    )
    if not form.is_valid():
        raise_invalid(form_errors(form))
    return 201, services.route(
        advice_request,
        services=list(form.cleaned_data["services"]),
        received_on=form.cleaned_data["received_on"],
        auditor=auditor(request),
    )


@requests_router.post(
    "/{int:request_id}/return",
    response={200: RequestDetail, **WRITE_ERRORS},
    summary="Return the advice to the local authority",
)
def return_request(request: HttpRequest, request_id: int, payload: ReturnIn):
    """The DCO returns the accepted advice to the local authority, once every service's advice
    has been accepted. From then on the local authority sees the advice."""
    require(request, "advice.return_to_la")
    advice_request = get_object_or_404(_requests(request), pk=request_id)
    form = ReturnToLaForm({"note": payload.note})
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.return_to_la(
        advice_request, note=form.cleaned_data["note"].strip(), auditor=auditor(request)
    )
    return _with_visible_parts(advice_request, scope_of(request))
