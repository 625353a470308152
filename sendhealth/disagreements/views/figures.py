"""Figures for the DCO and the board: counts by type and outcome, recommendation responses on
time or late. Aggregates only: no child is named, so the board may see them."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from sendhealth.core.figures_table import figures_table, shown_number
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.disagreements.figures import figures as compute_figures
from sendhealth.disagreements.forms import RequiredDateField


class PeriodForm(forms.Form):
    start = RequiredDateField(label="From", required_message="Enter the start of the period")
    end = RequiredDateField(label="To", required_message="Enter the end of the period")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The end of the period must be on or after its start")
        return cleaned


@require_GET
@rule_required("disagreements.view_figures")
def figures(request):
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    default_start = today - timedelta(days=365)
    if any(key.startswith(("start_", "end_")) for key in request.GET):
        form = PeriodForm(request.GET)
        period = (form.cleaned_data["start"], form.cleaned_data["end"]) if form.is_valid() else None
    else:
        form = PeriodForm(initial={"start": default_start, "end": today})
        period = (default_start, today)
    result = compute_figures(scope.figure_icb_ids, *period, today) if period else None
    shown = _shown(result, scope.suppresses_small_numbers) if result else None
    return render(
        request,
        "disagreements/figures.jinja",
        {
            "form": form,
            "figures": result,
            "shown": shown,
        },
    )


def _shown(result, suppress: bool) -> dict:
    """The tables' counts as shown: for the board (figures only), counts from 1 to 4 are
    "fewer than 5" with a complement (``core.suppression``)."""
    columns = [value for value, _ in result.outcome_columns]
    kinds = [[row.label, row.total, *(row.by_outcome[v] for v in columns)] for row in result.rows]
    rs = result.responses
    responses = [
        ["Recommendations issued", rs.issued],
        ["Answered on time", rs.on_time],
        ["Answered late", rs.late],
        ["Awaiting a response, not yet due", rs.awaiting],
        ["Awaiting a response, overdue", rs.overdue],
    ]
    return {
        "kinds": figures_table(
            [], kinds, suppress=suppress, counts=range(1, 2 + len(columns))
        ).rows,
        "responses": figures_table([], responses, suppress=suppress, counts=[1]).rows,
        "total": shown_number(result.total, suppress),
    }
