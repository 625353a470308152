"""f15r: general rules from blind_2026_12l's diagnosis, by what the guidance defines rather than
by phrases: who is trained (the person training is said of, carried to later statements with
the same doer), the setting handing over a thing to keep, what explains a word (a definition
or a glossary line, not a consequence), professional titles, glossary entries for acronyms, a
signature's name that is also a street word, an end set by a clinician's decision, and "as
needed" standing in for how often. Every example is invented for these tests; none is from a
corpus."""

import pytest

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.authorship import advice_no_author
from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider
from sendhealth.assurance.checks.wording import glossary_terms, jargon


def _provider(text: str, section: str = "G") -> list[str]:
    return [f.quote for f in no_provider(section, text)]


@pytest.mark.parametrize(
    "text",
    [
        # Trained in one statement, the same doer in the next.
        "Her one-to-one, trained by the community nursing team in gastrostomy care, will give "
        "Mia her midday feed at 12.30 every school day, for the school year 2026-27. Her "
        "one-to-one will flush the tube with 20 ml of water after each feed, for the school "
        "year 2026-27.",
        # The same, after an opening adverbial and a long subject.
        "During every swimming lesson his pool buddy, trained by the physiotherapist in water "
        "safety for children with hypotonia, will stay within arm's reach, for the school year "
        "2026-27. After swimming his pool buddy will help him dress, every week, for the "
        "school year 2026-27.",
        # Said to be trained in a sentence of its own.
        "Her nursery key worker will put on her splints at 9am every nursery day until July "
        "2027. Her nursery key worker has been trained by the orthotist.",
        # A relative clause on a role that is not the subject.
        "Leah's class teacher will wear the radio aid in every lesson, set up each morning by "
        "her teaching assistant, who is trained by the teacher of the deaf, for the school year "
        "2026-27. Her teaching assistant will check the aid every afternoon for the school year "
        "2026-27.",
        # The setting handing over a thing to keep.
        "The school will give Ravi a writing slope and a pencil grip in September 2026 to keep "
        "for the school year 2026-27.",
    ],
)
def test_trained_doer_is_a_provider(text):
    assert _provider(text) == []


def test_relative_clause_of_the_author_training():
    text = (
        "His learning support assistant, who I will train in September 2026, will do his "
        "stretches for 15 minutes every lunchtime for the school year 2026-27."
    )
    assert _provider(text, "provision") == []


@pytest.mark.parametrize(
    "text, quote",
    [
        # Training said of the form tutor does not train "a friendly adult" named elsewhere.
        (
            "Sam will have 10 minutes with a friendly adult at the end of every school day, for "
            "the school year 2026-27. His form tutor, who has had bereavement training, will "
            "tell Sam about any change of adult a day before, for the school year 2026-27.",
            "Sam will have 10 minutes with a friendly adult at the end of every school day, for "
            "the school year 2026-27.",
        ),
        # A doer never said to be trained.
        (
            "A buddy will walk with Jess between lessons every school day, for the school year "
            "2026-27. Her key worker, trained by the OT, will check her splints each morning "
            "for the school year 2026-27.",
            "A buddy will walk with Jess between lessons every school day, for the school year "
            "2026-27.",
        ),
    ],
)
def test_untrained_doer_still_flagged(text, quote):
    assert _provider(text) == [quote]


def _jargon(text: str, explained=None) -> list[str]:
    return [f.quote for f in jargon("C", text, explained)]


@pytest.mark.parametrize(
    "text, words",
    [
        # A consequence after ", which" does not say what the word means.
        ("Tom has hypotonia, which tires him by lunchtime.", ["hypotonia"]),
        # The child's condition and what follows from it.
        ("His nystagmus means he loses his place when reading.", ["nystagmus"]),
        # A clinical word form: -megaly.
        ("Mina has hepatosplenomegaly and tires easily.", ["hepatosplenomegaly"]),
    ],
)
def test_jargon_not_explained(text, words):
    assert _jargon(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Tom has hypotonia, which means his muscles are floppy.",
        "Dysphagia means difficulty swallowing. Ava has dysphagia.",
        "The paediatric rheumatology nurse specialist will visit once a term.",
        "The neuromuscular care advisor will meet him once a term.",
    ],
)
def test_jargon_explained_or_a_title(text):
    assert _jargon(text) == []


def test_glossary_line_explains_everywhere():
    sections = {
        "C": "Jamal has ataxia and walks slowly on stairs.",
        "E": "By July 2027 Jamal will climb the stairs to his classroom on 4 days out of 5.",
        "G": "Key words: ataxia - unsteady walking; nystagmus - eyes that flicker.",
    }
    assert glossary_terms(sections["G"]) == {"ataxia", "nystagmus"}
    assert "jargon" not in {f.check for f in run_checks(sections, kind="plan")}


def _acronyms(sections: dict[str, str], kind: str = "advice") -> list[str]:
    return [f.quote for f in run_checks(sections, kind=kind) if f.check == "acronym"]


def test_acronym_glossary_entry_in_the_same_section_and_author_line():
    sections = {
        "needs": "Leo has DCD and finds dressing hard.",
        "outcomes": "By July 2027 Leo will dress for PE in 5 minutes on 4 days out of 5.",
        "provision": "I will see Leo at the CDC for 30 minutes every half term until July "
        "2027.\nGlossary: DCD - developmental coordination disorder.",
        "author": "Sara Hill, occupational therapist, 3 March 2027 (CDC: child development centre)",
    }
    assert _acronyms(sections) == []


def test_acronym_full_name_later_in_running_text_is_still_too_late():
    text = "Kai sees the PDA team. Pathological demand avoidance (PDA) is a profile of autism."
    assert _acronyms({"advice": text}) == ["PDA"]


@pytest.mark.parametrize(
    "line",
    [
        "Ben Hill, children's physiotherapist, 4 May 2027",
        "Rosa Lane - specialist speech and language therapist - 4 May 2027",
        "Amy Close, paediatric dietitian, 3 June 2027",
    ],
)
def test_surname_that_is_a_street_word(line):
    assert advice_no_author("author", line) == []


@pytest.mark.parametrize(
    "line",
    ["Physiotherapy Team, Mill Lane Clinic, 4 May 2027", "Amy Close, 3 June 2027"],
)
def test_signature_without_name_or_role_still_flagged(line):
    assert advice_no_author("author", line)


def test_end_set_by_the_clinicians_decision_is_how_long():
    text = (
        "Her PE teacher will give her a seated role in every PE lesson until her "
        "physiotherapist advises that she can run again."
    )
    assert no_duration("G", text) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        (
            "A teaching assistant trained by the physiotherapist will help Zoe with her "
            "stretches as required in PE lessons, for the school year 2026-27.",
            True,
        ),
        (
            "A teaching assistant trained by the physiotherapist will help Zoe with her "
            "stretches twice a week, and as needed after PE, for the school year 2026-27.",
            False,
        ),
    ],
)
def test_as_needed_stands_in_for_how_often(text, flagged):
    assert bool(no_frequency("G", text)) is flagged
