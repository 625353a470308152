"""Forms of quality assurance; each validates fully before anything is written."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError

from sendhealth.assurance.models import Rating, ToolKind, Verdict
from sendhealth.core.forms import DocumentField, NHSDateField, NHSNumberField


class RoundForm(forms.Form):
    name = forms.CharField(
        label="Name of the round",
        max_length=200,
        error_messages={"required": "Enter a name for the round"},
    )
    kind = forms.ChoiceField(
        label="What to audit",
        choices=ToolKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select what to audit"},
    )
    period_start = NHSDateField(label="Start of the period")
    period_end = NHSDateField(label="End of the period")
    sample_percent = forms.IntegerField(
        label="Percentage to sample",
        help_text="Of each local authority and need type, with at least one from each.",
        initial=10,
        min_value=1,
        max_value=100,
        error_messages={
            "required": "Enter the percentage to sample",
            "invalid": "Percentage to sample must be a whole number",
            "min_value": "Percentage to sample must be between 1 and 100",
            "max_value": "Percentage to sample must be between 1 and 100",
        },
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "End of the period must be on or after its start")
        return data


class AssignForm(forms.Form):
    who = forms.ChoiceField(
        label="Auditor",
        choices=(),
        widget=forms.RadioSelect,
        error_messages={"required": "Select an auditor or a guest"},
    )
    guest_name = forms.CharField(
        label="Guest's name",
        required=False,
        max_length=200,
        help_text="For example, a member of the parent carer forum.",
    )
    guest_days = forms.IntegerField(
        label="Days the link works for",
        required=False,
        min_value=1,
        max_value=30,
        initial=14,
        error_messages={
            "invalid": "Days must be a whole number",
            "min_value": "Days must be between 1 and 30",
            "max_value": "Days must be between 1 and 30",
        },
    )

    GUEST = "guest"

    def __init__(self, *args, auditors, **kwargs):
        super().__init__(*args, **kwargs)
        self.auditors = {str(u.pk): u for u in auditors}
        self.fields["who"].choices = [
            (str(u.pk), f"{u} ({u.job_title or 'staff'})") for u in auditors
        ] + [(self.GUEST, "A guest auditor, with a link that expires")]

    def clean(self):
        data = super().clean()
        if data.get("who") == self.GUEST:
            if not data.get("guest_name"):
                self.add_error("guest_name", "Enter the guest's name")
            if not data.get("guest_days") and "guest_days" not in self.errors:
                self.add_error("guest_days", "Enter how many days the link works for")
        return data


class PlanForm(forms.Form):
    nhs_number = NHSNumberField(label="Child's NHS number")
    finalised_on = NHSDateField(label="Date the plan was finalised", past_only=True)
    section_c = forms.CharField(
        max_length=100_000, label="Section C: health needs", required=False, widget=forms.Textarea
    )
    section_e = forms.CharField(
        max_length=100_000,
        label="Section E: outcomes (the health parts)",
        required=False,
        widget=forms.Textarea,
    )
    section_g = forms.CharField(
        max_length=100_000,
        label="Section G: health provision",
        required=False,
        widget=forms.Textarea,
    )
    document = DocumentField(
        label="Or upload the final plan",
        required=False,
        help_text="A PDF or Word document (.docx). Sections C, E and G are read from it.",
    )

    def __init__(self, *args, children, **kwargs):
        super().__init__(*args, **kwargs)
        self.children = children
        self.child = None

    def clean_nhs_number(self) -> str:
        number = self.cleaned_data["nhs_number"]
        self.child = self.children.filter(nhs_number=number).first()
        if self.child is None:
            raise ValidationError("No child with this NHS number is in your area")
        return number

    @property
    def document_type(self) -> str:
        """The checked upload's type ("pdf" or "docx"), once the form is valid."""
        upload = self.cleaned_data.get("document")
        return upload.document_type if upload else ""

    def clean(self):
        data = super().clean()
        texts = [data.get(f"section_{s}", "").strip() for s in "ceg"]
        if not any(texts) and not data.get("document") and "document" not in self.errors:
            self.add_error("section_c", "Enter the health sections or upload the plan")
        return data


