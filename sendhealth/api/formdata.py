"""The API checks what it is sent with the same Django forms as the pages, so both give the
same answer and the same messages. These helpers turn JSON into form data and form errors into
the API's 422 errors."""

from __future__ import annotations

from datetime import date

from django import forms
from django.core.exceptions import ValidationError

from sendhealth.api.errors import NON_FIELD


def date_data(name: str, value: date | None) -> dict[str, str]:
    """An ISO date as the day, month and year boxes of an ``NHSDateField``."""
    if value is None:
        return {f"{name}_{part}": "" for part in ("day", "month", "year")}
    return {
        f"{name}_day": str(value.day),
        f"{name}_month": str(value.month),
        f"{name}_year": str(value.year),
    }


def form_errors(form: forms.Form, *, non_field: str = NON_FIELD) -> dict[str, list[str]]:
    return {
        (non_field if name == "__all__" else name): list(messages)
        for name, messages in form.errors.items()
    }


def raise_invalid(errors: dict[str, list[str]]) -> None:
    """Answer 422 with ``errors`` (see ``errors.install``)."""
    if errors:
        raise ValidationError(errors)
