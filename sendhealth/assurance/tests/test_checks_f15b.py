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


def thread(c: str, g: str, e: str | None = None) -> list[tuple[str, str]]:
    sections = {"C": c, "G": g} if e is None else {"C": c, "E": e, "G": g}
    return [
        (f.section, f.quote)
        for f in run_checks(sections, kind="plan")
        if f.check == "golden_thread"
    ]


def test_conditions_named_together_each_need_their_own_provision():
    need = "Leo has asthma and eczema."
    asthma = "The school nurse will train his class staff in his asthma plan every September."
    assert thread(need, asthma) == [("C", need)]
    both = (
        asthma + "\nHis teaching assistant will help him put on his eczema cream every lunchtime."
    )
    assert thread(need, both) == []


def test_provision_referring_back_to_earlier_provision_serves_its_need():
    need = "Ruby has difficulty swallowing safely."
    g = (
        "A speech and language therapist will write a dysphagia management plan in September.\n"
        "The speech and language therapist will review the plan once a term."
    )
    assert thread(need, g) == []


def test_a_sentence_naming_another_need_is_read_on_its_own():
    c = "Ivy wears hearing aids. She also has hypermobility and gets pain in her hands when "
    c += "writing."
    e = "By the end of Year 5, Ivy will wear her hearing aids all day, every school day."
    g = (
        "The audiology service will check Ivy's hearing aids every six months.\n"
        "An occupational therapist will give her a pencil grip and a writing slope."
    )
    assert [quote for _, quote in thread(c, g, e)] == [
        "She also has hypermobility and gets pain in her hands when writing."
    ]


@pytest.mark.parametrize(
    ("need", "provision"),
    [
        (
            "Henry has sickle cell disease.",
            "The haematology nurse will train staff in his care plan.",
        ),
        ("Tommy has GORD.", "Staff will follow his reflux plan after every meal."),
    ],
)
def test_blood_and_gut_conditions_are_concepts(need, provision):
    assert thread(need, provision) == []
    assert thread(need, "A physiotherapist will see him every week.")
