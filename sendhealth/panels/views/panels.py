"""Panels: the list, a panel's page, and the DCO's forms for a panel, its attendees, its
cases and each case's decision. An LA caseworker sees the panels that heard its children,
and only its children's cases."""

from __future__ import annotations

import rules
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.generic import (
    form_page,
    initial_from,
    posted,
    save_form,
    searched_list_page,
)
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.panels import services
from sendhealth.panels.forms import AttendeeForm, CaseForm, DecisionForm, PanelForm
from sendhealth.panels.models import PanelType
from sendhealth.panels.presenters import decision_tag


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _filtered(request, scope: Scope):
    """The user's panels, by the list's filters (type and local authority, in the query)."""
    cases = Q() if scope.is_dco else Q(cases__local_authority_id__in=scope.la_ids)
    panels = (
        scope.panels()
        .select_related("local_authority")
        .annotate(case_count=Count("cases", filter=cases))
        .order_by("-held_on", "-pk")
    )
    panel_type = request.GET.get("type", "")
    if panel_type in PanelType.values:
        panels = panels.filter(panel_type=panel_type)
    else:
        panel_type = ""
    la_id = _int(request.GET.get("la", ""))
    if la_id is not None:
        panels = panels.filter(local_authority_id=la_id)
    return panels, panel_type, la_id


@require_http_methods(["GET", "POST"])
@rule_required("panels.view_panel")
def panel_list(request):
    """GET: the filtered list. POST: a search by reference within it."""
    scope = Scope.for_user(request.user)
    panels, panel_type, la_id = _filtered(request, scope)
    listed = searched_list_page(
        request, panels, lambda panel: panel, prefix="PN", by_child=False, child=None
    )
    return render(
        request,
        "panels/list.jinja",
        {
            **listed,
            "query": request.GET.urlencode(),  # the filters, as the export links carry them
            "panels": listed["rows"],
            "panel_type": panel_type,
            "type_choices": PanelType.choices,
            "la_id": la_id,
            "local_authorities": list(scope.local_authorities().order_by("name")),
            "can_change": rules.has_perm("panels.change_panel", request.user),
        },
    )


CASE_EXPORT_HEADERS = (
    "Panel",
    "Date",
    "Type of panel",
    "Case local authority",
    "NHS number",
    "Given name",
    "Family name",
    "Question",
    "Decision",
    "Health's view",
    "Health's view given by",
)


@require_GET
@rule_required("panels.view_panel")
def panel_export(request):
    """The cases heard at the filtered panels, one row each, as CSV or XLSX: every case for
    the DCO, only its own children's for an LA. Audited as a read of each child."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    panels, _, _ = _filtered(request, scope)
    cases = list(
        scope.panels_cases()
        .filter(panel__in=panels.values("pk"))
        .select_related("panel", "child", "local_authority")
        .order_by("-panel__held_on", "panel_id", "pk")
    )
    auditor = Auditor.from_request(request)
    auditor.record(AuditAction.EXPORT, object_type="panels.PanelCase")
    auditor.view_many("children.Child", [c.child for c in cases])
    rows = (
        (
            c.panel.reference,
            c.panel.held_on,
            c.panel.get_panel_type_display(),
            c.local_authority.name,
            c.child.nhs_number,
            c.child.given_name,
            c.child.family_name,
            c.question,
            c.get_decision_display(),
            c.health_view,
            c.health_view_by,
        )
        for c in cases
    )
    return export_response(CASE_EXPORT_HEADERS, rows, filename="panel-cases", fmt=fmt)


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_panel")
def panel_new(request):
    scope = Scope.for_user(request.user)
    form = PanelForm(posted(request), scope=scope)

    def save(data, *, auditor):
        panel = form.save(commit=False)
        panel.icb_id = min(scope.dco_icb_ids)
        if panel.local_authority is not None:
            panel.icb_id = panel.local_authority.parent_id
        services.save_panel(panel, user=request.user, auditor=auditor)
        return panel

    done = save_form(
        request,
        form,
        save,
        done=lambda panel: f"Panel {panel.reference} added",
        to=lambda panel: reverse("panels:detail", args=[panel.pk]),
    )
    return done or _panel_form(request, form, panel=None)


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_panel")
def panel_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    panel = get_object_or_404(scope.panels(), pk=pk)
    form = PanelForm(posted(request), instance=panel, scope=scope)
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.save_panel(
            form.save(commit=False), user=request.user, auditor=auditor
        ),
        done="Panel updated",
        to=reverse("panels:detail", args=[panel.pk]),
    )
    return done or _panel_form(request, form, panel=panel)


def _panel_form(request, form, panel):
    return form_page(
        request,
        "panels/panel_form.jinja",
        form,
        panel=panel,
        back_href=_back(panel),
    )


def _back(panel) -> str:
    return reverse("panels:detail", args=[panel.pk]) if panel else reverse("panels:list")


@require_GET
@rule_required("panels.view_panel")
def panel_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    panel = get_object_or_404(scope.panels().select_related("local_authority"), pk=pk)
    cases = list(
        scope.panels_cases()
        .filter(panel=panel)
        .select_related("child", "local_authority", "decided_by")
        .order_by("pk")
    )
    Auditor.from_request(request).view_many("children.Child", [c.child for c in cases])
    return render(
        request,
        "panels/detail.jinja",
        {
            "panel": panel,
            "attendees": list(panel.attendees.select_related("user")),
            "cases": [(case, decision_tag(case)) for case in cases],
            "can_change": rules.has_perm("panels.change_panel", request.user),
            "back_href": _back(None),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_panel")
def add_attendee(request, pk: int):
    scope = Scope.for_user(request.user)
    panel = get_object_or_404(scope.panels(), pk=pk)
    form = AttendeeForm(posted(request), panel=panel)
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.add_attendee(
            panel, auditor=auditor, **form.attendee_fields()
        ),
        done="Attendee added",
        to=_back(panel),
    )
    return done or form_page(
        request, "panels/attendee_form.jinja", form, panel=panel, back_href=_back(panel)
    )


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_panel")
def add_case(request, pk: int):
    scope = Scope.for_user(request.user)
    panel = get_object_or_404(scope.panels(), pk=pk)
    form = CaseForm(posted(request), panel=panel, children=scope.children())
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.add_case(
            panel, child=data["child"], question=data["question"], auditor=auditor
        ),
        done="Case added to the panel",
        to=_back(panel),
    )
    return done or form_page(
        request, "panels/case_form.jinja", form, panel=panel, back_href=_back(panel)
    )


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_panel")
def case_decision(request, pk: int):
    scope = Scope.for_user(request.user)
    case = get_object_or_404(
        scope.panels_cases().select_related("panel", "child", "decided_by"), pk=pk
    )
    initial = initial_from(case, ("decision", "health_view", "health_view_by"))
    form = DecisionForm(posted(request), initial=initial)
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.record_decision(
            case, user=request.user, auditor=auditor, **data
        ),
        done="Decision recorded",
        to=_back(case.panel),
    )
    if done:
        return done
    Auditor.from_request(request).view(case.child)
    return form_page(
        request,
        "panels/decision_form.jinja",
        form,
        case=case,
        panel=case.panel,
        back_href=_back(case.panel),
    )
