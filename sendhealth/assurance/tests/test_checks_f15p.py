"""f15p: the golden thread's rules after blind_2026_12k was diagnosed. Who wrote or advised
what staff follow does not say what the provision is for; provision referring back to
earlier provision the thread did not claim is not claimed either; finished treatment and
"well since" are history, and a condition named after opening history is a need of its own;
lexicon: narcolepsy and falling asleep (sleep), sores and skin picking (skin), being left out
(social), "stoma" only as a word. Every example is invented for these tests."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.lexicon import DEFAULT


def _thread(sections, kind="plan"):
    return {
        (f.section, f.quote) for f in run_checks(sections, kind=kind) if f.check == "golden_thread"
    }


def test_who_wrote_the_plan_staff_follow_does_not_say_what_it_is_for():
    sections = {
        "C": "Sami gets out of breath walking uphill and finds games lessons hard to keep up with.",
        "E": "By July 2027, Sami will take part in 3 out of 4 games lessons, resting when he "
        "chooses, as recorded by his games teacher.",
        "G": "- The games teacher will follow the activity plan drawn up by the cardiology "
        "nurse from the Lindford Heart Unit in every games lesson, for the 2026/27 school "
        "year.\n"
        "- The cardiology nurse will update the activity plan after each of Sami's clinic "
        "visits, twice a year, for the 2026/27 school year.",
    }
    assert not {f for f in _thread(sections) if f[0] == "G"}


def test_provision_with_a_condition_no_need_names_is_still_claimed():
    # The rule above leaves out only who wrote or advised: provision that is itself on a
    # concept no need has is still "provision with no need".
    sections = {
        "C": "Sami gets out of breath walking uphill and finds games lessons hard to keep up with.",
        "E": "By July 2027, Sami will take part in 3 out of 4 games lessons, as recorded by "
        "his games teacher.",
        "G": "- The games teacher will let Sami rest whenever he asks in every games lesson, "
        "for the 2026/27 school year.\n"
        "- A children's dietitian will see Sami each half term for 30 minutes about his "
        "gluten-free diet, for the 2026/27 school year.",
    }
    assert any(section == "G" and "dietitian" in quote for section, quote in _thread(sections))


def test_finished_treatment_and_well_since_is_history_not_a_need():
    sections = {
        "needs": "1. Lola completed her chemotherapy in 2026 and has been well since.\n"
        "2. She cannot yet walk far, so she gets tired crossing the site between lessons.",
        "outcomes": "1. By July 2027, Lola will walk between lessons with a rest stop, arriving "
        "on time to 4 out of 5 lessons, as recorded by her form tutor.",
        "provision": "1. The head of year will give Lola a pass to leave each lesson five "
        "minutes early and a rest stop in the library, every lesson change, for the 2026/27 "
        "school year.",
        "author": "Dr P Okafor, Consultant Paediatrician, 3 November 2026",
    }
    assert not {f for f in _thread(sections, kind="advice") if f[0] == "needs"}


def test_a_condition_after_opening_history_is_a_need_of_its_own():
    need = (
        "Omar finished treatment for a tumour in 2026 and is back in class. The surgery "
        "left him with poor "
        "sight in his left eye, so he misses work written on that side of the board. He "
        "tires quickly and needs a rest after lunch."
    )
    sections = {
        "C": need,
        "E": "By July 2027, Omar will attend full days on 4 days out of 5, with a 20-minute "
        "rest after lunch, as recorded by his class teacher.",
        "G": "A teaching assistant will take Omar for a 20-minute rest in the medical room "
        "after lunch every school day, for the 2026/27 school year.",
    }
    quotes = {quote for section, quote in _thread(sections) if section == "C"}
    assert any("poor sight" in quote for quote in quotes)


def test_an_appositive_after_opening_history_names_no_condition():
    need = (
        "Ivy was born with a blocked drain in her brain. She has a valve, a small device "
        "under the skin of her scalp, and gets headaches when she is tired."
    )
    sections = {
        "C": need,
        "E": "By July 2027, Ivy will tell an adult when she has a headache, on every "
        "occasion, as recorded on her headache log.",
        "G": "The class teacher will let Ivy rest in the quiet room and record each headache "
        "on her log, every time she has one, for the 2026/27 school year.",
    }
    assert not {f for f in _thread(sections) if f[0] == "C"}


def test_lexicon_narcolepsy_sores_left_out_and_stoma_as_a_word():
    assert "sleep" in DEFAULT.concepts_in("He has narcolepsy and falls asleep in class")
    assert "skin" in DEFAULT.concepts_in("She picks at sores on her legs")
    assert "social interaction" in DEFAULT.concepts_in("He is often left out at break")
    assert "continence" not in DEFAULT.concepts_in("if there is a stomach bug in the class")
    assert "continence" in DEFAULT.concepts_in("help to empty her stoma bag")


def test_skin_picking_left_without_provision_is_found():
    sections = {
        "C": "Reuben has a rare genetic syndrome. He picks at sores on his hands until they "
        "bleed, especially when he is bored.",
        "E": "By July 2027, Reuben will have no open sores on his hands at his termly check "
        "with the school nurse.",
        "G": "The class teacher will give Reuben a visual timetable every morning, for the "
        "2026/27 school year.",
    }
    assert any("sores" in quote for section, quote in _thread(sections) if section == "C")


def test_infection_risk_is_a_need_of_its_own():
    assert "infection risk" in DEFAULT.concepts_in("A cold can make her very poorly")
    assert "infection risk" in DEFAULT.concepts_in("her immune system is weak after her transplant")
    sections = {
        "C": "Need | What this means for Ada\n"
        "Getting about | Ada gets out of breath on the stairs between lessons.\n"
        "Infections | A cold or flu can make her very poorly, so she needs to keep away from "
        "anyone who is unwell.",
        "E": "Outcome | By when\n"
        "Ada will arrive at every lesson on time using the lift | July 2027\n"
        "Ada's parents will hear of any chickenpox or measles case in her year on the day | "
        "July 2027",
        "G": "Provision | Who | How often | How long\n"
        "A lift pass | Head of year | Every lesson change | 2026/27 school year",
    }
    quotes = {quote for section, quote in _thread(sections) if section == "C"}
    assert any(quote.startswith("Infections") for quote in quotes)
