"""The forms' own examples are ones the forms would accept."""

import importlib
import inspect
import re

from django import forms

from sendhealth.core.forms import NHS_NUMBER_EXAMPLE
from sendhealth.core.plugins import app_modules
from sendhealth.rules import nhs_number_is_valid, normalise_nhs_number

EXAMPLE_NHS_NUMBER = re.compile(r"\b\d{3} \d{3} \d{4}\b")


def _form_classes():
    modules = list(app_modules("forms"))
    modules += [
        importlib.import_module(f"sendhealth.advice.{m}") for m in ("forms_la", "forms_dco")
    ]
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                yield cls


def test_the_example_nhs_number_passes_the_check_digit():
    assert nhs_number_is_valid(normalise_nhs_number(NHS_NUMBER_EXAMPLE))


def test_every_nhs_number_in_a_forms_hint_passes_the_check_digit():
    examples = []
    for cls in _form_classes():
        for name, field in cls.base_fields.items():
            for example in EXAMPLE_NHS_NUMBER.findall(str(field.help_text or "")):
                examples.append((cls.__name__, name, example))
    assert len(examples) >= 4, examples  # children, notifications, panels, transitions
    for form, field, example in examples:
        assert nhs_number_is_valid(example.replace(" ", "")), (form, field, example)
