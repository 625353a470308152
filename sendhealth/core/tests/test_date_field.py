"""The NHS.UK date field: its bound field gives the boxes' values (so views pass nothing), and
the API hands it a date under the field's own name, never day/month/year strings."""

import datetime
from unittest import mock

from django import forms

from sendhealth.core.forms import NHSDateField

TODAY = datetime.date(2026, 3, 2)


class DateForm(forms.Form):
    held_on = NHSDateField(label="Date of the panel")
    told_on = NHSDateField(label="Date told", required=False, past_only=True)


class TestTheBoxes:
    def test_an_unbound_form_shows_the_fields_date(self):
        form = DateForm(initial={"held_on": datetime.date(2026, 3, 10)})
        assert form["held_on"].parts == {"day": 10, "month": 3, "year": 2026}
        assert form["told_on"].parts == {"day": "", "month": "", "year": ""}

    def test_a_bound_form_shows_the_boxes_as_typed(self):
        form = DateForm({"held_on_day": "31", "held_on_month": "2", "held_on_year": "2026"})
        assert form["held_on"].parts == {"day": "31", "month": "2", "year": "2026"}
        assert form.errors["held_on"] == ["Date of the panel must be a real date"]


class TestADateFromTheApi:
    def test_a_date_is_taken_as_it_is(self):
        form = DateForm({"held_on": datetime.date(2026, 3, 10), "told_on": None})
        assert form.is_valid(), form.errors
        assert form.cleaned_data == {"held_on": datetime.date(2026, 3, 10), "told_on": None}
        assert form.has_changed()

    def test_a_missing_date_gets_the_pages_message(self):
        form = DateForm({"held_on": None})
        assert form.errors["held_on"] == ["Enter date of the panel"]

    def test_the_fields_rules_still_apply(self):
        with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
            form = DateForm({"held_on": datetime.date(1899, 1, 1), "told_on": TODAY.replace(day=3)})
            assert form.errors == {
                "held_on": ["Date of the panel must be a real date"],
                "told_on": ["Date told must be today or in the past"],
            }
