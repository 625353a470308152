import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.rules import (
    format_nhs_number,
    generate_test_nhs_number,
    nhs_number_is_valid,
    normalise_nhs_number,
)

from .strategies import rules_settings

valid_test_numbers = st.integers(0, 2**32).map(
    lambda seed: generate_test_nhs_number(random.Random(seed))
)


class TestNhsNumberIsValid:
    @pytest.mark.parametrize(
        "value", ["9434765919", "6716689966", "943 476 5919", "943-476-5919", " 9434765919 "]
    )
    def test_accepts_the_published_examples_with_or_without_separators(self, value):
        assert nhs_number_is_valid(value)

    @pytest.mark.parametrize(
        "value",
        [
            None,
            "",
            "943476591",  # 9 digits
            "94347659190",  # 11 digits
            "9434765918",  # wrong check digit
            "943476591A",
            "ABC4765919",
            "9 4 3 4 7 6 5 9 1 9",
            "943--476-5919",
            "٩٤٣٤٧٦٥٩١٩",  # Arabic-Indic digits are not ASCII digits
            9434765919,  # not a string
        ],
    )
    def test_rejects_anything_that_is_not_a_valid_number(self, value):
        assert not nhs_number_is_valid(value)

    def test_rejects_a_number_whose_check_digit_would_be_10(self):
        # 1 0 0 0 0 0 0 0 1 weighted 10..2 sums to 12; 12 % 11 = 1, so the check digit is 10.
        assert not any(nhs_number_is_valid(f"100000001{d}") for d in range(10))

    @rules_settings
    @given(st.text())
    def test_never_raises_on_arbitrary_text(self, value):
        assert nhs_number_is_valid(value) in (True, False)

    @rules_settings
    @given(valid_test_numbers, st.integers(0, 9), st.integers(1, 9))
    def test_changing_any_one_digit_makes_a_valid_number_invalid(self, number, position, shift):
        digits = list(number)
        digits[position] = str((int(digits[position]) + shift) % 10)
        assert not nhs_number_is_valid("".join(digits))

    @rules_settings
    @given(valid_test_numbers, st.integers(0, 8))
    def test_swapping_two_different_adjacent_digits_makes_it_invalid(self, number, position):
        digits = list(number)
        if digits[position] == digits[position + 1]:
            return
        digits[position], digits[position + 1] = digits[position + 1], digits[position]
        assert not nhs_number_is_valid("".join(digits))

    @rules_settings
    @given(st.from_regex(r"[0-9]{10}", fullmatch=True))
    def test_a_number_is_valid_exactly_when_its_weighted_sum_is_a_multiple_of_11(self, number):
        weighted = sum(int(d) * w for d, w in zip(number, range(10, 0, -1)))
        assert nhs_number_is_valid(number) == (weighted % 11 == 0)


class TestGenerateTestNhsNumber:
    @rules_settings
    @given(valid_test_numbers)
    def test_every_generated_number_is_valid_and_in_the_999_test_range(self, number):
        assert nhs_number_is_valid(number)
        assert number.startswith("999")
        assert len(number) == 10

    def test_the_same_seed_gives_the_same_numbers(self):
        first = [generate_test_nhs_number(random.Random(7)) for _ in range(3)]
        second = [generate_test_nhs_number(random.Random(7)) for _ in range(3)]
        assert first == second


class TestNormaliseAndFormat:
    def test_normalise_strips_spaces_and_hyphens(self):
        assert normalise_nhs_number("943 476 5919") == "9434765919"
        assert normalise_nhs_number("671-668-9966") == "6716689966"

    def test_normalise_raises_for_an_invalid_number(self):
        with pytest.raises(ValueError, match="not a valid NHS number"):
            normalise_nhs_number("9434765918")

    def test_format_shows_three_three_four_with_spaces(self):
        assert format_nhs_number("9434765919") == "943 476 5919"
        assert format_nhs_number("943-476-5919") == "943 476 5919"

    def test_format_raises_for_an_invalid_number(self):
        with pytest.raises(ValueError):
            format_nhs_number("12345")

    @rules_settings
    @given(valid_test_numbers)
    def test_formatting_then_normalising_gives_back_the_stored_digits(self, number):
        assert normalise_nhs_number(format_nhs_number(number)) == number
