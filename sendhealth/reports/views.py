"""Reports for the board and the area: the list (and, for the DCO team, generating one), a
report's page with its charts, the commentary, publishing, and the PDF and Word downloads.
Board viewers reach published reports only (``Scope.reports``)."""

from __future__ import annotations

import csv

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import safe_cell
from sendhealth.core.generic import initial_from, run_action, save_form
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.reporting import Section, records_for
from sendhealth.core.scoping import Scope
from sendhealth.organisations.models import Organisation
from sendhealth.reports import documents, services
from sendhealth.reports.forms import (
    CommentaryForm,
    GenerateForm,
    NationalFigureForm,
    PopulationForm,
)
from sendhealth.reports.generation import collect
from sendhealth.reports.models import NationalFigure, Population
from sendhealth.reports.presenters import (
    comparisons,
    figure_csv_rows,
    figure_value,
    filename,
    find_figure,
    present,
)
from sendhealth.reports.services import title as report_title

PAGE_SIZE = 25


def _report(request, pk: int):
    return get_object_or_404(Scope.for_user(request.user).reports(), pk=pk)


def _detail(report) -> str:
    return reverse("reports:detail", args=[report.pk])


@require_http_methods(["GET", "POST"])
@rule_required("reports.view_report")
def report_list(request):
    scope = Scope.for_user(request.user)
    can_manage = rules.has_perm("reports.manage_report", request.user)
    form = None
    if can_manage:
        form = GenerateForm(
            request.POST or None,
            local_authorities=scope.local_authorities().filter(parent_id__in=scope.dco_icb_ids),
            today=timezone.localdate(),
        )
        done = save_form(
            request,
            form,
            lambda data, *, auditor: services.generate(
                icb=Organisation.objects.get(pk=min(scope.dco_icb_ids)),
                la=data.get("la"),
                kind=data["kind"],
                start=data["period"].start,
                end=data["period"].end,
                user=request.user,
                auditor=auditor,
            ),
            done=lambda report: f"Report {report.reference} generated",
            to=_detail,
        )
        if done:
            return done
    elif request.method == "POST":
        raise PermissionDenied
    reports = list(scope.reports().order_by("-period_end", "kind", "-pk")[: PAGE_SIZE * 4])
    return render(
        request,
        "reports/list.jinja",
        {
            "reports": reports,
            "form": form,
            "form_has_errors": bool(form and form.errors),
            "title_of": services.title,
        },
    )


