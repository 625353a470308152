"""The safeguarding referral form and the list's filters. A form that is not valid writes
nothing; every message says what to do next."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from sendhealth.core.forms import NHSDateField
from sendhealth.safeguarding.domain import date_errors
from sendhealth.safeguarding.models import Origin, Recipient


class ReferralForm(forms.Form):
    origin = forms.ChoiceField(
        label="Who made the referral?",
        choices=Origin.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select who made the referral",
            "invalid_choice": "Select who made the referral from the list",
        },
    )
    made_to = forms.ChoiceField(
        label="Who was the referral made to?",
        choices=Recipient.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select who the referral was made to",
            "invalid_choice": "Select who the referral was made to from the list",
        },
    )
    made_to_detail = forms.CharField(
        label="Organisation or team (optional unless Other)",
        help_text="For example, Northshire MASH or the youth offending team",
        max_length=200,
        required=False,
        error_messages={"max_length": "Organisation or team must be 200 characters or fewer"},
    )
    referred_on = NHSDateField(label="Date of referral", help_text="For example, 27 3 2026")
    reason = forms.CharField(
        label="Reason for the referral",
        help_text="A short summary of the concern. Record no more than the DCO service needs.",
        widget=forms.Textarea,
        max_length=2000,
        error_messages={
            "required": "Enter the reason for the referral",
            "max_length": "Reason must be 2,000 characters or fewer",
        },
    )
    follow_up_due_on = NHSDateField(
        label="Follow-up due date",
        required=False,
        help_text="When the DCO service should check what happened. Leave empty if none.",
    )
    follow_up_done_on = NHSDateField(
        label="Date follow-up done",
        required=False,
        help_text="Leave empty until the follow-up is done.",
    )
    outcome = forms.CharField(
        label="Outcome (optional)",
        widget=forms.Textarea,
        max_length=2000,
        required=False,
        error_messages={"max_length": "Outcome must be 2,000 characters or fewer"},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("made_to") == Recipient.OTHER and not cleaned.get("made_to_detail"):
            self.add_error("made_to_detail", "Enter the organisation or team the referral went to")
        errors = date_errors(
            cleaned.get("referred_on"),
            cleaned.get("follow_up_due_on"),
            cleaned.get("follow_up_done_on"),
            timezone.localdate(),
        )
        for name, message in errors.items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned


FOLLOW_UP_FILTERS = (
    ("overdue", "Follow-up overdue"),
    ("open", "Follow-up not done"),
    ("done", "Follow-up done"),
)


class ReferralFilterForm(forms.Form):
    """The list's filters, by GET: ids and codes only, nothing personal."""

    follow_up = forms.ChoiceField(
        label="Follow-up", required=False, choices=[("", "All"), *FOLLOW_UP_FILTERS]
    )
    made_to = forms.ChoiceField(
        label="Made to", required=False, choices=[("", "Anyone"), *Recipient.choices]
    )
    la = forms.ModelChoiceField(
        label="Local authority", required=False, queryset=None, empty_label="All"
    )

    def __init__(self, *args, local_authorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["la"].queryset = local_authorities
