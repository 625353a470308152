"""The dashboard's filters, read from the query string. They hold nothing personal: a period
and a local authority id, limited to the user's areas."""

from __future__ import annotations

from datetime import date

from django import forms

from sendhealth.core.forms import NHSDateField
from sendhealth.core.scoping import Scope
from sendhealth.insight.periods import (
    DEFAULT_PRESET,
    Period,
    PeriodPreset,
    custom_period,
    preset_period,
)


class DashboardFilterForm(forms.Form):
    """``period`` (a preset), or ``from``/``to`` (dates typed as day, month and year boxes,
    ``from_day``/``from_month``/``from_year``, which win), and ``la``."""

    def __init__(self, data, *, scope: Scope, today: date):
        super().__init__(data)
        self.today = today
        self.fields["period"] = forms.ChoiceField(
            label="Period",
            choices=PeriodPreset.choices,
            required=False,
            error_messages={"invalid_choice": "Select a period from the list"},
        )
        self.fields["from"] = NHSDateField(label="Start date", required=False)
        self.fields["to"] = NHSDateField(label="End date", required=False)
        self.fields["la"] = forms.ModelChoiceField(
            label="Local authority",
            queryset=scope.local_authorities(),
            required=False,
            empty_label="All local authorities",
            error_messages={"invalid_choice": "Select a local authority from the list"},
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("to", "The end date must be the same as or after the start date")
        return cleaned

    @property
    def reporting_period(self) -> Period:
        """The period asked for; the default (last 12 months) while the filters have errors."""
        if not self.is_valid():
            return preset_period(DEFAULT_PRESET, self.today)
        start, end = self.cleaned_data["from"], self.cleaned_data["to"]
        if start or end:
            return custom_period(start, end, self.today)
        return preset_period(self.cleaned_data["period"] or DEFAULT_PRESET, self.today)

    @property
    def local_authority(self):
        return self.cleaned_data.get("la") if self.is_valid() else None

    @property
    def la_ids(self) -> list[int] | None:
        la = self.local_authority
        return [la.pk] if la is not None else None
