"""The SEN2 upload form, the link form of the unmatched queue, and the forms that record an
assessment and its steps by hand. A form that is not valid writes nothing."""

from __future__ import annotations

from django import forms

from sendhealth.assessments import codelists, domain
from sendhealth.assessments.models import TribunalOrderKind, TribunalOutcome
from sendhealth.core.forms import (
    NHSDateField,
    NHSNumberField,
    RequiredDateField,
)

MAX_BYTES = 500 * 1024 * 1024


class UploadForm(forms.Form):
    collection_year = forms.TypedChoiceField(
        label="Collection year",
        coerce=int,
        choices=[(y, f"SEN2 {y}") for y in codelists.years()],
        error_messages={"required": "Select the collection year"},
    )
    file = forms.FileField(
        label="The return",
        help_text="A ZIP of the COLLECT Blade CSV files (one per module) or the DfE "
        "pre-submission workbook (XLSX)",
        error_messages={"required": "Select the file of your SEN2 return"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError("The file must be smaller than 500 MB")
        head = upload.read(4)
        upload.seek(0)
        if head != b"PK\x03\x04":
            raise forms.ValidationError(
                "The file must be a ZIP of Blade CSV files or an Excel workbook (XLSX)"
            )
        return upload


class LinkForm(forms.Form):
    nhs_number = NHSNumberField(label="NHS number of the child in the children's register")


# -- recording an assessment by hand -----------------------------------------------------------

DISPUTE_DATES = (
    "mediation_on",
    "mediation_certificate_on",
    "appeal_registered_on",
    "hearing_on",
    "tribunal_decision_on",
)
YES_NO_CHOICES = (("yes", "Yes"), ("no", "No"))


class OutcomeChoice:
    NOT_YET = "not_yet"
    PLAN = "plan"
    NO_PLAN = "no_plan"
    CHOICES = (
        (NOT_YET, "Not decided yet"),
        (PLAN, "A final EHC plan was issued"),
        (NO_PLAN, "The local authority decided not to issue a plan"),
    )


class DecisionChoice:
    NOT_YET = "not_yet"
    ASSESS = "assess"
    NOT_ASSESS = "not_assess"
    CHOICES = (
        (NOT_YET, "Not decided yet"),
        (ASSESS, "To assess"),
        (NOT_ASSESS, "Not to assess"),
    )


def _add_errors(form: forms.Form, errors: dict[str, str]) -> None:
    for name, message in errors.items():
        if name in form.fields and name not in form.errors:
            form.add_error(name, message)


class NewAssessmentForm(forms.Form):
    """A request for an EHC needs assessment, for a child of the register: NHS number and
    date of birth must both match."""

    nhs_number = NHSNumberField()
    date_of_birth = RequiredDateField(
        label="Date of birth",
        past_only=True,
        help_text="For example, 27 3 2015",
        required_message="Enter the child's date of birth",
    )
    received_on = RequiredDateField(
        label="Date the local authority received the request",
        past_only=True,
        help_text="The 20 weeks run from this date (reg 13(2)). For example, 3 9 2026",
        required_message="Enter the date the local authority received the request",
    )
    request_source = forms.ChoiceField(
        label="Who made the request",
        widget=forms.RadioSelect,
        choices=(),
        error_messages={"required": "Select who made the request"},
    )

    def __init__(self, *args, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["request_source"].choices = list(codelists.codes(year, "request_sources"))


class StepsForm(forms.Form):
    """What followed the request: the decision whether to assess, the draft, the outcome
    (final plan or not), the exceptions, mediation and tribunal, and the plan's end. Dates are
    checked against each other (``domain.step_errors``) before anything is written."""

    decision = forms.ChoiceField(
        label="Decision whether to assess",
        choices=DecisionChoice.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the decision whether to assess"},
    )
    decided_on = NHSDateField(label="Date of the decision whether to assess", past_only=True)
    draft_plan_on = NHSDateField(label="Date the draft plan was sent", past_only=True)
    outcome = forms.ChoiceField(
        label="Outcome of the assessment",
        choices=OutcomeChoice.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the outcome of the assessment"},
    )
    outcome_on = NHSDateField(
        label="Date of the outcome (the final plan issued, or the decision not to issue)",
        past_only=True,
    )
    exceptions = forms.MultipleChoiceField(
        label="Exceptions to the time limits that apply",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(
            ("decision", "Reg 5(4): to the 6 weeks for the decision whether to assess"),
            ("not_to_issue", "Reg 10(4): to the 16 weeks for a decision not to issue"),
            ("final_plan", "Reg 13(3): to the 20 weeks for the final plan"),
        ),
        help_text='Any of these sets the SEN2 "20-week exceptions apply" flag.',
    )
    disputes = forms.MultipleChoiceField(
        label="Mediation and tribunal",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(
            ("request_mediation", "Mediation about the decision whether to assess"),
            ("request_tribunal", "Tribunal appeal about the decision whether to assess"),
            ("assessment_mediation", "Mediation about the assessment's outcome"),
            ("assessment_tribunal", "Tribunal appeal about the assessment's outcome"),
        ),
    )
    mediation_on = NHSDateField(label="Date of the mediation meeting", past_only=True)
    mediation_certificate_on = NHSDateField(
        label="Date the mediation certificate was issued", past_only=True
    )
    appeal_registered_on = NHSDateField(
        label="Date the tribunal registered the appeal", past_only=True
    )
    hearing_on = NHSDateField(label="Date of the tribunal hearing")
    tribunal_decision_on = NHSDateField(label="Date of the tribunal's decision", past_only=True)
    tribunal_outcome = forms.ChoiceField(
        label="The tribunal's outcome",
        required=False,
        choices=[("", "Not decided"), *TribunalOutcome.choices[1:]],
    )
    tribunal_order = forms.ChoiceField(
        label="What the tribunal ordered the local authority to do",
        required=False,
        choices=[("", "No order recorded"), *TribunalOrderKind.choices[1:]],
    )
    ceased_on = NHSDateField(label="Date the plan ceased", past_only=True)
    cease_reason = forms.ChoiceField(label="Why the plan ceased", required=False, choices=())

    def __init__(self, *args, received_on, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.received_on = received_on
        self.fields["decided_on"].required = False
        self.fields["draft_plan_on"].required = False
        self.fields["outcome_on"].required = False
        for name in ("ceased_on", *DISPUTE_DATES):
            self.fields[name].required = False
        self.fields["cease_reason"].choices = [
            ("", "Choose a reason"),
            *codelists.codes(year, "cease_reasons"),
        ]

    def clean(self):
        data = super().clean()
        _add_errors(self, domain.step_errors(self.received_on, data))
        return data


class TransferKind:
    SCHOOL = "school"
    POST16 = "post16"
    CHOICES = (
        (SCHOOL, "Between schools or into school (the plan amended by 15 February)"),
        (POST16, "From secondary school to a post-16 institution (amended by 31 March)"),
    )


class ReviewDecisionForm(forms.Form):
    """An annual review of the plan and the local authority's decision after it (due 4 weeks
    after the meeting), and the next phase transfer (reg 18(1)): the SEN2 5a row of the plan.
    Dates are checked against each other (``domain.review_errors``)."""

    review_meeting_on = RequiredDateField(
        label="Date of the annual review meeting",
        past_only=True,
        required_message="Enter the date of the annual review meeting",
    )
    review_decided_on = NHSDateField(label="Date of the review decision", past_only=True)
    review_outcome = forms.CharField(
        label="Review outcome (SEN2 code)", required=False, max_length=4
    )
    next_transfer_year = forms.IntegerField(
        label="Year of the next transfer between phases",
        required=False,
        min_value=2000,
        max_value=2100,
        error_messages={
            "invalid": "Enter the year of the transfer as a number, like 2027",
            "min_value": "Enter a year from 2000",
            "max_value": "Enter a year up to 2100",
        },
    )
    transfer_kind = forms.ChoiceField(
        label="Kind of transfer",
        required=False,
        widget=forms.RadioSelect,
        choices=TransferKind.CHOICES,
    )
    phase_transfer_final_on = NHSDateField(
        label="Date the plan amended for the transfer was issued", past_only=True
    )

    def __init__(self, *args, issued_on, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.issued_on = issued_on
        self.fields["review_decided_on"].required = False
        self.fields["phase_transfer_final_on"].required = False
        codes = codelists.codes(year, "review_outcomes")
        if codes:  # a confirmed list: its codes only
            self.fields["review_outcome"] = forms.ChoiceField(
                label="Review outcome", required=False, choices=[("", "Not recorded"), *codes]
            )

    def clean(self):
        data = super().clean()
        _add_errors(self, domain.review_errors(self.issued_on, data))
        return data
