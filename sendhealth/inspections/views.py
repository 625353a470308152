"""Area SEND inspections: the list, recording one (which starts its pack), its page with the
pack's progress (polled with htmx) and download, and the deep dive into one child the
inspectors pick (a page and a PDF, both from the child's timeline across every register).

The pack and the deep dives hold children's personal data: the DCO and DCO team only, every
download audited (one entry per child in the pack)."""

from __future__ import annotations

import time

import rules
from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.generic import dco_icb, posted, save_form
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope
from sendhealth.core.timeline import child_timeline
from sendhealth.inspections import services
from sendhealth.inspections.documents import deep_dive_pdf
from sendhealth.inspections.forms import DeepDiveForm, InspectionForm
from sendhealth.inspections.presenters import (
    TABLE_HEAD,
    inspection_row,
    pack_summary,
    pack_tag,
    summary_rows,
)
from sendhealth.inspections.timeline import REGISTER


@require_GET
@rule_required("inspections.view_inspection")
def inspection_list(request):
    scope = Scope.for_user(request.user)
    page = paginate(request, scope.inspections())
    return render(
        request,
        "inspections/list.jinja",
        {
            "head": TABLE_HEAD,
            "rows": [inspection_row(i) for i in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
            "can_change": rules.has_perm("inspections.change_inspection", request.user),
        },
    )


def _form_page(request, form, inspection=None):
    return render(
        request,
        "inspections/form.jinja",
        {
            "form": form,
            "inspection": inspection,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("inspections:detail", args=[inspection.pk])
            if inspection
            else reverse("inspections:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("inspections.change_inspection")
def inspection_new(request):
    """The inspection was notified: record it, and the pack starts assembling."""
    icb = dco_icb(Scope.for_user(request.user))
    form = InspectionForm(posted(request))
    saved = save_form(
        request,
        form,
        lambda data, *, auditor: services.record_inspection(
            icb, data, auditor=auditor, user=request.user
        ),
        done=lambda inspection: (
            f"Inspection {inspection.reference} recorded: the pack is being assembled"
        ),
        to=lambda inspection: reverse("inspections:detail", args=[inspection.pk]),
    )
    return saved or _form_page(request, form)


def _inspection(scope: Scope, pk: int):
    return get_object_or_404(scope.inspections(), pk=pk)


def _pack_context(request, scope: Scope, inspection) -> dict:
    pack = scope.inspection_packs().filter(inspection=inspection).first()
    return {
        "inspection": inspection,
        "pack": pack,
        "pack_tag": pack_tag(pack) if pack else None,
        "pack_summary": pack_summary(pack) if pack else "",
        "pending": bool(pack and pack.is_pending),
    }


@require_GET
@rule_required("inspections.view_inspection")
def inspection_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    inspection = _inspection(scope, pk)
    sees_pack = rules.has_perm("inspections.download_pack", request.user) and scope.is_dco
    context = _pack_context(request, scope, inspection) if sees_pack else {}
    return render(
        request,
        "inspections/detail.jinja",
        {
            **context,
            "inspection": inspection,
            "rows": summary_rows(inspection),
            "sees_pack": sees_pack,
            "can_change": rules.has_perm("inspections.change_inspection", request.user),
            "deep_dive_form": DeepDiveForm(),
        },
    )


@require_GET
@rule_required("inspections.download_pack")
def pack_progress(request, pk: int):
    """The pack's progress, polled by htmx every 2 seconds while it is assembled."""
    scope = Scope.for_user(request.user)
    inspection = _inspection(scope, pk)
    return render(request, "inspections/_pack.jinja", _pack_context(request, scope, inspection))


@require_POST
@rule_required("inspections.change_inspection")
def pack_assemble(request, pk: int):
    """Assemble the pack again (with today's data)."""
    scope = Scope.for_user(request.user)
    inspection = _inspection(scope, pk)
    if inspection.icb_id not in scope.dco_icb_ids:
        raise Http404
    services.request_pack(inspection, auditor=Auditor.from_request(request), user=request.user)
    messages.success(request, "The pack is being assembled again")
    return redirect("inspections:detail", pk=inspection.pk)


@require_GET
@rule_required("inspections.download_pack")
def pack_download(request, pk: int):
    """The latest ready pack as one zip; the download is audited, with an entry for each child
    listed in it."""
    scope = Scope.for_user(request.user)
    pack = get_object_or_404(
        scope.inspection_packs().select_related("inspection").exclude(file=""), pk=pk
    )
    auditor = Auditor.from_request(request)
    auditor.record(AuditAction.EXPORT, pack, changes={"as": "zip", "children": len(pack.child_ids)})
    auditor.view_children(pack.child_ids, AuditAction.EXPORT)
    response = FileResponse(
        pack.file.open("rb"),
        as_attachment=True,
        filename=f"{pack.inspection.reference}-pack-{pack.pk}.zip",
        content_type="application/zip",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_http_methods(["GET", "POST"])
@rule_required("inspections.change_inspection")
def inspection_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    inspection = _inspection(scope, pk)
    if inspection.icb_id not in scope.dco_icb_ids:
        raise Http404
    initial = {n: getattr(inspection, n) for n in services.FIELDS}
    form = InspectionForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_inspection(
            inspection, form.cleaned_data, auditor=Auditor.from_request(request)
        )
        messages.success(request, f"Inspection {inspection.reference} updated")
        return redirect("inspections:detail", pk=inspection.pk)
    return _form_page(request, form, inspection)


# -- deep dives -------------------------------------------------------------------------------


@require_POST
@rule_required("inspections.deep_dive")
def deep_dive_find(request, pk: int):
    """The child the inspectors picked, by NHS number (a POST, audited without what was
    typed), among the children the DCO sees in the inspected area."""
    scope = Scope.for_user(request.user)
    inspection = _inspection(scope, pk)
    form = DeepDiveForm(request.POST)
    child = None
    if form.is_valid():
        Auditor.from_request(request).record(AuditAction.SEARCH, object_type="children.Child")
        child = (
            scope.children()
            .filter(
                nhs_number=form.cleaned_data["nhs_number"],
                local_authority__parent_id=inspection.icb_id,
            )
            .first()
        )
    if child is not None:
        return redirect("inspections:deep_dive", pk=child.pk)
    if form.is_valid():
        form.add_error("nhs_number", "No child of the inspected area has that NHS number")
    return render(
        request,
        "inspections/detail.jinja",
        {
            **_pack_context(request, scope, inspection),
            "inspection": inspection,
            "rows": summary_rows(inspection),
            "sees_pack": scope.is_dco,
            "can_change": True,
            "deep_dive_form": form,
            "form_has_errors": True,
        },
        status=200,
    )


def _deep_dive_facts(scope: Scope, child) -> list[tuple[str, str]]:
    plan = scope.transitions_plans().filter(child=child).order_by("-issued_on").first()
    return [
        ("Local authority", child.local_authority.name),
        ("Education setting", child.setting.name if child.setting_id else "Not recorded"),
        ("Primary need", child.get_primary_need_display()),
        (
            "EHC plan",
            f"Issued {format_date(plan.issued_on)}"
            + (f", ceased {format_date(plan.ceased_on)}" if plan.ceased_on else "")
            if plan
            else "No EHC plan recorded",
        ),
        ("Vulnerable groups", ", ".join(child.vulnerable_groups) or "None recorded"),
    ]


def _deep_dive(request, pk: int):
    """The child (any the DCO sees) and the inspection it is for: the ICB's latest."""
    scope = Scope.for_user(request.user)
    child = get_object_or_404(scope.children().select_related("local_authority", "setting"), pk=pk)
    inspection = (
        scope.inspections()
        .filter(icb_id=child.local_authority.parent_id)
        .order_by("-notified_on", "-pk")
        .first()
    )
    entries = [e for e in child_timeline(scope, child) if e.register != REGISTER]
    return inspection, child, _deep_dive_facts(scope, child), entries


@require_GET
@rule_required("inspections.deep_dive")
def deep_dive(request, pk: int):
    """A child's deep dive on the page (``pk`` is the child's id), with the link to print it
    as PDF."""
    inspection, child, facts, entries = _deep_dive(request, pk)
    Auditor.from_request(request).view(child)
    return render(
        request,
        "inspections/deep_dive.jinja",
        {
            "inspection": inspection,
            "child": child,
            "facts": [{"key": {"text": k}, "value": {"text": v}} for k, v in facts],
            "entries": entries,
            "back_href": reverse("inspections:detail", args=[inspection.pk])
            if inspection
            else reverse("children:detail", args=[child.pk]),
        },
    )


@require_GET
@rule_required("inspections.deep_dive")
def deep_dive_download(request, pk: int):
    """The deep dive as PDF (audited as an export of the child's record)."""
    began = time.perf_counter()
    inspection, child, facts, entries = _deep_dive(request, pk)
    content = deep_dive_pdf(child, inspection, facts, entries)
    Auditor.from_request(request).record(
        AuditAction.EXPORT,
        child,
        changes={
            "as": "pdf",
            "deep_dive": inspection.pk if inspection else None,
            "entries": len(entries),
        },
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="deep-dive-child-{child.pk}.pdf"'
    response["Server-Timing"] = f"build;dur={(time.perf_counter() - began) * 1000:.0f}"
    return response
