"""The forms of individual healthcare plans. A form that is not valid writes nothing; every
message says what to do next."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from sendhealth.core.forms import (
    NHS_NUMBER_EXAMPLE,
    NHSDateField,
    NHSNumberField,
    RequiredDateField,
    ReviewDatesMixin,
    add_errors,
)
from sendhealth.medicalconditions.domain import plan_date_errors, training_date_errors
from sendhealth.medicalconditions.models import ConditionArea, SettingType

INVALID_NHS_NUMBER = f"Enter a valid NHS number, 10 digits, for example {NHS_NUMBER_EXAMPLE}"
YES_NO = (("yes", "Yes"), ("no", "No"))


class FindChildForm(forms.Form):
    """Find the child a plan is for: NHS number and date of birth must both match."""

    nhs_number = NHSNumberField()
    date_of_birth = NHSDateField(
        label="Date of birth", past_only=True, help_text="For example, 27 3 2015"
    )


class PlanForm(forms.Form):
    condition_area = forms.ModelChoiceField(
        label="Condition area",
        queryset=ConditionArea.objects.filter(is_active=True),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="Record no clinical detail: the plan itself stays with the school.",
        error_messages={
            "required": "Select the condition area",
            "invalid_choice": "Select the condition area from the list",
        },
    )
    emergency_medication = forms.ChoiceField(
        label="May the pupil need emergency medication at school?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text="For example an adrenaline auto-injector, buccal midazolam or glucagon.",
        error_messages={"required": "Select yes if the pupil may need emergency medication"},
    )
    setting = forms.ModelChoiceField(
        label="School or college",
        queryset=None,
        empty_label="Choose a school or college",
        error_messages={
            "required": "Select the school or college",
            "invalid_choice": "Select the school or college from the list",
        },
    )
    setting_type = forms.ChoiceField(
        label="Type of setting",
        choices=[("", "Choose a type"), *SettingType.choices],
        error_messages={
            "required": "Select the type of setting",
            "invalid_choice": "Select the type of setting from the list",
        },
    )
    service = forms.ModelChoiceField(
        label="Health service that contributed to or signed off the plan",
        queryset=None,
        empty_label="Choose a service",
        error_messages={
            "required": "Select the health service that contributed to the plan",
            "invalid_choice": "Select the health service from the list",
        },
    )
    professional = forms.CharField(
        label="Health professional who contributed",
        help_text="Name and role, for example Sam Patel, school nurse",
        max_length=200,
        error_messages={
            "required": "Enter the health professional who contributed",
            "max_length": "Health professional must be 200 characters or fewer",
        },
    )
    agreed_on = RequiredDateField(
        label="Date the plan was agreed",
        help_text="For example, 27 3 2026",
        required_message="Enter the date the plan was agreed",
    )
    review_due_on = RequiredDateField(
        label="Review date",
        help_text="Plans are reviewed at least every year, or sooner if needs change",
        required_message="Enter the review date",
    )

    def __init__(self, *args, settings_qs, services_qs, with_end: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["setting"].queryset = settings_qs
        self.fields["service"].queryset = services_qs
        if with_end:
            self.fields["ended_on"] = NHSDateField(
                label="Date the plan ended",
                required=False,
                help_text="Only if the plan is no longer needed or the pupil left",
            )

    def clean(self):
        cleaned = super().clean()
        cleaned["emergency_medication"] = cleaned.get("emergency_medication") == "yes"
        add_errors(
            self,
            plan_date_errors(
                cleaned.get("agreed_on"),
                cleaned.get("review_due_on"),
                cleaned.get("ended_on"),
                timezone.localdate(),
            ),
        )
        return cleaned


class TrainingForm(forms.Form):
    trained_staff = forms.IntegerField(
        label="How many staff are trained to give this pupil's care and medicines?",
        min_value=0,
        max_value=500,
        error_messages={
            "required": "Enter how many staff are trained",
            "invalid": "Number of staff trained must be a whole number, like 3",
            "min_value": "Number of staff trained must be 0 or more",
            "max_value": "Number of staff trained must be 500 or fewer",
        },
    )
    trained_on = RequiredDateField(
        label="Date of the training",
        help_text="For example, 27 3 2026",
        required_message="Enter the date of the training",
    )
    training_delivered_by = forms.CharField(
        label="Who delivered the training",
        help_text="For example, the school nursing team or the epilepsy nurse specialist",
        max_length=200,
        error_messages={
            "required": "Enter who delivered the training",
            "max_length": "Who delivered the training must be 200 characters or fewer",
        },
    )

    def clean(self):
        cleaned = super().clean()
        add_errors(self, training_date_errors(cleaned.get("trained_on"), timezone.localdate()))
        return cleaned


class ReviewForm(ReviewDatesMixin):
    review_field = "done_on"
    next_field = "next_due_on"

    done_on = RequiredDateField(
        label="Date of the review",
        help_text="For example, 27 3 2026",
        required_message="Enter the date of the review",
    )
    next_due_on = RequiredDateField(
        label="Next review date",
        help_text="At least every year, or sooner if needs change",
        required_message="Enter the next review date",
    )

    def __init__(self, *args, agreed_on, **kwargs):
        super().__init__(*args, **kwargs)
        self.agreed_on = agreed_on

    def review_errors(self, cleaned):
        errors = super().review_errors(cleaned)
        done = cleaned.get("done_on")
        if "done_on" not in errors and done is not None and done < self.agreed_on:
            errors["done_on"] = (
                "Date of the review must be on or after the date the plan was agreed"
            )
        return errors


REVIEW_FILTERS = (("overdue", "Review overdue"), ("due_soon", "Review due in 4 weeks"))
TRAINING_FILTERS = (("gap", "Emergency medication, no training in date"),)


class PlanFilterForm(forms.Form):
    """The list's filters, by GET: ids and codes only, nothing personal."""

    review = forms.ChoiceField(
        label="Review", required=False, choices=[("", "All"), *REVIEW_FILTERS]
    )
    training = forms.ChoiceField(
        label="Training", required=False, choices=[("", "All"), *TRAINING_FILTERS]
    )
    area = forms.ModelChoiceField(
        label="Condition area",
        required=False,
        queryset=ConditionArea.objects.all(),
        empty_label="All",
    )
