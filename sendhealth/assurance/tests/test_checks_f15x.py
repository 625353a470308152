"""f15x: the golden thread's rules after blind_2026_12n and 12o were diagnosed. A section that
says the child has no health needs names its conditions as context; a medicine taken only at
home is context; who to ask if something changes is a signpost, not provision; a clinician's
own sessions that do not say what they are for are for what the advice is about; "when" or
"if" after a verb of knowing or telling is what is known, so the main clause goes on through
it. Lexicon classes: dry by day or night, a bleeding disorder in lay words, supportive
seating, blood pressure, seating at the front, a psychologist, asking and telling. Every
example is invented for these tests; each rule has probes it must get right and probes it
must not wrongly excuse."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.golden_thread import KNOWS_WHEN, MAIN_CLAUSE_END
from sendhealth.assurance.checks.lexicon import DEFAULT


def _thread(sections: dict[str, str], kind: str = "plan") -> list[tuple[str, str]]:
    return [
        (f.section, f.quote) for f in run_checks(sections, kind=kind) if f.check == "golden_thread"
    ]


# A section that says there are no health needs.


def test_a_condition_named_beside_no_health_needs_is_context():
    for c in (
        "Tom (11) has asthma. His specialist nurse says it has not kept him off school this "
        "year. There are no health needs that relate to his special educational needs.",
        "Aria has coeliac disease, managed by her family. Aria has no health needs relating "
        "to her learning.",
    ):
        found = _thread(
            {
                "C": c,
                "E": "There are no health outcomes in this plan.",
                "G": "There is no health provision in this plan.",
            }
        )
        assert found == [], c


def test_no_other_health_needs_still_leaves_the_need_named():
    found = _thread(
        {
            "C": "Mia has eczema on her hands that makes writing painful. She has no other "
            "health needs.",
            "E": "By July 2027, Mia will read 20 new words, counted by her class teacher.",
            "G": "Her class teacher will read with her for 10 minutes every day until July 2027.",
        }
    )
    assert any(section == "C" for section, _ in found)


def test_provision_under_no_health_needs_is_still_provision_for_no_need():
    found = _thread(
        {
            "C": "Leo has no health needs that relate to his special educational needs.",
            "E": "There are no health outcomes.",
            "G": "The school nurse will check Leo's blood pressure once a term until July 2027.",
        }
    )
    assert any(section == "G" for section, _ in found)


# A medicine taken only at home.


def test_a_medicine_taken_at_home_is_context():
    for sentence in (
        "She takes a preventer tablet at home every evening.",
        "He is on a course of antibiotics, which he takes at home.",
        "His melatonin is given at home at bedtime.",
    ):
        found = _thread(
            {
                "needs": "Nia (10) has migraines that stop her working in class. " + sentence,
                "outcomes": "By July 2027, Nia will return to her lesson within 30 minutes "
                "of a migraine on 4 out of 5 occasions, as recorded by her form tutor.",
                "provision": "Her form tutor will let her rest in the medical room for up to "
                "30 minutes when a migraine starts, every time, until July 2027.",
                "author": "Dr Ola Reed, Consultant Paediatrician, Fenby Hospital, 3 May 2027",
            },
            kind="advice",
        )
        assert found == [], sentence


def test_a_medicine_taken_at_home_and_at_school_is_not_excused():
    found = _thread(
        {
            "needs": "Nia (10) has migraines that stop her working in class. She takes "
            "tablets for her breathing at home and at school.",
            "outcomes": "By July 2027, Nia will return to her lesson within 30 minutes of a "
            "migraine on 4 out of 5 occasions, as recorded by her form tutor.",
            "provision": "Her form tutor will let her rest in the medical room for up to 30 "
            "minutes when a migraine starts, every time, until July 2027.",
            "author": "Dr Ola Reed, Consultant Paediatrician, Fenby Hospital, 3 May 2027",
        },
        kind="advice",
    )
    assert any("breathing" in quote for _, quote in found)


# Who to ask if something changes.


def test_who_to_ask_if_something_changes_is_a_signpost():
    for g in (
        "No health provision is needed. If Ben's hearing changes, his parents can contact "
        "the Fenby audiology service for a new test.",
        "None. Should his sight get worse, school may ask the eye clinic to see him again.",
    ):
        found = _thread(
            {
                "C": "Ben has no health needs that relate to his special educational needs.",
                "E": "None.",
                "G": g,
            }
        )
        assert found == [], g


def test_provision_that_is_given_is_not_a_signpost():
    found = _thread(
        {
            "C": "Ben has no health needs that relate to his special educational needs.",
            "E": "None.",
            "G": "The Fenby audiology service will test Ben's hearing every term until July 2027.",
        }
    )
    assert any(section == "G" for section, _ in found)


# A clinician's own sessions.


_ADVICE = {
    "needs": "Zoe (4) has weak muscles in her legs and cannot yet climb the stairs.",
    "outcomes": "By July 2027, Zoe will climb the nursery stairs holding the rail on 4 out of "
    "5 tries, as recorded by her key person.",
    "author": "Kim Shaw, Children's Physiotherapist, Fenby Children's Therapy, 2 May 2027",
}


def test_a_clinicians_own_sessions_are_for_what_the_advice_is_about():
    found = _thread(
        {
            **_ADVICE,
            "provision": "I will see Zoe at nursery for 30 minutes every month until July 2027.",
        },
        kind="advice",
    )
    assert found == []


def test_own_sessions_that_say_what_they_are_for_are_read_for_that():
    found = _thread(
        {
            **_ADVICE,
            "provision": "I will see Zoe at nursery for 30 minutes every month until July 2027 "
            "to check the eczema cream on her hands.",
        },
        kind="advice",
    )
    assert found  # the legs have no provision; the cream meets no need


# "when" or "if" after a verb of knowing or telling.


def _main(text: str) -> str:
    return MAIN_CLAUSE_END.split(KNOWS_WHEN.sub(r"\1 that", text), maxsplit=1)[0]


def test_when_after_knowing_is_what_is_known():
    assert "toilet" in _main("She does not yet recognise when she needs the toilet.")
    assert "hungry" in _main("He cannot tell if he is hungry and eats little.")
    assert "ill" in _main("She does not notice when she feels ill after sport.")


def test_when_after_other_verbs_still_says_when():
    assert "toilet" not in _main("He gets upset when he needs the toilet.")
    assert "hungry" not in _main("She shouts if she is hungry.")


def test_a_condition_in_what_is_known_is_a_need_of_its_own():
    found = _thread(
        {
            "C": "Sam is 7 and has autism. Loud rooms make him cover his ears. He does not "
            "know when he needs the toilet and wets himself most days.",
            "E": "By July 2027, Sam will use the toilet when his timer goes off, with no more "
            "than one accident a week.",
            "G": "An occupational therapist from Fenby Children's Therapy will write Sam a "
            "sensory plan in September 2026 and review it each term until July 2027.",
        }
    )
    assert any("toilet" in quote for _, quote in found)


# Lexicon classes.


def _strong(text: str) -> set[str]:
    return DEFAULT.concepts_in(text)


def test_dry_by_day_or_night_is_continence_but_dry_skin_and_food_are_not():
    for text in ("She is not yet dry in the day.", "He will be dry at night.", "dry during PE"):
        assert "continence" in _strong(text), text
    for text in ("She has dry skin on her arms.", "He eats only dry, beige foods."):
        assert "continence" not in _strong(text), text


def test_a_bleeding_disorder_in_lay_words_is_a_blood_condition():
    for text in ("She bruises easily.", "He bleeds for a long time.", "her blood does not clot"):
        assert "blood conditions" in _strong(text), text
    assert "blood conditions" not in _strong("He has bleeding gums.")


def test_supportive_seating_and_sitting_unsupported_are_movement():
    for text in ("a supportive chair in class", "He cannot sit without support."):
        assert "movement" in _strong(text), text


def test_blood_pressure_is_the_hearts():
    assert "heart" in DEFAULT.clinical_concepts_in("will check her blood pressure each term")


def test_seating_at_the_front_is_weak_hearing_and_sight():
    text = "She will sit near the front of the class."
    assert {"hearing", "vision"} <= DEFAULT.concepts_in(text, weak=True)
    assert not {"hearing", "vision"} & _strong(text)


def test_a_psychologist_meets_the_minds_needs_but_is_never_clinical_for_it():
    assert "emotional wellbeing" in _strong("A psychologist will see him every week.")
    assert "emotional wellbeing" not in DEFAULT.clinical_concepts_in("a psychologist")
    assert "emotional wellbeing" not in _strong("The neuropsychologist will assess him.")


def test_asking_and_telling_are_weak_communication():
    assert "communication" in DEFAULT.concepts_in("He will ask for a drink.", weak=True)
    assert "communication" not in _strong("His parents can ask for a review.")
