"""The API checks what it is sent with the same Django forms as the pages, so both give the
same answer and the same messages. These helpers turn JSON into form data and form errors into
the API's 422 errors. A date goes to a form as a date under the field's own name
(`core.forms.NHSDateField` takes it), never as day, month and year strings."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sendhealth.api.errors import NON_FIELD


def form_errors(form: forms.Form, *, non_field: str = NON_FIELD) -> dict[str, list[str]]:
    return {
        (non_field if name == "__all__" else name): list(messages)
        for name, messages in form.errors.items()
    }


def raise_invalid(errors: dict[str, list[str]]) -> None:
    """Answer 422 with ``errors`` (see ``errors.install``)."""
    if errors:
        raise ValidationError(errors)
