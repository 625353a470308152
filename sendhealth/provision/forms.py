"""The forms of provision lines and their delivery. A form that is not valid writes nothing;
every message says what to do next."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from sendhealth.core.forms import NHSDateField, RequiredDateField
from sendhealth.provision import domain
from sendhealth.provision.models import Period, Reason
from sendhealth.provision.returns_csv import parse_month


def _sessions_field(label: str, *, required: str = "") -> forms.IntegerField:
    """A count of sessions in a month (0 to 500), with messages that name it; ``required`` is
    the message when it must be given."""
    messages = {
        "invalid": f"{label} must be a whole number",
        "min_value": f"{label} must be 0 or more",
        "max_value": f"{label} must be 500 or fewer",
    }
    if required:
        messages["required"] = required
    return forms.IntegerField(
        label=label, required=bool(required), min_value=0, max_value=500, error_messages=messages
    )


class LineForm(forms.Form):
    service = forms.ModelChoiceField(
        label="Health service responsible",
        queryset=None,
        empty_label="Choose a service",
        error_messages={
            "required": "Select the health service responsible",
            "invalid_choice": "Select the health service from the list",
        },
    )
    what = forms.CharField(
        label="What is provided",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Enter what is provided"},
    )
    by_whom = forms.CharField(
        label="By whom (role)",
        required=False,
        max_length=200,
        help_text="For example, speech and language therapist.",
    )
    count = forms.IntegerField(
        label="How many sessions",
        required=False,
        min_value=1,
        max_value=200,
        error_messages={
            "invalid": "How many sessions must be a whole number",
            "min_value": "How many sessions must be 1 or more",
            "max_value": "How many sessions must be 200 or fewer",
        },
    )
    period = forms.ChoiceField(
        label="Per",
        required=False,
        choices=[("", "Choose a period"), *list(Period.choices)],
    )
    session_minutes = forms.IntegerField(
        label="Session length in minutes",
        required=False,
        min_value=5,
        max_value=600,
        error_messages={
            "invalid": "Session length must be a whole number of minutes",
            "min_value": "Session length must be 5 minutes or more",
            "max_value": "Session length must be 600 minutes or fewer",
        },
    )
    starts_on = RequiredDateField(label="Start date", required_message="Enter the start date")
    ends_on = NHSDateField(
        label="End date",
        required=False,
        help_text="Leave empty if the line runs until the next review of the plan.",
    )
    vague = forms.BooleanField(
        label="The plan does not say how often in a way that can be counted (a finding)",
        required=False,
    )

    def __init__(self, *args, services_qs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services_qs

    def clean(self):
        data = super().clean()
        vague = data.get("vague")
        if not vague:
            if not data.get("count") and "count" not in self.errors:
                self.add_error("count", "Enter how many sessions, or mark the line as vague")
            if not data.get("period"):
                self.add_error("period", "Select the period, or mark the line as vague")
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", "End date must be on or after the start date")
        return data


SELECT_SERVICE = "Select the health service responsible"


class PasteForm(forms.Form):
    """Section G's text, read into proposed lines; on confirming them (``confirming``), the
    health service responsible for them as well."""

    section_g = forms.CharField(
        label="Section G (health provision) of the plan",
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=50_000,
        help_text="Paste the text. Each statement becomes a proposed line for you to confirm.",
        error_messages={"required": "Paste the text of Section G"},
    )
    service = forms.ModelChoiceField(
        label="Health service responsible for these lines",
        queryset=None,
        required=False,
        error_messages={"invalid_choice": SELECT_SERVICE},
    )

    def __init__(self, *args, services_qs, confirming: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services_qs
        self.confirming = confirming

    def clean(self):
        cleaned = super().clean()
        if self.confirming and not cleaned.get("service") and "service" not in self.errors:
            self.add_error("service", SELECT_SERVICE)
        return cleaned

    @property
    def proposals(self) -> list[domain.ProposedLine]:
        """The lines read from the text, once it is valid (whatever the service)."""
        self.is_valid()
        section_g = self.cleaned_data.get("section_g") if self.is_bound else None
        return domain.propose_lines(section_g) if section_g else []


class MonthField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return parse_month(value)
        except ValueError:
            raise forms.ValidationError("Enter the month, for example 2026-01") from None


class DeliveryForm(forms.Form):
    month = MonthField(
        label="Month",
        help_text="For example, 2026-01",
        error_messages={"required": "Enter the month"},
    )
    delivered = _sessions_field(
        "Sessions delivered", required="Enter how many sessions were delivered (0 if none)"
    )
    not_delivered = _sessions_field("Sessions not delivered")
    reason = forms.ChoiceField(
        label="Why sessions were not delivered",
        required=False,
        choices=Reason.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, line=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line

    def clean(self):
        data = super().clean()
        month = data.get("month")
        if month and month > domain.first_of_month(timezone.localdate()):
            self.add_error("month", "The month must not be after this month")
        elif (
            month
            and self.line
            and not domain.runs_in(month, self.line.starts_on, self.line.ends_on)
        ):
            self.add_error("month", "The line did not run in that month")
        missed = data.get("not_delivered") or 0
        if missed and not data.get("reason"):
            self.add_error("reason", "Select why the sessions were not delivered")
        if data.get("reason") and not missed:
            self.add_error("not_delivered", "Enter how many sessions were not delivered")
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="One row per line and month, with the columns below",
        error_messages={"required": "Choose a CSV file", "empty": "The selected file is empty"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError("The file must be 5 MB or smaller")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError("The file must be a CSV saved as UTF-8") from None


class PolicyForm(forms.Form):
    threshold_percent = forms.IntegerField(
        label="Threshold (per cent delivered)",
        min_value=1,
        max_value=100,
        help_text="A line delivered below this share, for reasons on the service's side, is a "
        "shortfall.",
        error_messages={
            "required": "Enter the threshold",
            "invalid": "The threshold must be a whole number",
            "min_value": "The threshold must be 1 or more",
            "max_value": "The threshold must be 100 or less",
        },
    )
    months = forms.IntegerField(
        label="Over the last (whole months)",
        min_value=1,
        max_value=12,
        error_messages={
            "required": "Enter the number of months",
            "invalid": "The number of months must be a whole number",
            "min_value": "The number of months must be 1 or more",
            "max_value": "The number of months must be 12 or fewer",
        },
    )


class MonthRowForm(forms.Form):
    """One line's delivery in the month, on the page for all of a child's lines. Left empty,
    the line is not recorded this time (it stays "not reported")."""

    delivered = _sessions_field("Sessions delivered")
    not_delivered = _sessions_field("Sessions not delivered")
    reason = forms.ChoiceField(
        label="Why sessions were not delivered",
        required=False,
        choices=[("", "Choose a reason (if any were not delivered)"), *Reason.choices],
    )

    def __init__(self, *args, line, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line
        ref = line.reference
        # Each message names the line, so the error summary says which row to correct.
        self.fields["delivered"].error_messages = {
            k: f"{ref}: {v}" for k, v in self.fields["delivered"].error_messages.items()
        }
        self.fields["not_delivered"].error_messages = {
            k: f"{ref}: {v}" for k, v in self.fields["not_delivered"].error_messages.items()
        }

    @property
    def entered(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(data.get(n) not in (None, "") for n in ("delivered", "not_delivered", "reason"))

    def clean(self):
        data = super().clean()
        ref = self.line.reference
        if not self.entered:
            return data
        if data.get("delivered") is None and "delivered" not in self.errors:
            self.add_error(
                "delivered", f"{ref}: enter how many sessions were delivered (0 if none)"
            )
        missed = data.get("not_delivered") or 0
        if missed and not data.get("reason"):
            self.add_error("reason", f"{ref}: select why the sessions were not delivered")
        if data.get("reason") and not missed:
            self.add_error("not_delivered", f"{ref}: enter how many sessions were not delivered")
        return data


class BaseMonthFormSet(forms.BaseFormSet):
    """A form per line (the lines the user records for, in the order shown): all checked
    before anything is written. The lines come from the server, never from the post."""

    def __init__(self, *args, lines, **kwargs):
        self.lines = list(lines)
        super().__init__(*args, **kwargs)

    def total_form_count(self) -> int:
        return len(self.lines)

    def get_form_kwargs(self, index):
        return {"line": self.lines[index]}

    def add_prefix(self, index) -> str:
        # Keyed by the line, not the row's position: a line added or ended between showing
        # the page and sending it can never take another line's figures.
        if isinstance(index, int) and index < len(self.lines):
            return f"{self.prefix}-{self.lines[index].pk}"
        return super().add_prefix(index)

    def clean(self):
        if any(self.errors):
            return
        if not any(form.entered for form in self.forms):
            raise forms.ValidationError("Enter the delivery of at least one line")


MonthFormSet = forms.formset_factory(MonthRowForm, formset=BaseMonthFormSet, extra=0)
