"""The health sections of final EHC plans kept for audit: typed, pasted or read from the
uploaded plan (large documents in the background, with a progress indicator)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.assurance import services
from sendhealth.assurance.forms import PlanForm
from sendhealth.assurance.models import ExtractionStatus
from sendhealth.assurance.presenters import (
    check_info,
    section_notices,
    section_views,
    thread_sentences,
)
from sendhealth.core.audit import Auditor
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.search import record_search, searched


@require_http_methods(["GET", "POST"])
@rule_required("assurance.view_plans")
def plans(request):
    """GET: the plans kept for audit. POST: a search (reference, NHS number, name)."""
    scope = Scope.for_user(request.user)
    search = record_search(request, "PL")
    local_authorities = list(scope.local_authorities().order_by("name"))
    chosen = request.GET.get("local_authority", "")
    rows = scope.assurance_plans().select_related("child", "local_authority")
    if chosen.isdigit():
        rows = rows.filter(local_authority_id=int(chosen))
    rows = searched(search, rows)
    page = paginate(request, rows)
    Auditor.from_request(request).view_many("children.Child", [p.child for p in page.object_list])
    return render(
        request,
        "assurance/plans.jinja",
        {
            "page": page,
            "pagination": page_links(request, page),
            "search": search,
            "searched": search.is_bound and search.is_valid(),
            "search_query": request.GET.urlencode(),
            "local_authorities": local_authorities,
            "chosen": chosen,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("assurance.add_plan")
def plan_new(request):
    scope = Scope.for_user(request.user)
    form = PlanForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        children=scope.children().select_related("local_authority"),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        auditor = Auditor.from_request(request)
        plan = services.record_plan(
            child=form.child,
            finalised_on=data["finalised_on"],
            sections={"C": data["section_c"], "E": data["section_e"], "G": data["section_g"]},
            auditor=auditor,
        )
        if data.get("document"):
            services.attach_document(plan, data["document"], form.document_type)
        messages.success(request, f"Plan {plan.reference} saved")
        return redirect("assurance:plan", pk=plan.pk)
    return render(
        request,
        "assurance/plan_new.jinja",
        {"form": form},
    )


def _plan(request, pk: int):
    scope = Scope.for_user(request.user)
    plan = get_object_or_404(
        scope.assurance_plans().select_related("child", "local_authority"), pk=pk
    )
    Auditor.from_request(request).view(plan)
    return plan


@require_GET
@rule_required("assurance.view_plans")
def plan_detail(request, pk: int):
    plan = _plan(request, pk)
    sections = section_views(plan.sections(), services.SECTION_TITLES, "plan")
    return render(
        request,
        "assurance/plan.jinja",
        {
            "plan": plan,
            "sections": sections,
            "notices": section_notices(plan.sections(), "plan"),
            "thread_links": thread_sentences(plan.sections(), "plan"),
            "checks": {f.check: check_info(f.check) for s in sections for f in s.findings},
            "pending": plan.extraction_status == ExtractionStatus.PENDING,
        },
    )


@require_GET
@rule_required("assurance.view_plans")
def plan_progress(request, pk: int):
    """The progress indicator, polled by htmx every 2 seconds while the document is read."""
    plan = _plan(request, pk)
    response = render(
        request,
        "assurance/_progress.jinja",
        {"plan": plan, "pending": plan.extraction_status == ExtractionStatus.PENDING},
    )
    if plan.extraction_status != ExtractionStatus.PENDING and request.htmx:
        response["HX-Refresh"] = "true"  # show the sections read from the document
    return response
