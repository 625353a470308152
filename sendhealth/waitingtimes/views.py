"""Waiting times and capacity: each service's latest month with the waits over target
flagged, a service's trend, the monthly position form and the CSV import (all or nothing).
Figures about services, never a child; reached through ``Scope.waitingtimes_positions()``."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import export_response
from sendhealth.core.permissions import rule_required, user_can
from sendhealth.core.scoping import Scope
from sendhealth.core.suppression import suppressed_chart
from sendhealth.organisations.models import Service
from sendhealth.waitingtimes import domain, services
from sendhealth.waitingtimes.figures import (
    bands_chart,
    latest_by_service,
    service_trend,
    trend_chart,
)
from sendhealth.waitingtimes.forms import ImportForm, PositionForm
from sendhealth.waitingtimes.gaps import commissioning_gaps
from sendhealth.waitingtimes.presenters import (
    BAND_HEAD,
    change_text,
    gap_table,
    jsna_rows,
    la_tables,
    needs_served_rows,
    position_counts,
    position_month,
    target_tag,
    weeks,
)


def _icb_services(scope: Scope):
    return scope.services().filter(provider__parent_id__in=scope.figure_icb_ids)


@require_GET
@rule_required("waitingtimes.view_positions")
def position_list(request):
    scope = Scope.for_user(request.user)
    latest = latest_by_service(scope.waitingtimes_positions(), timezone.localdate())
    suppress = scope.suppresses_small_numbers
    chart = bands_chart(latest, "Children and young people waiting, by weeks waited")
    return render(
        request,
        "waitingtimes/list.jinja",
        {
            "latest": latest,
            "counts": position_counts([i.position for i in latest], suppress),
            "over": [i for i in latest if i.position.over_target],
            "chart": (suppressed_chart(chart) if suppress else chart) if latest else None,
            "can": user_can(request.user, "waitingtimes.record_position"),
            "target_tag": target_tag,
            "change_text": change_text,
            "band_head": BAND_HEAD,
            "weeks": weeks,
            "position_month": position_month,
        },
    )


@require_GET
@rule_required("waitingtimes.view_positions")
def service_detail(request, service_id: int):
    scope = Scope.for_user(request.user)
    service = get_object_or_404(
        Service.objects.filter(provider__parent_id__in=scope.figure_icb_ids),
        pk=service_id,
    )
    trend = service_trend(scope.waitingtimes_positions(), service.pk)
    newest_first = list(reversed(trend))
    return render(
        request,
        "waitingtimes/service.jinja",
        {
            "service": service,
            "trend": newest_first,
            "counts": position_counts(newest_first, scope.suppresses_small_numbers),
            "chart": trend_chart(trend, service.name) if trend else None,
            "target_tag": target_tag,
            "band_head": BAND_HEAD,
            "weeks": weeks,
            "position_month": position_month,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("waitingtimes.record_position")
def position_new(request):
    scope = Scope.for_user(request.user)
    form = PositionForm(request.POST or None, services=_icb_services(scope))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        position = services.record_position(
            service=data["service"],
            month=data["month"],
            values=data,
            user=request.user,
            auditor=Auditor.from_request(request),
        )
        messages.success(request, "Position recorded")
        return redirect("waitingtimes:service", position.service_id)
    return render(request, "waitingtimes/form.jinja", {"form": form})


@require_http_methods(["GET", "POST"])
@rule_required("waitingtimes.record_position")
def position_import(request):
    scope = Scope.for_user(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    row_errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        result = services.import_csv(
            text=form.cleaned_data["file"],
            services=_icb_services(scope),
            user=request.user,
            auditor=Auditor.from_request(request),
        )
        if not result.errors:
            messages.success(
                request,
                f"Imported {result.created + result.replaced} positions "
                f"({result.created} new, {result.replaced} replaced)",
            )
            return redirect("waitingtimes:list")
        row_errors = result.errors
    return render(
        request,
        "waitingtimes/import.jinja",
        {"form": form, "row_errors": row_errors, "headers": domain.CSV_HEADERS},
    )


@require_GET
@rule_required("waitingtimes.record_position")
def csv_template(request):
    """An empty CSV with the column names, to fill in."""
    response = HttpResponse(",".join(domain.CSV_HEADERS) + "\r\n", content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="waiting-times-template.csv"'
    return response


GAP_HEAD = [
    "Rank",
    "Service",
    "Provider",
    "Requests for advice, last 12 months",
    "Requests, the 12 months before",
    "EHC plans naming a need it serves",
    "Referrals, last 12 months",
    "Caseload",
    "Waiting",
    "92nd percentile wait (weeks)",
    "Target (weeks)",
    "Why it is a gap",
]
JSNA_HEAD = ["Service", "Provider", "Specialty", "Local authority", *GAP_HEAD[3:]]


@require_GET
@rule_required("waitingtimes.view_positions")
def gaps(request):
    scope = Scope.for_user(request.user)
    rows = commissioning_gaps(scope.figure_icb_ids, timezone.localdate())
    suppress = scope.suppresses_small_numbers
    return render(
        request,
        "waitingtimes/gaps.jinja",
        {
            "rows": gap_table(rows, suppress),
            "by_la": la_tables(rows, suppress),
            "needs_served": needs_served_rows(),
            "suppress": suppress,
        },
    )


@require_GET
@rule_required("waitingtimes.view_positions")
def gaps_export(request):
    """The JSNA extract: the same figures by service and local authority, as XLSX."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    rows = commissioning_gaps(scope.figure_icb_ids, today)
    return export_response(
        JSNA_HEAD,
        jsna_rows(rows, scope.suppresses_small_numbers),
        filename=f"jsna-send-health-gaps-{today:%Y-%m-%d}",
        fmt="xlsx",
    )
