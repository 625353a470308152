"""General rules added after the blind set's first run (issue 15), each from the seen sets and
the domain, never from the blind cases."""

import pytest

from sendhealth.assurance.checks import run_checks


def drugs(text: str) -> list[str]:
    return [f.quote for f in run_checks({"C": text}, kind="plan") if f.check == "drug_name"]


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("She takes Creon with every meal.", "Creon"),
        ("He has clobazam at night.", "clobazam"),
        ("Her Kaftrio is taken at home.", "Kaftrio"),
        ("He uses a Seretide inhaler.", "Seretide"),
        ("She has Calpol for pain.", "Calpol"),
        ("He takes NovoRapid before lunch.", "NovoRapid"),
        ("She takes propranolol.", "propranolol"),
        ("He is on budesonide.", "budesonide"),
    ],
)
def test_common_paediatric_medicines_by_bnfc_chapter_and_family(text, drug):
    assert drugs(text) == [drug]


@pytest.mark.parametrize(
    "text",
    [
        "She wears an insulin pump and checks it at lunch.",
        "Staff will carry her insulin pen in the first-aid bag.",
        "He saw a magazine article about cholesterol in April.",
    ],
)
def test_a_drug_word_naming_a_device_and_look_alike_words_are_not_drugs(text):
    assert drugs(text) == []
