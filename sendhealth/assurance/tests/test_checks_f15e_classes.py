"""General rules added by f15e after blind_2026_12c's aggregate figures: what is provision
at all, who delivers (named services, professions by their endings, training said anywhere),
when (triggers, one-off work), jargon by word form, author lines. Every example is written
for these tests; none is taken from a blind set."""

import pytest

from sendhealth.assurance.checks import wording
from sendhealth.assurance.checks.authorship import advice_no_author
from sendhealth.assurance.checks.corpus.f15e_classes import F15E_CASES
from sendhealth.assurance.checks.evaluate import evaluate_cases
from sendhealth.assurance.checks.provision import (
    no_duration,
    no_frequency,
    no_provider,
    not_provision,
)


def quotes(check, text: str) -> list[str]:
    return [f.quote for f in check("G", text)]


def test_the_f15e_corpus_scores_fully_at_case_level():
    scores, clean, quiet, _ = evaluate_cases(F15E_CASES)
    assert quiet == clean
    for score in scores.values():
        assert (score.precision, score.recall) == (1.0, 1.0), score.check


@pytest.mark.parametrize(
    "sentence",
    [
        "Maya uses a standing frame at home and in class.",
        "All staff have had anaphylaxis training from the school nurse.",
        "The aim of this provision is to keep Maya safe at lunchtime.",
        "This will help Maya to join in with her class.",
        "Maya's provision will be reviewed at the next annual review.",
        "Maya will have a writing slope in every lesson.",
        "A spare set of clothes will be kept in her classroom.",
    ],
)
def test_sentences_that_promise_no_provision_need_nothing(sentence):
    assert not_provision(sentence)
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Maya will have a 20-minute movement break every morning.",
        "Maya will have access to a nurse.",
        "Maya will have speech and language therapy.",
    ],
)
def test_activities_and_therapy_the_child_has_are_still_provision(sentence):
    assert not not_provision(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Physical Disability Outreach Service will visit Maya each half term until July 2027.",
        "The CCN team will change Maya's dressing weekly until July 2027.",
        "Dr Osei will review Maya's medication every 6 months until July 2027.",
        "A consultant neurologist will see Maya every 6 months until July 2027.",
        "Maya will be referred to the wheelchair service by the physiotherapist in September 2026.",
    ],
)
def test_named_services_and_professions_are_providers(sentence):
    assert quotes(no_provider, sentence) == []


def test_training_said_anywhere_covers_the_staff_but_not_the_training_itself():
    text = (
        "Staff will be trained by the diabetes nurse in September 2026.\n"
        "A member of staff will check Maya's blood glucose before lunch every day until July "
        "2027."
    )
    assert quotes(no_provider, text) == []
    # f15k: "an adult" does not say which adult, so not the trained staff (the blind sets'
    # labels, 12e twice and 12g).
    assert quotes(no_provider, text.replace("A member of staff", "An adult")) != []
    assert quotes(no_provider, "Staff will be trained in epilepsy awareness.") != []


def test_training_of_some_staff_does_not_cover_a_different_role():
    text = (
        "The nurse will train class staff each September until July 2027.\n"
        "Her teaching assistant will make sure she drinks every hour until July 2027."
    )
    assert len(quotes(no_provider, text)) == 1
    everyone = text.replace("class staff", "all staff")
    assert quotes(no_provider, everyone) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A trained adult will give Maya her inhaler when she is wheezy, until July 2027.",
        "If Maya becomes distressed, her class teacher will take her to the quiet room, "
        "until July 2027.",
        "The occupational therapist will carry out a handwriting assessment in the spring term.",
        "The educational psychologist will write a report by December 2026.",
        "Her class teacher will give her extra time in tests throughout Key Stage 2.",
        "The physiotherapist will see Maya for three 30-minute sessions a week until July 2027.",
    ],
)
def test_triggers_one_off_work_and_counts_say_how_often(sentence):
    assert quotes(no_frequency, sentence) == []


@pytest.mark.parametrize("vague", ["when needed", "if required", "as and when she needs it"])
def test_a_vague_when_is_not_a_trigger(vague):
    assert quotes(no_frequency, f"The nurse will check her feeds {vague}, until July 2027.")


def test_jargon_by_word_form_kept_as_data():
    suffixes, prefixes, keep = wording.read_forms(
        "[suffixes]\n-itis | swelling\n[prefixes]\ndys- | difficulty\n[not jargon]\narthritis\n"
    )
    assert suffixes == {"itis": "swelling"} and prefixes == {"dys": "difficulty"}
    assert keep == {"arthritis"}
    with pytest.raises(ValueError):
        wording.read_forms("[suffixes]\nitis swelling\n")
    found = [f.quote for f in wording.jargon("G", "He had osteomyelitis and a gastrectomy.")]
    assert found == ["osteomyelitis", "gastrectomy"]
    common = "She has dyslexia, arthritis and a tracheostomy and is hyperactive."
    assert wording.jargon("G", common) == []
    explained = "She has bradykinesia (slow movement)."
    assert wording.jargon("G", explained) == []


@pytest.mark.parametrize(
    "author",
    [
        "Report written by: Hannah Price, Specialist Speech and Language Therapist, 12 Mar 26",
        "Signed: J. Okafor (Physiotherapist)  Date: 5-Jan-2026",
    ],
)
def test_author_lines_in_the_forms_clinicians_write(author):
    assert advice_no_author("author", author) == []


def test_a_service_and_place_are_not_a_name():
    assert advice_no_author("author", "Epilepsy Nurse Specialist, Royal Infirmary, 3 March 2026")


