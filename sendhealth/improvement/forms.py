"""The forms of the self-evaluation and the improvement plan. A form that is not valid writes
nothing; every message says what to do next."""

from __future__ import annotations

from django import forms

from sendhealth.core.forms import DocumentField, NHSDateField, RequiredDateField
from sendhealth.improvement.measures import FIGURE_CHOICES
from sendhealth.improvement.models import ActionStatus, Direction, Framework, Rag, RatingLevel

QUARTERS = [
    (q, f"Quarter {q} ({months})")
    for q, months in (
        (1, "April to June"),
        (2, "July to September"),
        (3, "October to December"),
        (4, "January to March"),
    )
]


class EvaluationForm(forms.Form):
    framework = forms.ModelChoiceField(
        label="Framework",
        queryset=Framework.objects.filter(is_active=True),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Select the framework to evaluate against"},
    )
    year = forms.IntegerField(
        label="Financial year starting in",
        min_value=2014,
        max_value=2100,
        help_text="For example, 2026 for 2026-27",
        error_messages={"required": "Enter the year the financial year starts in"},
    )
    quarter = forms.TypedChoiceField(
        label="Quarter",
        choices=QUARTERS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the quarter"},
    )


class RatingForm(forms.Form):
    level = forms.ModelChoiceField(
        label="Rating",
        queryset=RatingLevel.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Select a rating"},
    )
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea, max_length=5000)
    evidence = forms.ChoiceField(
        label="Add evidence sendhealth holds", required=False, choices=[("", "None")]
    )
    document_label = forms.CharField(
        label="Or upload a document: its title", required=False, max_length=300
    )
    document = DocumentField(label="The document", required=False)

    def __init__(self, *args, levels, evidence_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].queryset = levels
        self.fields["evidence"].choices = [("", "None"), *evidence_choices]

    @property
    def document_type(self) -> str:
        document = self.cleaned_data.get("document")
        return document.document_type if document else ""

    def clean(self):
        data = super().clean()
        label, document = data.get("document_label"), data.get("document")
        if document and not label:
            self.add_error("document_label", "Enter the document's title")
        if label and not document and "document" not in self.errors:
            self.add_error("document", "Select the document to upload")
        return data


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label="Summary of the quarter", required=False, widget=forms.Textarea, max_length=10000
    )


class ForumLinkForm(forms.Form):
    name = forms.CharField(
        label="The forum representative's name",
        max_length=200,
        error_messages={"required": "Enter the representative's name"},
    )
    days = forms.IntegerField(
        label="How many days the link works for",
        min_value=1,
        max_value=60,
        initial=14,
        error_messages={"required": "Enter how many days the link works for"},
    )


class ForumReviewForm(forms.Form):
    overall = forms.CharField(
        label="The forum's comments on the self-evaluation as a whole",
        required=False,
        widget=forms.Textarea,
        max_length=10000,
    )
    sign_as = forms.CharField(
        label="To co-sign, type your name and your forum's name",
        help_text="Leave empty to save your comments and come back to them",
        required=False,
        max_length=200,
    )

    def __init__(self, *args, ratings, **kwargs):
        super().__init__(*args, **kwargs)
        self.rating_fields = []
        for rating in ratings:
            name = f"comment_{rating.pk}"
            self.fields[name] = forms.CharField(
                label=f"Your comment on: {rating.statement.text}",
                required=False,
                widget=forms.Textarea,
                max_length=5000,
            )
            self.rating_fields.append((rating, name))

    def comments(self) -> dict[int, str]:
        return {rating.pk: self.cleaned_data[name] for rating, name in self.rating_fields}


class PriorityForm(forms.Form):
    title = forms.CharField(
        label="Priority", max_length=300, error_messages={"required": "Enter the priority"}
    )
    description = forms.CharField(
        label="What will be different", required=False, widget=forms.Textarea, max_length=5000
    )
    statements = forms.ModelMultipleChoiceField(
        label="Self-evaluation statements it answers",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, statements, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statements"].queryset = statements


class ActionForm(forms.Form):
    title = forms.CharField(
        label="Action", max_length=300, error_messages={"required": "Enter the action"}
    )
    owner = forms.CharField(
        label="Owner (name and role)",
        max_length=200,
        error_messages={"required": "Enter who owns the action"},
    )
    organisation = forms.ModelChoiceField(
        label="Organisation that leads it",
        queryset=None,
        error_messages={"required": "Select the organisation that leads the action"},
    )
    due_on = RequiredDateField(label="Due date", required_message="Enter the due date")
    status = forms.ChoiceField(label="Status", choices=ActionStatus.choices)
    measure = forms.ModelChoiceField(
        label="Measure that sets its RAG status",
        queryset=None,
        required=False,
        empty_label="None",
    )

    def __init__(self, *args, organisations, measures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["measure"].queryset = measures


class RagForm(forms.Form):
    rag = forms.ChoiceField(
        label="RAG status",
        choices=[("", "Set by its measure and due date"), *Rag.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(label="Reason", required=False, widget=forms.Textarea, max_length=2000)

    def clean(self):
        data = super().clean()
        if data.get("rag") and not (data.get("reason") or "").strip():
            self.add_error("reason", "Enter the reason for setting the RAG status by hand")
        return data


class MilestoneForm(forms.Form):
    title = forms.CharField(
        label="Milestone", max_length=300, error_messages={"required": "Enter the milestone"}
    )
    due_on = RequiredDateField(label="Due date", required_message="Enter the milestone's due date")
    done_on = NHSDateField(label="Date done", required=False, past_only=True)


class MeasureForm(forms.Form):
    figure = forms.ChoiceField(label="Figure", choices=FIGURE_CHOICES)
    name = forms.CharField(
        label="Name", max_length=200, error_messages={"required": "Enter the measure's name"}
    )
    target = forms.DecimalField(
        label="Target",
        max_digits=10,
        decimal_places=1,
        error_messages={"required": "Enter the target"},
    )
    direction = forms.ChoiceField(
        label="Direction", choices=Direction.choices, widget=forms.RadioSelect
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why the publication is withdrawn",
        help_text="Kept in the audit trail",
        widget=forms.Textarea,
        max_length=2000,
        error_messages={"required": "Enter the reason for withdrawing the publication"},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Enter the reason for withdrawing the publication")
        return reason
