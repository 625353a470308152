"""The training register: sessions the DCO service delivered (with attendance by organisation
and role, and evaluation scores), training needs, and the figures by topic and organisation.
No child appears here."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import rules
from django.db.models import Sum
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.generic import (
    dco_icb,
    form_page,
    initial_from,
    list_page,
    posted,
    save_form,
)
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


def year_to(today: date) -> tuple[date, date]:
    return today - timedelta(days=364), today


@require_GET
@rule_required("training.view_training")
def session_list(request):
    scope = Scope.for_user(request.user)
    found = scope.training_sessions().annotate(people=Sum("attendance__attendees"))
    return render(
        request,
        "training/list.jinja",
        {
            "head": SESSION_HEAD,
            **list_page(request, found.order_by("-delivered_on", "-pk"), session_row),
            "can_change": rules.has_perm("training.change_training", request.user),
            "can_see_figures": rules.has_perm("training.view_figures", request.user),
        },
    )


def _session_form_page(request, form, session=None):
    return form_page(
        request,
        "training/form.jinja",
        form,
        session=session,
        back_href=reverse("training:detail", args=[session.pk])
        if session
        else reverse("training:list"),
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def session_new(request):
    scope = Scope.for_user(request.user)
    icb = dco_icb(scope)
    form = SessionForm(posted(request))
    saved = save_form(
        request,
        form,
        partial(services.record_session, icb, user=request.user),
        done=lambda session: f"Training session {session.reference} recorded",
        to=lambda session: reverse("training:detail", args=[session.pk]),
    )
    return saved or _session_form_page(request, form)


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
    form = SessionForm(posted(request), initial=initial_from(session, services.SESSION_FIELDS))
    saved = save_form(
        request,
        form,
        partial(services.update_session, session),
        done=f"Training session {session.reference} updated",
        to=reverse("training:detail", args=[session.pk]),
    )
    return saved or _session_form_page(request, form, session)


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def attendance_add(request, pk: int):
    """Who attended: a number of people of one organisation in one role."""
    scope = Scope.for_user(request.user)
    session = _session(scope, pk)
    form = AttendanceForm(posted(request), organisations=scope.training_organisations())
    back = reverse("training:detail", args=[session.pk])
    saved = save_form(
        request,
        form,
        partial(services.record_attendance, session),
        done=f"Attendance at {session.reference} recorded",
        to=back,
    )
    return saved or form_page(
        request, "training/attendance.jinja", form, session=session, back_href=back
    )


@require_GET
@rule_required("training.view_training")
def need_list(request):
    scope = Scope.for_user(request.user)
    can_change = rules.has_perm("training.change_training", request.user)
    return render(
        request,
        "training/needs.jinja",
        {
            "head": NEED_HEAD,
            **list_page(
                request,
                scope.training_needs().select_related("organisation"),
                partial(need_row, can_change=can_change),
            ),
            "can_change": can_change,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def need_new(request):
    scope = Scope.for_user(request.user)
    icb = dco_icb(scope)
    form = NeedForm(posted(request), organisations=scope.training_organisations())
    saved = save_form(
        request,
        form,
        partial(services.record_need, icb, user=request.user),
        done="Training need recorded",
        to=reverse("training:needs"),
    )
    return saved or form_page(
        request,
        "training/need_form.jinja",
        form,
        back_href=reverse("training:needs"),
    )


@require_http_methods(["GET", "POST"])
@rule_required("training.change_training")
def need_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    need = get_object_or_404(scope.training_needs().select_related("organisation"), pk=pk)
    form = NeedStatusForm(
        posted(request),
        initial={"status": need.status, "met_by": need.met_by_id},
        sessions=scope.training_sessions().filter(topic=need.topic),
    )
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.set_need_status(
            need, data["status"], data["met_by"], auditor=auditor
        ),
        done="Training need updated",
        to=reverse("training:needs"),
    )
    return saved or form_page(
        request, "training/need.jinja", form, need=need, back_href=reverse("training:needs")
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
