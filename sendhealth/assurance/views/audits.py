"""Auditing an item: the auditor's form with the automatic findings beside it, the item's page
with both audits and their agreement, and the list of one's own audits."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.assurance import services
from sendhealth.assurance.forms import AuditForm, FindingVerdictForm
from sendhealth.assurance.models import AuditStatus
from sendhealth.assurance.presenters import (
    check_info,
    percent,
    section_notices,
    section_views,
    thread_sentences,
)
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


def item_context(item, scope=None, user=None) -> dict:
    kind = services.item_kind(item)
    texts = services.item_sections(item)
    sections = section_views(texts, services.SECTION_TITLES, kind)
    findings = [f for s in sections for f in s.findings]
    checks = {f.check: check_info(f.check) for f in findings}
    context = {
        "item": item,
        "sections": sections,
        "findings": findings,
        "checks": checks,
        "notices": section_notices(texts, kind),
        "thread_links": thread_sentences(texts, kind),
    }
    if scope is not None and user is not None:
        verdicts = scope.assurance_verdicts().filter(item=item)
        context["my_verdicts"] = {
            (v.check_key, v.section, v.start, v.end): v for v in verdicts.filter(marked_by=user)
        }
        context["advisory"] = {
            p.key for p in services.icb_check_precisions(item.icb_id) if p.advisory
        }
        context["verdict_url"] = url_for_verdict(item)
    return context


def url_for_verdict(item) -> str:
    from django.urls import reverse

    return reverse("assurance:finding_verdict", kwargs={"pk": item.pk})


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
        {
            **item_context(item, scope, request.user),
            "audit": audit,
            "form": form,
            "editable": editable,
            "back_to": request.path,
        },
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
            **item_context(item, scope, request.user),
            "back_to": request.path,
            "moderation": services.moderation_of(item),
            "audits": list(item.audits.all()),
            "resolutions": list(item.resolutions.all()),
            "can_manage": scope.is_dco and item.icb_id in scope.dco_icb_ids,
            "percent": percent,
        },
    )


@require_http_methods(["POST"])
@rule_required("assurance.audit")
def finding_verdict(request, pk: int):
    """An auditor marks one automatic finding agreed or not a problem (optional reason)."""
    scope = Scope.for_user(request.user)
    item = get_object_or_404(services.items_with_cases(scope.assurance_items()), pk=pk)
    form = FindingVerdictForm(request.POST)
    back = form.back_to(request, item)
    if not form.is_valid():
        messages.error(request, "Choose agreed or not a problem for the finding")
        return redirect(back)
    data = form.cleaned_data
    try:
        services.record_verdict(
            item,
            check=data["check"],
            section=data["section"],
            start=data["start"],
            end=data["end"],
            verdict=data["verdict"],
            reason=data["reason"],
            user=request.user,
            auditor=Auditor.from_request(request),
        )
    except services.VerdictError as error:
        messages.error(request, str(error))
        return redirect(back)
    messages.success(request, "Your verdict on the finding is saved")
    return redirect(back)
