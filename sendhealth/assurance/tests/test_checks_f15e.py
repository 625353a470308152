"""General rules added in f15e (issue 15), each from the issue's classes of failure, the domain
notes, the labelling conventions and the seen sets, never from the blind cases."""

import pytest

from sendhealth.assurance.checks import run_checks, wording
from sendhealth.assurance.checks.authorship import advice_no_author
from sendhealth.assurance.checks.lexicon import DEFAULT
from sendhealth.assurance.checks.outcomes import outcome_not_smart
from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider

YEAR = " every day for 10 minutes for the 2026/27 school year."


def jargon(text: str) -> list[str]:
    return [f.quote for f in run_checks({"C": text}, kind="plan") if f.check == "jargon"]


# jargon -------------------------------------------------------------------------------


def test_the_jargon_lexicon_is_data_with_plain_words_for_each_term():
    terms = wording.read_jargon("[topic]\n# note\nhypotonia | low muscle tone\ndesat* | drops\n")
    assert terms == {"hypotonia": "low muscle tone", "desat*": "drops"}
    with pytest.raises(ValueError):
        wording.read_jargon("hypotonia low muscle tone\n")
    assert all(plain for plain in wording.JARGON.values())
    assert "dysregulation" not in wording.JARGON  # families' own word now


@pytest.mark.parametrize(
    "text",
    [
        "He has dysphagia (difficulty swallowing).",
        "He has difficulty swallowing (dysphagia).",
        "He has low muscle tone, known as hypotonia.",
        "This is called hypotonia by doctors.",
        "Dysphagia means difficulty swallowing safely.",
        "He has hypotonia. This means his muscles are floppy.",
        "She has hypotonia: her muscles are floppy.",
        "She has hypotonia in her trunk, which means she tires sitting.",
        "He has hypotonia, or low muscle tone, in his trunk.",
    ],
)
def test_jargon_explained_where_it_is_used(text):
    assert jargon(text) == []


def test_a_word_explained_once_is_explained_for_the_rest_of_the_document():
    sections = {
        "C": "Sam has dysphagia (difficulty swallowing).",
        "G": "The speech and language therapist will review his dysphagia plan termly.",
    }
    assert [f for f in run_checks(sections) if f.check == "jargon"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He has desaturations at night.", "desaturations"),
        ("She has marked dysdiadochokinesia.", "dysdiadochokinesia"),
        ("He has bilateral talipes.", "bilateral"),
        ("She has a left hemianopia.", "hemianopia"),
    ],
)
def test_clinical_signs_are_jargon_when_unexplained(text, word):
    assert word in jargon(text)


# no_provider --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # Being supervised is not a qualification.
        "Sam will be supervised at lunch" + YEAR,
        "Sam will be supervised by a teaching assistant at lunch" + YEAR,
        # A qualified role named as the source of a programme does not deliver it.
        "A teaching assistant will do the stretches set by the physiotherapist" + YEAR,
        "Stretches will be done by a teaching assistant following the physiotherapist's "
        "programme" + YEAR,
        "The school will deliver the SALT programme" + YEAR,
        # Nor one the provider reports to.
        "Staff will tell the school nurse about any seizure" + YEAR,
        # Toilet training is the provision, not a qualification.
        "Staff will deliver toilet training" + YEAR,
    ],
)
def test_who_does_it_must_be_qualified_or_trained(sentence):
    assert no_provider("G", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The physiotherapist will see Sam" + YEAR,
        "A teaching assistant trained by the physiotherapist will do his stretches" + YEAR,
        "Sam will have a session with the speech and language therapist" + YEAR,
        "Her inhaler will be given by a trained member of staff before PE" + YEAR,
        "Parents will be offered a sleep workshop by the learning disability nurse" + YEAR,
        "Sophie will have a referral to the community paediatrician" + YEAR,
        "Her class teacher will share the SALT's strategies with staff" + YEAR,
    ],
)
def test_a_qualified_doer_is_a_provider(sentence):
    assert no_provider("G", sentence) == []


# how often and how long ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Before PE, a trained teaching assistant will remind her to use her inhaler, for the "
        "school year.",
        "After lunch, a trained teaching assistant will check her blood glucose, for the "
        "school year.",
        "On arrival, her key worker, trained by the nurse, will check her splints, for the "
        "school year.",
    ],
)
def test_a_recurring_part_of_the_day_is_how_often(sentence):
    assert no_frequency("G", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A physiotherapist will see him weekly for 30 minutes during this academic year.",
        "A physiotherapist will see him weekly in a 6-week block.",
        "A physiotherapist will see him weekly for a course of six sessions.",
        "A physiotherapist will see him weekly from September to July.",
        "A physiotherapist will see him weekly until her next review.",
    ],
)
def test_how_uk_plans_say_how_long(sentence):
    assert no_duration("G", sentence) == []


# outcomes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By July 2027 Sam will feel confident on every school day, as recorded by staff.",
        "By 31st July 2027 Mia will walk 20 metres with her frame.",
        "Over the next year, Mia will tolerate wearing her splints for 2 hours a day.",
        "During Year 6 Amy will use her inhaler without reminders.",
        "By the end of KS2 Amy will use her inhaler without reminders.",
        "Outcomes for the end of Key Stage 2\n- Sam will walk 20 metres with his frame.",
        "These outcomes will be reviewed at the annual review.",
        "Outcomes (to be achieved by July 2027)\n1. Evie will use her book to ask for a drink "
        "on 4 out of 5 opportunities.",
    ],
)
def test_measurable_and_timed_outcomes_and_lines_that_are_not_outcomes(text):
    assert outcome_not_smart("E", text) == []


