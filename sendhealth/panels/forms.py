"""Forms for panels and packages. They validate everything before a view writes anything."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from sendhealth.core.forms import NHS_NUMBER_EXAMPLE, NHSDateField
from sendhealth.panels.domain import split_errors, split_from_percentages
from sendhealth.panels.models import (
    CaseDecision,
    PackageKind,
    PackageStatus,
    Panel,
    PanelType,
)

NHS_NUMBER_HELP = f"The child's 10-digit NHS number, for example {NHS_NUMBER_EXAMPLE}"


class MoneyField(forms.DecimalField):
    """Pounds and pence; accepts "£50,000" as well as "50000"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace("£", "").replace(",", "").strip()
        return super().to_python(value)


class ChildByNhsNumber(forms.CharField):
    """A child found by NHS number among the children the user may see (posted, never in a
    URL). ``children`` is set by the form."""

    children = None

    def clean(self, value):
        value = super().clean(value)
        digits = "".join(ch for ch in value if not ch.isspace() and ch != "-")
        if not (digits.isdigit() and len(digits) == 10):
            raise ValidationError("Enter the child's NHS number as 10 digits", code="invalid")
        child = self.children.filter(nhs_number=digits).select_related("local_authority").first()
        if child is None:
            raise ValidationError(
                "No child with this NHS number is registered in your area", code="not_found"
            )
        return child


def nhs_number_field() -> ChildByNhsNumber:
    return ChildByNhsNumber(
        label="NHS number",
        help_text=NHS_NUMBER_HELP,
        max_length=20,
        error_messages={"required": "Enter the child's NHS number"},
    )


# -- panels ------------------------------------------------------------------------------------


class PanelForm(forms.ModelForm):
    held_on = NHSDateField(label="Date of the panel", help_text="For example, 15 3 2026")
    panel_type = forms.ChoiceField(
        label="Type of panel",
        choices=PanelType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the type of panel"},
    )
    local_authority = forms.ModelChoiceField(
        label="Local authority",
        queryset=None,
        required=False,
        empty_label="The whole area",
        help_text="Choose one if the panel is for one local authority only.",
    )
    notes = forms.CharField(
        label="Notes (optional)", widget=forms.Textarea, required=False, max_length=5000
    )

    class Meta:
        model = Panel
        fields = ["held_on", "panel_type", "local_authority", "notes"]

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["local_authority"].queryset = scope.local_authorities().filter(
            parent_id__in=scope.dco_icb_ids
        )


class AttendeeForm(forms.Form):
    user = forms.ModelChoiceField(
        label="A sendhealth user (optional)",
        queryset=None,
        required=False,
        empty_label="Not a sendhealth user",
        help_text="Choose one, or enter a name, organisation and role below.",
    )
    name = forms.CharField(label="Name", required=False, max_length=200)
    organisation = forms.CharField(label="Organisation", required=False, max_length=200)
    role = forms.CharField(label="Role", required=False, max_length=200)

    def __init__(self, *args, panel: Panel, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, memberships__organisation_id=panel.icb_id)
            .distinct()
            .order_by("full_name", "username")
        )

    def clean(self):
        cleaned = super().clean()
        user = cleaned.get("user")
        if user is not None:
            cleaned["name"] = cleaned.get("name") or str(user)
            cleaned["organisation"] = cleaned.get("organisation") or "Integrated care board"
            cleaned["role"] = cleaned.get("role") or user.job_title or "DCO service"
            return cleaned
        for name, message in (
            ("name", "Enter the attendee's name"),
            ("organisation", "Enter the attendee's organisation"),
            ("role", "Enter the attendee's role"),
        ):
            if not cleaned.get(name) and name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def attendee_fields(self) -> dict:
        return {k: self.cleaned_data[k] for k in ("user", "name", "organisation", "role")}


class CaseForm(forms.Form):
    child = nhs_number_field()
    question = forms.CharField(
        label="What is the panel asked to decide?",
        widget=forms.Textarea,
        max_length=5000,
        error_messages={"required": "Enter what the panel is asked to decide"},
    )

    def __init__(self, *args, panel: Panel, children, **kwargs):
        super().__init__(*args, **kwargs)
        self.panel = panel
        self.fields["child"].children = children

    def clean_child(self):
        child = self.cleaned_data["child"]
        la_id = self.panel.local_authority_id
        if la_id is not None and child.local_authority_id != la_id:
            raise ValidationError(
                "This panel is for one local authority and the child belongs to another"
            )
        return child


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="The panel's decision",
        choices=CaseDecision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the panel's decision"},
    )
    health_view = forms.CharField(
        label="Health's view", widget=forms.Textarea, required=False, max_length=5000
    )
    health_view_by = forms.CharField(
        label="Who gave health's view",
        help_text="Their name and role, for example Dr A Smith, Designated Medical Officer",
        required=False,
        max_length=200,
    )

    def clean(self):
        cleaned = super().clean()
        decided = cleaned.get("decision") not in (None, CaseDecision.PENDING)
        if decided and not cleaned.get("health_view"):
            self.add_error("health_view", "Enter health's view")
        if cleaned.get("health_view") and not cleaned.get("health_view_by"):
            self.add_error("health_view_by", "Enter who gave health's view")
        return cleaned


