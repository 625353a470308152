"""The DCO's and DCO team's pages: the work queue, routing a request to services, chasing,
exceptions, cancelling a service's part, reviewing advice and returning it to the LA. Every
change goes through ``advice.services``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import attrgetter

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from sendhealth.advice import services, summary
from sendhealth.advice.forms_dco import (
    CancelForm,
    ExceptionForm,
    ReturnToLaForm,
    ReviewForm,
    RouteForm,
)
from sendhealth.advice.models import (
    OPEN_REQUEST_STATUSES,
    AdviceAssignment,
    AdviceRequest,
    AssignmentStatus,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.presenters import (
    can_cancel,
    can_chase,
    can_record_exception,
    can_return_to_la,
    can_route,
    queue_row_for_assignment,
    queue_row_for_request,
)
from sendhealth.advice.tasks import send_chase
from sendhealth.advice.views.request import scoped_request
from sendhealth.core import worklist
from sendhealth.core.audit import Auditor
from sendhealth.core.generic import audit_children, form_page, posted, run_action, save_form
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import plural
from sendhealth.core.scoping import Scope
from sendhealth.core.search import RecordSearchForm
from sendhealth.rules import format_date, health_advice_due

# -- the queue ------------------------------------------------------------------------------


class Tab(StrEnum):
    NEW = "new"
    DUE = "due"
    OVERDUE = "overdue"
    RETURNED = "returned"
    REVIEW = "review"
    READY = "ready"

    @property
    def label(self) -> str:
        return _TAB_LABELS[self]


_TAB_LABELS = {
    Tab.NEW: "New",
    Tab.DUE: "Due within 7 days",
    Tab.OVERDUE: "Overdue",
    Tab.RETURNED: "Returned for more information",
    Tab.REVIEW: "Awaiting review",
    Tab.READY: "Ready to return",
}
REQUEST_TABS = {Tab.NEW: RequestStatus.NEW, Tab.READY: RequestStatus.READY}


@dataclass(frozen=True)
class QueueFilters:
    tab: Tab
    local_authority_id: int | None
    provider_id: int | None

    def query(self, **changes) -> str:
        """A query string for these filters with ``changes`` applied (ids and a tab name only:
        nothing personal)."""
        values = {
            "view": self.tab.value,
            "la": self.local_authority_id,
            "provider": self.provider_id,
            **changes,
        }
        return "?" + "&".join(f"{k}={v}" for k, v in values.items() if v)


def _chosen(request, key: str, allowed_ids: set[int]) -> int | None:
    value = request.GET.get(key, "")
    return int(value) if value.isdigit() and int(value) in allowed_ids else None


def _queue_filters(request, la_ids: set[int], provider_ids: set[int]) -> QueueFilters:
    view = request.GET.get("view", "")
    return QueueFilters(
        tab=Tab(view) if view in Tab._value2member_map_ else Tab.NEW,
        local_authority_id=_chosen(request, "la", la_ids),
        provider_id=_chosen(request, "provider", provider_ids),
    )


def _open_requests(scope: Scope, filters: QueueFilters) -> QuerySet[AdviceRequest]:
    """Open requests of the DCO's own ICBs, limited to the chosen local authority."""
    requests = scope.advice_requests().filter(
        icb_id__in=scope.dco_icb_ids, status__in=OPEN_REQUEST_STATUSES
    )
    if filters.local_authority_id:
        requests = requests.filter(local_authority_id=filters.local_authority_id)
    return requests


def _tab_counts(scope: Scope, filters: QueueFilters, today: date) -> dict[str, int]:
    """Every tab's count in two aggregate queries: the requests by status (new, ready: from
    the kept counts too, unless a provider is chosen) and the kept counts of the ICB's open
    work (``advice.summary``: a row a service, local authority, status and due date, never the
    assignments themselves; an open assignment's request is always open, as
    ``advice.services`` keeps it)."""
    if filters.provider_id:
        routed = scope.assignments().filter(provider_id=filters.provider_id)
        requests = _open_requests(scope, filters).filter(
            status__in=[RequestStatus.NEW, RequestStatus.READY],
            pk__in=routed.values("request_id"),
        )
        by_status = dict(requests.values_list("status").annotate(n=Count("pk")).order_by())
    else:  # the kept counts of the ICBs' open requests (``advice.summary``)
        la = filters.local_authority_id
        by_status = summary.open_request_counts(scope.dco_icb_ids, None if la is None else [la])
    kept = summary.open_counts(_open_work_days(scope, filters), today=today)
    return {
        "new": by_status.get(RequestStatus.NEW, 0),
        "due": kept["due"],
        "overdue": kept["overdue"],
        "returned": kept["returned"],
        "review": kept["submitted"],
        "ready": by_status.get(RequestStatus.READY, 0),
    }


