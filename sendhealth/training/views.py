"""The training register: sessions the DCO service delivered (with attendance by organisation
and role, and evaluation scores), training needs, and the figures by topic and organisation.
No child appears here."""

from __future__ import annotations

from datetime import date, timedelta

import rules
from django.contrib import messages
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.forms import date_parts
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.training import figures, services
from sendhealth.training.forms import AttendanceForm, NeedForm, NeedStatusForm, SessionForm
from sendhealth.training.presenters import (
    NEED_HEAD,
    ORGANISATION_HEAD,
    SESSION_HEAD,
    TOPIC_HEAD,
    need_row,
    organisation_table,
    session_row,
    summary_rows,
    topic_table,
)


def _posted(request):
    return request.POST if request.method == "POST" else None


def _icb(scope: Scope):
    from sendhealth.organisations.models import Organisation

    if not scope.dco_icb_ids:
        raise Http404
    return Organisation.objects.get(pk=min(scope.dco_icb_ids))


def year_to(today: date) -> tuple[date, date]:
    return today - timedelta(days=364), today


@require_GET
@rule_required("training.view_training")
def session_list(request):
    scope = Scope.for_user(request.user)
    found = scope.training_sessions().annotate(people=Sum("attendance__attendees"))
    page = paginate(request, found.order_by("-delivered_on", "-pk"))
    return render(
        request,
        "training/list.jinja",
        {
            "head": SESSION_HEAD,
            "rows": [session_row(s) for s in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
            "can_change": rules.has_perm("training.change_training", request.user),
            "can_see_figures": rules.has_perm("training.view_figures", request.user),
        },
    )


def _session_form_page(request, form, session=None):
    return render(
        request,
        "training/form.jinja",
        {
            "form": form,
            "session": session,
            "form_has_errors": bool(form.errors),
            "parts": {"delivered_on": date_parts(form, "delivered_on")},
            "back_href": reverse("training:detail", args=[session.pk])
            if session
            else reverse("training:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def session_new(request):
    scope = Scope.for_user(request.user)
    icb = _icb(scope)
    form = SessionForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        session = services.record_session(
            icb, form.cleaned_data, auditor=Auditor.from_request(request), user=request.user
        )
        messages.success(request, f"Training session {session.reference} recorded")
        return redirect("training:detail", pk=session.pk)
    return _session_form_page(request, form)


def _session(scope: Scope, pk: int):
    return get_object_or_404(scope.training_sessions(), pk=pk)


@require_GET
@rule_required("training.view_training")
def session_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    session = _session(scope, pk)
    attendance = list(session.attendance.select_related("organisation"))
    return render(
        request,
        "training/detail.jinja",
        {
            "session": session,
            "rows": summary_rows(session),
            "attendance": [
                [
                    {"text": a.organisation.name},
                    {"text": a.get_role_display()},
                    {"text": a.attendees, "format": "numeric"},
                ]
                for a in attendance
            ],
            "total": sum(a.attendees for a in attendance),
            "can_change": rules.has_perm("training.change_training", request.user)
            and session.icb_id in scope.dco_icb_ids,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def session_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    session = _session(scope, pk)
    initial = {name: getattr(session, name) for name in services.SESSION_FIELDS}
    form = SessionForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_session(session, form.cleaned_data, auditor=Auditor.from_request(request))
        messages.success(request, f"Training session {session.reference} updated")
        return redirect("training:detail", pk=session.pk)
    return _session_form_page(request, form, session)


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def attendance_add(request, pk: int):
    """Who attended: a number of people of one organisation in one role."""
    scope = Scope.for_user(request.user)
    session = _session(scope, pk)
    form = AttendanceForm(_posted(request), organisations=scope.training_organisations())
    if request.method == "POST" and form.is_valid():
        services.record_attendance(
            session, form.cleaned_data, auditor=Auditor.from_request(request)
        )
        messages.success(request, f"Attendance at {session.reference} recorded")
        return redirect("training:detail", pk=session.pk)
    return render(
        request,
        "training/attendance.jinja",
        {
            "form": form,
            "session": session,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("training:detail", args=[session.pk]),
        },
    )


@require_GET
@rule_required("training.view_training")
def need_list(request):
    scope = Scope.for_user(request.user)
    can_change = rules.has_perm("training.change_training", request.user)
    page = paginate(request, scope.training_needs().select_related("organisation"))
    return render(
        request,
        "training/needs.jinja",
        {
            "head": NEED_HEAD,
            "rows": [need_row(n, can_change=can_change) for n in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
            "can_change": can_change,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def need_new(request):
    scope = Scope.for_user(request.user)
    icb = _icb(scope)
    form = NeedForm(_posted(request), organisations=scope.training_organisations())
    if request.method == "POST" and form.is_valid():
        services.record_need(
            icb, form.cleaned_data, auditor=Auditor.from_request(request), user=request.user
        )
        messages.success(request, "Training need recorded")
        return redirect("training:needs")
    return render(
        request,
        "training/need_form.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "parts": {"identified_on": date_parts(form, "identified_on")},
            "back_href": reverse("training:needs"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def need_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    need = get_object_or_404(scope.training_needs().select_related("organisation"), pk=pk)
    form = NeedStatusForm(
        _posted(request),
        initial={"status": need.status, "met_by": need.met_by_id},
        sessions=scope.training_sessions().filter(topic=need.topic),
    )
    if request.method == "POST" and form.is_valid():
        services.set_need_status(
            need,
            form.cleaned_data["status"],
            form.cleaned_data["met_by"],
            auditor=Auditor.from_request(request),
        )
        messages.success(request, "Training need updated")
        return redirect("training:needs")
    return render(
        request,
        "training/need.jinja",
        {
            "form": form,
            "need": need,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("training:needs"),
        },
    )


@require_GET
@rule_required("training.view_figures")
def figures_page(request):
    """Sessions, attendees and scores by topic and by organisation over the last year."""
    scope = Scope.for_user(request.user)
    suppress = scope.suppresses_small_numbers
    start, end = year_to(timezone.localdate())
    icbs = scope.figure_icb_ids
    totals = figures.totals(icbs, start, end)
    topics = topic_table(figures.by_topic(icbs, start, end), totals, suppress)
    total = topics.rows[-1]
    return render(
        request,
        "training/figures.jinja",
        {
            "start": start,
            "end": end,
            "totals": {"sessions": total[1], "attendees": total[2], "average_score": total[3]},
            "topic_head": TOPIC_HEAD,
            "topic_rows": topics.cells()[:-1] if len(topics.rows) > 1 else [],
            "organisation_head": ORGANISATION_HEAD,
            "organisation_rows": organisation_table(
                figures.by_organisation(icbs, start, end), suppress
            ).cells(),
            "suppress": suppress,
        },
    )
