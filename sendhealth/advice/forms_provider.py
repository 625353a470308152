"""A health service's advice for an EHC needs assessment (SEND Regulations 2014 reg 6(1)(c),
reg 8): who wrote it, the child's health needs, the outcomes sought and the provision, or the
advice as a document."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sendhealth.advice.services import ProvisionLine
from sendhealth.core.forms import RequiredDateField
from sendhealth.core.uploads import check_document
from sendhealth.rules import format_date

MAX_PROVISION_LINES = 20

# Words that tribunals and case law say do not specify provision ("as required", "regular").
VAGUE_FREQUENCIES = frozenset(
    {
        "as required",
        "as needed",
        "when needed",
        "when required",
        "regular",
        "regularly",
        "ongoing",
        "as appropriate",
        "access to",
        "support as needed",
    }
)

PROVISION_FIELDS = {
    "what": "Enter what the provision is",
    "who": "Enter who delivers it and their qualification",
    "how_often": "Enter how often",
    "how_long": "Enter for how long",
}


class ProvisionForm(forms.Form):
    """One line of provision. A blank line is ignored; a part-filled one must be finished."""

    what = forms.CharField(label="What the provision is", required=False, max_length=2000)
    who = forms.CharField(
        label="Who delivers it and their qualification",
        help_text="For example, speech and language therapist (HCPC registered)",
        required=False,
        max_length=200,
    )
    how_often = forms.CharField(
        label="How often",
        help_text="For example, weekly, 30 minutes",
        required=False,
        max_length=200,
    )
    how_long = forms.CharField(
        label="For how long",
        help_text="For example, for 12 months",
        required=False,
        max_length=200,
    )

    def clean(self):
        cleaned = super().clean()
        values = {name: (cleaned.get(name) or "").strip() for name in PROVISION_FIELDS}
        if not any(values.values()):
            return cleaned
        for name, message in PROVISION_FIELDS.items():
            if not values[name]:
                self.add_error(name, message)
        if values["how_often"].lower().rstrip(".") in VAGUE_FREQUENCIES:
            self.add_error(
                "how_often",
                "Say exactly how often, for example weekly, 30 minutes "
                f"(\u201c{values['how_often']}\u201d does not specify provision)",
            )
        return cleaned

    def line(self) -> ProvisionLine | None:
        data = getattr(self, "cleaned_data", {})
        if not any((data.get(name) or "").strip() for name in PROVISION_FIELDS):
            return None
        return ProvisionLine(**{name: data[name].strip() for name in PROVISION_FIELDS})


ProvisionFormSet = forms.formset_factory(
    ProvisionForm, extra=3, max_num=MAX_PROVISION_LINES, validate_max=True
)
FORMSET_ERRORS = {
    "too_many_forms": f"Enter {MAX_PROVISION_LINES} provision lines or fewer, or upload the "
    "advice as a document",
    "missing_management_form": "The provision lines could not be read: reload the page and "
    "try again",
}


def provision_formset(data=None, *, extra_lines: int = 0) -> forms.BaseFormSet:
    """The provision lines, prefixed ``provision``; ``extra_lines`` adds blank rows on top of
    those posted (the "Add another provision line" button without JavaScript)."""
    formset = ProvisionFormSet(data, prefix="provision", error_messages=FORMSET_ERRORS)
    if data is not None and extra_lines and formset.management_form.is_valid():
        total = min(formset.total_form_count() + extra_lines, MAX_PROVISION_LINES)
        data = data.copy()
        data["provision-TOTAL_FORMS"] = str(total)
        formset = ProvisionFormSet(data, prefix="provision", error_messages=FORMSET_ERRORS)
    return formset


def another_line_formset(data) -> forms.BaseFormSet:
    """The posted lines as typed, not yet checked, with one blank line after them."""
    posted = provision_formset(data)
    rows = [{name: f[name].value() for name in PROVISION_FIELDS} for f in posted.forms]
    with_another = forms.formset_factory(ProvisionForm, extra=1, max_num=MAX_PROVISION_LINES)
    return with_another(initial=rows, prefix="provision")


def resubmission_formset(previous) -> forms.BaseFormSet:
    """The provision lines of the advice the DCO team returned, to change and send again,
    with one blank line after them."""
    rows = [
        {name: getattr(line, name) for name in PROVISION_FIELDS}
        for line in previous.provision.all()
    ]
    with_previous = forms.formset_factory(
        ProvisionForm, extra=1 if rows else 3, max_num=MAX_PROVISION_LINES
    )
    return with_previous(initial=rows, prefix="provision")


RESUBMITTED_FIELDS = (
    "author_name",
    "author_role",
    "advice_date",
    "no_health_needs",
    "health_needs",
    "outcomes",
)


class AdviceForm(forms.Form):
    author_name = forms.CharField(
        label="Name of the person giving the advice",
        max_length=200,
        error_messages={"required": "Enter the name of the person giving the advice"},
    )
    author_role = forms.CharField(
        label="Profession and registration number",
        help_text="For example, Speech and language therapist, HCPC SL012345",
        max_length=200,
        error_messages={"required": "Enter the profession and registration number"},
    )
    advice_date = RequiredDateField(
        label="Date of the advice",
        help_text="For example, 15 3 2026",
        past_only=True,
        required_message="Enter the date of the advice",
    )
    no_health_needs = forms.BooleanField(
        label="This child has no health needs that relate to their special educational needs",
        required=False,
    )
    health_needs = forms.CharField(
        label="The child's health needs that relate to their special educational needs",
        help_text="Write for the family: plain English, with any abbreviations explained.",
        widget=forms.Textarea,
        required=False,
        max_length=20000,
    )
    outcomes = forms.CharField(
        label="Outcomes sought, from the child's point of view",
        help_text="For example, by July 2027 I will follow two-step instructions in class.",
        widget=forms.Textarea,
        required=False,
        max_length=20000,
    )
    document = forms.FileField(
        label="Upload the advice as a document (optional)",
        help_text="A PDF or a Word document (.docx)",
        required=False,
        error_messages={
            "empty": "The selected file is empty",
            "invalid": "The selected file could not be read: choose it again",
        },
    )

    drop_document = forms.BooleanField(
        label="Do not send the document you sent before",
        required=False,
    )

    def __init__(self, *args, assignment, provision, previous=None, **kwargs):
        """``previous``: the advice the DCO team returned for more information, whose
        document is sent again unless a new one is uploaded or the box to drop it is ticked."""
        self.assignment = assignment
        self.provision = provision
        self.previous = previous if previous is not None and previous.document else None
        self.document_type = ""
        super().__init__(*args, **kwargs)
        if self.previous is None:
            del self.fields["drop_document"]

    @classmethod
    def resubmission(cls, previous, *, assignment) -> AdviceForm:
        """The form as the returned advice left it, to change what the DCO team asked for."""
        return cls(
            initial={name: getattr(previous, name) for name in RESUBMITTED_FIELDS},
            assignment=assignment,
            provision=resubmission_formset(previous),
            previous=previous,
        )

    @property
    def kept_document(self):
        """The earlier submission whose document goes with this advice, or None."""
        if self.previous is None or not hasattr(self, "cleaned_data"):
            return None
        if self.cleaned_data.get("document") or self.cleaned_data.get("drop_document"):
            return None
        return self.previous

    def clean_advice_date(self):
        advice_date = self.cleaned_data["advice_date"]
        received = self.assignment.received_on
        if advice_date and advice_date < received:
            raise ValidationError(
                "The date of the advice must be the same as or after the date the service "
                f"received the request ({format_date(received)})"
            )
        return advice_date

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            self.document_type = check_document(document)
        return document

    def clean(self):
        cleaned = super().clean()
        has_lines = bool(self.provision_lines())
        part_filled = not self.provision.is_valid()
        has_document = (
            bool(cleaned.get("document"))
            or "document" in self.errors
            or self.kept_document is not None
        )
        if cleaned.get("no_health_needs"):
            if has_lines or part_filled:
                self.add_error(
                    "no_health_needs",
                    "You said the child has no health needs, so remove the provision lines "
                    "or untick the box",
                )
            return cleaned
        if has_document:
            return cleaned
        has_needs = bool((cleaned.get("health_needs") or "").strip())
        if not has_needs and not has_lines and not part_filled:
            self.add_error(
                "health_needs",
                "Enter the child's health needs and the provision, or upload the advice as a "
                "document",
            )
            return cleaned
        if not has_needs:
            self.add_error(
                "health_needs", "Enter the child's health needs, or upload the advice as a document"
            )
        if not has_lines and not part_filled:
            self.add_error(
                None,
                "Enter at least one line of provision (what, who, how often and for how long), "
                "or upload the advice as a document",
            )
        return cleaned

    def provision_lines(self) -> list[ProvisionLine]:
        """The complete lines; blank ones are left out and part-filled ones are errors."""
        return [line for f in self.provision.forms if not f.errors and (line := f.line())]