def _open_work_days(scope: Scope, filters: QueueFilters):
    """The kept open work of the DCO's own ICBs, filtered as ``_open_assignments``."""
    rows = scope.open_work_days().filter(icb_id__in=scope.dco_icb_ids)
    if filters.local_authority_id:
        rows = rows.filter(local_authority_id=filters.local_authority_id)
    if filters.provider_id:
        rows = rows.filter(provider_id=filters.provider_id)
    return rows


def _open_assignments(scope: Scope, filters: QueueFilters) -> QuerySet[AdviceAssignment]:
    """The open assignments of the DCO's own ICBs (so of open requests), filtered."""
    assignments = scope.assignments().filter(icb_id__in=scope.dco_icb_ids, open_work=True)
    if filters.local_authority_id:
        assignments = assignments.filter(local_authority_id=filters.local_authority_id)
    if filters.provider_id:
        assignments = assignments.filter(provider_id=filters.provider_id)
    return assignments


def _request_tab(scope: Scope, filters: QueueFilters) -> QuerySet[AdviceRequest]:
    requests = _open_requests(scope, filters).filter(status=REQUEST_TABS[filters.tab])
    if filters.provider_id:
        routed = scope.assignments().filter(provider_id=filters.provider_id)
        requests = requests.filter(pk__in=routed.values("request_id"))
    live = scope.assignments().exclude(status=AssignmentStatus.CANCELLED).select_related("service")
    return (
        requests.select_related("child", "local_authority")
        .prefetch_related(Prefetch("assignments", queryset=live, to_attr="live_assignments"))
        .order_by("health_received_on", "raised_at", "pk")
    )


def _assignment_tab(scope: Scope, filters: QueueFilters, today: date) -> QuerySet[AdviceAssignment]:
    assignments = _open_assignments(scope, filters)
    if filters.tab == Tab.DUE:
        assignments = assignments.due_soon(today).order_by("due_on", "pk")
    elif filters.tab == Tab.OVERDUE:
        assignments = assignments.overdue(today).order_by("due_on", "pk")  # most overdue first
    elif filters.tab == Tab.RETURNED:
        assignments = assignments.filter(status=AssignmentStatus.RETURNED).order_by("due_on", "pk")
    else:
        pending = scope.submissions().filter(
            assignment=OuterRef("pk"), decision=ReviewDecision.PENDING
        )
        assignments = (
            assignments.filter(status=AssignmentStatus.SUBMITTED)
            .annotate(
                pending_submission_id=Subquery(pending.order_by("-submitted_at").values("pk")[:1])
            )
            .order_by("submitted_on", "pk")
        )
    return assignments.select_related(
        "request__child", "request__local_authority", "service", "provider"
    )


def _queue_rows(objects, tab: Tab, today: date) -> list:
    if tab == Tab.NEW:
        return [
            queue_row_for_request(
                r,
                r.live_assignments,
                today,
                action_text="Route",
                action_href=reverse("advice:route", args=[r.pk]),
            )
            for r in objects
        ]
    if tab == Tab.READY:
        return [
            queue_row_for_request(
                r,
                r.live_assignments,
                today,
                action_text="Return to local authority",
                action_href=reverse("advice:return_to_la", args=[r.pk]),
            )
            for r in objects
        ]
    if tab == Tab.REVIEW:
        return [
            queue_row_for_assignment(
                a,
                today,
                action_text="Review advice",
                action_href=reverse("advice:review", args=[a.pending_submission_id]),
            )
            if a.pending_submission_id
            else queue_row_for_assignment(a, today)
            for a in objects
        ]
    return [queue_row_for_assignment(a, today) for a in objects]


