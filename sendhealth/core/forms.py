"""Form fields shared by every app: the NHS.UK date input (day, month, year boxes) with the
error messages the NHS.UK design system recommends."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from sendhealth.core.uploads import check_document
from sendhealth.rules import nhs_number_is_valid, normalise_nhs_number

# An NHS number from the test range that passes the check digit (``rules.nhs_number_is_valid``):
# the forms' hint text. The NHS.UK design system's own example, 485 777 3456, fails it.
NHS_NUMBER_EXAMPLE = "999 123 4578"
NHS_NUMBER_HINT = f"10 digits, for example {NHS_NUMBER_EXAMPLE}"
INVALID_NHS_NUMBER = "Enter a valid 10-digit NHS number"


class NHSNumberField(forms.CharField):
    """An NHS number as people type it (spaces or dashes between the groups), checked with its
    check digit (``rules.nhs_number_is_valid``) and cleaned to its 10 digits. Every form that
    asks for one uses this field; a form that then looks the child up does so in its own
    ``clean_nhs_number`` on the cleaned digits."""

    def __init__(
        self,
        *,
        label: str = "NHS number",
        required_message: str = "Enter the child's NHS number",
        help_text: str = NHS_NUMBER_HINT,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("max_length", 20)
        super().__init__(
            label=label,
            help_text=help_text,
            error_messages={"required": required_message, "max_length": INVALID_NHS_NUMBER},
            **kwargs,
        )

    def clean(self, value: Any) -> str:
        text: str = super().clean(value)
        if text in self.empty_values:
            return text
        if not nhs_number_is_valid(text):
            raise ValidationError(INVALID_NHS_NUMBER, code="invalid")
        return normalise_nhs_number(text)


class DateInputWidget(forms.MultiWidget):
    """Three boxes named ``<name>_day``, ``<name>_month``, ``<name>_year``."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        widgets: dict[str, forms.Widget | type[forms.Widget]] = {
            "day": forms.TextInput(attrs={"inputmode": "numeric"}),
            "month": forms.TextInput(attrs={"inputmode": "numeric"}),
            "year": forms.TextInput(attrs={"inputmode": "numeric"}),
        }
        super().__init__(widgets, attrs)

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        """The three boxes; or, from the API, a date (or ``None``) given under the field's own
        name, already validated as a date (``api.schemas.Day``), with no day/month/year strings."""
        given = data.get(name) if hasattr(data, "get") else None
        if isinstance(given, datetime.date) or (given is None and name in data):
            return given
        return super().value_from_datadict(data, files, name)

    def decompress(self, value: Any) -> list[int | None]:
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateBoundField(forms.BoundField):
    """An ``NHSDateField`` in a form: ``parts`` are its boxes' values, so the ``date_field``
    macro renders the day, month and year inputs from the field alone."""

    @property
    def parts(self) -> dict[str, Any]:
        return date_parts(self.form, self.name)


class NHSDateField(forms.MultiValueField):
    """A date typed as day, month and year. ``label`` names it in error messages, e.g.
    "Date of birth must be a real date". ``past_only`` refuses dates after today. In a template
    ``date_field(form.<name>)`` renders its three boxes, with their values as typed (or the
    field's date): views pass nothing for them."""

    widget = DateInputWidget

    def get_bound_field(self, form: forms.BaseForm, field_name: str) -> DateBoundField:
        return DateBoundField(form, self, field_name)

    def __init__(self, *, past_only: bool = False, **kwargs: Any) -> None:
        self.past_only = past_only
        fields = (forms.CharField(), forms.CharField(), forms.CharField())
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    @property
    def _name(self) -> str:
        return str(self.label or "Date")

    def clean(self, value: Any) -> datetime.date | None:
        if isinstance(value, datetime.date):
            return self._checked(value)
        parts = [str(p).strip() if p is not None else "" for p in (value or ["", "", ""])]
        if not any(parts):
            if self.required:
                raise ValidationError(f"Enter {self._name.lower()}", code="required")
            return None
        missing = [
            name for name, part in zip(("day", "month", "year"), parts, strict=True) if not part
        ]
        if missing:
            raise ValidationError(
                f"{self._name} must include a {' and '.join(missing)}", code="incomplete"
            )
        try:
            day, month, year = (int(p) for p in parts)
            if year < 1900:
                raise ValueError
            result = datetime.date(year, month, day)
        except ValueError:
            raise ValidationError(f"{self._name} must be a real date", code="invalid") from None
        return self._checked(result)

    def has_changed(self, initial: Any, data: Any) -> bool:
        if data is None or isinstance(data, datetime.date):  # a date from the API
            return bool(initial != data)
        return bool(super().has_changed(initial, data))

    def _checked(self, result: datetime.date) -> datetime.date:
        if result.year < 1900:
            raise ValidationError(f"{self._name} must be a real date", code="invalid")
        if self.past_only and result > timezone.localdate():
            raise ValidationError(f"{self._name} must be today or in the past", code="future")
        return result

    def compress(self, data_list: Any) -> Any:  # pragma: no cover - clean() does the work
        return data_list


