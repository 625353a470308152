"""f15m: the golden thread claims a gap only where it can be sure (a need sharing no concept
and no content word with the section), agreeing a timetable is coordination, "are all good"
is a strength. Every example is invented for these tests."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.golden_thread import stems


def _thread(sections, kind="plan"):
    return {
        (f.section, f.quote) for f in run_checks(sections, kind=kind) if f.check == "golden_thread"
    }


SIGHT = "Nia is 7 and has a visual impairment from albinism."
SIGHT_OUTCOME = (
    "By July 2027, Nia will read a page of size 24 print in 5 minutes, as recorded by her "
    "class teacher."
)
SIGHT_PROVISION = (
    "A qualified teacher of the visually impaired from the Larkfield Sensory Service will "
    "visit for 1 hour every half term for the 2026/27 school year to advise on her print size."
)


def test_stems_match_word_forms_and_leave_out_names_and_when_words():
    assert "fall" in stems("he falls easily") & stems("without falling")
    assert "sore" in stems("the skin gets sore") & stems("free of sores")
    assert not stems("Nia often skips lunch in the morning") - {"skip"}
    assert "nia" not in stems("Nia")


def test_a_need_sharing_a_content_word_with_the_outcomes_is_not_said_to_lack_one():
    need = "She also has poor balance and falls easily in unfamiliar places."
    outcome = (
        "By July 2027, Nia will get from her classroom to the hall holding an adult's arm, "
        "without falling, on 4 out of 5 days."
    )
    provision = (
        "A physiotherapist from the Larkfield Children's Therapy Team will work on Nia's "
        "balance for 30 minutes every week for the 2026/27 school year."
    )
    plan = {
        "C": SIGHT + " " + need,
        "E": SIGHT_OUTCOME + "\n" + outcome,
        "G": SIGHT_PROVISION + "\n" + provision,
    }
    assert ("C", need) not in _thread(plan)
    # With nothing in E on falling, the gap is still reported.
    assert ("C", need) in _thread({**plan, "E": SIGHT_OUTCOME})


def test_a_shared_when_word_does_not_meet_a_need():
    need = "She is also very anxious about eating with other pupils and often skips lunch."
    plan = {
        "C": "Sam has coeliac disease. " + need,
        "E": "By July 2027, Sam will choose a gluten-free lunch himself on 4 of 5 days.",
        "G": (
            "The school cook will prepare a gluten-free lunch every school day for the "
            "2026/27 school year, following the dietitian's plan."
        ),
    }
    assert ("C", need) in _thread(plan)


def test_conditions_named_together_still_each_need_their_own():
    # "asthma" is shared with G, but the eczema named with it has nothing there.
    need = "Ravi has asthma and also has eczema that makes his elbows itch in hot weather."
    plan = {
        "C": need,
        "E": "By July 2027, Ravi will tell an adult when his chest feels tight, every time.",
        "G": "The school nurse will train his class staff in his asthma plan every September.",
    }
    assert ("C", need) in _thread(plan)


def test_agreeing_a_timetable_with_the_therapist_is_coordination():
    line = (
        "Her head of year will agree a reduced timetable with Nia and her physiotherapist "
        "every half term for the 2026/27 school year."
    )
    plan = {"C": SIGHT, "E": SIGHT_OUTCOME, "G": SIGHT_PROVISION + "\n" + line}
    assert ("G", line) not in _thread(plan)


def test_all_good_is_a_strength():
    strength = "Her hearing, speech and physical health are all good."
    plan = {"C": SIGHT + " " + strength, "E": SIGHT_OUTCOME, "G": SIGHT_PROVISION}
    assert ("C", strength) not in _thread(plan)


def _fired(check, sections, kind="plan"):
    return {f.quote for f in run_checks(sections, kind=kind) if f.check == check}


def test_a_recurring_session_length_is_not_how_long_provision_goes_on():
    line = (
        "An occupational therapist from the Larkfield Children's Therapy Team will see Nia "
        "for a 45-minute session every week in school."
    )
    assert line in _fired("no_duration", {"G": line})
    # With a period, or done once, the session's length is enough.
    assert not _fired("no_duration", {"G": line[:-1] + " for the 2026/27 school year."})
    once = "A dietitian will see Nia for a 45-minute appointment in October 2026."
    assert not _fired("no_duration", {"G": once})
    # A visit "for 45 minutes every half term" is left as it was (labelled both ways).
    visit = "The physiotherapist will visit every half term for 45 minutes to check her splints."
    assert not _fired("no_duration", {"G": visit})


def test_an_acronym_in_the_authors_line_is_checked():
    advice = {
        "needs": "Nia has epilepsy.",
        "provision": "I will train her class staff in her care plan in September 2026.",
        "author": "Jo Bell, Epilepsy ANP, Larkfield Epilepsy Service, 8 September 2026",
    }
    assert "ANP" in _fired("acronym", advice, kind="advice")
    # A regulator that says who the author is stays allowed.
    signed = {**advice, "author": "Jo Bell, Epilepsy Nurse, NMC registered, 8 September 2026"}
    assert not _fired("acronym", signed, kind="advice")
    # f15y: a qualification's post-nominal letters are explained like other letters.
    qualified = {**advice, "author": "Jo Bell, RGN, NMC registered, 8 September 2026"}
    assert _fired("acronym", qualified, kind="advice") == {"RGN"}
    # Written out in the advice, it is explained.
    written = {
        **advice,
        "author": "Jo Bell, Epilepsy Advanced Nurse Practitioner (ANP), 8 September 2026",
    }
    assert not _fired("acronym", written, kind="advice")


def test_a_child_kept_upright_is_care_someone_gives():
    line = "Nia will be kept upright for 20 minutes after every feed."
    assert line in _fired("no_provider", {"G": "- " + line})
    done = "A trained teaching assistant will keep Nia upright for 20 minutes after every feed."
    assert not _fired("no_provider", {"G": "- " + done})
    # Things kept somewhere are still equipment no one delivers.
    stored = "Her spare feeding set will be kept in the medical room."
    assert not _fired("no_provider", {"G": "- " + stored})
