"""The inspection forms. A form that is not valid writes nothing."""

from __future__ import annotations

from django import forms

from sendhealth.core.forms import NHSDateField, NHSNumberField, RequiredDateField
from sendhealth.inspections.models import InspectionKind


class InspectionForm(forms.Form):
    kind = forms.ChoiceField(
        label="Kind of inspection",
        choices=InspectionKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the kind of inspection"},
    )
    notified_on = RequiredDateField(
        label="Date notified",
        help_text="The day the inspectorates told the area, for example 27 3 2026",
        required_message="Enter the date the inspection was notified",
        past_only=True,
    )
    starts_on = RequiredDateField(
        label="Date the inspection starts",
        help_text="For example, 2 4 2026",
        required_message="Enter the date the inspection starts",
    )
    ends_on = NHSDateField(label="Date the inspection ends", required=False)
    notes = forms.CharField(
        label="Notes",
        required=False,
        widget=forms.Textarea,
        max_length=5000,
        help_text="For example, the lead inspectors' contact arrangements. No personal data.",
        error_messages={"max_length": "Notes must be 5,000 characters or fewer"},
    )

    def clean(self):
        cleaned = super().clean()
        notified, starts, ends = (
            cleaned.get("notified_on"),
            cleaned.get("starts_on"),
            cleaned.get("ends_on"),
        )
        if notified and starts and starts < notified:
            self.add_error("starts_on", "The inspection must start on or after the date notified")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "The inspection must end on or after the day it starts")
        return cleaned


class DeepDiveForm(forms.Form):
    """The child an inspector picked, by NHS number (a POST: never in the address)."""

    nhs_number = NHSNumberField(label="NHS number of the child the inspectors picked")
