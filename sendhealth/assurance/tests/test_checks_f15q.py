"""f15q: general rules for no_frequency (a count of occasions in a named window of school time,
every one of a child's lessons named with a possessive, a thing given to keep for a stated
period, a one-off change to the setting by a deadline), outcome_not_smart (completeness on
time as a criterion; handing in or submitting work as an act anyone can see), acronym (an
ordinary word in capitals standing where a condition's name stands; a bracket that only names
a condition or its kind does not explain the letters) and jargon ("remission" is everyday
English). Every example is invented for these tests; none is from a corpus."""

import pytest

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.acronyms import acronym
from sendhealth.assurance.checks.outcomes import outcome_not_smart
from sendhealth.assurance.checks.provision import no_frequency
from sendhealth.assurance.checks.wording import jargon


def _freq(text: str) -> list[str]:
    return [f.quote for f in no_frequency("G", text)]


@pytest.mark.parametrize(
    "statement",
    [
        # A count of occasions in a named window of school time.
        "The specialist nurse will meet Ayo three times in the spring term 2027, for 40 "
        "minutes each, to plan a talk to his class.",
        "The physiotherapist will visit twice during the summer term 2027 to check her frame.",
        "The dietitian will hold four meetings with his parents over the school year 2026/27.",
        # Every one of a child's lessons or days, named with a possessive.
        "The exams officer will seat all of Priya's exams in a small room from May 2027 until "
        "July 2027.",
        "The timetabler will put all her PE lessons in the sports hall for the 2026/27 school "
        "year.",
        # A thing given to keep, with the period it is kept for.
        "The SENCO will give Luca a printed timetable and a locker key from September 2026 "
        "until the end of Year 8.",
        "The school will lend Hana a laptop from the start of Year 10 until she leaves.",
        # A one-off change to the setting, done by a deadline.
        "The site manager will fit a handrail on the stairs by the start of the autumn term 2026.",
        "The business manager will lock the medicine cabinet before 1 September 2026.",
    ],
)
def test_specified_provision_has_no_frequency_finding(statement):
    assert _freq(statement) == []


@pytest.mark.parametrize(
    "statement",
    [
        # A period alone, or a start by a date, is not how often.
        "The physiotherapist will work on her balance from September 2026 until July 2027.",
        "Speech and language therapy will be in place by the start of the spring term 2027 and "
        "continue until July 2027.",
        # A thing given with no period: how often it is used is still asked.
        "Nathan will be given a visual timetable.",
        # A count with no window, and a window with no count.
        "The school nurse will check his pump throughout the autumn term 2026.",
        # Teaching or working with the child by a date is a service said to start, not a
        # one-off change.
        "The teaching assistant will teach Zac to touch-type by the end of the autumn term 2026.",
        # Not every one of his lessons: "some".
        "A trained assistant will support some of Leo's lessons from September 2026 until July "
        "2027.",
    ],
)
def test_unspecified_provision_still_has_no_frequency_finding(statement):
    assert _freq(statement) == [statement]


def _outcome(text: str) -> list[str]:
    return [f.quote for f in outcome_not_smart("E", text)]


@pytest.mark.parametrize(
    "outcome",
    [
        "By July 2027, Sami will submit every piece of science homework on time.",
        "By the end of Year 10, Grace will reply to each email from her tutor within 2 school "
        "days.",
        "By the end of the spring term 2027, Kofi and his parents will be told of every "
        "seizure at school on the same day.",
        "By July 2027, I will hand in all my History coursework on time.",
    ],
)
def test_completeness_on_time_is_measurable(outcome):
    assert _outcome(outcome) == []


@pytest.mark.parametrize(
    "outcome",
    [
        # No criterion: handing in, but with no time.
        "Leo will hand in his reading records.",
        # A vague verb with "all ... on time" is still vague.
        "By July 2027, Grace will feel more confident about all her deadlines on time.",
        "By the end of Year 6, Mia will be happier at school.",
    ],
)
def test_vague_or_untimed_outcomes_still_found(outcome):
    assert _outcome(outcome) == [outcome]


def _acronyms(text: str) -> list[str]:
    return [f.quote for f in acronym([("advice", text)])]


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # An ordinary word in capitals where a condition's name stands.
        ("Zara finished treatment for AML in 2025 and is back at school.", "AML"),
        ("Kai was diagnosed with ADD and dyslexia when he was seven.", "ADD"),
        ("Amy had CAT when she was a baby.", "CAT"),
        # A bracket that only names the condition or its kind.
        ("Ellie has JIA (polyarticular) and stiff knees.", "JIA"),
        ("Lucy has IBS (Rome IV) and needs toilet access.", "IBS"),
        ("Ben has MND (Kennedy disease) in the family.", "MND"),
        # Words that only qualify, with no noun, name a kind.
        ("Her aunt has MS (relapsing remitting).", "MS"),
    ],
)
def test_hidden_acronyms_are_found(text, hidden):
    assert hidden in _acronyms(text)


@pytest.mark.parametrize(
    "text",
    [
        # Capitals for emphasis stay words.
        "ALL staff must know where Noah's adrenaline pen is kept.",
        "Please do NOT give Freya any food containing nuts.",
        "Staff should check that he has ALL of his equipment before PE.",
        # A bracket that describes, or spells out the letters, explains it.
        "Tom has an EEG (a test that records the brain's activity) booked for March.",
        "Reece has UC (ulcerative colitis) and needs quick access to a toilet.",
        "Priya has FND (functional neurological disorder) and tires easily.",
    ],
)
def test_emphasis_and_explained_acronyms_are_quiet(text):
    assert _acronyms(text) == []


def test_remission_is_everyday_english_but_exacerbation_is_jargon():
    assert [f.quote for f in jargon("C", "Oliver finished chemotherapy and is in remission.")] == []
    assert [
        f.quote for f in jargon("C", "He has an exacerbation of his colitis most winters.")
    ] == ["exacerbation"]


def test_run_checks_plan_with_a_count_in_a_term_is_clean_for_frequency():
    sections = {
        "C": "Ayo has tics that worry him in class.",
        "E": "By July 2027, Ayo will explain his tics to his class in one talk.",
        "G": "The Tourette's nurse specialist will meet Ayo three times in the autumn term 2026, "
        "for 45 minutes each, to plan a talk to his class about his tics.",
    }
    assert not [f for f in run_checks(sections) if f.check == "no_frequency"]
