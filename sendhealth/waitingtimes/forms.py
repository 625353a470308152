"""The monthly position form and the CSV import form. Nothing is written unless the whole
form is valid."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from sendhealth.waitingtimes import domain

WEEKS = {"min_value": Decimal("0"), "max_value": Decimal("520"), "decimal_places": 1}


def _count(label: str, help_text: str = "") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        min_value=0,
        error_messages={
            "required": f"Enter {label.lower()}",
            "invalid": f"{label} must be a whole number",
            "min_value": f"{label} must be 0 or more",
        },
    )


def _weeks(label: str) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        **WEEKS,
        error_messages={
            "required": f"Enter the {label.lower()}",
            "invalid": f"{label} must be a number of weeks, for example 12.5",
            "min_value": f"{label} must be 0 or more",
            "max_value": f"{label} must be 520 weeks or fewer",
            "max_decimal_places": f"{label} must have no more than 1 decimal place",
        },
    )


class PositionForm(forms.Form):
    service = forms.ModelChoiceField(
        label="Service",
        queryset=None,
        empty_label="Choose a service",
        error_messages={"required": "Select a service", "invalid_choice": "Select a service"},
    )
    month = forms.CharField(
        label="Month",
        help_text="For example, January 2026",
        error_messages={"required": "Enter the month, for example January 2026"},
    )
    referrals_received = _count("Referrals received", "New referrals in the month")
    caseload = _count("Caseload", "Children and young people on the caseload at month end")
    waiting_0_1 = _count("Waiting 0 to 1 weeks")
    waiting_1_2 = _count("Waiting 1 to 2 weeks")
    waiting_2_4 = _count("Waiting 2 to 4 weeks")
    waiting_4_12 = _count("Waiting 4 to 12 weeks")
    waiting_12_18 = _count("Waiting 12 to 18 weeks")
    waiting_18_52 = _count("Waiting 18 to 52 weeks")
    waiting_over_52 = _count("Waiting over 52 weeks")
    median_wait_weeks = _weeks("Median wait in weeks")
    p92_wait_weeks = _weeks("92nd percentile wait in weeks")
    target_weeks = forms.IntegerField(
        label="The service's target in weeks",
        min_value=1,
        max_value=104,
        error_messages={
            "required": "Enter the service's target in weeks",
            "invalid": "The target must be a whole number of weeks",
            "min_value": "The target must be at least 1 week",
            "max_value": "The target must be 104 weeks or fewer",
        },
    )

    def __init__(self, *args, services, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services

    def clean_month(self):
        try:
            return domain._month(self.cleaned_data["month"])
        except ValueError:
            raise forms.ValidationError(
                "Enter the month and year, for example January 2026"
            ) from None

    def clean(self):
        data = super().clean()
        median, p92 = data.get("median_wait_weeks"), data.get("p92_wait_weeks")
        if median is not None and p92 is not None and p92 < median:
            self.add_error(
                "p92_wait_weeks", "The 92nd percentile wait cannot be shorter than the median"
            )
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="In the layout of the community health services waiting list publication",
        error_messages={"required": "Choose a CSV file", "empty": "The file is empty"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise forms.ValidationError("The file must be 2 MB or smaller")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError("The file must be a CSV saved as UTF-8") from None
