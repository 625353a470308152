"""Figures for the DCO and the board: counts by type and outcome, recommendation responses on
time or late. Aggregates only: no child is named, so the board may see them."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from sendhealth.core.forms import date_parts
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
    return render(
        request,
        "disagreements/figures.jinja",
        {
            "form": form,
            "figures": result,
            "start_parts": date_parts(form, "start"),
            "end_parts": date_parts(form, "end"),
        },
    )
