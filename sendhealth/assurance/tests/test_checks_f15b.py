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


def providers(g: str) -> list[str]:
    return [f.quote for f in run_checks({"G": g}, kind="plan") if f.check == "no_provider"]


def test_a_named_team_the_provision_comes_from_is_a_provider():
    assert (
        providers("Advice from the dietetic service every term for the 2026/27 school year.") == []
    )


def test_an_office_role_doing_an_administrative_job_needs_no_qualification():
    assert (
        providers(
            "The exams officer will apply for 25% extra time in every exam for the 2026/27 "
            "school year."
        )
        == []
    )
    # Giving medicine is not administrative.
    assert providers(
        "The office manager will give him his inhaler at 12 noon every school day for the "
        "2026/27 school year."
    )


def test_a_later_clause_with_its_own_untrained_subject_needs_a_provider():
    text = (
        "His form tutor will give him a checklist every morning, and a teaching assistant will "
        "check in with him for 5 minutes each afternoon, for the 2026/27 school year."
    )
    assert providers(text) == [text]
    trained = text.replace("a teaching assistant", "a teaching assistant trained by the SENCo")
    assert providers(trained) == []


def test_staff_trained_in_the_very_task_cover_a_member_of_staff_doing_it():
    advised = (
        "A qualified teacher of the deaf will visit every month for the 2026/27 school year and "
        "will advise staff on using his writing slope.\n"
    )
    task = (
        "His teaching assistant will set up his writing slope every morning for the 2026/27 "
        "school year."
    )
    assert providers(advised + task) == []
    # Training in something else does not cover it.
    other = advised.replace("using his writing slope", "seating in class")
    assert providers(other + task) == [task]
