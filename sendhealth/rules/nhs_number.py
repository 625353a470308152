"""NHS number validation and formatting (NHS Data Dictionary: NHS number, modulus 11 check).

An NHS number is 10 digits. Digits 1 to 9 are multiplied by the weights 10 down to 2 and summed;
the check digit (digit 10) is 11 minus the sum modulo 11, where 11 means 0 and 10 means the
number is invalid. Numbers starting 999 are reserved for testing. Numbers are stored
unformatted and shown as 3-3-4 ("943 476 5919").
"""

import random
import re

__all__ = [
    "format_nhs_number",
    "generate_test_nhs_number",
    "nhs_number_is_valid",
    "normalise_nhs_number",
]

TEST_RANGE_PREFIX = "999"

# 10 ASCII digits, optionally grouped 3-3-4 by single spaces or hyphens. [0-9] rather than \d,
# which would also accept non-ASCII digits such as "٩".
_NHS_NUMBER_PATTERN = re.compile(r"([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})")


def _check_digit(first_nine: str) -> int | None:
    """The modulus 11 check digit for nine digits, or None where it would be 10 (invalid)."""
    total = sum(
        int(digit) * weight for digit, weight in zip(first_nine, range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def _digits(value: object) -> str | None:
    """The 10 digits of a well-formed NHS number string, or None if it is not well formed."""
    if not isinstance(value, str):
        return None
    match = _NHS_NUMBER_PATTERN.fullmatch(value.strip())
    if match is None:
        return None
    return "".join(match.groups())


def nhs_number_is_valid(value: object) -> bool:
    """Whether ``value`` is a valid NHS number (NHS Data Dictionary, modulus 11 algorithm).

    Accepts 10 digits, optionally grouped 3-3-4 by spaces or hyphens ("943 476 5919",
    "943-476-5919"). Anything else, including None and non-strings, is invalid. Never raises.
    """
    digits = _digits(value)
    if digits is None:
        return False
    return _check_digit(digits[:9]) == int(digits[9])


def normalise_nhs_number(value: str) -> str:
    """The 10 digits of a valid NHS number, for storage (NHS Data Dictionary: store unformatted).

    Raises ValueError if the number is not valid.
    """
    digits = _digits(value)
    if digits is None or not nhs_number_is_valid(digits):
        raise ValueError("This is not a valid NHS number.")
    return digits


def format_nhs_number(value: str) -> str:
    """A valid NHS number shown 3-3-4 with spaces, e.g. "943 476 5919" (NHS display standard).

    Raises ValueError if the number is not valid.
    """
    digits = normalise_nhs_number(value)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def generate_test_nhs_number(rng: random.Random) -> str:
    """A random valid NHS number in the 999 test range, for synthetic data only.

    Numbers starting 999 are never issued to patients. Draws again when the check digit would
    be 10, so every result passes ``nhs_number_is_valid``.
    """
    while True:
        first_nine = TEST_RANGE_PREFIX + "".join(str(rng.randrange(10)) for _ in range(6))
        check = _check_digit(first_nine)
        if check is not None:
            return f"{first_nine}{check}"