class AuditForm(forms.Form):
    """A rating and a comment per criterion; every rating is needed to finish."""

    summary = forms.CharField(
        label="Feedback for the service or local authority",
        required=False,
        widget=forms.Textarea,
        help_text="What was good and what to improve. The service that wrote it will see this.",
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"rating_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.text,
                choices=Rating.choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label="Comment (optional)", required=False, widget=forms.Textarea
            )

    @property
    def finishing(self) -> bool:
        return self.data.get("action") == "finish"

    def clean(self):
        data = super().clean()
        if self.finishing:
            for criterion in self.criteria:
                if not data.get(f"rating_{criterion.pk}"):
                    self.add_error(f"rating_{criterion.pk}", f"Rate: {criterion.text}")
        return data

    def ratings(self):
        from sendhealth.assurance.services import RatingInput

        return [
            RatingInput(
                c.pk,
                self.cleaned_data[f"rating_{c.pk}"],
                self.cleaned_data.get(f"comment_{c.pk}", ""),
            )
            for c in self.criteria
            if self.cleaned_data.get(f"rating_{c.pk}")
        ]

    def rows(self):
        return [(c, self[f"rating_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]


class ResolveForm(forms.Form):
    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"rating_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.text,
                choices=Rating.choices,
                widget=forms.RadioSelect,
                error_messages={"required": f"Select the agreed rating for: {criterion.text}"},
            )
            self.fields[f"reason_{criterion.pk}"] = forms.CharField(
                label="Reason",
                widget=forms.Textarea,
                error_messages={"required": f"Enter the reason for: {criterion.text}"},
            )

    def rows(self):
        return [(c, self[f"rating_{c.pk}"], self[f"reason_{c.pk}"]) for c in self.criteria]


class FindingVerdictForm(forms.Form):
    """An auditor's verdict on one automatic finding (which finding: hidden fields)."""

    check = forms.CharField(max_length=40)
    section = forms.CharField(max_length=20)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)
    verdict = forms.ChoiceField(
        label="Your verdict",
        choices=Verdict.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose agreed or not a problem"},
    )
    reason = forms.CharField(label="Reason (optional)", max_length=300, required=False)
    back = forms.CharField(max_length=200, required=False)

    def back_to(self, request, item) -> str:
        """Where to go afterwards: the page the form was on, if it is one of ours."""
        from django.urls import reverse
        from django.utils.http import url_has_allowed_host_and_scheme

        back = request.POST.get("back", "")
        if back.startswith("/assurance/") and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}
        ):
            return back
        return reverse("assurance:item", kwargs={"pk": item.pk})


class CheckPolicyForm(forms.Form):
    """The DCO's advisory level, typed as a percentage (80) and stored as the share the
    precision is compared with (0.80): ``cleaned_data["advisory_below"]`` is the share."""

    advisory_below = forms.IntegerField(
        label="Show a check as advisory when its precision falls below",
        help_text="A percentage from 0 to 100, for example 80.",
        min_value=0,
        max_value=100,
        error_messages={
            "required": "Enter the precision below which a check is advisory",
            "invalid": "Enter a whole percentage from 0 to 100, like 80",
            "min_value": "Enter a whole percentage from 0 to 100, like 80",
            "max_value": "Enter a whole percentage from 0 to 100, like 80",
        },
    )
    minimum_verdicts = forms.IntegerField(
        label="Only once a check has at least this many verdicts",
        min_value=1,
        max_value=1000,
        error_messages={
            "required": "Enter how many verdicts a check needs first",
            "invalid": "Enter a whole number, like 10",
            "min_value": "Enter a whole number from 1 to 1000",
            "max_value": "Enter a whole number from 1 to 1000",
        },
    )

    def clean_advisory_below(self) -> Decimal:
        return (Decimal(self.cleaned_data["advisory_below"]) / 100).quantize(Decimal("0.01"))

    @staticmethod
    def initial_percent(share) -> int:
        """The stored share (0.80) as the whole percentage the form shows (80)."""
        return int((Decimal(share) * 100).to_integral_value(rounding=ROUND_HALF_UP))
