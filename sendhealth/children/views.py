"""Find a child, register one, see and correct their record.

Children are reached only through ``Scope.for_user``: a child outside the user's scope is a
404, a role without the permission a 403. Every page that shows a child's personal data writes
an audit entry. A search for a child is a POST, so names and NHS numbers stay out of URLs.
"""

from __future__ import annotations

import rules
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.advice.models import OPEN_REQUEST_STATUSES
from sendhealth.children.forms import (
    DUPLICATE_NHS_NUMBER,
    ChildFilterForm,
    ChildForm,
    ChildSearchForm,
    MoveChildForm,
    MovedChildForm,
)
from sendhealth.children.presenters import ChildPresenter, child_rows
from sendhealth.children.services import record_move, save_child
from sendhealth.core.audit import Auditor
from sendhealth.core.generic import posted, search_or_page
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.timeline import child_timeline

SEARCH_LIMIT = 50


@require_http_methods(["GET", "POST"])
@rule_required("children.view_child")
def child_list(request):
    """GET: the children most recently added in scope. POST: a search by NHS number or name."""
    scope = Scope.for_user(request.user)
    filter_form = ChildFilterForm(request.GET)
    children = filter_form.filter(scope.children().select_related("local_authority"))
    form = ChildSearchForm(posted(request))
    listed = search_or_page(
        request,
        form,
        children.order_by("-created_at", "-pk"),
        lambda found, form: form.search.filter(_within_own_areas(scope, found)).order_by(
            "family_name", "given_name", "pk"
        ),
        audit_as="children.Child",
    )
    shown = listed.pop("shown")
    Auditor.from_request(request).view_many("children.Child", shown)
    return render(
        request,
        "children/list.jinja",
        {
            "form": form,
            "filter_form": filter_form,
            "filter_query": filter_form.query,
            "searched": listed["searched"],
            "rows": child_rows(shown),
            "more": listed["more"],
            "search_limit": listed["search_limit"],
            "page": listed["page"],
            "page_links": listed["pagination"],
            "can_register": rules.has_perm("children.add_child", request.user),
            "can_find_moved": rules.has_perm("children.move_in", request.user),
        },
    )


def _within_own_areas(scope: Scope, children):
    """The children of a DCO's or a local authority's own local authorities, named by id (one
    small query), so a search by name reads the area's children through the index that leads
    with the local authority rather than every child in England (a name search matches parts
    of names, which no index on the name can bound). The scope already holds no others: this
    only tells the database where to look. A provider's children are those routed to its
    services, in any local authority: left as they are."""
    if scope.is_provider:
        return children
    la_ids = list(scope.local_authorities().values_list("pk", flat=True))
    return children.filter(local_authority_id__in=la_ids)


@require_http_methods(["GET", "POST"])
@rule_required("children.add_child")
def child_new(request):
    scope = Scope.for_user(request.user)
    form = ChildForm(posted(request), scope=scope)
    if request.method == "POST" and form.is_valid():
        child = _save(request, form)
        if child is not None:
            messages.success(request, "Child registered")
            return redirect("children:detail", pk=child.pk)
    return _render_form(request, form, child=None)