def test_an_outcome_with_neither_time_nor_criterion_is_still_found():
    assert outcome_not_smart("E", "Sam will be happier.")


# advice author ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "author",
    [
        "Jo Bloggs, Physio, 12th of March 2026",
        "Amy Lee, Community Paediatrics, March 12th 2026",
        "Signed: J Smith Date: 3/4/2026 Role: SALT",
    ],
)
def test_signatures_with_short_roles_and_written_dates(author):
    assert advice_no_author("author", author) == []


def test_a_title_alone_is_not_a_profession():
    assert advice_no_author("author", "Dr Chen, 9 April 2026")


# golden thread ------------------------------------------------------------------------


def thread(c: str, g: str, e: str | None = None) -> list[str]:
    sections = {"C": c, "G": g} if e is None else {"C": c, "E": e, "G": g}
    return [f.quote for f in run_checks(sections) if f.check == "golden_thread"]


def test_history_is_not_a_need():
    c = "Sam has epilepsy. He was born at 27 weeks and needed oxygen. He had grommets in 2022."
    g = "A trained teaching assistant will give his rescue medication if a seizure lasts 5 minutes."
    assert thread(c, g) == []


def test_a_condition_that_needs_nothing_at_school_is_not_a_need():
    c = "Sam has epilepsy.\n\nHis asthma is well controlled and does not affect him at school."
    g = "A trained teaching assistant will give his rescue medication if a seizure lasts 5 minutes."
    assert thread(c, g) == []


def test_provision_named_by_everyday_words_is_not_said_to_meet_no_need():
    c = "Tom has muscular dystrophy and tires when walking."
    g = "A physiotherapist will review his walking weekly. Tom will eat lunch with his class."
    assert thread(c, g) == []


def test_provision_named_clinically_that_meets_no_need_is_still_found():
    c = "Tom has epilepsy with seizures most weeks; staff give his rescue medication."
    g = (
        "A trained teaching assistant will give his rescue medication if a seizure lasts 5 "
        "minutes. A dietitian will review his diet termly."
    )
    assert thread(c, g) == ["A dietitian will review his diet termly."]


def test_a_condition_specialist_trainer_makes_the_provision_care_for_that_condition():
    c = "Elsie has cystic fibrosis."
    g = "Her teaching assistant, trained by the cystic fibrosis nurse, will give her capsules."
    assert thread(c, g) == []


@pytest.mark.parametrize(
    ("lay", "clinical", "concept"),
    [
        ("He is known to the LD team.", "The learning disability nurse", "learning disability"),
        ("He cannot use his hands to point.", "his eye-gaze device", "communication"),
        ("He cannot lift his arms.", "voice typing on his laptop", "hand skills"),
        ("She gets crises when dehydrated.", "her water bottle", "blood conditions"),
    ],
)
def test_lexicon_links_lay_and_clinical_terms(lay, clinical, concept):
    assert concept in DEFAULT.concepts_in(lay, weak=True)
    assert concept in DEFAULT.concepts_in(clinical, weak=True)


# conditional provision ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If a seizure lasts longer than 5 minutes, a trained member of staff will give the "
        "prescribed rescue medication, as required, while she attends the school.",
        "Her trained teaching assistant will give her reliever inhaler as required if she is "
        "wheezy, for the school year.",
    ],
)
def test_as_required_with_its_trigger_stated_is_specified(sentence):
    assert "unspecified_provision" not in {f.check for f in run_checks({"G": sentence})}


@pytest.mark.parametrize(
    "sentence",
    [
        "The school nursing team will provide support as required.",
        "When he is in class, staff will help him as needed.",
    ],
)
def test_as_required_without_a_trigger_is_still_unspecified(sentence):
    assert "unspecified_provision" in {f.check for f in run_checks({"G": sentence})}


def test_a_table_rows_who_cell_naming_a_health_service_is_a_provider():
    row = (
        "Hearing | Hearing review | Community audiology service | Every 6 months | Until July 2027"
    )
    assert no_provider("G", row) == []


def test_after_a_seizure_is_a_trigger_and_until_collected_a_duration():
    sentence = (
        "After a seizure, Alfie will rest in the medical room supervised by a trained member "
        "of staff until his parents collect him."
    )
    assert no_frequency("G", sentence) == [] and no_duration("G", sentence) == []


def test_professions_that_serve_more_than_one_need():
    assert "eating, drinking and swallowing" in DEFAULT.concepts_in("speech and language therapy")
    assert "sensory processing" in DEFAULT.concepts_in("an occupational therapist")


def test_an_aspiration_is_not_an_outcome_but_vague_progress_is_not_smart():
    assert outcome_not_smart("E", "Long-term aspiration: Leo wants to be a footballer.") == []
    assert outcome_not_smart("E", "By the end of Year 5 Jo will make good progress in reading.")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Jack will have weekly physio sessions for 30 minutes for the school year.", True),
        ("Jack will have 30 minutes of physio weekly for the school year.", True),
        ("The physio will see Jack weekly for 30 minutes for the school year.", False),
        (
            "A habilitation specialist will teach Jack cane skills weekly for the school year.",
            False,
        ),
        ("A qualified first aider will check his splints daily for the school year.", False),
    ],
)
def test_a_profession_named_as_an_activity_is_not_a_provider(sentence, flagged):
    assert bool(no_provider("G", sentence)) is flagged


def test_an_amount_a_period_is_how_often():
    sentence = "An occupational therapist will run a group for 45 minutes a week for 6 weeks."
    assert no_frequency("G", sentence) == []


def test_an_acronym_defined_in_brackets_with_more_after_it():
    text = "Ethan has developmental coordination disorder (DCD, also called dyspraxia)."
    assert [f for f in run_checks({"C": text}) if f.check == "acronym"] == []