@rule_required("advice.route_request")
def dco_queue(request):
    """The DCO's work: new requests to route, services' advice due within 7 days or overdue
    (6 weeks, reg 8(1)), advice returned, awaiting review, and requests ready to return."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    local_authorities = list(scope.local_authorities().filter(parent_id__in=scope.dco_icb_ids))
    providers = list(scope.providers().filter(parent_id__in=scope.dco_icb_ids))
    filters = _queue_filters(request, {o.pk for o in local_authorities}, {o.pk for o in providers})
    counts = _tab_counts(scope, filters, today)
    if filters.tab in REQUEST_TABS:
        objects = _request_tab(scope, filters)
    else:
        objects = _assignment_tab(scope, filters, today)
    page = paginate(request, objects, count=counts[filters.tab.value])  # counted already
    audit_children(
        request,
        page.object_list,
        attrgetter("child") if filters.tab in REQUEST_TABS else attrgetter("request.child"),
    )
    work_panels = worklist.panels(scope, today, worklist.QUEUE)
    Auditor.from_request(request).view_many("children.Child", worklist.children_of(work_panels))
    tabs = [
        {
            "label": tab.label,
            "count": counts[tab.value],
            "href": filters.query(view=tab.value),
            "current": tab == filters.tab,
        }
        for tab in Tab
    ]
    return render(
        request,
        "advice/dco/queue.jinja",
        {
            "tabs": tabs,
            "tab": filters.tab,
            "filters": filters,
            "rows": _queue_rows(page.object_list, filters.tab, today),
            "page": page,
            "pagination": page_links(request, page),
            "local_authorities": local_authorities,
            "providers": providers,
            "work_panels": work_panels,
            # The search goes to the list of all the ICB's requests, whatever their status.
            "search": RecordSearchForm(reference_prefix="AR"),
        },
    )


# -- routing --------------------------------------------------------------------------------


def _request_page(advice_request_id: int) -> str:
    return reverse("advice:request", args=[advice_request_id])


def _back_to(advice_request_id: int):
    return redirect(_request_page(advice_request_id))


@rule_required("advice.route_request")
def route_request(request, pk: int):
    """Send the request to services. Every service's advice is due 6 weeks after health
    received the request (SEND Regulations 2014 reg 8(1)), whatever day it is routed."""
    scope = Scope.for_user(request.user)
    advice_request = scoped_request(scope, pk)
    if not can_route(advice_request):
        messages.info(request, "This request is closed and cannot be routed.")
        return _back_to(advice_request.pk)
    already = (
        scope.assignments()
        .filter(request=advice_request)
        .exclude(status=AssignmentStatus.CANCELLED)
    )
    choices = (
        scope.services()
        .filter(is_active=True)
        .exclude(pk__in=already.values("service_id"))
        .order_by("provider__name", "specialty", "name")
    )
    form = RouteForm(
        posted(request), services=choices, health_received_on=advice_request.health_received_on
    )
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.route(
            advice_request,
            services=data["services"],
            received_on=data["received_on"],
            auditor=auditor,
        ),
        done=lambda created: (
            f"Routed to {plural(len(created), 'service')}. "
            f"Advice due {format_date(created[0].due_on)}"
        ),
        to=_request_page(advice_request.pk),
        errors=(ValidationError,),
    )
    if done:
        return done
    Auditor.from_request(request).view(advice_request)
    return form_page(
        request,
        "advice/dco/route.jinja",
        form,
        advice_request=advice_request,
        due_on=health_advice_due(advice_request.health_received_on),
        has_choices=form.fields["services"].queryset.exists(),
    )


# -- one service's part ---------------------------------------------------------------------


def _scoped_assignment(scope: Scope, pk: int) -> AdviceAssignment:
    return get_object_or_404(
        scope.assignments().select_related(
            "request__child", "request__local_authority", "service", "provider"
        ),
        pk=pk,
    )


def _chase_problem(assignment: AdviceAssignment) -> str:
    """Why this service cannot be chased now; empty when it can."""
    if not can_chase(assignment):
        return "Only a service that still has to give its advice can be chased."
    if not (assignment.service.email or assignment.provider.email):
        return (
            f"{assignment.service.name} has no email address for chasers. Contact the service "
            "another way, or ask your system administrator to add its address."
        )
    return ""


@rule_required("advice.chase")
@require_POST
def chase(request, pk: int):
    """Email the service about its advice, in the background; the chase goes on the timeline.
    With htmx the button is replaced in place; without JavaScript the page reloads."""
    assignment = _scoped_assignment(Scope.for_user(request.user), pk)

    def act(*, auditor):
        problem = _chase_problem(assignment)
        if problem:
            raise ValidationError(problem)
        send_chase.enqueue(assignment_id=assignment.pk, user_id=request.user.pk)

    return run_action(
        request,
        act,
        done=f"Chased {assignment.service.name}",
        to=_request_page(assignment.request_id),
        errors=(ValidationError,),
        fragment=("advice/dco/_chased.jinja", "Chased just now"),
    )


@rule_required("advice.record_exception")
def record_exception(request, pk: int):
    """Record why the 6-week limit does not apply to this service's advice (reg 8(2))."""
    scope = Scope.for_user(request.user)
    assignment = _scoped_assignment(scope, pk)
    if not can_record_exception(assignment):
        messages.info(request, "An exception cannot be recorded for a cancelled request.")
        return _back_to(assignment.request_id)
    form = ExceptionForm(posted(request))
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.record_exception(
            assignment,
            reason=data["reason"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            note=data["note"],
            auditor=auditor,
        ),
        done=f"Exception recorded for {assignment.service.name}",
        to=_request_page(assignment.request_id),
        errors=(ValidationError,),
        # The reason is limited to reg 8(2)'s list, so what is left is about the dates.
        error_field=lambda data: "ends_on" if data["ends_on"] else None,
    )
    if done:
        return done
    Auditor.from_request(request).view(assignment.request)
    return form_page(
        request,
        "advice/dco/exception.jinja",
        form,
        assignment=assignment,
    )


