"""General rules added by f15i (judged by transfer to a held-out blind set). Every example is
written for these tests; none is taken from a corpus."""

import pytest

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.golden_thread import golden_thread
from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider
from sendhealth.assurance.checks.wording import jargon

PERIOD = " for the 2026/27 school year."


def quotes(check, text: str, section: str = "G") -> list[str]:
    return [f.quote for f in check(section, text)]


# no_provider: flagged only when there is no agent at all ---------------------------------


@pytest.mark.parametrize(
    "doer",
    [
        "The intervener",  # a job title the lists do not hold: by its ending
        "A clinical scientist from the Eastfield Implant Centre",
        "The EPNS",  # an acronym
        "Her pastoral lead",
        "The learning support base manager",
        "The pastoral lead, trained in self-harm awareness,",
    ],
)
def test_a_doer_the_role_lists_do_not_know_is_a_provider(doer):
    assert quotes(no_provider, f"{doer} will check in with Tom for 10 minutes daily{PERIOD}") == []


@pytest.mark.parametrize(
    "doer",
    ["A mentor", "A lunchtime supervisor", "A 1:1 worker", "Staff", "An adult", "Health"],
)
def test_support_roles_and_bare_words_still_need_a_qualification(doer):
    assert quotes(no_provider, f"{doer} will check in with Tom for 10 minutes daily{PERIOD}")


def test_the_child_as_subject_with_a_qualified_adult_named_or_own_equipment():
    for text in (
        "Priya will leave lessons early at every change, with a pass from her head of year.",
        "Priya will go to a weekly group with the trained mentor" + PERIOD,
        "Noise: Priya will wear ear defenders in assemblies" + PERIOD,
    ):
        assert quotes(no_provider, text) == [], text
    # A therapy the child has is not an adult who arranges it.
    assert quotes(no_provider, "Priya will have weekly physio sessions" + PERIOD)
    assert quotes(no_provider, "Priya will be given a rest after lunch every day" + PERIOD)


def test_labels_lead_ins_offices_and_same_people():
    assert quotes(no_provider, "Dietitian (Northvale Nutrition Service): two visits in 2026.") == []
    assert quotes(no_provider, "I recommend the following until July 2027.") == []
    assert quotes(no_frequency, "I recommend the following until July 2027.") == []
    assert quotes(no_provider, "The school office will switch off the hand dryer" + PERIOD) == []
    assert quotes(no_provider, "The school office will give him his inhaler daily" + PERIOD)
    assert quotes(no_provider, "Audiology may review her hearing aids each term" + PERIOD) == []


# no_frequency: how often in a stranger's forms ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A trained assistant will thicken every drink he has" + PERIOD,
        "After any disagreement, the ELSA will talk it through with him" + PERIOD,
        "Rhys will sit all internal and external exams in a small room" + PERIOD,
        "Rhys will wear ear defenders during assemblies and fire drills" + PERIOD,
        "The audiologist will see him twice this year (November 2026 and May 2027).",
        "Her class teacher will keep her table plain and mark her peg" + PERIOD,
        "Stretches will be done by a trained assistant while he is on the mat" + PERIOD,
    ],
)
def test_how_often_said_by_occasions_rates_counts_and_standing_changes(text):
    assert quotes(no_frequency, text) == []


def test_occasions_do_not_count_when_the_statement_is_vague():
    from sendhealth.assurance.checks.provision import _recurs

    assert _recurs("The TA will offer breaks during lessons.")
    assert not _recurs("Khalid will have opportunities for breaks during lessons.")
    assert not _recurs("His teacher will give support as needed in all lessons.")


# no_duration ---------------------------------------------------------------------------------


def test_an_end_said_by_a_date_or_a_review_in_any_words():
    for text in (
        "The nurse will see her weekly for 30 minutes until Keira's annual review in 2027.",
        "The nurse will see her weekly for 30 minutes until her next review in June 2027.",
    ):
        assert quotes(no_duration, text) == [], text
    assert quotes(no_duration, "The nurse will see her weekly.")


# jargon ---------------------------------------------------------------------------------------


def test_clinical_word_forms_and_their_exceptions():
    found = quotes(jargon, "He has allodynia. He has a thoracolumbar curve.", "C")
    assert found == ["allodynia", "thoracolumbar"]
    assert quotes(jargon, "She has neuropathic bladder.", "C") == ["neuropathic"]
    assert quotes(jargon, "She has cystic fibrosis and scoliosis; see the diagnosis.", "C") == []
    assert quotes(jargon, "He is seen by the neuromuscular team every term.", "C") == []
    text = "He has haemodialysis (a machine cleans his blood). He is tired on dialysis days."
    assert quotes(jargon, text, "C") == []


# golden_thread -------------------------------------------------------------------------------


def test_a_need_is_unmet_only_when_nothing_in_the_section_is_on_it():
    c = "Ava has a moderate hearing loss and wears two hearing aids."
    g = (
        "A teacher of the deaf will visit each half term" + PERIOD + "\n"
        "Staff trained by the teacher of the deaf will check her hearing aids daily" + PERIOD
    )
    assert golden_thread(("C", c), None, ("G", g)) == []
    # Conditions named together each still need their own.
    c2 = "Jay has asthma and eczema."
    g2 = "The school nurse will train staff in his asthma plan each September" + PERIOD
    assert [f.quote for f in golden_thread(("C", c2), None, ("G", g2))] == [c2]


def test_no_current_need_is_not_a_need():
    c = "He had asthma as a young child but has needed no treatment for it since 2022."
    found = run_checks({"C": c, "G": "A teacher will read with him daily" + PERIOD})
    assert not [f for f in found if f.check == "golden_thread" and f.section == "C"]


def test_the_lexicon_help_text_describes_weak_terms_and_sense_checks():
    from sendhealth.assurance.models import ConceptTerm

    help_text = ConceptTerm._meta.get_field("term").help_text
    assert "~" in help_text and "!" in help_text and "falls$ !behind" in help_text
