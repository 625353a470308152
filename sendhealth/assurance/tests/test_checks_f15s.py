"""f15s: the golden thread's rules after blind_2026_12l was diagnosed. C, E and G written
under the same headings: a C heading E (or G) leaves out has no outcome (or provision), a G
heading C lacks is provision for no need described; a numbered need is a need of its own;
"does not" tells of a need; "with no help" is a strength; lexicon classes: what goes wrong
with teeth, distress shown in behaviour and self-worth, dictation tools (writing, not
speech), "changing position" (not nappy changing). Every example is invented for these
tests."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.lexicon import DEFAULT


def _thread(sections, kind="plan"):
    return {
        (f.section, f.quote) for f in run_checks(sections, kind=kind) if f.check == "golden_thread"
    }


HEADED = {
    "C": "Walking\n"
    "Tomas is 12 and has hereditary spastic paraplegia. He trips on uneven ground and on "
    "the stairs.\n\n"
    "Writing\n"
    "His hands ache after ten minutes of writing.\n\n"
    "Mood\n"
    "Tomas has become withdrawn since he stopped playing football and says he feels useless.",
    "E": "Walking\n"
    "By July 2027 Tomas will move between lessons with no trips or falls, as recorded by his "
    "form tutor each half term.\n\n"
    "Writing\n"
    "By July 2027 Tomas will type a page of notes in each English lesson on his laptop.",
    "G": "Walking\n"
    "His subject teachers will let Tomas leave each lesson 3 minutes early, for the school "
    "year 2026-27.\n\n"
    "Writing\n"
    "The school's IT technician will set up a laptop for Tomas in September 2026, for the "
    "school year 2026-27.\n\n"
    "Mood\n"
    "A counsellor from the school's wellbeing team will see Tomas for 45 minutes every "
    "week in the spring term 2027.",
}


def test_a_heading_of_c_that_e_leaves_out_has_no_outcome():
    found = _thread(HEADED)
    assert (
        "C",
        "Tomas has become withdrawn since he stopped playing football and says he feels useless.",
    ) in found
    assert not {f for f in found if f[0] == "G"}


def test_a_heading_of_g_that_c_lacks_is_provision_for_no_need():
    sections = dict(HEADED)
    sections["E"] += (
        "\n\nMood\nBy July 2027 Tomas will rate his mood at 6 or more out of 10 at each "
        "counselling session."
    )
    sections["G"] += (
        "\n\nSwimming\nA swimming coach will give Tomas a 30-minute lesson every Friday, for "
        "the summer term 2027."
    )
    found = _thread(sections)
    assert (
        "G",
        "A swimming coach will give Tomas a 30-minute lesson every Friday, for the summer "
        "term 2027.",
    ) in found
    assert not any(
        f.section == "C" and "under the heading" in f.message
        for f in run_checks(sections, kind="plan")
    )


def test_headings_that_do_not_line_up_are_not_read_as_aligned():
    # Only one heading the same: the writer did not align the sections, so a heading E
    # leaves out says nothing.
    sections = {
        "C": "Walking\nTomas trips on the stairs.\n\nMood\nTomas has become withdrawn.",
        "E": "Outcomes\nBy July 2027 Tomas will move between lessons with no falls and say "
        "he feels happier at each termly review.",
        "G": "Walking\nHis teachers will let Tomas leave each lesson 3 minutes early, for the "
        "school year 2026-27.",
    }
    assert not {f for f in _thread(sections) if "heading" in f[1]}
    assert not any("under the heading" in f.message for f in run_checks(sections, kind="plan"))


def test_a_table_header_row_is_not_a_heading():
    sections = {
        "C": "Breathing\nAmira has asthma and wheezes when she runs.\n\n"
        "Eating\nAmira is slow to eat and is often hungry in the afternoon.",
        "E": "Breathing\nBy July 2027 Amira will take part in every PE lesson, using her "
        "reliever inhaler before she starts, as recorded by her PE teacher.\n\n"
        "Eating\nBy July 2027 Amira will finish her lunch on 4 days out of 5.",
        "G": "Breathing\nProvision | Who | How often | How long\n"
        "Reliever inhaler before PE | PE teacher trained by the school nurse | Every PE "
        "lesson | 2026/27 school year\n\n"
        "Eating\nProvision | Who | How often | How long\n"
        "Extra 15 minutes at lunch | Lunchtime supervisor | Every school day | 2026/27 "
        "school year",
    }
    assert not any("under the heading" in f.message for f in run_checks(sections, kind="plan"))


def test_a_numbered_need_is_a_need_of_its_own():
    sections = {
        "C": "1. Priya is autistic and becomes distressed when the fire alarm is tested.\n"
        "2. She does not sleep well and is often too tired to join in at the start of the day.",
        "E": "1. By July 2027 Priya will leave the building calmly with her key adult at every "
        "fire drill, as recorded by her class teacher.",
        "G": "1. Her key adult will warn Priya before every planned fire drill and give her "
        "ear defenders, for the school year 2026-27.\n"
        "2. The school nurse will meet Priya's parents once in November 2026 for 45 minutes to "
        "go through a bedtime routine.",
    }
    assert (
        "C",
        "She does not sleep well and is often too tired to join in at the start of the day.",
    ) in _thread(sections)


def test_the_same_sentence_in_a_paragraph_still_goes_on_about_the_need_before_it():
    # Not numbered: read with the need before it, as before (the seen sets' writers label
    # such effects part of the need).
    sections = {
        "C": "Priya is autistic and becomes distressed when the fire alarm is tested. She "
        "does not sleep well and is often too tired to join in at the start of the day.",
        "E": "By July 2027 Priya will leave the building calmly with her key adult at every "
        "fire drill, as recorded by her class teacher.",
        "G": "Her key adult will warn Priya before every planned fire drill and give her ear "
        "defenders, for the school year 2026-27. The school nurse will meet Priya's parents "
        "once in November 2026 for 45 minutes to go through a bedtime routine.",
    }
    assert not {f for f in _thread(sections) if f[0] == "C"}


def test_doing_something_with_no_help_is_a_strength_not_a_need():
    sections = {
        "needs": "Owen is 17 and has coeliac disease. He chooses gluten-free food in the "
        "college canteen himself, with no help. He gets stomach cramps when he is anxious "
        "before exams.",
        "outcomes": "By July 2027 Owen will sit every exam in the main hall, using his "
        "breathing routine, as recorded by his tutor.",
        "provision": "His personal tutor will go through a breathing routine with Owen for "
        "20 minutes every Monday in the spring term 2027.",
        "author": "Gwen Hale, Paediatric Dietitian, 4 November 2026",
    }
    found = _thread(sections, kind="advice")
    assert not any("with no help" in quote for _, quote in found)


def test_lexicon_classes():
    assert "teeth and mouth" in DEFAULT.concepts_in("He had toothache for a week.")
    assert "teeth and mouth" in DEFAULT.concepts_in("She has tooth decay and sore gums.")
    assert "emotional wellbeing" in DEFAULT.concepts_in("He is unsettled and tearful.")
    assert "emotional wellbeing" in DEFAULT.concepts_in("Her self-esteem is low.")
    assert "emotional wellbeing" in DEFAULT.concepts_in(
        "She feels she is no good at anything.", weak=True
    )
    assert "emotional wellbeing" not in DEFAULT.concepts_in("She feels she is no good.")
    assert "hand skills" in DEFAULT.concepts_in("He will use speech-to-text software.")
    assert "communication" not in DEFAULT.concepts_in("He will use speech-to-text software.")
    assert "communication" in DEFAULT.concepts_in("His speech is hard to follow.")
    assert "continence" not in DEFAULT.concepts_in(
        "She will sit for a whole lesson, changing position at set times.", weak=True
    )
    assert "continence" in DEFAULT.concepts_in("Staff help with changing.", weak=True)


def test_provision_for_a_toothache_need_is_not_provision_for_no_need():
    sections = {
        "needs": "Jay is 19 and has a learning disability. He did not tell anyone about a "
        "toothache for a month.",
        "outcomes": "By July 2027 Jay will point to the body chart to show staff when "
        "something hurts, on every occasion, as recorded in his college log.",
        "provision": "His college support worker will go through the body chart with Jay for "
        "10 minutes every Monday, for the college year 2026-27. I will go with Jay to a dental "
        "check-up in January 2027.",
        "author": "Sam Reid, Learning Disability Nurse, 2 October 2026",
    }
    assert not {f for f in _thread(sections, kind="advice") if f[0] == "provision"}


def test_who_trained_the_staff_does_not_touch_a_need_for_the_whole_section():
    # "trained by the speech and language therapist" reads swallowing; it says who trained
    # the assistant, not that G has anything for the choking need.
    sections = {
        "C": "Ana is three and has a chromosome disorder. She uses about ten signs.\n\n"
        "Ana chokes on crunchy food and gags on her drinks.",
        "E": "By July 2027 Ana will use 20 signs to make choices at snack time, as recorded by "
        "her key person.\n"
        "By July 2027 Ana will eat a soft snack without choking on 4 days out of 5.",
        "G": "Her key person, trained by the speech and language therapist, will use signs "
        "with Ana in every nursery session, until she leaves in July 2027.",
    }
    assert (
        "C",
        "Ana chokes on crunchy food and gags on her drinks.",
    ) in _thread(sections)


def test_each_part_of_a_hyphenated_word_ties_a_need_to_provision():
    sections = {
        "C": "Need | What this means\n"
        "Posture | Ben needs time lying on his side twice a day to protect his hips.",
        "E": "Outcome | By when\n"
        "Ben will stay on his side for 20 minutes without crying on 8 out of 10 occasions | "
        "July 2027",
        "G": "What | Who | How often | How long\n"
        "Side-lying on his wedge for 20 minutes | Two teaching assistants trained by the "
        "children's physiotherapist | At 10.30am and 2pm every school day | School year "
        "2026-27",
    }
    from sendhealth.assurance.checks.golden_thread import stems

    assert "lying" in stems("Side-lying on his wedge")
    assert not {f for f in _thread(sections) if f[0] == "C"}
