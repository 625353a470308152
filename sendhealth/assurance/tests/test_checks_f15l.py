"""f15l: general rules for the golden thread (what a need prevents, provision in everyday
words, bullets that go on about the bullet before, care by a team outside school, "also" after
history, outcomes owned by another need), no_duration (a session's length after "in", school
years on their own) and jargon (a phrase with "of" before its explanation). Every example is
invented for these tests."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.golden_thread import _need_units
from sendhealth.assurance.checks.lexicon import DEFAULT


def _checks(sections, kind="plan"):
    return {(f.check, f.section, f.quote) for f in run_checks(sections, kind=kind)}


def _thread(sections, kind="plan"):
    return {(s, q) for c, s, q in _checks(sections, kind) if c == "golden_thread"}


HAND = "Ella is 10 and has weakness in her left hand from a stroke at birth."
HAND_OUTCOME = "By July 2027, I will write a full page using my writing slope in 20 minutes."
HAND_PROVISION = (
    "An occupational therapist from the Brookfield Children's Therapy Team will see Ella for "
    "40 minutes every two weeks from September 2026 to July 2027 to work on her hand skills."
)


def test_has_stopped_her_going_is_what_a_need_prevents():
    need = "She soils during the day, which has stopped her joining swimming lessons."
    plan = {"C": HAND + "\n" + need, "E": HAND_OUTCOME, "G": HAND_PROVISION}
    assert ("C", need) in _thread(plan)
    # A need that has stopped is still no need.
    stopped = "Her soiling has now stopped."
    assert ("C", stopped) not in _thread({**plan, "C": HAND + "\n" + stopped})


def test_provision_in_everyday_words_on_a_need_concept_meets_it():
    line = (
        "A physiotherapist from the Brookfield Children's Therapy Team will bring a "
        "supportive seat and show his teaching assistant good seating in one visit in "
        "October 2026."
    )
    plan = {
        "C": "Sami (6) has low muscle tone, so he slumps when sitting on the floor.",
        "E": "By July 2027, I will sit upright at my table for the whole of a lesson.",
        "G": line,
    }
    assert ("G", line) not in _thread(plan)


def test_a_bullet_starting_she_goes_on_about_the_bullet_before():
    plan = {
        "needs": "- Maya (aged 5) stammers and is hard to understand.\n"
        "- She cries and hides under the table when she is not understood.",
        "outcomes": "- By July 2027, I will ask for help with words or my picture card.",
        "provision": "- A speech and language therapist will see Maya for 30 minutes every "
        "week for the 2026/27 school year.",
    }
    found = _thread(plan, kind="advice")
    assert not any(q.startswith("She cries") for _, q in found)
    # A bullet that names a need of its own clinically is another need.
    plan["needs"] += "\n- She has low mood and says she is sad most days."
    assert ("needs", "She has low mood and says she is sad most days.") in _thread(
        plan, kind="advice"
    )


def test_care_by_a_team_outside_school_is_managed_there():
    plan = {
        "C": "Leo is 9. He has a kidney condition and is cared for by the renal team as well "
        "as his GP. He gets tired by lunchtime and needs to rest.",
        "E": "By July 2027, I will tell an adult when I need a rest, on every school day.",
        "G": "His teaching assistant will give Leo a 15-minute rest in the quiet room after "
        "lunch every school day until July 2027.",
    }
    assert not _thread(plan)


def test_a_sentence_that_only_reports_a_check_elsewhere_is_no_need():
    units = _need_units(
        "Ava has spina bifida and uses a wheelchair. "
        "Her kidneys and bladder are checked every year by the urology team at the hospital.",
        DEFAULT,
    )
    assert all("checked every year" not in u.span.text for u in units)


def test_no_friends_and_a_club_are_social_interaction():
    assert "social interaction" in DEFAULT.concepts_in("He has no friends and is lonely.")
    assert "social interaction" not in DEFAULT.concepts_in("He will join a club.")
    assert "social interaction" in DEFAULT.concepts_in("He will join a club.", weak=True)


def test_also_after_a_sentence_left_out_as_history_names_another_need():
    need = "He also has asthma and gets wheezy in cold weather."
    plan = {
        "needs": "Finn (aged 8) had a heart operation when he was a baby and his speech is "
        "unclear. " + need,
        "outcomes": "- By July 2027, I will say my s sounds clearly in 8 of 10 words.",
        "provision": "- I will see Finn for a 30-minute speech session every two weeks for "
        "the 2026/27 school year.",
    }
    assert ("needs", need) in _thread(plan, kind="advice")


def test_an_outcome_another_need_owns_is_not_lent_through_shared_provision():
    need = "He will only eat three foods and gags on anything new."
    plan = {
        "C": "Oscar is 4. " + need + "\nHis speech is delayed and he says about 20 words.",
        "E": "By July 2027, I will use 100 words to tell adults what I want.",
        "G": "A speech and language therapist from the Ashby Early Years Team will see Oscar "
        "for 30 minutes every two weeks from September 2026 to July 2027.",
    }
    assert ("C", need) in _thread(plan)


def test_a_diagnosis_with_the_age_in_brackets_heads_the_needs_after_it():
    plan = {
        "C": "Zara (age 9) is autistic. She covers her ears and leaves the hall when it is noisy.",
        "E": "By July 2027, I will stay in assembly with my ear defenders on 4 days out of 5.",
        "G": "An occupational therapist will write a sensory plan for Zara in one visit in "
        "September 2026, and her teaching assistant will follow it every day for the 2026/27 "
        "school year.",
    }
    assert not _thread(plan)


def _durations(text):
    return {q for c, s, q in _checks({"G": text}) if c == "no_duration"}


def test_in_a_two_hour_session_is_a_length_not_a_delay():
    line = (
        "The diabetes nurse will train four named staff in a two-hour session each September "
        "for the 2026/27 and 2027/28 school years."
    )
    assert not _durations(line)
    # A delay is still a delay: "in two hours" says when, not for how long.
    late = "The school nurse will check his blood sugar again in two hours every school day."
    assert late in _durations(late)


def test_school_years_named_on_their_own_are_a_period():
    line = (
        "Her head of year will arrange a quiet room for her for every test in 2026/27 and 2027/28."
    )
    assert not _durations(line)


def _jargon(text):
    return {q for c, s, q in _checks({"C": text}) if c == "jargon"}


def test_a_phrase_with_of_before_its_explanation_is_explained():
    text = "Ben has apraxia of speech, a condition where his brain finds it hard to plan sounds."
    assert "apraxia" not in _jargon(text)
    assert "apraxia" in _jargon("Ben has apraxia of speech and is hard to understand.")


def test_neurodegenerative_and_colostomy_are_jargon():
    assert "neurodegenerative" in _jargon("She has a neurodegenerative condition.")
    assert "colostomy" in _jargon("He has a colostomy and needs help in the toilet.")