@require_GET
@rule_required("reports.view_report")
def report_detail(request, pk: int):
    report = _report(request, pk)
    return render(
        request,
        "reports/detail.jinja",
        {
            "shown": present(report),
            "report": report,
            "can_manage": rules.has_perm("reports.manage_report", request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("reports.manage_report")
def report_commentary(request, pk: int):
    report = _report(request, pk)
    if not report.is_draft:
        messages.info(request, "A published report cannot be changed")
        return redirect("reports:detail", report.pk)
    form = CommentaryForm(request.POST or None, initial=initial_from(report, ("commentary",)))
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.save_commentary(
            report, data["commentary"], auditor=auditor
        ),
        done="Commentary saved",
        to=_detail(report),
    )
    if done:
        return done
    return render(
        request,
        "reports/commentary.jinja",
        {"form": form, "report": report, "title": services.title(report)},
    )


@require_POST
@rule_required("reports.manage_report")
def report_publish(request, pk: int):
    report = _report(request, pk)
    if not report.is_draft:
        return redirect(_detail(report))
    return run_action(
        request,
        lambda *, auditor: services.publish(report, user=request.user, auditor=auditor),
        done="Report published: board viewers can now read it",
        to=_detail(report),
    )


@require_POST
@rule_required("reports.manage_report")
def report_regenerate(request, pk: int):
    report = _report(request, pk)
    if not report.is_draft:
        return redirect(_detail(report))
    return run_action(
        request,
        lambda *, auditor: services.generate(
            icb=report.icb,
            la=report.local_authority,
            kind=report.kind,
            start=report.period_start,
            end=report.period_end,
            user=request.user,
            auditor=auditor,
        ),
        done="Figures brought up to date",
        to=_detail(report),
    )


def _download(request, report, content: bytes, content_type: str, extension: str):
    Auditor.from_request(request).record(AuditAction.EXPORT, report, changes={"as": extension})
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename(report, extension)}"'
    return response


@require_GET
@rule_required("reports.view_report")
def report_pdf(request, pk: int):
    report = _report(request, pk)
    return _download(request, report, documents.pdf(present(report)), "application/pdf", "pdf")


@require_GET
@rule_required("reports.view_report")
def report_docx(request, pk: int):
    report = _report(request, pk)
    return _download(
        request,
        report,
        documents.docx(present(report)),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    )


def _comparable_figures(scope) -> dict[str, tuple[str, str]]:
    """The figures the reports give (key: (label, unit)), from the newest report, or from
    today's sections when none has been generated yet."""
    latest = scope.reports().order_by("-generated_at", "-pk").first()
    if latest is not None:
        sections = [Section.from_dict(d) for d in latest.content]
    else:
        icb = Organisation.objects.get(pk=min(scope.dco_icb_ids))
        today = timezone.localdate()
        sections = collect(icb, None, today, today)
    return {f.key: (f.label, f.unit) for s in sections for f in s.figures}


@require_http_methods(["GET", "POST"])
@rule_required("reports.manage_report")
def reference_data(request):
    """The figures the reports compare with: each local authority's population aged 0 to 25
    (for demand per 10,000) and national figures, each with its source and year."""
    scope = Scope.for_user(request.user)
    las = scope.local_authorities().filter(parent_id__in=scope.dco_icb_ids)
    figures = _comparable_figures(scope)
    which = request.POST.get("which") if request.method == "POST" else None
    # Two forms on one page: each its own ids, so the error summary's links and the labels
    # find their own fields (both have a year and a source).
    population_form = PopulationForm(
        request.POST if which == "population" else None,
        local_authorities=las,
        auto_id="population-%s",
    )
    national_form = NationalFigureForm(
        request.POST if which == "national" else None,
        auto_id="national-%s",
        figures=sorted(((k, label) for k, (label, _) in figures.items()), key=lambda kv: kv[1]),
    )
    to = reverse("reports:reference")
    saved = save_form(
        request,
        population_form,
        lambda data, *, auditor: services.record_population(**data, auditor=auditor),
        done=lambda row: f"Population for {row.local_authority.name} saved",
        to=to,
    ) or save_form(
        request,
        national_form,
        lambda data, *, auditor: services.record_national_figure(
            **data, label=figures[data["key"]][0], unit=figures[data["key"]][1], auditor=auditor
        ),
        done=lambda row: f"National figure for {row.label} saved",
        to=to,
    )
    if saved:
        return saved
    return render(
        request,
        "reports/reference.jinja",
        {
            "populations": Population.objects.filter(local_authority__in=las).select_related(
                "local_authority"
            ),
            "nationals": NationalFigure.objects.all(),
            "population_form": population_form,
            "national_form": national_form,
            "which": which,
        },
    )


def _figure(request, pk: int, key: str):
    report = _report(request, pk)
    found = find_figure(report, key)
    if found is None:
        raise Http404("No such figure in this report")
    return report, *found


@require_GET
@rule_required("reports.view_report")
def figure_detail(request, pk: int, key: str):
    """One figure of a report: its definition, period and comparisons, its CSV and, for those
    who may see them, the records behind it."""
    report, section, figure = _figure(request, pk, key)
    can_see_records = rules.has_perm("reports.manage_report", request.user) and bool(
        records_for(key)
    )
    return render(
        request,
        "reports/figure.jinja",
        {
            "report": report,
            "title": report_title(report),
            "section": section,
            "figure": figure,
            "value": figure_value(figure),
            "comparisons": comparisons(figure, report.kind),
            "can_see_records": can_see_records,
        },
    )


@require_GET
@rule_required("reports.view_report")
def figure_csv(request, pk: int, key: str):
    report, section, figure = _figure(request, pk, key)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{report.reference}-{figure.key}.csv"'
    writer = csv.writer(response)
    writer.writerows(
        [safe_cell(c) for c in row] for row in figure_csv_rows(report, section, figure)
    )
    return response


@require_GET
@rule_required("reports.manage_report")
def figure_records(request, pk: int, key: str):
    """The records behind a figure, as they are now, for the report's area and period, from
    the register's scoped queryset (``RECORDS`` in its ``report_sections``)."""
    report, _section, figure = _figure(request, pk, key)
    function = records_for(key)
    if function is None:
        raise Http404("No records are listed for this figure")
    scope = Scope.for_user(request.user)
    found = function(
        scope, report.icb, report.local_authority, report.period_start, report.period_end
    )
    page = paginate(request, found.queryset)
    return render(
        request,
        "reports/records.jinja",
        {
            "report": report,
            "figure": figure,
            "records": found,
            "rows": [found.row(obj) for obj in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
        },
    )
