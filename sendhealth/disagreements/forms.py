"""The DCO's forms: record or edit a disagreement, add a tribunal recommendation, record the
ICB's response. The checks themselves are the pure ``rules``; these forms apply them."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from sendhealth.core.forms import NHSDateField, NHSNumberField
from sendhealth.disagreements import domain
from sendhealth.disagreements.models import Kind, Outcome, Response

TEXT_LIMIT = 10000


class RequiredDateField(NHSDateField):
    """An ``NHSDateField`` whose "nothing entered" message is written out in full."""

    def __init__(self, *, required_message: str, **kwargs):
        self.required_message = required_message
        super().__init__(**kwargs)

    def clean(self, value):
        try:
            return super().clean(value)
        except forms.ValidationError as error:
            if error.code == "required":
                raise forms.ValidationError(self.required_message, code="required") from None
            raise


def _text(label: str, required_message: str | None = None, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        widget=forms.Textarea,
        required=required_message is not None,
        max_length=TEXT_LIMIT,
        error_messages={
            "required": required_message or "",
            "max_length": f"{label} must be {TEXT_LIMIT:,} characters or fewer",
        },
    )


class DisagreementForm(forms.Form):
    """A disagreement's facts. The appeal deadline is worked out from the decision letter and
    any mediation certificate (HESC Rules 2008 r20(1), r12), never typed."""

    kind = forms.ChoiceField(
        label="Type of disagreement",
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the type of disagreement"},
    )
    decision_letter_on = NHSDateField(
        label="Date of the decision letter",
        help_text="The local authority's decision being disputed. Required for an appeal. "
        "For example, 15 3 2026",
        required=False,
    )
    mediation_certificate_on = NHSDateField(
        label="Date of the mediation certificate",
        help_text="If there is one",
        required=False,
    )
    registered_on = RequiredDateField(
        label="Date registered or received",
        initial=timezone.localdate,
        required_message="Enter the date registered or received",
    )
    issues = _text(
        "Health issues in dispute", required_message="Enter the health issues in dispute"
    )
    health_position = _text("Health's position", help_text="What health says about the issues.")
    health_evidence = _text(
        "Health's evidence", help_text="The reports and advice health relies on."
    )
    hearing_on = NHSDateField(
        label="Hearing date", help_text="Tribunal appeals only", required=False
    )
    outcome = forms.ChoiceField(
        label="Outcome",
        choices=[("", "Not decided yet"), *Outcome.choices],
        required=False,
    )
    outcome_on = NHSDateField(label="Outcome date", required=False)

    def clean(self):
        cleaned = super().clean()
        facts = domain.DisagreementDates(
            kind=cleaned.get("kind", ""),
            registered=cleaned.get("registered_on"),
            decision_letter=cleaned.get("decision_letter_on"),
            certificate=cleaned.get("mediation_certificate_on"),
            hearing=cleaned.get("hearing_on"),
            outcome=cleaned.get("outcome", ""),
            outcome_on=cleaned.get("outcome_on"),
        )
        for name, message in domain.disagreement_errors(facts, timezone.localdate()).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned

    @property
    def record_fields(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in DisagreementForm.base_fields}


class NewDisagreementForm(DisagreementForm):
    """A new disagreement, for a child found by NHS number in the user's scope."""

    nhs_number = NHSNumberField(label="Child's NHS number")
    field_order = ["nhs_number"]

    def __init__(self, *args, children, **kwargs):
        self.children = children
        self.child = None
        super().__init__(*args, **kwargs)

    def clean_nhs_number(self):
        digits = self.cleaned_data["nhs_number"]
        self.child = self.children.filter(nhs_number=digits).first()
        if self.child is None:
            raise forms.ValidationError("No child with this NHS number is in your area")
        return digits

    @property
    def record_fields(self) -> dict:
        return {
            name: self.cleaned_data.get(name)
            for name in DisagreementForm.base_fields
            if name != "nhs_number"
        }


class SearchForm(forms.Form):
    """Find a child's disagreements by NHS number, sent by POST so it never shows in a URL."""

    nhs_number = NHSNumberField(
        label="Search by NHS number", required_message="Enter an NHS number to search for"
    )


class RecommendationForm(forms.Form):
    """A tribunal's health recommendation on an appeal (SI 2017/1306)."""

    text = _text("Recommendation", required_message="Enter the tribunal's recommendation on health")
    issued_on = RequiredDateField(
        label="Date the recommendation was issued",
        help_text="The ICB's response is due 5 weeks after this date. For example, 15 3 2026",
        past_only=True,
        required_message="Enter the date the recommendation was issued",
    )

    def __init__(self, *args, disagreement, **kwargs):
        self.disagreement = disagreement
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        d = self.disagreement
        refusal = domain.recommendation_refusal(d.kind, d.outcome, d.outcome_on)
        if refusal:
            raise ValidationError(refusal, code="undecided")
        issued = cleaned.get("issued_on")
        if issued and issued < d.registered_on:
            self.add_error(
                "issued_on",
                "Date the recommendation was issued must be on or after the appeal was registered",
            )
        elif issued and (error := domain.recommendation_issued_error(issued, d.outcome_on)):
            self.add_error("issued_on", error)
        return cleaned


SENT_TO_CHOICES = [
    ("parent", "The parent or young person"),
    ("la", "The local authority"),
]


class ResponseForm(forms.Form):
    """The ICB's answer to a recommendation: agree, or not with reasons, sent to both the parent
    or young person and the local authority (SI 2017/1306)."""

    response = forms.ChoiceField(
        label="Does the ICB agree with the recommendation?",
        choices=Response.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether the ICB agrees with the recommendation"},
    )
    reasons = _text("Reasons", help_text="Required if the ICB does not agree.")
    responded_on = NHSDateField(label="Date of the response", required=False)
    sent_to = forms.MultipleChoiceField(
        label="Who was the response sent to?",
        help_text="Select all that apply. Both must receive it.",
        choices=SENT_TO_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, recommendation, **kwargs):
        self.recommendation = recommendation
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        sent_to = set(cleaned.get("sent_to") or [])
        facts = domain.ResponseFacts(
            issued=self.recommendation.issued_on,
            response=cleaned.get("response", ""),
            reasons=cleaned.get("reasons", ""),
            responded_on=cleaned.get("responded_on"),
            sent_to_parent="parent" in sent_to,
            sent_to_la="la" in sent_to,
        )
        for name, message in domain.response_errors(facts, timezone.localdate()).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned

    @property
    def response_fields(self) -> dict:
        sent_to = set(self.cleaned_data["sent_to"])
        return {
            "response": self.cleaned_data["response"],
            "reasons": self.cleaned_data["reasons"],
            "responded_on": self.cleaned_data["responded_on"],
            "sent_to_parent": "parent" in sent_to,
            "sent_to_la": "la" in sent_to,
        }
