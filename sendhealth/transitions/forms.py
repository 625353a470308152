"""Forms for EHC plans, preparing-for-adulthood milestones and annual reviews. Every message
says what to do next; a form that is not valid writes nothing. The date rules themselves are
in ``transitions.domain``."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from sendhealth.core.forms import NHSDateField, NHSNumberField
from sendhealth.core.scoping import Scope
from sendhealth.transitions.domain import done_date_error, health_check_date_error
from sendhealth.transitions.models import AnnualReview, EhcPlan, YearGroup

NOT_FOUND = "No child with this NHS number is in your records"
ALREADY_HAS_PLAN = "This child already has an EHC plan that has not ceased"
YES_NO = [("True", "Yes"), ("False", "No")]


class YesNoField(forms.TypedChoiceField):
    """A yes/no question as NHS.UK radios (a checkbox cannot say "no" was chosen)."""

    def __init__(self, *, label: str, required_message: str, **kwargs):
        super().__init__(
            label=label,
            choices=YES_NO,
            coerce=lambda value: value == "True",
            error_messages={"required": required_message, "invalid_choice": required_message},
            **kwargs,
        )


def _year_group_choices():
    return [("", "Not known"), *((str(v), label) for v, label in YearGroup.choices)]


class PlanForm(forms.ModelForm):
    """A plan's dates and phase. New: the child is found by NHS number among the children the
    user may see (posted, never in a URL)."""

    nhs_number = NHSNumberField(label="Child's NHS number")
    issued_on = NHSDateField(
        label="Date the plan was issued", past_only=True, help_text="For example, 27 3 2024"
    )
    last_reviewed_on = NHSDateField(
        label="Date of the last annual review",
        past_only=True,
        required=False,
        help_text="Leave blank if the plan has not been reviewed yet",
    )
    year_group = forms.TypedChoiceField(
        label="Current year group",
        choices=_year_group_choices,
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={"invalid_choice": "Select a year group from the list"},
    )
    next_transfer_year = forms.IntegerField(
        label="Year of the next transfer between phases (optional)",
        help_text="The calendar year the young person moves school or college, for example 2027",
        required=False,
        error_messages={"invalid": "Year of the next transfer must be a year, like 2027"},
    )
    transfer_to_post16 = YesNoField(
        label="Is the next transfer from secondary school to post-16?",
        required_message="Select yes if the next transfer is from secondary school to post-16",
        required=False,
    )
    transfer_reviewed_on = NHSDateField(
        label="Date the plan was reviewed for the transfer",
        past_only=True,
        required=False,
        help_text="Leave blank until the phase transfer review has happened",
    )
    ceased_on = NHSDateField(label="Date the plan ceased", past_only=True, required=False)

    class Meta:
        model = EhcPlan
        fields = [
            "issued_on",
            "last_reviewed_on",
            "year_group",
            "next_transfer_year",
            "transfer_to_post16",
            "transfer_reviewed_on",
            "ceased_on",
        ]

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.child = self.instance.child if self.instance.pk else None
        if self.instance.pk:
            del self.fields["nhs_number"]
        else:
            del self.fields["ceased_on"]

    def clean_nhs_number(self) -> str:
        number = self.cleaned_data["nhs_number"]
        child = (
            self.scope.children()
            .select_related("local_authority")
            .filter(nhs_number=number)
            .first()
        )
        if child is None:
            raise forms.ValidationError(NOT_FOUND)
        if self.scope.transitions_plans().filter(child=child, ceased_on__isnull=True).exists():
            raise forms.ValidationError(ALREADY_HAS_PLAN)
        self.child = child
        return number

    def clean_next_transfer_year(self):
        year = self.cleaned_data["next_transfer_year"]
        if year is not None and not 2000 <= year <= timezone.localdate().year + 20:
            raise forms.ValidationError("Year of the next transfer must be a year, like 2027")
        return year

    def clean_transfer_to_post16(self):
        return bool(self.cleaned_data.get("transfer_to_post16"))

    def clean(self):
        cleaned = super().clean()
        issued = cleaned.get("issued_on")
        today = timezone.localdate()
        if issued and self.child is not None and issued < self.child.date_of_birth:
            self.add_error("issued_on", "Date the plan was issued must be after the date of birth")
            issued = None
        for name in ("last_reviewed_on", "transfer_reviewed_on", "ceased_on"):
            if name in self.fields and name not in self.errors:
                error = done_date_error(
                    str(self.fields[name].label), cleaned.get(name), issued_on=issued, today=today
                )
                if error:
                    self.add_error(name, error)
        year = cleaned.get("next_transfer_year")
        if issued and year and year < issued.year:
            self.add_error(
                "next_transfer_year",
                "Year of the next transfer must be the year the plan was issued or later",
            )
        if cleaned.get("transfer_reviewed_on") and not year:
            self.add_error(
                "next_transfer_year", "Enter the year of the transfer the plan was reviewed for"
            )
        return cleaned

    @property
    def field_changes(self) -> list[str]:
        return sorted(name for name in self.changed_data if name in self.Meta.fields)


class MilestonesForm(forms.ModelForm):
    """The preparing-for-adulthood milestones. Dates of things done: not in the future, not
    before the plan was issued; an annual health check not before the 14th birthday."""

    transition_plan_on = NHSDateField(
        label="Date the transition plan was put in place", required=False
    )
    adult_services = forms.CharField(
        label="Adult services identified",
        help_text="For example, adult learning disability team, adult epilepsy clinic",
        max_length=300,
        required=False,
        error_messages={"max_length": "Adult services must be 300 characters or fewer"},
    )
    adult_services_on = NHSDateField(label="Date adult services were identified", required=False)
    learning_disability = YesNoField(
        label="Is the young person on a learning disability register?",
        required_message="Select yes if the young person is on a learning disability register",
    )
    last_health_check_on = NHSDateField(
        label="Date of the last annual health check", required=False
    )
    handover_on = NHSDateField(label="Date of handover to adult services", required=False)
    assessment_relevant = YesNoField(
        label="Is an 18 to 25 health assessment relevant?",
        required_message="Select yes if an 18 to 25 health assessment is relevant",
    )
    health_assessment_on = NHSDateField(
        label="Date of the 18 to 25 health assessment", required=False
    )

    class Meta:
        model = EhcPlan
        fields = [
            "transition_plan_on",
            "adult_services",
            "adult_services_on",
            "learning_disability",
            "last_health_check_on",
            "handover_on",
            "assessment_relevant",
            "health_assessment_on",
        ]

    DONE_DATES = ("transition_plan_on", "adult_services_on", "handover_on", "health_assessment_on")

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        plan = self.instance
        for name in self.DONE_DATES:
            if name not in self.errors:
                error = done_date_error(
                    str(self.fields[name].label),
                    cleaned.get(name),
                    issued_on=plan.issued_on,
                    today=today,
                )
                if error:
                    self.add_error(name, error)
        if "last_health_check_on" not in self.errors:
            error = health_check_date_error(
                cleaned.get("last_health_check_on"), dob=plan.child.date_of_birth, today=today
            )
            if error:
                self.add_error("last_health_check_on", error)
        services = (cleaned.get("adult_services") or "").strip()
        if cleaned.get("adult_services_on") and not services:
            self.add_error("adult_services", "Enter which adult services were identified")
        if (
            services
            and not cleaned.get("adult_services_on")
            and "adult_services_on" not in self.errors
        ):
            self.add_error("adult_services_on", "Enter the date adult services were identified")
        if cleaned.get("health_assessment_on") and cleaned.get("assessment_relevant") is False:
            self.add_error(
                "assessment_relevant",
                "Select yes if an 18 to 25 health assessment was done, or remove its date",
            )
        return cleaned

    @property
    def field_changes(self) -> list[str]:
        return sorted(name for name in self.changed_data if name in self.Meta.fields)


class ReviewForm(forms.ModelForm):
    """An annual review and health's part in it."""

    held_on = NHSDateField(label="Date of the review meeting", past_only=True)
    health_attended = YesNoField(
        label="Did health attend the review?",
        required_message="Select yes if health attended the review",
    )
    health_attendees = forms.CharField(
        label="Who attended for health",
        help_text="Names and roles, for example Dr A Smith, community paediatrician",
        max_length=300,
        required=False,
        error_messages={"max_length": "Who attended must be 300 characters or fewer"},
    )
    health_contribution = forms.CharField(
        label="Health's contribution (optional)",
        widget=forms.Textarea,
        required=False,
        max_length=5000,
        error_messages={"max_length": "Health's contribution must be 5000 characters or fewer"},
    )
    contribution_submitted_on = NHSDateField(
        label="Date health's contribution was submitted", past_only=True, required=False
    )

    class Meta:
        model = AnnualReview
        fields = [
            "held_on",
            "health_attended",
            "health_attendees",
            "health_contribution",
            "contribution_submitted_on",
        ]

    def __init__(self, *args, plan: EhcPlan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        for name in ("held_on", "contribution_submitted_on"):
            if name not in self.errors:
                error = done_date_error(
                    str(self.fields[name].label),
                    cleaned.get(name),
                    issued_on=self.plan.issued_on,
                    today=today,
                )
                if error:
                    self.add_error(name, error)
        if cleaned.get("health_attended") and not cleaned.get("health_attendees", "").strip():
            self.add_error("health_attendees", "Enter who attended for health")
        if (
            cleaned.get("contribution_submitted_on")
            and not cleaned.get("health_contribution", "").strip()
        ):
            self.add_error("health_contribution", "Enter health's contribution")
        held = cleaned.get("held_on")
        if held and self.plan.reviews.filter(held_on=held).exists():
            self.add_error("held_on", "A review on this date is already recorded")
        return cleaned
