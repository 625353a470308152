"""General rules added by f15g for the classes of false alarm the lead named from blind set
12d. Every example is written for these tests; none is taken from a blind set."""

import pytest

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.acronyms import acronym
from sendhealth.assurance.checks.corpus.f15g_classes import F15G_CASES
from sendhealth.assurance.checks.evaluate import evaluate_cases
from sendhealth.assurance.checks.golden_thread import golden_thread
from sendhealth.assurance.checks.outcomes import outcome_not_smart
from sendhealth.assurance.checks.provision import (
    is_structure,
    no_duration,
    no_frequency,
    no_provider,
    not_provision,
)
from sendhealth.assurance.checks.text import Span


def quotes(check, text: str, section: str = "G") -> list[str]:
    return [f.quote for f in check(section, text)]


def test_the_f15g_corpus_scores_fully_at_case_level():
    scores, clean, quiet, _ = evaluate_cases(F15G_CASES)
    assert quiet == clean
    for score in scores.values():
        assert (score.precision, score.recall) == (1.0, 1.0), score.check


# 1. Acronyms
def test_capital_headings_and_ordinary_words_are_not_acronyms():
    text = "SLEEP AND BEHAVIOUR\nHe must NOT skip meals. He sees the SALT."
    assert [f.quote for f in acronym([("needs", text)])] == ["SALT"]


# 2. Undivided advice
def test_undivided_advice_gets_no_author_finding_but_divided_advice_does():
    undivided = run_checks({"advice": "Noor has eczema on her hands."}, kind="advice")
    assert not [f for f in undivided if f.check == "advice_no_author"]
    divided = run_checks({"needs": "Noor has eczema on her hands."}, kind="advice")
    assert [f.quote for f in divided if f.check == "advice_no_author"] == [""]


# 3-6. Providers
@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing service at Eastfield Hospital will test his hearing every 6 months "
        "until July 2028.",
        "The wheelchair service based at Kingsway will check his chair every 6 months until "
        "July 2028.",
        "Orthoptics will check his eyes every 6 months until July 2028.",
        "The Children's Hearing Service (Eastfield) will check his aids every 6 months until "
        "July 2028.",
        "Audiology and ENT will review him every 6 months until July 2028.",
        "His hearing will be monitored by audiology every 6 months until July 2028.",
        "A buddy who is trained in first aid will walk with him at every break until July 2028.",
        "He will have input from physiotherapy once a month until July 2028.",
        "His course tutor will meet him every Friday for 15 minutes until July 2028.",
        "A travel trainer will teach him the bus route twice a week for 1 hour until July 2028.",
        "The head of sixth form will meet him every half term for 20 minutes until July 2028.",
        "A care worker trained in moving and handling will hoist him at every change until "
        "July 2028.",
    ],
)
def test_services_disciplines_education_roles_and_trained_roles_are_providers(sentence):
    assert quotes(no_provider, sentence) == []


def test_first_person_is_the_author_only_in_advice():
    sentence = "We will review his plan every term until July 2028."
    assert quotes(no_provider, sentence, "provision") == []
    assert quotes(no_provider, sentence, "G") == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "He will attend the eye clinic every 6 months until July 2028.",
        "Sam will receive 6 sessions of occupational therapy in the autumn term 2026.",
        "A member of staff will sit with him every lunchtime for 30 minutes until July 2028.",
    ],
)
def test_attending_a_clinic_a_therapy_named_and_untrained_staff_still_lack_a_provider(sentence):
    assert quotes(no_provider, sentence) == [sentence]


# 7. Header rows
@pytest.mark.parametrize(
    "row",
    [
        "Need | Provision | Who | How often and how long",
        "Need | What will be done | By whom | When / how long",
        "Need | Provision | Staff | Frequency | Period",
    ],
)
def test_rows_of_column_labels_are_structure(row):
    assert is_structure(Span(0, len(row), row))
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, row) == []


# 8. Need statements
def test_a_cause_then_a_need_is_not_provision_but_a_promise_is():
    assert not_provision("Because of his autism, he needs a visual timetable.")
    assert not not_provision(
        "Because of his autism, he needs a visual timetable, which his teacher will make."
    )


# 9-11. How often and how long
@pytest.mark.parametrize(
    "sentence",
    [
        "His teacher will check his planner in every science and maths lesson until July 2027.",
        "His key worker will meet him every second Thursday for 20 minutes until July 2027.",
        "His teacher will let him rest at the start of a headache, until July 2027.",
        "His teacher will give him a copy of the slides before each lesson until July 2027.",
        "His form tutor will see him after an absence, until July 2027.",
        "His form tutor will give him time out on bad days, until July 2027.",
        "The school nurse will phone his parents within 24 hours of any fall, until July 2027.",
        "His key worker will see him on alternate Mondays for 20 minutes until July 2027.",
        "His teachers will always give him instructions in writing, until July 2027.",
        "His teachers will not ask him to answer questions in front of the class, until July 2027.",
    ],
)
def test_occasions_triggers_and_standing_arrangements_say_how_often(sentence):
    assert quotes(no_frequency, sentence) == []


def test_a_standing_arrangement_with_no_period_still_lacks_how_long():
    sentence = "His teachers will let him leave lessons early."
    assert quotes(no_frequency, sentence) == [sentence]


def test_one_visit_between_months_is_one_off():
    sentence = "The physiotherapist will assess his seating in one visit between April and June."
    assert quotes(no_duration, sentence) == []


# 12. Outcomes
@pytest.mark.parametrize(
    "text",
    [
        "There are no health outcomes in this plan.",
        "In the spring term 2027, Ada will ask for her inhaler when she is wheezy.",
        "By Easter, Ada will use her inhaler with one prompt.",
    ],
)
def test_statements_about_the_section_and_seasons_as_time_frames(text):
    assert quotes(outcome_not_smart, text, "E") == []


def test_an_outcome_with_no_time_is_still_not_smart():
    text = "Ada will use her inhaler with one prompt."
    assert quotes(outcome_not_smart, text, "E") == [text]


# 13. Golden thread
def test_negatives_and_history_are_not_needs_and_coordination_needs_no_need():
    needs = (
        "Ada has no vision or hearing needs.\n\n"
        "Ada had an operation on her knee in 2024 and now has no pain.\n\n"
        "Ada has asthma."
    )
    provision = (
        "A first aider trained by the school nurse will give Ada her inhaler when she is "
        "wheezy, until July 2027.\n"
        "The physiotherapist will meet Ada and her parents to agree a plan in September 2026."
    )
    assert golden_thread(("C", needs), None, ("G", provision)) == []


def test_lay_and_clinical_words_link():
    needs = "Ada is fed through a gastrostomy and has nothing by mouth.\n\nAda soils herself."
    provision = (
        "The dietitian will write a feeding plan in September 2026.\n"
        "The continence nurse will review Ada's bowel diary each term until July 2027."
    )
    assert golden_thread(("C", needs), None, ("G", provision)) == []


def test_an_unmet_need_beside_a_negative_is_still_flagged():
    needs = "There are no hearing needs.\n\nAda has eczema."
    provision = "The physiotherapist will see Ada every term until July 2027."
    found = golden_thread(("C", needs), None, ("G", provision))
    assert "Ada has eczema." in [f.quote for f in found]