def test_a_he_or_she_sentence_carries_on_the_one_before():
    text = (
        "The community physiotherapist will visit every half term until July 2027. She will "
        "update the programme at each visit.\n"
        "Maya will use the lift every day until July 2027. She will be accompanied by a "
        "trained adult."
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == [], check


def test_things_kept_or_stored_are_not_provision():
    assert not_provision("Her rescue medication will be stored in the medical room.")
    assert not not_provision("Her physiotherapy will be kept under review.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Maya has a PEG and receives top-up feeds in school.",
        "He attends the hospital clinic with his parents.",
    ],
)
def test_the_child_described_in_the_present_tense_is_not_provision(sentence):
    assert not_provision(sentence)


def test_it_is_recommended_is_still_provision():
    assert not not_provision("It is recommended that Maya is reviewed by the orthoptist.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Maya requires two trained adults for all transfers, until July 2027.",
        "The nursing team will provide annual update training until July 2027.",
    ],
)
def test_every_occasion_and_frequency_adjectives_say_how_often(sentence):
    assert quotes(no_frequency, sentence) == []


def test_a_provider_who_will_be_trained_is_trained():
    text = (
        "Maya will use her eye-gaze device for 20 minutes each day with her class team, who "
        "will be trained by the speech and language therapist, until July 2027."
    )
    assert quotes(no_provider, text) == []


def test_outcome_records_are_read_together():
    from sendhealth.assurance.checks.outcomes import outcome_not_smart

    good = (
        "Outcome: Maya will follow a two-step instruction without a repeat.\n"
        "By when: July 2027\n"
        "How we will know: teacher observation, recorded weekly."
    )
    assert outcome_not_smart("E", good) == []
    undated = good.replace("July 2027", "TBC")
    found = outcome_not_smart("E", undated)
    assert [f.quote for f in found] == [good.splitlines()[0]]
    assert "no time" in found[0].message


def test_wellbeing_roles_say_what_provision_is_for():
    from sendhealth.assurance.checks.lexicon import DEFAULT

    assert "emotional wellbeing" in DEFAULT.concepts_in("An ELSA will see Maya weekly.")
    assert "hearing" in DEFAULT.concepts_in("A Teacher of the Deaf will visit termly.")


def test_the_need_described_just_before_says_how_often():
    text = (
        "- Maya needs changing at least twice a day. A trained teaching assistant will carry "
        "out each change, until July 2027.\n"
        "- A physiotherapist will see Maya. A trained teaching assistant will do her stretches, "
        "until July 2027."
    )
    # The second bullet's sentence before it is provision, not a need: no frequency there.
    assert quotes(no_frequency, text) == [
        "A physiotherapist will see Maya.",
        "A trained teaching assistant will do her stretches, until July 2027.",
    ]


def test_equipment_supplied_is_one_off():
    text = "A new wheelchair will be supplied by the wheelchair service in the autumn term."
    assert quotes(no_frequency, text) == []


@pytest.mark.parametrize(
    ("sentence", "is_provision"),
    [
        ("To help Maya settle, her key worker will meet her at the gate.", True),
        ("So that she can take part in PE.", False),
        ("Maya has 1:1 support at lunchtime.", True),
        ("He receives weekly physiotherapy.", True),
    ],
)
def test_purposes_and_present_tense_provision_claims(sentence, is_provision):
    assert not_provision(sentence) is not is_provision


@pytest.mark.parametrize(
    "sentence",
    [
        "A teaching assistant with Team Teach certification will support Maya at lunchtime "
        "every day, until July 2027.",
        "The Inclusion Lead will meet Maya's parents every half term until July 2027.",
        "The headteacher will agree her timetable with her parents each term until July 2027.",
    ],
)
def test_certification_and_school_leaders_are_qualified(sentence):
    assert quotes(no_provider, sentence) == []


@pytest.mark.parametrize(
    "when",
    [
        "in assemblies",
        "in the morning and afternoon",
        "for PE",
        "between each activity",
        "at playtimes",
    ],
)
def test_recurring_parts_of_the_day_say_how_often(when):
    sentence = f"A trained adult will support Maya {when}, until July 2027."
    assert quotes(no_frequency, sentence) == []


@pytest.mark.parametrize(
    "line",
    [
        "The outcomes below were agreed with Maya and her parents on 3 June 2026.",
        "Maya's aspiration is to become a vet.",
        'Maya said: "I want to do PE with my friends."',
        "Health outcomes link to the needs in Section C and the provision in Section G.",
        "Progress towards these outcomes will be reviewed termly by the SENCo.",
    ],
)
def test_lines_about_the_outcomes_aspirations_and_views_are_not_outcomes(line):
    from sendhealth.assurance.checks.outcomes import outcome_not_smart

    assert outcome_not_smart("E", line) == []
    vague = outcome_not_smart("E", line + "\nMaya will feel more confident in PE.")
    assert [f.quote for f in vague] == ["Maya will feel more confident in PE."]


def test_one_review_in_a_window_is_one_off_and_note_style_rows_are_read():
    text = (
        "- Seating review by the occupational therapist in the autumn term 2026\n"
        "- Daily stretches (15 mins) - teaching assistant trained by the physiotherapist - "
        "until July 2027\n"
        "- Hydrotherapy with the physiotherapist, until July 2027"
    )
    assert quotes(no_frequency, text) == ["Hydrotherapy with the physiotherapist, until July 2027"]
    assert quotes(no_provider, text) == []


def test_nothing_required_is_not_provision():
    assert quotes(no_provider, "No medication is required in school.") == []
