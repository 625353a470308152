"""Choosing a report to generate, and the DCO's commentary."""

from __future__ import annotations

from datetime import date

from django import forms

from sendhealth.reports import domain
from sendhealth.reports.models import ReportKind


def _quarters(today: date, count: int = 8) -> list[tuple[str, str]]:
    period = domain.last_complete_quarter(today)
    out = []
    for _ in range(count):
        out.append((period.start.isoformat(), domain.quarter_name(period)))
        period = domain.previous_quarter(period)
    return out


def _years(today: date, count: int = 3) -> list[tuple[str, str]]:
    last = today.year - 1 if today.month >= 4 else today.year - 2
    return [(str(y), f"April {y} to March {y + 1}") for y in range(last, last - count, -1)]


class GenerateForm(forms.Form):
    kind = forms.ChoiceField(
        label="Report",
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the kind of report"},
    )
    quarter = forms.ChoiceField(label="Quarter (for a quarterly update)", required=False)
    year = forms.ChoiceField(label="Financial year (for an annual report)", required=False)
    la = forms.ModelChoiceField(
        label="Local authority",
        queryset=None,
        required=False,
        empty_label="All local authorities of the ICB",
    )

    def __init__(self, *args, local_authorities, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = _quarters(today)
        self.fields["year"].choices = _years(today)
        self.fields["la"].queryset = local_authorities

    def clean(self):
        data = super().clean()
        if data.get("kind") == ReportKind.QUARTERLY:
            if not data.get("quarter"):
                self.add_error("quarter", "Select the quarter")
            else:
                data["period"] = domain.quarter_of(date.fromisoformat(data["quarter"]))
        elif data.get("kind") == ReportKind.ANNUAL:
            if not data.get("year"):
                self.add_error("year", "Select the financial year")
            else:
                data["period"] = domain.financial_year(int(data["year"]))
        return data


class CommentaryForm(forms.Form):
    commentary = forms.CharField(
        label="Commentary",
        help_text=(
            "What the figures mean, what is being done about the gaps and risks, and what the "
            "board is asked to note. Do not name or describe a child."
        ),
        widget=forms.Textarea,
        required=False,
        max_length=20000,
        error_messages={"max_length": "The commentary must be 20,000 characters or fewer"},
    )


class PopulationForm(forms.Form):
    """Children and young people aged 0 to 25 in a local authority, for a year."""

    local_authority = forms.ModelChoiceField(
        label="Local authority",
        queryset=None,
        error_messages={"required": "Select the local authority"},
    )
    year = forms.IntegerField(
        label="Year",
        help_text="The year of the estimate, for example 2025.",
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": "Enter the year of the estimate",
            "invalid": "Enter the year as 4 digits, for example 2025",
            "min_value": "Enter a year from 2000",
            "max_value": "Enter a year before 2100",
        },
    )
    aged_0_to_25 = forms.IntegerField(
        label="Children and young people aged 0 to 25",
        min_value=1,
        max_value=5_000_000,
        error_messages={
            "required": "Enter the number aged 0 to 25",
            "invalid": "Enter the number as digits, for example 84500",
            "min_value": "Enter a number greater than 0",
            "max_value": "Enter a number of 5,000,000 or fewer",
        },
    )
    source = forms.CharField(
        label="Source",
        help_text="For example: ONS mid-year population estimates, mid-2024.",
        max_length=300,
        error_messages={"required": "Enter where the figure comes from"},
    )

    def __init__(self, *args, local_authorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["local_authority"].queryset = local_authorities


class NationalFigureForm(forms.Form):
    """A published national figure a report's figure of the same key is compared with."""

    key = forms.ChoiceField(
        label="Figure", error_messages={"required": "Select the figure it compares with"}
    )
    year = forms.CharField(
        label="Year",
        help_text="The year it is for, as published: for example 2024 or 2024-25.",
        max_length=20,
        error_messages={"required": "Enter the year it is for"},
    )
    value = forms.DecimalField(
        label="Value",
        max_digits=12,
        decimal_places=2,
        error_messages={
            "required": "Enter the national value",
            "invalid": "Enter the value as a number, for example 49.2",
        },
    )
    source = forms.CharField(
        label="Source",
        help_text="The publication and where to find it.",
        max_length=300,
        error_messages={"required": "Enter where the figure comes from"},
    )

    def __init__(self, *args, figures: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"].choices = [("", "Select a figure"), *figures]
