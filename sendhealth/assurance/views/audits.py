"""Auditing an item: the auditor's form with the automatic findings beside it, the item's page
with both audits and their agreement, and the list of one's own audits."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.assurance import services
from sendhealth.assurance.forms import AuditForm
from sendhealth.assurance.models import AuditStatus
from sendhealth.assurance.presenters import check_info, percent, section_views
from sendhealth.core.audit import Auditor
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope


@require_GET
@rule_required("assurance.audit")
def my_audits(request):
    scope = Scope.for_user(request.user)
    audits = (
        scope.assurance_audits()
        .filter(auditor=request.user)
        .select_related("item__round", "item__local_authority", "item__service")
        .order_by("status", "-assigned_at", "-pk")
    )
    page = paginate(request, audits)
    return render(
        request,
        "assurance/my_audits.jinja",
        {"page": page, "pagination": page_links(request, page)},
    )


def item_context(item) -> dict:
    kind = services.item_kind(item)
    sections = section_views(services.item_sections(item), services.SECTION_TITLES, kind)
    findings = [f for s in sections for f in s.findings]
    checks = {f.check: check_info(f.check) for f in findings}
    return {"item": item, "sections": sections, "findings": findings, "checks": checks}


@require_http_methods(["GET", "POST"])
@rule_required("assurance.audit")
def audit_form(request, pk: int):
    """One auditor's scoring of an item. Others who may see the item see it read-only."""
    scope = Scope.for_user(request.user)
    audit = get_object_or_404(
        scope.assurance_audits().select_related("auditor", "item__round__tool_version__tool"),
        pk=pk,
    )
    item = services.items_with_cases(scope.assurance_items()).get(pk=audit.item_id)
    editable = audit.auditor_id == request.user.pk and audit.status != AuditStatus.FINISHED
    criteria = services.criteria_of(item.round.tool_version)
    initial = {"summary": audit.summary}
    for rating in audit.ratings.all():
        initial[f"rating_{rating.criterion_id}"] = rating.rating
        initial[f"comment_{rating.criterion_id}"] = rating.comment
    auditor = Auditor.from_request(request)
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        form = AuditForm(request.POST, criteria=criteria)
        if form.is_valid():
            services.save_ratings(
                audit,
                form.ratings(),
                finish=form.finishing,
                summary=form.cleaned_data["summary"],
                auditor=auditor,
            )
            messages.success(
                request, "Audit finished" if form.finishing else "Your ratings are saved"
            )
            return (
                redirect("assurance:my_audits")
                if form.finishing
                else redirect("assurance:audit", pk=audit.pk)
            )
    else:
        form = AuditForm(initial=initial, criteria=criteria)
    auditor.view(item.child)
    return render(
        request,
        "assurance/audit.jinja",
        {**item_context(item), "audit": audit, "form": form, "editable": editable},
    )


@require_GET
@rule_required("assurance.audit")
def item_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    item = get_object_or_404(
        services.items_with_cases(scope.assurance_items()).prefetch_related(
            services.audits_prefetch(), "resolutions"
        ),
        pk=pk,
    )
    Auditor.from_request(request).view(item.child)
    return render(
        request,
        "assurance/item.jinja",
        {
            **item_context(item),
            "moderation": services.moderation_of(item),
            "audits": list(item.audits.all()),
            "resolutions": list(item.resolutions.all()),
            "can_manage": scope.is_dco and item.icb_id in scope.dco_icb_ids,
            "percent": percent,
        },
    )
