"""Safeguarding referrals: the list (filters, pagination, downloads), a referral's page,
recording one from a child's record and changing it.

Very sensitive: referrals are reached only through ``Scope.for_user`` (the DCO and DCO team of
the ICB; the child's local authority, read-only; never a provider), and every page that shows
one writes an audit entry. Filters are ids and codes in the query string, never personal data.
"""

from __future__ import annotations

import rules
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.generic import initial_from, posted, searched_list_page
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.safeguarding import services
from sendhealth.safeguarding.forms import ReferralFilterForm, ReferralForm
from sendhealth.safeguarding.presenters import (
    EXPORT_HEADERS,
    export_row,
    follow_up_tag,
    referral_row,
    summary_rows,
)
from sendhealth.safeguarding.queries import overdue, referrals


def _filtered(request, scope: Scope):
    today = timezone.localdate()
    form = ReferralFilterForm(request.GET or None, local_authorities=scope.local_authorities())
    found = referrals(scope)
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("follow_up") == "overdue":
        found = overdue(found, today)
    elif data.get("follow_up") == "open":
        found = found.filter(follow_up_done_on__isnull=True, follow_up_due_on__isnull=False)
    elif data.get("follow_up") == "done":
        found = found.filter(follow_up_done_on__isnull=False)
    if data.get("made_to"):
        found = found.filter(made_to=data["made_to"])
    if data.get("la"):
        found = found.filter(local_authority=data["la"])
    if data.get("follow_up") != "overdue":
        found = found.order_by("-referred_on", "-pk")
    return form, found


@require_http_methods(["GET", "POST"])
@rule_required("safeguarding.view_referral")
def referral_list(request):
    """GET: the filtered list. POST: a search (reference, NHS number or name) within it."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    form, found = _filtered(request, scope)
    listed = searched_list_page(request, found, lambda r: referral_row(r, today), prefix="SG")
    return render(request, "safeguarding/list.jinja", {"filter_form": form, **listed})


@require_GET
@rule_required("safeguarding.view_referral")
def referral_export(request):
    """The filtered list as CSV or XLSX (``?format=xlsx``), each child audited as viewed."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    _, found = _filtered(request, scope)
    rows = list(found)
    auditor = Auditor.from_request(request)
    auditor.record(AuditAction.VIEW, object_type="safeguarding.SafeguardingReferral")
    auditor.view_many("children.Child", list({r.child_id: r.child for r in rows}.values()))
    return export_response(
        EXPORT_HEADERS,
        [export_row(r) for r in rows],
        filename="safeguarding-referrals",
        fmt=fmt,
    )


def _scoped(scope: Scope, pk: int):
    return get_object_or_404(
        scope.safeguarding_referrals().select_related("child", "local_authority", "created_by"),
        pk=pk,
    )


@require_GET
@rule_required("safeguarding.view_referral")
def referral_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    referral = _scoped(scope, pk)
    today = timezone.localdate()
    Auditor.from_request(request).view(referral)
    return render(
        request,
        "safeguarding/detail.jinja",
        {
            "referral": referral,
            "child": referral.child,
            "rows": summary_rows(referral, today),
            "status_tag": follow_up_tag(referral, today),
            "can_change": rules.has_perm("safeguarding.change_referral", request.user),
            "back_href": reverse("safeguarding:list"),
        },
    )


def _render_form(request, form, child, referral=None):
    return render(
        request,
        "safeguarding/form.jinja",
        {
            "form": form,
            "child": child,
            "referral": referral,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("safeguarding:detail", args=[referral.pk])
            if referral
            else reverse("children:detail", args=[child.pk]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("safeguarding.change_referral")
def referral_new(request, child_pk: int):
    """Record a referral about a child of the DCO's area (from the child's record)."""
    scope = Scope.for_user(request.user)
    child = get_object_or_404(
        scope.children()
        .filter(local_authority__parent_id__in=scope.dco_icb_ids)
        .select_related("local_authority"),
        pk=child_pk,
    )
    form = ReferralForm(posted(request))
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        referral = services.record_referral(
            child, form.cleaned_data, auditor=auditor, user=request.user
        )
        messages.success(request, f"Safeguarding referral {referral.reference} recorded")
        return redirect("safeguarding:detail", pk=referral.pk)
    auditor.view(child)
    return _render_form(request, form, child)


@require_http_methods(["GET", "POST"])
@rule_required("safeguarding.change_referral")
def referral_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    referral = _scoped(scope, pk)
    initial = initial_from(referral, services.FIELDS)
    form = ReferralForm(posted(request), initial=initial)
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        services.update_referral(referral, form.cleaned_data, auditor=auditor)
        messages.success(request, f"Safeguarding referral {referral.reference} updated")
        return redirect("safeguarding:detail", pk=referral.pk)
    auditor.view(referral)
    return _render_form(request, form, referral.child, referral)
