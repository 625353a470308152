"""f15j: general rules after blind_2026_12g (diagnosis-only sentences, lexicon classes,
drug families, outcome rates, things given once)."""

from sendhealth.assurance.checks import run_checks


def _checks(sections, kind="plan"):
    return {(f.check, f.section, f.quote) for f in run_checks(sections, kind=kind)}


def test_diagnosis_only_sentence_is_met_by_the_needs_after_it():
    found = _checks(
        {
            "C": "- Nia is 7 and is autistic.\n- Noisy rooms overwhelm her and she needs "
            "sensory breaks.",
            "E": "- By July 2027, I will wear my ear defenders in assembly on four days a week.",
            "G": "- An occupational therapist from the Eastwell Therapy Service will write a "
            "sensory plan for Nia in one 60-minute visit in September 2026.",
        }
    )
    assert not {f for f in found if f[0] == "golden_thread"}


def test_a_specific_condition_named_alone_still_needs_its_own_provision():
    found = _checks(
        {
            "C": "Omar is 9 and has epilepsy. He gets tired in the afternoons.",
            "E": "By July 2027, I will take a 10-minute rest after lunch on every school day.",
            "G": "His class teacher will give Omar a 10-minute rest after lunch every school "
            "day until July 2027.",
        }
    )
    assert ("golden_thread", "C", "Omar is 9 and has epilepsy.") in found


def test_long_cane_is_sight():
    found = _checks(
        {
            "C": "Ela is 12 and is blind in both eyes.",
            "E": "By July 2027, I will walk to my lessons with my long cane on my own.",
            "G": "A habilitation specialist will teach Ela her routes with her long cane for "
            "one hour a week until July 2027.",
        }
    )
    assert not {f for f in found if f[0] == "golden_thread"}


def test_drug_families_by_ending_and_a_brand_pen():
    found = _checks(
        {"G": "Staff will keep her NovoRapid pen, ramipril and ranitidine in the office."}
    )
    quotes = {q for c, _, q in found if c == "drug_name"}
    assert {"NovoRapid", "ramipril", "ranitidine"} <= quotes
    assert not {q for c, _, q in _checks({"G": "She carries an insulin pen."}) if c == "drug_name"}


def test_outcome_with_a_rate_is_measurable():
    for outcome in (
        "By June 2027, I will study for two 50-minute blocks on four college days a week.",
        "By July 2027, I will help with my catheter by washing my hands each time.",
    ):
        assert not {f for f in _checks({"E": outcome}) if f[0] == "outcome_not_smart"}


def test_things_given_once_and_all_of_a_kind_need_no_frequency():
    for line in (
        "Ali will be given an exit card by his head of year from September 2026 until July 2027.",
        "All worksheets will be enlarged to size 24 print by the resources assistant until "
        "July 2027.",
    ):
        assert not {f for f in _checks({"G": line}) if f[0] == "no_frequency"}


def test_route_aspiration_and_joint_terms_are_jargon_but_a_hope_is_not():
    quotes = {
        q
        for c, _, q in _checks(
            {
                "C": "He is at risk of aspiration when he drinks. She mobilises with a "
                "posterior walker and has reduced hip abduction.",
                "G": "A trained member of staff will give buccal midazolam if a seizure lasts "
                "more than 5 minutes, for the 2026/27 school year.",
            }
        )
        if c == "jargon"
    }
    assert {"aspiration", "mobilises", "posterior", "abduction", "buccal"} <= quotes
    hope = _checks({"C": "Her aspiration is to become a vet."})
    assert not {f for f in hope if f[0] == "jargon"}


def test_drooling_is_met_by_chin_wiping():
    found = _checks(
        {
            "C": "Ruben has cerebral palsy. He drools heavily and his clothes become wet.",
            "G": "His teaching assistant, trained by the community nursing team, will wipe his "
            "chin and change his bib every hour for the 2026/27 school year.",
        }
    )
    assert not {f for f in found if f[0] == "golden_thread"}
