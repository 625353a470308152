"""The dashboard for the DCO team and board viewers: figures only, never a child.

Filters come from the query string (a period and a local authority, nothing personal). The
figures are computed by ``insight.figures`` for the ICBs the user sees figures for.
"""

from __future__ import annotations

import csv

import rules
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.insight.figures import dashboard_figures, timeliness
from sendhealth.insight.forms import DashboardFilterForm
from sendhealth.insight.presenters import (
    percent,
    shown_dashboard,
    timeliness_csv_rows,
    whole_percent,
)


def _filters(request) -> tuple[Scope, DashboardFilterForm]:
    scope = Scope.for_user(request.user)
    form = DashboardFilterForm(request.GET or None, scope=scope, today=timezone.localdate())
    return scope, form


@require_GET
@rule_required("insight.view_dashboard")
def dashboard(request):
    scope, form = _filters(request)
    period = form.reporting_period
    figures = dashboard_figures(
        scope.figure_icb_ids, period.start, period.end, form.la_ids, today=form.today
    )
    query = request.GET.urlencode() if form.is_bound and form.is_valid() else ""
    return render(
        request,
        "insight/dashboard.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "period": period,
            "local_authority": form.local_authority,
            "figures": figures,
            "shown": shown_dashboard(figures, scope.suppresses_small_numbers),
            "suppress": scope.suppresses_small_numbers,
            "can_open_requests": rules.has_perm("advice.view_request", request.user),
            "percent": percent,
            "whole_percent": whole_percent,
            "csv_href": reverse("insight:timeliness_csv") + (f"?{query}" if query else ""),
        },
    )


@require_GET
@rule_required("insight.view_dashboard")
def timeliness_csv(request):
    """The timeliness table as CSV, for the same filters. Filters with errors go back to the
    dashboard, which explains them."""
    scope, form = _filters(request)
    if form.is_bound and not form.is_valid():
        return redirect(reverse("insight:dashboard") + "?" + request.GET.urlencode())
    period = form.reporting_period
    table = timeliness(scope.figure_icb_ids, period.start, period.end, form.la_ids)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"advice-timeliness-{period.start.isoformat()}-to-{period.end.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    csv.writer(response).writerows(timeliness_csv_rows(table, scope.suppresses_small_numbers))
    return response
