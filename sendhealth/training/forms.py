"""The training register's forms. A form that is not valid writes nothing; every message says
what to do next."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django import forms
from django.utils import timezone

from sendhealth.core.forms import RequiredDateField
from sendhealth.training.models import AudienceRole, NeedStatus, Topic


def _choice(label: str, choices, what: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[("", f"Choose {what}"), *choices],
        error_messages={
            "required": f"Select {what}",
            "invalid_choice": f"Select {what} from the list",  # noqa: S608 (not SQL)
        },
    )


class SessionForm(forms.Form):
    topic = _choice("Topic", Topic.choices, "the topic")
    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter the session's title",
            "max_length": "Title must be 200 characters or fewer",
        },
    )
    delivered_on = RequiredDateField(
        label="Date delivered",
        help_text="For example, 27 3 2026",
        required_message="Enter the date the session was delivered",
    )
    delivered_by = forms.CharField(
        label="Delivered by",
        required=False,
        max_length=200,
        help_text="For example, the DCO or the designated clinical officer's team",
        error_messages={"max_length": "Delivered by must be 200 characters or fewer"},
    )
    evaluations = forms.IntegerField(
        label="Evaluations returned",
        min_value=0,
        max_value=10000,
        initial=0,
        error_messages={
            "required": "Enter how many evaluations were returned, or 0",
            "invalid": "Evaluations returned must be a whole number, like 12",
            "min_value": "Evaluations returned must be 0 or more",
            "max_value": "Evaluations returned must be 10,000 or fewer",
        },
    )
    average_score = forms.DecimalField(
        label="Average evaluation score (1 to 5)",
        required=False,
        min_value=Decimal(1),
        max_value=Decimal(5),
        decimal_places=2,
        help_text="Leave empty if no evaluations were returned",
        error_messages={
            "invalid": "Average score must be a number, like 4.2",
            "min_value": "Average score must be between 1 and 5",
            "max_value": "Average score must be between 1 and 5",
            "max_decimal_places": "Average score must have 2 decimal places or fewer",
        },
    )
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea, max_length=5000)

    def clean(self):
        cleaned = super().clean()
        delivered = cleaned.get("delivered_on")
        if delivered and delivered > timezone.localdate() + timedelta(days=366):
            self.add_error("delivered_on", "Date delivered must be within the next year")
        missing_score = cleaned.get("average_score") is None and "average_score" not in self.errors
        if cleaned.get("evaluations") and missing_score:
            self.add_error("average_score", "Enter the average score of the evaluations")
        if cleaned.get("evaluations") == 0 and cleaned.get("average_score") is not None:
            self.add_error("evaluations", "Enter how many evaluations the score comes from")
        return cleaned


class AttendanceForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=None,
        empty_label="Choose an organisation",
        error_messages={
            "required": "Select the organisation",
            "invalid_choice": "Select the organisation from the list",
        },
    )
    role = _choice("Role", AudienceRole.choices, "the role")
    attendees = forms.IntegerField(
        label="Number who attended",
        min_value=1,
        max_value=5000,
        error_messages={
            "required": "Enter how many attended",
            "invalid": "Number who attended must be a whole number, like 8",
            "min_value": "Number who attended must be 1 or more",
            "max_value": "Number who attended must be 5,000 or fewer",
        },
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class NeedForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=None,
        empty_label="Choose an organisation",
        error_messages={
            "required": "Select the organisation",
            "invalid_choice": "Select the organisation from the list",
        },
    )
    topic = _choice("Topic", Topic.choices, "the topic")
    role = _choice("Who needs it", AudienceRole.choices, "who needs it")
    description = forms.CharField(
        label="What is needed",
        widget=forms.Textarea,
        max_length=2000,
        error_messages={
            "required": "Enter what training is needed",
            "max_length": "What is needed must be 2,000 characters or fewer",
        },
    )
    identified_on = RequiredDateField(
        label="Date identified",
        help_text="For example, 27 3 2026",
        required_message="Enter the date the need was identified",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations

    def clean(self):
        cleaned = super().clean()
        found = cleaned.get("identified_on")
        if found and found > timezone.localdate():
            self.add_error("identified_on", "Date identified must be today or in the past")
        return cleaned


class NeedStatusForm(forms.Form):
    status = forms.ChoiceField(
        label="Status",
        choices=NeedStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the status"},
    )
    met_by = forms.ModelChoiceField(
        label="Session that met it",
        required=False,
        queryset=None,
        empty_label="Choose a session",
        error_messages={"invalid_choice": "Select the session from the list"},
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["met_by"].queryset = sessions
        self.fields["met_by"].label_from_instance = lambda s: f"{s.reference}: {s.title}"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == NeedStatus.MET and not cleaned.get("met_by"):
            self.add_error("met_by", "Select the session that met the need")
        return cleaned