@rule_required("advice.route_request")
def cancel_assignment(request, pk: int):
    """Stop asking a service for advice (for example, routed to the wrong service)."""
    scope = Scope.for_user(request.user)
    assignment = _scoped_assignment(scope, pk)
    if not can_cancel(assignment):
        messages.info(request, "Only an open request to a service can be cancelled.")
        return _back_to(assignment.request_id)
    form = CancelForm(posted(request))
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.cancel_assignment(
            assignment, reason=data["reason"], auditor=auditor
        ),
        done=f"Cancelled the request to {assignment.service.name}",
        to=_request_page(assignment.request_id),
        errors=(ValidationError,),
    )
    if done:
        return done
    Auditor.from_request(request).view(assignment.request)
    return form_page(request, "advice/dco/cancel.jinja", form, assignment=assignment)


# -- review and return ----------------------------------------------------------------------


@rule_required("advice.review_advice")
def review_advice(request, pk: int):
    """Check a service's advice and accept it, or return it for more information."""
    scope = Scope.for_user(request.user)
    submission = get_object_or_404(
        scope.submissions()
        .select_related(
            "assignment__request__child",
            "assignment__request__local_authority",
            "assignment__service",
            "assignment__provider",
        )
        .prefetch_related("provision"),
        pk=pk,
    )
    assignment = submission.assignment
    reviewable = (
        submission.decision == ReviewDecision.PENDING
        and assignment.status == AssignmentStatus.SUBMITTED
    )
    if not reviewable:
        messages.info(request, "This advice has already been reviewed.")
        return _back_to(assignment.request_id)
    form = ReviewForm(posted(request))
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.review_advice(
            submission, accept=form.accepts, reasons=data["reasons"], auditor=auditor
        ),
        done=lambda _: _review_message(assignment, accepted=form.accepts),
        to=_request_page(assignment.request_id),
        errors=(ValidationError,),
    )
    if done:
        return done
    Auditor.from_request(request).view(submission)
    return form_page(
        request, "advice/dco/review.jinja", form, submission=submission, assignment=assignment
    )


def _review_message(assignment: AdviceAssignment, *, accepted: bool) -> str:
    name = assignment.service.name
    if not accepted:
        return f"Returned the advice to {name} for more information"
    if assignment.request.status == RequestStatus.READY:
        return (
            f"Accepted the advice from {name}. All advice is in: return it to the local authority"
        )
    return f"Accepted the advice from {name}"


@rule_required("advice.return_to_la")
def return_to_la(request, pk: int):
    """Send the accepted advice back to the local authority, once every service's is in."""
    scope = Scope.for_user(request.user)
    advice_request = scoped_request(scope, pk)
    if not can_return_to_la(advice_request):
        messages.info(
            request,
            "Advice can be returned to the local authority once every service's advice has "
            "been accepted.",
        )
        return _back_to(advice_request.pk)
    form = ReturnToLaForm(posted(request))
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.return_to_la(
            advice_request, note=data["note"], auditor=auditor
        ),
        done=f"Advice returned to {advice_request.local_authority.name}",
        to=_request_page(advice_request.pk),
        errors=(ValidationError,),
    )
    if done:
        return done
    accepted = (
        scope.submissions()
        .filter(assignment__request=advice_request, decision=ReviewDecision.ACCEPTED)
        .select_related("assignment__service", "assignment__provider")
        .order_by("assignment__service__name", "pk")
    )
    Auditor.from_request(request).view(advice_request)
    return form_page(
        request,
        "advice/dco/return.jinja",
        form,
        advice_request=advice_request,
        accepted=accepted,
    )
