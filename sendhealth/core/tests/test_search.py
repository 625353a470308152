"""The register lists' one search box: a reference, an NHS number or a name, by POST."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.core.search import RecordSearch, RecordSearchForm


def clean(text: str, **kwargs):
    form = RecordSearchForm({"query": text}, reference_prefix="SG", **kwargs)
    return form, (form.search if form.is_valid() else None)


class TestWhatTheBoxUnderstands:
    @pytest.mark.parametrize("text", ["SG-000012", "sg-12", "SG12", " SG - 0012 "])
    def test_a_reference_in_any_spelling_finds_that_record(self, text):
        assert clean(text)[1] == RecordSearch(pk=12)

    @pytest.mark.parametrize("text", ["943 476 5919", "943-476-5919", "9434765919"])
    def test_a_valid_nhs_number_finds_the_child(self, text):
        assert clean(text)[1] == RecordSearch(nhs_number="9434765919")

    def test_words_with_letters_are_a_name(self):
        assert clean("  Amara   Okafor ")[1] == RecordSearch(name_words=("Amara", "Okafor"))

    def test_another_registers_reference_is_a_name_search_not_a_record(self):
        assert clean("PK-000012")[1] == RecordSearch(name_words=("PK-000012",))

    @pytest.mark.parametrize("text", ["9434765918", "12345", "   "])
    def test_digits_that_are_no_nhs_number_get_a_clear_message(self, text):
        form, found = clean(text)
        assert found is None
        assert form.errors["query"] == [
            "Enter a reference like SG-000123, a valid 10-digit NHS number, or a name"
        ] or form.errors["query"] == ["Enter a reference, an NHS number or a name"]

    def test_a_register_without_children_takes_references_only(self):
        form, found = clean("Amara", by_child=False)
        assert found is None
        assert form.errors["query"] == ["Enter a reference like SG-000123"]

    @given(st.text(max_size=100))
    def test_any_text_is_understood_or_refused_never_an_exception(self, text):
        form = RecordSearchForm({"query": text}, reference_prefix="SG")
        form.is_valid()
