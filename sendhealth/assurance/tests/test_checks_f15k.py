"""f15k: general rules for the golden thread (routine checks, what C calls normal, a condition
in lay words in a sentence's main clause, a programme named for its aim, shared short words),
outcomes completed by a date, clinical word classes and materials staff. Every example is
invented for these tests."""

from sendhealth.assurance.checks import run_checks
from sendhealth.assurance.checks.golden_thread import key_words


def _checks(sections, kind="plan"):
    return {(f.check, f.section, f.quote) for f in run_checks(sections, kind=kind)}


def _thread(sections, kind="plan"):
    return {(s, q) for c, s, q in _checks(sections, kind) if c == "golden_thread"}


SENSORY_PLAN = {
    "C": "Tom is 8 and is autistic. Loud rooms overwhelm him and he runs out of assembly.",
    "E": "By July 2027, I will stay in assembly wearing my ear defenders on four days a week.",
}
SENSORY_PROVISION = (
    "An occupational therapist from the Ridgeway Therapy Service will write a sensory plan "
    "for Tom in one 60-minute visit in October 2026.\n"
)


def test_a_routine_check_of_a_body_function_needs_a_need_on_it():
    line = "The school nurse will check his eyesight and hearing every year."
    found = _thread({**SENSORY_PLAN, "G": SENSORY_PROVISION + line})
    assert ("G", line) in found
    # With a need on his sight, the same check meets it.
    with_need = {
        **SENSORY_PLAN,
        "C": SENSORY_PLAN["C"] + "\nHe has a squint and wears glasses.",
        "E": SENSORY_PLAN["E"] + "\nBy July 2027, I will wear my glasses in every lesson.",
    }
    assert ("G", line) not in _thread({**with_need, "G": SENSORY_PROVISION + line})


def test_what_c_calls_normal_is_no_need_provision_meets():
    line = "The audiology service will test Tom's hearing every 6 months until July 2027."
    plan = {
        **SENSORY_PLAN,
        "C": SENSORY_PLAN["C"] + " His hearing was tested in May and is normal.",
    }
    assert ("G", line) in _thread({**plan, "G": SENSORY_PROVISION + line})


def test_teeth_and_mouth_is_a_concept():
    line = "The community dental service will see him in school every 6 months."
    assert ("G", line) in _thread({**SENSORY_PLAN, "G": SENSORY_PROVISION + line})
    plan = {
        **SENSORY_PLAN,
        "C": SENSORY_PLAN["C"] + "\nHe will not let anyone brush his teeth and has tooth decay.",
    }
    assert ("G", line) not in _thread({**plan, "G": SENSORY_PROVISION + line})


def test_a_condition_in_lay_words_after_a_need_is_a_need_of_its_own():
    need = "He still wets himself most days and wears pads."
    plan = {**SENSORY_PLAN, "C": SENSORY_PLAN["C"] + " " + need, "G": SENSORY_PROVISION}
    assert ("C", need) in _thread(plan)


def test_a_condition_only_after_without_or_when_is_not_a_need_of_its_own():
    # The main clause is about her capsules (the need before it); the tummy ache is what
    # happens without them.
    found = _thread(
        {
            "C": "Isla is 10 and has cystic fibrosis. She takes enzyme capsules with every "
            "snack; without them she gets a tummy ache.",
            "E": "By July 2027, I will take my enzyme capsules with every snack without a "
            "reminder, as recorded by my teaching assistant.",
            "G": "Her teaching assistant, trained by the cystic fibrosis nurse, will give "
            "Isla her enzyme capsules with every snack until July 2027.",
        }
    )
    assert not found


def test_a_hearing_or_sight_loss_named_as_such_needs_provision_on_it():
    need = "He also has a moderate hearing loss in his left ear."
    plan = {**SENSORY_PLAN, "C": SENSORY_PLAN["C"] + " " + need, "G": SENSORY_PROVISION}
    assert ("C", need) in _thread(plan)


def test_a_programme_named_for_its_aim_needs_a_need_on_it():
    line = "The Children's Sleep Service will run a sleep programme with his parents in March 2027."
    assert ("G", line) in _thread({**SENSORY_PLAN, "G": SENSORY_PROVISION + line})