@require_GET
@rule_required("children.view_child")
def child_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    child = get_object_or_404(scope.children().select_related("local_authority", "setting"), pk=pk)
    advice_requests = list(
        scope.advice_requests().filter(child=child).order_by("-health_received_on", "-pk")
    )
    Auditor.from_request(request).view(child)
    open_request = next((r for r in advice_requests if r.status in OPEN_REQUEST_STATUSES), None)
    may_raise = rules.has_perm("advice.raise_request", request.user)
    return render(
        request,
        "children/detail.jinja",
        {
            "child": child,
            "record": ChildPresenter(child, timezone.localdate()),
            "advice_requests": advice_requests,
            "timeline": child_timeline(scope, child),
            "open_request": open_request,
            "may_raise": may_raise,
            "can_raise": may_raise and open_request is None,
            "can_edit": rules.has_perm("children.add_child", request.user),
            "can_move": rules.has_perm("children.move_child", request.user),
            "safeguarding_href": (
                _url("safeguarding:new", child.pk)
                if rules.has_perm("safeguarding.change_referral", request.user)
                else None
            ),
            "back_href": _url("children:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("children.add_child")
def child_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    child = get_object_or_404(scope.children().select_related("local_authority"), pk=pk)
    form = ChildForm(posted(request), instance=child, scope=scope)
    if request.method == "POST" and form.is_valid() and _save(request, form) is not None:
        messages.success(request, "Record updated")
        return redirect("children:detail", pk=child.pk)
    return _render_form(request, form, child=child)


def _save(request, form: ChildForm):
    """Save and audit in one transaction (field names only in the audit, never values). A
    concurrent registration of the same NHS number comes back as the form's error."""
    try:
        child = save_child(form, auditor=Auditor.from_request(request))
    except IntegrityError:
        form.add_error("nhs_number", DUPLICATE_NHS_NUMBER)
        return None
    return child


def _render_form(request, form: ChildForm, child):
    return render(
        request,
        "children/form.jinja",
        {
            "form": form,
            "child": child,
            "form_has_errors": bool(form.errors),
            "back_href": _url("children:detail", child.pk) if child else _url("children:list"),
            "can_find_moved": rules.has_perm("children.move_in", request.user),
        },
    )


def _url(name: str, *args) -> str:
    return reverse(name, args=args or None)


# -- children who move between local authorities ---------------------------------------------


@require_http_methods(["GET", "POST"])
@rule_required("children.move_in")
def child_moved_in(request):
    """A local authority finds a child registered by another local authority of its ICB, by NHS
    number and date of birth together (a POST, audited), and records that the child has moved
    to it. Nothing of the other local authority's work is shown, before or after."""
    scope = Scope.for_user(request.user)
    form = MovedChildForm(
        posted(request),
        local_authorities=scope.local_authorities().filter(pk__in=scope.la_ids),
    )
    lookup = None
    if request.method == "POST" and form.is_valid():
        auditor = Auditor.from_request(request)
        auditor.record(AuditAction.SEARCH, object_type="children.Child")
        lookup = scope.child_moving_in(
            form.cleaned_data["nhs_number"], form.cleaned_data["date_of_birth"]
        )
        child = lookup.child
        if child is not None and not lookup.already_ours:
            if request.POST.get("confirm") == "yes":
                to = form.to_local_authority
                from_name = child.local_authority.name
                record_move(child, to_local_authority=to, auditor=auditor)
                messages.success(request, f"Moved from {from_name} to {to.name}")
                return redirect("children:detail", pk=child.pk)
            auditor.view(child)
    return render(
        request,
        "children/moved_in.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "lookup": lookup,
            "can_register": rules.has_perm("children.add_child", request.user),
            "back_href": _url("children:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("children.move_child")
def child_move(request, pk: int):
    """The DCO team records that a child has moved to another local authority (to another
    ICB's, the record is handed over to that ICB: docs/architecture.md)."""
    scope = Scope.for_user(request.user)
    child = get_object_or_404(scope.children().select_related("local_authority"), pk=pk)
    form = MoveChildForm(posted(request), child=child, own_icb_ids=scope.dco_icb_ids)
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        to = form.cleaned_data["to_local_authority"]
        from_name = child.local_authority.name
        try:
            record_move(child, to_local_authority=to, auditor=auditor)
        except ValidationError as error:
            form.add_error("to_local_authority", error)
        else:
            messages.success(request, f"Moved from {from_name} to {to.name}")
            if to.parent_id in scope.dco_icb_ids:
                return redirect("children:detail", pk=child.pk)
            return redirect("children:list")
    auditor.view(child)
    return render(
        request,
        "children/move.jinja",
        {
            "child": child,
            "form": form,
            "form_has_errors": bool(form.errors),
            "back_href": _url("children:detail", child.pk),
        },
    )
