"""Preparing for adulthood: the queue of what is due, the plans list, a young person's
transition page and the forms that change it.

Plans are reached only through ``Scope.transitions_plans()``: a plan outside the user's scope
is a 404, a role without the permission a 403. Every page that shows a child's personal data
writes an audit entry. Filters are ids and fixed words, never a name.
"""

from __future__ import annotations

from dataclasses import dataclass

import rules
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import export_response
from sendhealth.core.generic import posted, searched_list_page
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.search import record_search, searched
from sendhealth.provision import services as provision_services
from sendhealth.transitions import services
from sendhealth.transitions.domain import Milestone
from sendhealth.transitions.forms import MilestonesForm, PlanForm, ReviewForm
from sendhealth.transitions.presenters import (
    EXPORT_HEADERS,
    PlanPresenter,
    export_row,
    plan_row,
    queue_row,
    review_rows,
)
from sendhealth.transitions.services import Window

# -- the queue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    milestone: Milestone | None
    local_authority_id: int | None
    window: Window

    def query(self) -> str:
        values = {
            "milestone": self.milestone.value if self.milestone else "",
            "la": self.local_authority_id or "",
            "when": self.window.value,
        }
        return "&".join(f"{k}={v}" for k, v in values.items() if v)


def _queue_filters(request, la_ids: set[int]) -> QueueFilters:
    milestone = request.GET.get("milestone", "")
    la = request.GET.get("la", "")
    when = request.GET.get("when", "")
    return QueueFilters(
        milestone=Milestone(milestone) if milestone in Milestone._value2member_map_ else None,
        local_authority_id=int(la) if la.isdigit() and int(la) in la_ids else None,
        window=Window(when) if when in Window._value2member_map_ else Window.ALL,
    )


def _queue(request, search=None):
    scope = Scope.for_user(request.user)
    local_authorities = list(scope.local_authorities().order_by("name"))
    filters = _queue_filters(request, {la.pk for la in local_authorities})
    plans = scope.transitions_plans()
    due = scope.transitions_due_items()  # the same plans' items, by their own ICB and LA
    if filters.local_authority_id:
        plans = plans.filter(local_authority_id=filters.local_authority_id)
        due = due.filter(local_authority_id=filters.local_authority_id)
    if search is not None and search.is_bound:
        plans = searched(search, plans)
        due = due.filter(plan__in=plans.order_by().values("pk"))
    today = timezone.localdate()
    items = services.queue_items(
        plans, today, milestone=filters.milestone, window=filters.window, items=due
    )
    return local_authorities, filters, items, today


@require_http_methods(["GET", "POST"])
@rule_required("transitions.view_queue")
def queue(request):
    """GET: what is due or missing, filtered. POST: a search (reference, NHS number, name)."""
    search = record_search(request, "EHCP")
    local_authorities, filters, items, today = _queue(request, search)
    page = paginate(request, items)
    shown = list(page.object_list)
    Auditor.from_request(request).view_many("children.Child", [i.plan.child for i in shown])
    return render(
        request,
        "transitions/queue.jinja",
        {
            "filters": filters,
            "search": search,
            "searched": search.is_bound and search.is_valid(),
            "search_query": request.GET.urlencode(),
            "local_authorities": local_authorities,
            "milestones": list(Milestone),
            "windows": list(Window),
            "rows": [queue_row(item, today) for item in shown],
            "page": page,
            "pagination": page_links(request, page),
            "export_query": filters.query(),
        },
    )


def _export(request, fmt: str):
    _, _filters, items, today = _queue(request)
    Auditor.from_request(request).record(
        AuditAction.EXPORT, object_type="transitions.EhcPlan", changes={"rows": len(items)}
    )
    return export_response(
        EXPORT_HEADERS,
        (export_row(item, today) for item in items),
        filename=f"preparing-for-adulthood-{today.isoformat()}",
        fmt=fmt,
    )


@require_GET
@rule_required("transitions.view_queue")
def queue_csv(request):
    return _export(request, "csv")


@require_GET
@rule_required("transitions.view_queue")
def queue_xlsx(request):
    return _export(request, "xlsx")


