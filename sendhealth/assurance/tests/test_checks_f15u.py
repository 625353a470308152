"""f15u: the golden thread's rules after blind_2026_12m was diagnosed. Lists that line up:
"Topic: text" lines are headings; a numbered E or G list that skips a number, or a shorter
one whose every item meets C's item of the same number, leaves C's other items with nothing.
What a feeling is about is its topic, not a need. The conditions a need is about are those
its main clause names. A clinician's own clinic review is provision for the conditions the
advice names; a sentence that only names a condition is met when the sentences going on
about it are. Lexicon classes: touch-typing is not touch, feelings about oneself, posture
and strength, picture-based communication. Every example is invented for these tests; each
rule has probes it must get right and probes it must not wrongly excuse."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.lexicon import DEFAULT


def _thread(sections, kind="plan"):
    return {
        (f.section, f.quote) for f in run_checks(sections, kind=kind) if f.check == "golden_thread"
    }


# Topic lines ---------------------------------------------------------------------------

TOPICS = {
    "C": "Breathing: Nia has asthma and wheezes when she runs outside in cold air.\n"
    "Skin: Her eczema flares on her hands and she scratches until they bleed.\n"
    "Sleep: She wakes three or four times a night and is drowsy by mid-morning.",
    "E": "Breathing: By July 2027, Nia will take her reliever inhaler before every games "
    "lesson without a reminder, as recorded by her PE teacher.\n"
    "Skin: By Easter 2027, Nia will put on her own cream at lunchtime and before bed on 4 "
    "days out of 5, so that itching wakes her less at night.",
    "G": "Breathing: Her PE teacher, trained by the school nurse, will remind her to use her "
    "inhaler before each games lesson during Year 4.\n"
    "Skin: Her teaching assistant will give her a quiet space to apply her cream at 12.15 "
    "each day for the 2026-27 school year.\n"
    "Sleep: The community paediatrician will see Nia every four months until July 2027 to "
    "review her sleep.",
}
SLEEP = "Sleep: She wakes three or four times a night and is drowsy by mid-morning."


def test_a_topic_line_e_leaves_out_has_no_outcome():
    assert ("C", SLEEP) in _thread(TOPICS)


def test_topic_lines_that_all_line_up_draw_nothing():
    sections = dict(TOPICS)
    sections["E"] += (
        "\nSleep: By July 2027, Nia will sleep through on 5 nights out of 7, as kept in her "
        "sleep diary."
    )
    assert not _thread(sections)


def test_dated_lead_ins_are_not_topics_c_shares():
    sections = dict(TOPICS)
    sections["E"] = (
        "By July 2027: Nia will take her inhaler before every games lesson.\n"
        "By Easter 2027: Nia will put on her own cream at lunchtime and sleep through on "
        "5 nights out of 7."
    )
    assert ("C", SLEEP) not in _thread(sections)


# Numbered lists ------------------------------------------------------------------------

NUMBERED = {
    "C": "1. Kit has a mild hearing loss in his left ear and wears one hearing aid.\n"
    "2. He cannot hear a story read aloud in a noisy classroom.\n"
    "3. His handwriting is large and slow.",
    "E": "1. By July 2027, Kit will keep his hearing aid in all day on every school day.\n"
    "2. By July 2027, Kit will retell a story read aloud in 4 out of 5 tries.\n"
    "3. By July 2027, Kit will copy two lines of writing in 5 minutes.",
    "G": "1. His teaching assistant, trained by the teacher of the deaf, will check his hearing "
    "aid each morning for the 2026-27 school year.\n"
    "3. A teaching assistant trained by the occupational therapist will run a handwriting "
    "group for 20 minutes three times a week for the 2026-27 school year.",
}
STORY = "He cannot hear a story read aloud in a noisy classroom."


def test_a_numbered_g_list_that_skips_a_number_leaves_that_need_without_provision():
    assert ("C", STORY) in _thread(NUMBERED)


def test_a_numbered_g_list_that_does_not_skip_is_numbered_on_its_own():
    sections = dict(NUMBERED)
    sections["G"] = NUMBERED["G"].replace("3. A teaching", "2. A teaching") + (
        "\n3. His class teacher will read stories to him from the front, beside his good ear, "
        "in every literacy lesson during Year 2."
    )
    assert ("C", STORY) not in _thread(sections)


SHORT = {
    "C": "1. Ada does not yet use words and points to what she wants.\n"
    "2. She covers her ears and cries in the hall at assembly.\n"
    "3. She eats only dry crackers and has lost weight since the summer.",
    "E": "1. By July 2027, Ada will use her picture exchange book to ask for a drink at least "
    "5 times a day.\n"
    "2. By July 2027, Ada will stay in assembly for 10 minutes wearing ear defenders on 4 "
    "days out of 5.",
    "G": "1. A speech and language therapist will see Ada for 30 minutes every fortnight until "
    "July 2027.\n"
    "2. Her teaching assistant will give her ear defenders at every assembly for the "
    "2026-27 school year.\n"
    "3. A paediatric dietitian will see Ada and her parents once a half term until July 2027 "
    "to add one new food at a time.",
}
CRACKERS = "She eats only dry crackers and has lost weight since the summer."


def test_a_shorter_numbered_list_that_lines_up_leaves_the_last_need_without_an_outcome():
    found = _thread(SHORT)
    assert ("C", CRACKERS) in found
    assert ("C", "Ada does not yet use words and points to what she wants.") not in found


def test_a_shorter_numbered_list_that_does_not_line_up_claims_nothing_by_position():
    sections = dict(SHORT)
    # Outcome 1 answers need 3 here: the writer numbered E on its own.
    sections["E"] = (
        "1. By July 2027, Ada will eat one new food at lunch on 4 days out of 5.\n"
        "2. By July 2027, Ada will stay in assembly for 10 minutes wearing ear defenders on 4 "
        "days out of 5."
    )
    assert ("C", CRACKERS) not in _thread(sections)


# Feelings and what they are about -------------------------------------------------------

FEELING = {
    "C": "Sol has cerebral palsy on his left side, which means his left hand is weak. He "
    "cannot do up buttons after PE. He is also embarrassed about his hand and will not "
    "change in front of others.",
    "E": "By July 2027, Sol will do up his own shirt buttons after PE in 4 out of 5 lessons.",
    "G": "An occupational therapist will see Sol for 40 minutes every half term until July "
    "2027 and set a hand programme his teaching assistant will practise for 10 minutes "
    "each day.",
}
EMBARRASSED = "He is also embarrassed about his hand and will not change in front of others."


def test_a_feeling_about_a_body_part_is_a_need_the_body_parts_provision_does_not_meet():
    assert ("C", EMBARRASSED) in _thread(FEELING)


def test_a_feeling_about_a_body_part_is_met_by_provision_for_the_feeling():
    sections = dict(FEELING)
    sections["G"] += (
        " The school counsellor will see Sol for 30 minutes every week for six weeks from "
        "January 2027 about how he feels about his hand, and he will change in a private "
        "cubicle for the 2026-27 school year."
    )
    sections["E"] += "\nBy July 2027, Sol will change for PE with his class every week."
    assert ("C", EMBARRASSED) not in _thread(sections)


def test_the_feeling_is_kept_when_its_topic_is_left_out():
    assert "emotional wellbeing" in DEFAULT.concepts_in("He is self-conscious about his arm.")
    assert "emotional wellbeing" in DEFAULT.concepts_in("She feels ashamed of her scars.")


# Main clause conditions ------------------------------------------------------------------

BECAUSE = {
    "needs": "Remi has sickle cell disease. He gets dehydrated quickly in hot weather, "
    "and he tires easily because his blood carries less oxygen.",
    "outcomes": "By July 2027, Remi will drink a full bottle of water by lunchtime on 4 days "
    "out of 5, as kept in his drinks chart.",
    "provision": "I will see Remi in the haematology clinic every three months until July "
    "2027. His class teacher will let him keep a water bottle on his desk in every lesson "
    "for the 2026-27 school year.",
    "author": "Dr Pia Lind, Consultant Paediatric Haematologist, 3 March 2027",
}


def test_a_condition_named_only_in_a_because_clause_is_not_the_need():
    assert not _thread(BECAUSE, kind="advice")


def test_a_condition_named_in_the_main_clause_still_needs_its_own_provision():
    sections = dict(BECAUSE)
    sections["needs"] += " He also has asthma, which is worse in cold weather."
    assert ("needs", "He also has asthma, which is worse in cold weather.") in _thread(
        sections, kind="advice"
    )


# A clinician's own review; a sentence that only names a condition -----------------------

REVIEW = {
    "needs": "Lena has epilepsy. She has focal seizures - her arm jerks for a minute or "
    "so - about once a week, and afterwards she is confused.",
    "outcomes": "By July 2027, Lena will go back to her lesson within 30 minutes of a seizure "
    "on 4 out of 5 occasions, as kept in her seizure diary.",
    "provision": "I will see Lena in clinic every six months until July 2027. Two members of "
    "staff trained by the epilepsy nurse will stay with her during each seizure and let her "
    "rest in the medical room for up to 30 minutes, for the 2026-27 school year.",
    "author": "Dr Joel Marsh, Consultant Paediatric Neurologist, 9 January 2027",
}


def test_a_bare_condition_sentence_is_met_by_the_sentences_about_it():
    assert not _thread(REVIEW, kind="advice")


def test_a_bare_condition_sentence_is_not_met_by_sentences_about_something_else():
    sections = dict(REVIEW)
    sections["needs"] = "Lena has epilepsy.\n\nShe finds it hard to start written work."
    sections["outcomes"] = "By July 2027, Lena will start each written task within 3 minutes."
    sections["provision"] = (
        "Her teacher will give her a task card at the start of each written task for the "
        "2026-27 school year."
    )
    assert ("needs", "Lena has epilepsy.") in _thread(sections, kind="advice")


def test_the_clinicians_own_review_meets_the_condition_but_not_other_needs():
    sections = dict(REVIEW)
    sections["provision"] = "I will see Lena in clinic every six months until July 2027."
    sections["needs"] += " She also has eczema on her hands, which itch all day."
    found = _thread(sections, kind="advice")
    assert ("needs", "Lena has epilepsy.") not in found
    assert ("needs", "She also has eczema on her hands, which itch all day.") in found


# Lexicon classes ---------------------------------------------------------------------------


def test_touch_typing_is_a_keyboard_skill_not_touch():
    assert "sensory processing" not in DEFAULT.concepts_in("a touch-typing programme")
    assert "sensory processing" not in DEFAULT.concepts_in("touch typing lessons")
    assert "sensory processing" in DEFAULT.concepts_in("He is very sensitive to touch.")


def test_posture_and_strength_are_movement():
    assert "movement" in DEFAULT.concepts_in("a chair with a footrest and a sloped cushion")
    assert "movement" in DEFAULT.concepts_in("core strength games every morning")
    assert "movement" not in DEFAULT.concepts_in("a footbridge and a strong coffee")


def test_picture_based_communication_is_communication():
    assert "communication" in DEFAULT.concepts_in("her picture exchange book")
    assert "communication" in DEFAULT.concepts_in("a symbol board on his tray")