def test_four_letter_words_tie_and_professions_do_not():
    assert {"wait", "pads"} <= key_words("He cannot wait his turn and wears pads.")
    assert not {"will", "with", "each"} & key_words("She will go with each group.")
    assert not key_words("seen by his paediatrician and the community nurse at the clinic")


def test_outcomes_completed_by_a_date_are_observable():
    for outcome in (
        "By June 2027, Kai will have visited his new college three times with his mum.",
        "By April 2027, Zoe will have a written plan for catching up after hospital stays.",
        "By May 2027, Zoe will direct her helper through each step of her stretches.",
        "By July 2027, his weight will be steady at each termly review at the clinic.",
    ):
        found = _checks({"E": outcome})
        assert not {f for f in found if f[0] == "outcome_not_smart"}, outcome
    # A member of staff as the subject is provision, not the child's outcome; a vague result
    # stays vague.
    for outcome in (
        "By October 2026, the school nurse will have written her care plan.",
        "By July 2027, Kai will have improved his confidence.",
    ):
        found = _checks({"E": outcome})
        assert ("outcome_not_smart", "E", outcome) in found, outcome


def test_clinical_word_classes_are_jargon():
    found = _checks({"C": "She has tight gastrocnemius muscles and polyarticular arthritis."})
    quotes = {q for c, _, q in found if c == "jargon"}
    assert {"gastrocnemius", "polyarticular"} <= quotes
    found = _checks({"C": "He had three exacerbations last winter."})
    assert any(c == "jargon" and q.startswith("exacerbation") for c, _, q in found)
    explained = _checks({"C": "He had three exacerbations (times when his asthma got worse)."})
    assert not {f for f in explained if f[0] == "jargon"}


def test_staff_preparing_materials_do_an_administrative_job():
    line = (
        "The reprographics technician will enlarge his reading books to size 24 print every "
        "week for the 2026/27 school year."
    )
    found = _checks({"G": line})
    assert not {f for f in found if f[0] == "no_provider"}


def test_specialist_teachers_of_an_impairment_sign_advice():
    from sendhealth.assurance.checks.authorship import advice_no_author

    for author in (
        "Priya Lund, Qualified Teacher of Children with Hearing Impairment, 4 March 2027",
        "Priya Lund, Advisory Teacher (Physical Disability), Fenwick Service, 4 March 2027",
        "Priya Lund, Specialist Teacher for Multi-Sensory Impairment, 4 March 2027",
    ):
        assert not advice_no_author("author", author), author
    # A class teacher is not a health professional.
    assert advice_no_author("author", "Priya Lund, Class Teacher, 4 March 2027")


def test_places_named_for_support_ent_written_out_and_agreed_periods():
    for line in (
        "A quiet room in the learning support base will be kept free for his use at "
        "lunchtime every school day for the 2026/27 school year.",
        "The ear, nose and throat clinic at Westfield Hospital will check his hearing once "
        "in the summer term 2027.",
    ):
        found = _checks({"G": line})
        assert not {f for f in found if f[0] == "no_provider"}, line
    # Support in such a place still needs someone to give it.
    line = "Learning support will be available at lunchtime for the 2026/27 school year."
    assert ("no_provider", "G", line) in _checks({"G": line})
    # "This provision is agreed until ..." is about the section: no finding on it.
    section = (
        "This provision is agreed until her annual review in May 2027.\n"
        "Her form tutor will meet her for 10 minutes every Monday."
    )
    found = _checks({"G": section})
    assert not {f for f in found if f[2].startswith("This provision is agreed")}
    assert not {f for f in found if f[0] == "no_duration"}


def test_an_adult_is_not_covered_by_training_said_of_staff_elsewhere():
    section = (
        "All staff in her class will be trained in allergy care by the school nurse in "
        "September 2026.\n"
        "An adult will give Mia her antihistamine if her lips swell, until July 2027."
    )
    found = _checks({"G": section})
    assert any(c == "no_provider" and q.startswith("An adult") for c, _, q in found)
    # Trained in the statement itself, the adult is covered.
    trained = section.replace("An adult will", "An adult trained by the school nurse will")
    assert not {f for f in _checks({"G": trained}) if f[0] == "no_provider"}