# -- packages ----------------------------------------------------------------------------------

STATUS_CHOICES_FROM = {
    PackageStatus.PROPOSED: (PackageStatus.PROPOSED, PackageStatus.DECLINED),
    PackageStatus.APPROVED: (PackageStatus.APPROVED, PackageStatus.ENDED),
    PackageStatus.DECLINED: (PackageStatus.DECLINED, PackageStatus.PROPOSED),
    PackageStatus.ENDED: (PackageStatus.ENDED,),
}
SPLIT_AMOUNTS, SPLIT_PERCENTAGES = "amounts", "percentages"
SHARES = ("health_share", "education_share", "social_care_share")


def _money(label: str, required_message: str, **kwargs) -> MoneyField:
    return MoneyField(
        label=label,
        max_digits=10,
        decimal_places=2,
        error_messages={
            "required": required_message,
            "invalid": f"{label} must be a number, like 12,500.00",
            "max_digits": f"{label} must be less than £100,000,000",
            "max_decimal_places": f"{label} must be in pounds and pence",
            "max_whole_digits": f"{label} must be less than £100,000,000",
        },
        **kwargs,
    )


class PackageForm(forms.Form):
    child = nhs_number_field()
    kind = forms.ChoiceField(
        label="Kind of package",
        choices=PackageKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the kind of package"},
    )
    description = forms.CharField(
        label="Description",
        widget=forms.Textarea,
        max_length=5000,
        error_messages={"required": "Enter a description of the package"},
    )
    starts_on = NHSDateField(label="Start date")
    review_on = NHSDateField(label="Review date")
    cost_per_year = _money("Cost per year", "Enter the cost per year")
    split_as = forms.ChoiceField(
        label="How is the split entered?",
        choices=[(SPLIT_AMOUNTS, "Amounts in pounds"), (SPLIT_PERCENTAGES, "Percentages")],
        widget=forms.RadioSelect,
        initial=SPLIT_AMOUNTS,
        error_messages={"required": "Select how the split is entered"},
    )
    health_share = _money("Health's share", "Enter health's share (0 if none)")
    education_share = _money("Education's share", "Enter education's share (0 if none)")
    social_care_share = _money("Social care's share", "Enter social care's share (0 if none)")
    status = forms.ChoiceField(label="Status", choices=PackageStatus.choices, required=False)

    def __init__(self, *args, children=None, package=None, **kwargs):
        self.package = package
        if package is not None and not args:
            kwargs.setdefault("initial", self.initial_for(package))
        super().__init__(*args, **kwargs)
        if package is None:
            self.fields["child"].children = children
            del self.fields["status"]
        else:
            del self.fields["child"]
            allowed = STATUS_CHOICES_FROM[PackageStatus(package.status)]
            self.fields["status"].choices = [(s.value, s.label) for s in allowed]
            self.fields["status"].required = True

    @staticmethod
    def initial_for(package) -> dict:
        return {
            "kind": package.kind,
            "description": package.description,
            "starts_on": package.starts_on,
            "review_on": package.review_on,
            "cost_per_year": package.cost_per_year,
            "split_as": SPLIT_AMOUNTS,
            "health_share": package.health_amount,
            "education_share": package.education_amount,
            "social_care_share": package.social_care_amount,
            "status": package.status,
        }

    def clean_cost_per_year(self):
        cost = self.cleaned_data["cost_per_year"]
        if cost <= 0:
            raise ValidationError("Cost per year must be more than £0")
        return cost

    def clean(self):
        cleaned = super().clean()
        starts, review = cleaned.get("starts_on"), cleaned.get("review_on")
        if starts and review and review <= starts:
            self.add_error("review_on", "Review date must be after the start date")
        cost = cleaned.get("cost_per_year")
        shares = tuple(cleaned.get(name) for name in SHARES)
        split_as = cleaned.get("split_as")
        if cost is not None and split_as and all(s is not None for s in shares):
            as_percentages = split_as == SPLIT_PERCENTAGES
            errors = split_errors(cost, shares, as_percentages=as_percentages)
            for error in errors:
                self.add_error("health_share", error)
            if not errors:
                if as_percentages:
                    split = split_from_percentages(cost, *shares)
                    shares = (split.health, split.education, split.social_care)
                cleaned["amounts"] = shares
        return cleaned

    def apply_to(self, package) -> list[str]:
        """Copy the cleaned values onto ``package``; the names of the fields that changed."""
        data = self.cleaned_data
        health, education, social_care = data["amounts"]
        values = {
            "kind": data["kind"],
            "description": data["description"],
            "starts_on": data["starts_on"],
            "review_on": data["review_on"],
            "cost_per_year": data["cost_per_year"],
            "health_amount": health,
            "education_amount": education,
            "social_care_amount": social_care,
        }
        if "status" in data and data.get("status"):
            values["status"] = data["status"]
        if "child" in data:
            package.child = data["child"]
        changed = []
        for name, value in values.items():
            if getattr(package, name, None) != value:
                changed.append(name)
            setattr(package, name, value)
        return changed
