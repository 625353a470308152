"""Assessments (the 20-week pathway and health's part), the 20-week figures, and SEN2 in and
out: the import page (upload, progress, errors), the unmatched queue and the export.

Assessments and SEN2 people are reached only through the scope and every page that shows a
child is audited. Searches and filters carry no personal data."""

from __future__ import annotations

import io

import rules
from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.assessments import codelists, demo, domain, exporter, figures, services
from sendhealth.assessments.forms import (
    LinkForm,
    NewAssessmentForm,
    ReviewDecisionForm,
    StepsForm,
    UploadForm,
)
from sendhealth.assessments.importer import live_progress
from sendhealth.assessments.models import ImportStatus
from sendhealth.assessments.presenters import (
    HEADERS,
    assessment_row,
    dfe_table,
    late_plans_table,
    review_rows,
    summary_rows,
)
from sendhealth.core.audit import Auditor
from sendhealth.core.figures_table import shown_number
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope


@require_GET
@rule_required("assessments.view_assessment")
def assessment_list(request):
    """Assessments with health's part; ``?view=at_risk`` gives the DCO's at-risk list."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    found = scope.assessments().select_related("child", "local_authority")
    at_risk_view = request.GET.get("view") == "at_risk"
    found = figures.at_risk(found, today) if at_risk_view else found.order_by("-received_on", "-pk")
    page = paginate(request, figures.with_advice(found))
    shown = list(page.object_list)
    Auditor.from_request(request).view_many("children.Child", [a.child for a in shown if a.child])
    return render(
        request,
        "assessments/list.jinja",
        {
            "rows": [assessment_row(a, figures.health_part(a, today)) for a in shown],
            "headers_cells": [{"text": h} for h in HEADERS],
            "page": page,
            "pagination": page_links(request, page),
            "at_risk_view": at_risk_view,
            "can_record": rules.has_perm("assessments.record_assessment", request.user),
        },
    )


@require_GET
@rule_required("assessments.view_assessment")
def assessment_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    assessment = get_object_or_404(
        figures.with_advice(scope.assessments().select_related("child", "local_authority")),
        pk=pk,
    )
    Auditor.from_request(request).view(assessment)
    part = figures.health_part(assessment, timezone.localdate())
    advice = [
        {
            "reference": r.reference,
            "href": reverse("advice:request", args=[r.pk]),
            "services": [
                f"{a.service.name}: due {format_date(a.due_on)}, "
                + (f"completed {format_date(a.completed_on)}" if a.completed_on else "not complete")
                for a in r.live_assignments
            ],
        }
        for r in assessment.advice_requests.all()
    ]
    # The plan's life (SEN2 5a, as the LA returned it): each annual review meeting and its
    # decision, due 4 weeks after the meeting (rules.review_decision_due).
    weeks = getattr(settings, "SENDHEALTH_REVIEW_DECISION_WEEKS", 4)
    reviews = review_rows(
        scope.assessments_records()
        .filter(
            module="activeplans",
            local_authority_id=assessment.local_authority_id,
            parent_table_id=assessment.requests_table_id,
        )
        .order_by("review_meeting_on", "pk")[:20],
        weeks,
    )
    plan_href = (
        reverse("transitions:plan", args=[assessment.final_plan_id])
        if assessment.final_plan_id
        and scope.transitions_plans().filter(pk=assessment.final_plan_id).exists()
        else ""
    )
    return render(
        request,
        "assessments/detail.jinja",
        {
            "reviews": reviews,
            "plan_href": plan_href,
            "assessment": assessment,
            "rows": summary_rows(assessment, part),
            "advice": advice,
            "can_record": rules.has_perm("assessments.record_assessment", request.user),
        },
    )


def _code_year() -> int:
    """The collection whose code lists the forms offer: the latest sendhealth has."""
    return codelists.years()[-1]


@require_http_methods(["GET", "POST"])
@rule_required("assessments.record_assessment")
def new_assessment(request):
    """Record a request for an EHC needs assessment by hand, for a child of the register (NHS
    number and date of birth together; audited without what was typed)."""
    scope = Scope.for_user(request.user)
    form = NewAssessmentForm(request.POST or None, year=_code_year())
    not_found = False
    if request.method == "POST" and form.is_valid():
        auditor = Auditor.from_request(request)
        auditor.record(AuditAction.SEARCH, object_type="children.Child")
        child = (
            scope.children()
            .filter(
                nhs_number=form.cleaned_data["nhs_number"],
                date_of_birth=form.cleaned_data["date_of_birth"],
            )
            .select_related("local_authority")
            .first()
        )
        if child is not None:
            assessment = services.record_assessment(
                child, form.cleaned_data, user=request.user, auditor=auditor
            )
            messages.success(request, f"Assessment {assessment.reference} recorded")
            return redirect("assessments:detail", pk=assessment.pk)
        not_found = True
    return render(
        request,
        "assessments/new.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors) or not_found,
            "not_found": not_found,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("assessments.record_assessment")
def record_steps(request, pk: int):
    """Record the steps of an assessment: decision, draft, outcome and final plan, exceptions,
    mediation and tribunal, and the plan's end. Statutory dates shown from the rules."""
    scope = Scope.for_user(request.user)
    assessment = get_object_or_404(
        scope.assessments()
        .filter(la_ids_q(scope) | Q(icb_id__in=scope.dco_icb_ids))
        .select_related("child", "local_authority", "final_plan"),
        pk=pk,
    )
    if assessment.received_on is None:
        raise Http404
    form = StepsForm(
        request.POST or None,
        initial=services.initial_steps(assessment),
        received_on=assessment.received_on,
        year=_code_year(),
    )
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        problem = services.final_plan_problem(assessment, form.cleaned_data)
        if problem:
            form.add_error("outcome", problem)
        else:
            services.record_steps(assessment, form.cleaned_data, auditor=auditor)
            messages.success(request, f"Assessment {assessment.reference} updated")
            return redirect("assessments:detail", pk=assessment.pk)
    auditor.view(assessment)
    return render(
        request,
        "assessments/steps.jinja",
        {
            "assessment": assessment,
            "deadlines": assessment.deadlines,
            "form": form,
            "form_has_errors": bool(form.errors),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("assessments.record_assessment")
def record_review(request, pk: int):
    """Record an annual review of the plan, the decision after it (due 4 weeks after the
    meeting) and the next phase transfer (reg 18(1)): the plan's SEN2 5a row, carried to the
    transitions register's plan."""
    scope = Scope.for_user(request.user)
    assessment = get_object_or_404(
        scope.assessments()
        .filter(la_ids_q(scope) | Q(icb_id__in=scope.dco_icb_ids))
        .select_related("child", "local_authority"),
        pk=pk,
    )
    form = ReviewDecisionForm(
        request.POST or None,
        initial=services.initial_review(assessment),
        issued_on=assessment.plan_issued_on,
        year=_code_year(),
    )
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        services.record_review(assessment, form.cleaned_data, auditor=auditor)
        messages.success(request, f"Annual review of {assessment.reference} recorded")
        return redirect("assessments:detail", pk=assessment.pk)
    auditor.view(assessment)
    weeks = getattr(settings, "SENDHEALTH_REVIEW_DECISION_WEEKS", 4)
    return render(
        request,
        "assessments/review.jinja",
        {
            "assessment": assessment,
            "weeks": weeks,
            "form": form,
            "form_has_errors": bool(form.errors),
        },
    )


@require_GET
@rule_required("assessments.view_figures")
def figures_view(request):
    scope = Scope.for_user(request.user)
    year = _year(request)
    # Figures only: the board never sees a child. Counts come from the ICB's rows.
    assessments = _figure_assessments(scope)
    records = _figure_records(scope)
    suppress = scope.suppresses_small_numbers
    return render(
        request,
        "assessments/figures.jinja",
        {
            "year": year,
            "years": range(timezone.localdate().year, timezone.localdate().year - 4, -1),
            "dfe": dfe_table(figures.dfe_figures(assessments, records, year), suppress),
            "by_service": late_plans_table(
                figures.late_plans_by_service(assessments, year), suppress
            ),
            "definitions": domain.DEFINITIONS,
            "at_risk": shown_number(
                figures.at_risk(assessments, timezone.localdate()).count(), suppress
            ),
            "suppress": suppress,
            "is_dco": scope.is_dco,
        },
    )


def _figure_assessments(scope):
    from sendhealth.assessments.scoping import assessments

    return assessments(_icb_scope(scope))


def _figure_records(scope):
    from sendhealth.assessments.scoping import assessments_records

    return assessments_records(_icb_scope(scope))


def _icb_scope(scope):
    """The board reads the ICB's figures as the DCO would (numbers only, never rows)."""
    return Scope(user_id=scope.user_id, dco_icb_ids=scope.figure_icb_ids)


def _year(request) -> int:
    try:
        return int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year - 1


@require_http_methods(["GET", "POST"])
@rule_required("assessments.view_returns")
def returns(request):
    scope = Scope.for_user(request.user)
    can_import = rules.has_perm("assessments.import_return", request.user)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not can_import:
            raise Http404
        if form.is_valid():
            la = scope.local_authorities().filter(pk__in=scope.la_ids).first()
            ret = services.start_import(
                la,
                form.cleaned_data["collection_year"],
                form.cleaned_data["file"],
                user=request.user,
                auditor=Auditor.from_request(request),
            )
            return redirect("assessments:return", pk=ret.pk)
    page = paginate(request, scope.assessments_returns().select_related("local_authority"))
    return render(
        request,
        "assessments/returns.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "can_import": can_import,
            "page": page,
            "pagination": page_links(request, page),
            "unmatched": scope.assessments_persons().filter(child__isnull=True).count(),
            "local_authorities": scope.local_authorities(),
        },
    )


@require_GET
@rule_required("assessments.view_returns")
def return_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    ret = get_object_or_404(scope.assessments_returns().select_related("local_authority"), pk=pk)
    Auditor.from_request(request).view(ret)
    if ret.status == ImportStatus.RUNNING:
        ret.progress = live_progress(ret)
    template = (
        "assessments/_progress.jinja"
        if request.headers.get("HX-Request")
        else "assessments/return.jinja"
    )
    return render(
        request,
        template,
        {
            "ret": ret,
            "running": ret.status in (ImportStatus.PENDING, ImportStatus.RUNNING),
            "rate": f"{100 * ret.match_rate:.1f}%" if ret.match_rate is not None else "",
            # Linking the unmatched is the LA's (it knows its people); the DCO reads the rate.
            "can_link": rules.has_perm("assessments.link_person", request.user),
        },
    )


@require_GET
@rule_required("assessments.import_return")
def demo_return(request):
    """A return for the LA's own children (and a few who are not registered), to try."""
    scope = Scope.for_user(request.user)
    la = scope.local_authorities().filter(pk__in=scope.la_ids).first()
    children = scope.children().filter(local_authority=la).order_by("pk")[:200]
    Auditor.from_request(request).record(AuditAction.VIEW, object_type="assessments.demo_return")
    year = timezone.localdate().year
    rows = demo.build(
        ((c.given_name, c.family_name, c.date_of_birth) for c in children),
        lea=la.code,
        year=year if year in (2025, 2026) else 2026,
    )
    response = HttpResponse(demo.to_bytes(rows), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="sen2-demo-return.zip"'
    return response


@require_GET
@rule_required("assessments.view_returns")
def export_return(request):
    """The LA's return rebuilt from what sendhealth holds: ``?format=zip|xlsx&la=<id>``."""
    fmt = request.GET.get("format", "zip")
    if fmt not in ("zip", "xlsx"):
        raise Http404
    scope = Scope.for_user(request.user)
    try:
        la = scope.local_authorities().get(pk=int(request.GET.get("la", "")))
    except (ValueError, la_missing()):
        raise Http404 from None
    last = scope.assessments_returns().filter(local_authority=la, status=ImportStatus.DONE).first()
    header = (last.counts or {}).get("header", {}) if last else {"lea": la.code}
    Auditor.from_request(request).record(
        AuditAction.VIEW, object_type="assessments.Sen2Export", changes={"la": la.pk}
    )
    buffer = io.BytesIO()
    exporter.export(
        buffer,
        fmt,
        header,
        scope.assessments_persons().filter(local_authority=la),
        scope.assessments().filter(local_authority=la),
        scope.assessments_records().filter(local_authority=la),
    )
    content_type = (
        "application/zip"
        if fmt == "zip"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(buffer.getvalue(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="sen2-{la.code or la.pk}.{fmt}"'
    return response


def la_missing():
    from sendhealth.organisations.models import Organisation

    return Organisation.DoesNotExist


@require_GET
@rule_required("assessments.link_person")
def unmatched(request):
    scope = Scope.for_user(request.user)
    page = paginate(request, scope.assessments_persons().filter(child__isnull=True).order_by("pk"))
    shown = list(page.object_list)
    Auditor.from_request(request).record(
        AuditAction.VIEW, object_type="assessments.Sen2Person", changes={"count": len(shown)}
    )
    return render(
        request,
        "assessments/unmatched.jinja",
        {"people": shown, "page": page, "pagination": page_links(request, page)},
    )


@require_http_methods(["GET", "POST"])
@rule_required("assessments.link_person")
def link(request, pk: int):
    """Link an unmatched person to a child of the LA's register (NHS number and the same date
    of birth), or register the child first."""
    scope = Scope.for_user(request.user)
    person = get_object_or_404(scope.assessments_persons().filter(la_ids_q(scope)), pk=pk)
    form = LinkForm(request.POST or None)
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        number = form.cleaned_data["nhs_number"]
        child = (
            scope.children()
            .filter(nhs_number=number, local_authority_id=person.local_authority_id)
            .first()
        )
        if child is None or child.date_of_birth != person.birth_date:
            form.add_error(
                "nhs_number",
                "No child of your register has this NHS number and the same date of birth: "
                "check the number, or register the child first",
            )
        else:
            services.link_person(person, child, auditor=auditor)
            messages.success(
                request, "Linked: the person's assessments now show on the child's record"
            )
            return redirect("assessments:unmatched")
    auditor.view(person)
    return render(
        request,
        "assessments/link.jinja",
        {"person": person, "form": form, "form_has_errors": bool(form.errors)},
    )


def la_ids_q(scope):
    return Q(local_authority_id__in=scope.la_ids)
