"""The forms of SEND policies. A form that is not valid writes nothing; every message says what
to do next. Uploads are a ``core.forms.DocumentField`` (checked by ``core.uploads.check_document``:
type by content, size, active content); review dates follow ``core.forms.ReviewDatesMixin``."""

from __future__ import annotations

from django import forms

from sendhealth.core.forms import DocumentField, NHSDateField, RequiredDateField, ReviewDatesMixin
from sendhealth.policies.models import PolicyKind

VERSION_HELP = "For example 2.1"


def _version_field(label: str = "Version") -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=20,
        help_text=VERSION_HELP,
        error_messages={
            "required": "Enter the version",
            "max_length": "Version must be 20 characters or fewer",
        },
    )


class PolicyForm(forms.Form):
    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter the policy's title",
            "max_length": "Title must be 200 characters or fewer",
        },
    )
    kind = forms.ChoiceField(
        label="Kind",
        choices=PolicyKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the kind of document"},
    )
    owner = forms.CharField(
        label="Owner",
        max_length=200,
        help_text="Name and role, for example Jo Smith, Designated Clinical Officer",
        error_messages={
            "required": "Enter who owns the policy",
            "max_length": "Owner must be 200 characters or fewer",
        },
    )
    owner_organisation = forms.ModelChoiceField(
        label="Owning organisation",
        queryset=None,
        empty_label="Choose an organisation",
        error_messages={
            "required": "Select the organisation that owns the policy",
            "invalid_choice": "Select the organisation from the list",
        },
    )
    applies_to = forms.ModelMultipleChoiceField(
        label="Organisations it applies to",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Their users can read it",
        error_messages={"invalid_choice": "Select organisations from the list"},
    )
    version = _version_field()
    approved_on = NHSDateField(label="Date approved", required=False, past_only=True)
    review_due_on = RequiredDateField(
        label="Review date",
        help_text="For example, 27 3 2027",
        required_message="Enter the review date",
    )

    def __init__(self, *args, organisations, with_retired: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_organisation"].queryset = organisations
        self.fields["applies_to"].queryset = organisations
        if with_retired:
            self.fields["retired_on"] = NHSDateField(
                label="Date withdrawn",
                required=False,
                help_text="Only if the policy no longer applies",
            )

    def clean(self):
        cleaned = super().clean()
        approved, due = cleaned.get("approved_on"), cleaned.get("review_due_on")
        if approved and due and due <= approved:
            self.add_error("review_due_on", "Review date must be after the date approved")
        cleaned.setdefault("retired_on", None)
        return cleaned


class ReviewForm(ReviewDatesMixin):
    reviewed_on = RequiredDateField(
        label="Date reviewed",
        help_text="For example, 27 3 2026",
        required_message="Enter the date the policy was reviewed",
        past_only=True,
    )
    version = _version_field("Version after the review")
    next_review_on = RequiredDateField(
        label="Next review date",
        help_text="For example, 27 3 2027",
        required_message="Enter the next review date",
    )


class DocumentForm(forms.Form):
    version = _version_field("Version of this document")
    document = DocumentField()

    @property
    def document_type(self) -> str:
        return self.cleaned_data["document"].document_type


class PolicyFilterForm(forms.Form):
    review = forms.ChoiceField(
        label="Review",
        required=False,
        choices=[("", "All"), ("overdue", "Review overdue"), ("due_soon", "Due in 4 weeks")],
    )