def date_parts(form: forms.BaseForm, name: str) -> dict[str, Any]:
    """The day/month/year values to put back in the boxes, as typed."""
    field = form[name]
    if form.is_bound:
        data = form.data
        return {p: data.get(f"{field.html_name}_{p}", "") for p in ("day", "month", "year")}
    value = field.value()
    if isinstance(value, datetime.date):
        return {"day": value.day, "month": value.month, "year": value.year}
    return {"day": "", "month": "", "year": ""}


class RequiredDateField(NHSDateField):
    """An ``NHSDateField`` whose "nothing entered" message is written out in full, because the
    generated one lower-cases the label ("Enter date ... for an ehc needs assessment")."""

    def __init__(self, *, required_message: str, **kwargs: Any) -> None:
        self.required_message = required_message
        super().__init__(**kwargs)

    def clean(self, value: Any) -> datetime.date | None:
        try:
            return super().clean(value)
        except ValidationError as error:
            if error.code == "required":
                raise ValidationError(self.required_message, code="required") from None
            raise


class DocumentField(forms.FileField):
    """An uploaded PDF or Word document, checked by ``core.uploads.check_document`` (type by
    content, size, active content). The cleaned upload carries ``document_type`` ("pdf" or
    "docx")."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", "Upload the document")
        kwargs.setdefault("help_text", "A PDF or a Word document (.docx)")
        messages = {
            "required": "Select a PDF or Word document to upload",
            "empty": "The selected file is empty",
            "invalid": "The selected file could not be read: choose it again",
        }
        messages.update(kwargs.pop("error_messages", None) or {})
        super().__init__(error_messages=messages, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        upload = super().clean(data, initial)
        if upload:
            upload.document_type = check_document(upload)
        return upload


class ReviewDatesMixin(forms.Form):
    """A review and the next one: the review's date (``review_field``) is today or in the past,
    and the next review date (``next_field``) is after it (after today when the form has no
    review date). One rule and one wording for every register that records reviews
    (healthcare plans, policies)."""

    review_field = "reviewed_on"
    next_field = "next_review_on"
    review_label = "Date of the review"

    def review_errors(self, cleaned: dict[str, Any]) -> dict[str, str]:
        """The review dates' errors, by field."""
        today = timezone.localdate()
        done, due = cleaned.get(self.review_field), cleaned.get(self.next_field)
        errors: dict[str, str] = {}
        if done is not None and done > today:
            errors[self.review_field] = f"{self.review_label} must be today or in the past"
        if due is not None and due <= (done or today):
            errors[self.next_field] = "Next review date must be after the date of the review"
        return errors

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        add_errors(self, self.review_errors(cleaned or {}))
        return cleaned


class AdviceRequestMixin(forms.Form):
    """What a local authority's request for health advice for an EHC needs assessment says
    (SEND Regulations 2014 reg 6(1)(c)): the date the local authority received it, the date it
    reaches health (health's 6 weeks, reg 8(1), run from it) and what the local authority asks.
    One set of labels, hints and messages for every form that raises a request (the LA's own,
    an enquiry turned into one). The core names no register, so the form that uses it supplies
    the dates' rule as ``check_dates(child, la_received_on, health_received_on)``
    (``advice.services.check_request_dates``), which raises a ``ValidationError`` by field."""

    la_received_on = RequiredDateField(
        label="Date the local authority received the request for an EHC needs assessment",
        help_text="For example, 15 3 2026",
        past_only=True,
        required_message="Enter the date the local authority received the request",
    )
    health_received_on = RequiredDateField(
        label="Date this request reaches health",
        help_text="Usually today. Health's 6 weeks to give advice start from this date.",
        past_only=True,
        initial=timezone.localdate,
        required_message="Enter the date this request reaches health",
    )
    questions = forms.CharField(
        label="What does the local authority ask of health?",
        help_text="For example, the questions for each service and anything health should know "
        "about the child's needs.",
        widget=forms.Textarea,
        max_length=5000,
        error_messages={
            "required": "Enter what the local authority asks of health",
            "max_length": "What the local authority asks of health must be 5,000 characters "
            "or fewer",
        },
    )

    check_dates: Callable[[Any, datetime.date | None, datetime.date | None], None]

    def __init__(self, *args: Any, child: Any, **kwargs: Any) -> None:
        self.child = child
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        dates = cleaned or {}
        try:
            type(self).check_dates(
                self.child, dates.get("la_received_on"), dates.get("health_received_on")
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


def add_errors(form: forms.Form, errors: dict[str, str]) -> None:
    """Add each ``{field: message}`` to a field that has no error yet (a field's own message,
    "Enter the date", comes first)."""
    for name, message in errors.items():
        if name in form.fields and name not in form.errors:
            form.add_error(name, message)