# -- plans -----------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@rule_required("transitions.view_plan")
def plan_list(request):
    """GET: the plans, filtered. POST: a search (reference, NHS number, name) within them."""
    scope = Scope.for_user(request.user)
    local_authorities = list(scope.local_authorities().order_by("name"))
    la = request.GET.get("la", "")
    la_id = int(la) if la.isdigit() and int(la) in {x.pk for x in local_authorities} else None
    show_ceased = request.GET.get("ceased") == "yes"
    plans = scope.transitions_plans().select_related("child", "local_authority")
    if la_id:
        plans = plans.filter(local_authority_id=la_id)
    if not show_ceased:
        plans = plans.filter(ceased_on__isnull=True)
    today = timezone.localdate()
    listed = searched_list_page(
        request,
        plans.order_by("-issued_on", "-pk"),
        lambda plan: plan_row(plan, today),
        prefix="EHCP",
    )
    return render(
        request,
        "transitions/plans.jinja",
        {
            **listed,
            "search_query": request.GET.urlencode(),
            "local_authorities": local_authorities,
            "la_id": la_id,
            "show_ceased": show_ceased,
            "can_add": rules.has_perm("transitions.change_plan", request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("transitions.change_plan")
def plan_new(request):
    scope = Scope.for_user(request.user)
    form = PlanForm(posted(request), scope=scope)
    if request.method == "POST" and form.is_valid():
        plan = services.create_plan(form, user=request.user, auditor=Auditor.from_request(request))
        messages.success(request, "EHC plan recorded")
        return redirect("transitions:plan", pk=plan.pk)
    return _render_plan_form(request, form, plan=None)


def _scoped_plan(request, pk: int):
    scope = Scope.for_user(request.user)
    plans = scope.transitions_plans().select_related("child", "local_authority")
    return scope, get_object_or_404(plans, pk=pk)


@require_GET
@rule_required("transitions.view_plan")
def plan_detail(request, pk: int):
    scope, plan = _scoped_plan(request, pk)
    reviews = list(scope.transitions_reviews().filter(plan=plan))
    Auditor.from_request(request).view(plan)
    return render(
        request,
        "transitions/plan.jinja",
        {
            "plan": plan,
            "record": PlanPresenter(plan, timezone.localdate()),
            "reviews": review_rows(reviews),
            "can_change": rules.has_perm("transitions.change_plan", request.user),
            "child_href": reverse("children:detail", args=[plan.child_id]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("transitions.change_plan")
def plan_edit(request, pk: int):
    scope, plan = _scoped_plan(request, pk)
    form = PlanForm(posted(request), instance=plan, scope=scope)
    if request.method == "POST" and form.is_valid():
        services.update_plan(form, auditor=Auditor.from_request(request))
        messages.success(request, "EHC plan updated")
        return redirect("transitions:plan", pk=plan.pk)
    return _render_plan_form(request, form, plan=plan)


@require_http_methods(["GET", "POST"])
@rule_required("transitions.change_plan")
def milestones_edit(request, pk: int):
    _, plan = _scoped_plan(request, pk)
    form = MilestonesForm(posted(request), instance=plan)
    if request.method == "POST" and form.is_valid():
        services.update_plan(form, auditor=Auditor.from_request(request))
        messages.success(request, "Milestones updated")
        return redirect("transitions:plan", pk=plan.pk)
    return render(
        request,
        "transitions/milestones.jinja",
        {
            "form": form,
            "plan": plan,
            "back_href": reverse("transitions:plan", args=[plan.pk]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("transitions.change_plan")
def review_new(request, pk: int):
    scope, plan = _scoped_plan(request, pk)
    form = ReviewForm(posted(request), plan=plan)
    if request.method == "POST" and form.is_valid():
        services.record_review(form, user=request.user, auditor=Auditor.from_request(request))
        messages.success(request, "Annual review recorded")
        return redirect("transitions:plan", pk=plan.pk)
    return render(
        request,
        "transitions/review.jinja",
        {
            "form": form,
            "plan": plan,
            "back_href": reverse("transitions:plan", args=[plan.pk]),
            # Health's delivery of each provision line since the last review (provision).
            "provision": provision_services.delivery_since_review(
                scope, plan, timezone.localdate()
            ),
        },
    )


def _render_plan_form(request, form: PlanForm, plan):
    return render(
        request,
        "transitions/plan_form.jinja",
        {
            "form": form,
            "plan": plan,
            "back_href": reverse("transitions:plan", args=[plan.pk])
            if plan
            else reverse("transitions:plans"),
        },
    )
