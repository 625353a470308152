"""f15y: broader rules for outcomes, acronyms, drug names, jargon and author lines after
blind_2026_12n and 12o were diagnosed, each from how plans and advice are written in English
generally: a clause with its own "will" judged on its own, any past participle as a result by
the date, a health event as the object of any verb of having it done, a proportion as a
criterion, a school year written with its two years, "no outcomes" wherever the negation
stands; a release code after a capitalised name as a brand's; letters in a title line written
out in the text below; post-nominal qualification letters explained like other letters; a
specialty after a place's name as the department, not the author's role. Every example is
invented for these tests; none is from a corpus."""

import pytest

from sendhealth.assurance.tests.probes import outcome_quotes as _outcome
from sendhealth.assurance.tests.probes import quotes as _fired


@pytest.mark.parametrize(
    "text",
    [
        # A clause with its own "will" is judged on its own: one observable clause is enough.
        "By June 2027, Priya will have visited her new sixth form three times and will feel "
        "ready to start.",
        "By Easter 2027, Dan will pack his own bag each morning; he will understand why it "
        "matters.",
        # Any past participle, irregular ones too, is a result checked by the date.
        "By the end of Year 8, Leah will have swum 25 metres unaided.",
        "By March 2027, Kofi will have caught up with the work he missed in hospital.",
        # A health event as the object of any verb of having it done, or a record's state.
        "By October 2026, Jamal will be up to date with his immunisations.",
        "By May 2027, Rosa will have completed her course of allergy injections.",
        # A proportion is a criterion, like a percentage.
        "By July 2027, Finn will be understood by new adults in two thirds of what he says.",
        "By the end of the spring term, Mia will join in at playtime on 4 in 5 days.",
        # A school year written with its two years, anywhere.
        "Throughout every swimming lesson in the academic year 2026/27, Noor will get changed "
        "without help.",
    ],
)
def test_smart_outcomes_are_quiet(text):
    assert _outcome(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Every clause vague: still not measurable.
        "By July 2027, Sam will feel happier and will be more confident in class.",
        "By July 2027, Sam will understand his asthma; he will be calmer.",
        # An event is not an understanding of it.
        "By Easter 2027, Amir will know about his vaccinations.",
        # A vague participle is not a result.
        "By July 2027, Jo will have improved her confidence.",
        # A fraction with no "of" is not a proportion; a date is not a school year.
        "By July 2027, Kai will be half as worried.",
        "Kai will walk to lunch without help from 2026-12-01.",
        # A school year is a time, not a criterion.
        "In 2026-27, Ollie will be happier at lunchtimes.",
    ],
)
def test_unsmart_outcomes_still_flagged(text):
    assert _outcome(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I have no health outcomes to suggest.",
        "There are no outcomes needed for this need at present.",
        "I do not have any health outcomes to add.",
    ],
)
def test_a_statement_that_there_are_no_outcomes_is_not_an_outcome(text):
    assert _fired("outcome_not_smart", {"outcomes": text}, kind="advice") == []


def test_no_chest_infections_is_still_an_outcome():
    # "no" scopes over infections, not over outcomes: the outcome is read (and lacks a time).
    assert _outcome("Eli will have no chest infections needing antibiotics.") != []


# --- drug names and release codes ---------------------------------------------------------


def test_a_release_code_marks_a_brand_even_misspelt():
    sections = {"advice": "He takes Ritalyn XL each morning and it helps."}
    assert _fired("drug_name", sections, kind="advice") == ["Ritalyn"]
    assert _fired("acronym", sections, kind="advice") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sallowby LA will fund transport.",
        "The Room XL sign is on the door.",
    ],
)
def test_a_release_code_after_an_ordinary_word_is_no_drug(text):
    assert _fired("drug_name", {"advice": text}, kind="advice") == []


# --- acronyms in titles -------------------------------------------------------------------


def test_letters_in_a_reference_line_written_out_below_are_explained():
    text = (
        "Re: Ada, 8, seen in the OCD clinic\n"
        "Ada has obsessive compulsive disorder (OCD) and washes her hands many times a day."
    )
    assert _fired("acronym", {"advice": text}, kind="advice") == []


@pytest.mark.parametrize(
    "text",
    [
        # Written out in a later running sentence: still too late (cases.py).
        "Ada sees the OCD team. Obsessive compulsive disorder (OCD) makes her wash often.",
        # A title line whose letters are never written out.
        "Re: Ada, 8, seen in the OCD clinic\nAda washes her hands many times a day.",
    ],
)
def test_letters_still_unexplained(text):
    assert _fired("acronym", {"advice": text}, kind="advice") == ["OCD"]


def test_qualification_letters_are_explained_like_other_letters():
    sections = {
        "needs": "Ben has a learning disability.",
        "author": "Kim Ode, Community Nurse RNLD, 3 May 2027",
    }
    assert _fired("acronym", sections, kind="advice") == ["RNLD"]
    # The regulators the form asks for stay known.
    sections["author"] = "Kim Ode, Physiotherapist (HCPC registered), 3 May 2027"
    assert _fired("acronym", sections, kind="advice") == []


# --- author lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "author",
    [
        "Lena Sato, Millbrook Children's Dietetics, 4 March 2027",
        "Tom Reyes, Oakvale CAMHS, 4 March 2027",
    ],
)
def test_a_department_is_not_a_role(author):
    assert _fired("advice_no_author", {"needs": "None.", "author": author}, kind="advice")


@pytest.mark.parametrize(
    "author",
    [
        "Lena Sato, Community Dietetics, 4 March 2027",
        "Lena Sato, Dietitian, Millbrook Children's Dietetics, 4 March 2027",
        "Dr Tom Reyes, Paediatric Neurology, 4 March 2027",
    ],
)
def test_a_specialty_written_as_the_role_is_a_role(author):
    assert not _fired("advice_no_author", {"needs": "None.", "author": author}, kind="advice")


# --- jargon -------------------------------------------------------------------------------


def test_saturation_alone_is_jargon_and_explained_is_not():
    assert _fired("jargon", {"advice": "Her saturations fall at night."}, kind="advice")
    assert not _fired(
        "jargon",
        {"advice": "Her saturations (the oxygen in her blood) fall at night."},
        kind="advice",
    )
