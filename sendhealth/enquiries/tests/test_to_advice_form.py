"""An enquiry turned into a request for advice asks what the LA's own request form asks, in the
same words: one definition (``core.forms.AdviceRequestMixin``), not two copies that drift."""

import datetime
import types

from sendhealth.advice.forms_la import RaiseRequestForm
from sendhealth.core.forms import AdviceRequestMixin
from sendhealth.enquiries.forms import ToAdviceForm

CHILD = types.SimpleNamespace(date_of_birth=datetime.date(2015, 1, 1))


def _described(cls):
    return [
        (name, type(f), f.label, f.help_text, f.required, type(f.widget), f.error_messages)
        for name, f in cls.base_fields.items()
    ]


def test_both_forms_use_the_one_shared_definition():
    assert issubclass(RaiseRequestForm, AdviceRequestMixin)
    assert issubclass(ToAdviceForm, AdviceRequestMixin)
    assert _described(ToAdviceForm) == _described(RaiseRequestForm)
    assert list(RaiseRequestForm.base_fields) == [
        "la_received_on",
        "health_received_on",
        "questions",
    ]


def test_both_forms_render_the_same_html_and_errors():
    empty = {}
    bad = {
        "la_received_on_day": "1",
        "la_received_on_month": "1",
        "la_received_on_year": "2014",
        "health_received_on_day": "1",
        "health_received_on_month": "1",
        "health_received_on_year": "2013",
        "questions": "x" * 5001,
    }
    for data in (None, empty, bad):
        la, enquiry = RaiseRequestForm(data, child=CHILD), ToAdviceForm(data, child=CHILD)
        if data is not None:
            assert not la.is_valid() and not enquiry.is_valid()
            assert la.errors == enquiry.errors
        assert la.as_div() == enquiry.as_div()


def test_each_checks_the_dates_by_the_advice_rule():
    data = {
        "la_received_on_day": "1",
        "la_received_on_month": "1",
        "la_received_on_year": "2020",
        "health_received_on_day": "1",
        "health_received_on_month": "1",
        "health_received_on_year": "2019",
        "questions": "What health should know",
    }
    for cls in (RaiseRequestForm, ToAdviceForm):
        form = cls(data, child=CHILD)
        assert not form.is_valid()
        assert "same as or after" in form.errors["health_received_on"][0]
        form = cls({**data, "health_received_on_year": "2021"}, child=CHILD)
        assert form.is_valid(), form.errors
        assert form.cleaned_data["health_received_on"] == datetime.date(2021, 1, 1)
