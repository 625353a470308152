"""General rules added in f15f (issue 15): provision read as a section (a period, provider or
frequency given once for a section, a heading, a lead-in or a table header covers the items
under it), outcomes, authorship. Every example here is written for these tests, none is taken
from a blind set."""

import pytest

from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider


def quotes(check, text: str) -> list[str]:
    return [f.quote for f in check("G", text)]


# no_duration: a period given once for the section or a group -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a statement about the whole section
        "All of the provision below is for the 2026/27 school year.\n"
        "A physiotherapist will see Tom weekly for 30 minutes.\n"
        "The school nurse will check his skin every day for 5 minutes.",
        "This provision runs until the next annual review.\n"
        "A physiotherapist will see Tom weekly for 30 minutes.",
        # a heading in capitals, a sub-heading with the year
        "HEALTH PROVISION 2026-27\nA physiotherapist will see Tom weekly for 30 minutes.",
        "Provision until the end of Year 6\nA physiotherapist will see Tom weekly for 30 minutes.",
        # a lead-in to a list
        "Until the next annual review, the school nurse will:\n"
        "- check Tom's blood glucose before lunch for 5 minutes\n"
        "- give his insulin at lunchtime",
    ],
)
def test_a_period_given_for_the_section_or_a_group_covers_every_item(text):
    assert quotes(no_duration, text) == []


def test_a_period_inside_one_provision_sentence_does_not_cover_the_next():
    text = (
        "A physiotherapist will see Tom weekly for 30 minutes until the next annual review.\n"
        "A teaching assistant trained by the physiotherapist will do his stretches daily."
    )
    assert quotes(no_duration, text) == [
        "A teaching assistant trained by the physiotherapist will do his stretches daily."
    ]


def test_a_lead_in_covers_only_its_own_list():
    text = (
        "Until the next annual review, the school nurse will:\n"
        "- check Tom's blood glucose before lunch\n"
        "- give his insulin at lunchtime\n"
        "A teaching assistant trained by the nurse will walk with him to PE each week."
    )
    assert quotes(no_duration, text) == [
        "A teaching assistant trained by the nurse will walk with him to PE each week."
    ]


# tables read with their header row -----------------------------------------------------


TABLE = (
    "Need | Provision | Who | How often | How long\n"
    "Mobility | Stretching programme | Teaching assistant trained by the physiotherapist | "
    "Every school day | Ongoing, reviewed at annual review\n"
    "Hydration | Water bottle on desk | Class teacher | Throughout lessons | 2026-27\n"
)


def test_a_table_row_is_read_with_its_header():
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, TABLE) == []


def test_an_empty_or_placeholder_cell_says_nothing():
    text = (
        "Provision | Who | How often | How long\n"
        "Chest physiotherapy | Physiotherapist | Twice a week | TBC\n"
    )
    assert len(quotes(no_duration, text)) == 1
    assert quotes(no_frequency, text) == []


def test_a_who_cell_naming_a_profession_is_a_provider_an_untrained_one_is_not():
    text = (
        "Provision | Who | How often | How long\n"
        "Speech programme | Speech and language therapy | Weekly | For the school year\n"
    )
    assert quotes(no_provider, text) == []
    untrained = (
        "Provision | Who | How often | How long\n"
        "Speech programme | Teaching assistant | Weekly | For the school year\n"
    )
    assert len(quotes(no_provider, untrained)) == 1


# no_provider / no_frequency: a list item inherits its lead-in ---------------------------


def test_a_list_item_inherits_its_lead_ins_provider_and_frequency():
    text = (
        "Every day for the 2026/27 school year, the school nurse will:\n"
        "- check Amira's blood glucose before lunch\n"
        "- record the reading in her diary\n"
    )
    assert quotes(no_provider, text) == []
    assert quotes(no_frequency, text) == []


def test_an_item_with_its_own_untrained_subject_does_not_inherit_the_lead_in():
    text = (
        "The school nurse will, every day until July 2027:\n"
        "- check Amira's blood glucose before lunch\n"
        "- a volunteer will walk her to the medical room\n"
    )
    assert quotes(no_provider, text) == ["a volunteer will walk her to the medical room"]


def test_staff_the_section_says_are_trained_are_providers():
    text = (
        "All staff supporting Leo in this section are trained by the community nursing team.\n"
        "A teaching assistant will help him change his stoma bag every day for 10 minutes."
    )
    assert quotes(no_provider, text) == []


def test_a_therapy_named_with_no_role_is_still_no_provider():
    text = "Leo will have access to speech and language therapy weekly for 30 minutes."
    assert len(quotes(no_provider, text)) == 1
    served = "The physiotherapy service will see Leo weekly for 30 minutes for the school year."
    assert quotes(no_provider, served) == []


def test_a_section_statement_about_reviews_does_not_say_how_often_provision_happens():
    text = (
        "All of the provision below will be reviewed termly.\n"
        "A physiotherapist will see Tom for 30 minutes for the 2026/27 school year."
    )
    assert len(quotes(no_frequency, text)) == 1


# outcome_not_smart ---------------------------------------------------------------------

from sendhealth.assurance.checks.outcomes import outcome_not_smart  # noqa: E402


def outcome_quotes(text: str) -> list[str]:
    return [f.quote for f in outcome_not_smart("E", text)]


def test_an_outcome_table_is_read_with_its_header():
    text = (
        "Outcome | By when | How we will know\n"
        "Kai will look after his own feeding pump | July 2027 | Nurse's competency log\n"
        "Kai will feel more confident about his tube | End of Year 5 | Kai's own view\n"
    )
    assert outcome_quotes(text) == []
    no_when = "Outcome | By when | How we will know\nKai will feel more confident | - | -\n"
    assert len(outcome_quotes(no_when)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Longer term (end of KS2): Rosa will tell an adult when her splint rubs.",
        "Next 12 months: Rosa will eat her lunch in the hall 3 days a week.",
        "By the summer Rosa will put on her own splints.",
        "By the end of Year 8 Rosa will know when she needs her pain relief and ask for it.",
    ],
)
def test_more_ways_of_saying_when_and_a_vague_verb_joined_to_an_observable_one(text):
    assert outcome_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rosa will improve her mobility.",
        "By July 2027 Rosa will understand her condition.",
        "Rosa will walk to the hall with her frame.",
    ],
)
def test_vague_or_undated_outcomes_are_still_found(text):
    assert outcome_quotes(text) == [text]


# advice_no_author ----------------------------------------------------------------------

from sendhealth.assurance.checks.authorship import advice_no_author  # noqa: E402


@pytest.mark.parametrize(
    "line",
    [
        "April Johnson, Continence Advisor, 3 March 2026",
        "May Lee, Qualified Teacher of the Deaf, 3/3/2026",
        "Written by: Hannah Jones\nRole: Specialist SLT (HCPC SL12345)\nDate: 4 March 2026",
        "Jo Smith BSc MCSP, 12 March 2026",
    ],
)
def test_signatures_with_a_month_as_a_first_name_or_more_roles(line):
    assert advice_no_author("author", line) == []


@pytest.mark.parametrize(
    "line", ["Date: 12 March 2026, Physiotherapist", "Signed: ________ Date: ______", ""]
)
def test_a_signature_without_a_name_is_still_found(line):
    assert len(advice_no_author("author", line)) == 1


# statements that frame the section ------------------------------------------------------


def test_a_statement_about_the_whole_section_is_not_itself_provision():
    text = (
        "The following provision applies from September 2026 until the next annual review.\n"
        "A physiotherapist will see Tom weekly for 30 minutes."
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == []


def test_a_statement_of_who_leads_an_area_frames_the_paragraph():
    text = (
        "Noor's physiotherapy will be provided by the community paediatric physiotherapy team. "
        "Her standing frame will be used for 30 minutes each morning for the 2026/27 school "
        "year."
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == []
    untrained = "Noor's care will be provided by school staff."
    assert quotes(no_provider, untrained) == [untrained]


def test_a_header_row_with_other_column_names_is_structure():
    text = (
        "Provision | Who delivers | Frequency | Duration\n"
        "Hearing review | Paediatric audiology | Every 6 months | 2026/27\n"
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == []


# jargon --------------------------------------------------------------------------------

from sendhealth.assurance.checks import run_checks  # noqa: E402


@pytest.mark.parametrize(
    "word", ["esotropia", "hyperphagia", "syncope", "receptive language", "serial casting"]
)
def test_more_clinical_words_are_jargon_unless_explained(word):
    found = [f.quote for f in run_checks({"C": f"Ava has {word}."}) if f.check == "jargon"]
    assert found == [word]
    explained = f"Ava has {word} (explained in plain words here)."
    assert not [f for f in run_checks({"C": explained}) if f.check == "jargon"]


# golden_thread: a strength is not a need ---------------------------------------------


def test_a_strength_is_not_a_need_but_a_strength_with_but_is():
    g = "A physiotherapist will see Ava weekly for 30 minutes for the school year."
    strength = "Ava's speech is clear and she understands what is said to her."
    found = run_checks({"C": strength, "G": g})
    assert not [f for f in found if f.check == "golden_thread" and f.section == "C"]
    need = "Ava's speech is clear but she has difficulty swallowing safely."
    found = run_checks({"C": need, "G": g})
    assert [f.quote for f in found if f.check == "golden_thread" and f.section == "C"] == [need]


# form-style records and equipment ------------------------------------------------------


def test_a_form_style_record_is_read_like_a_table_row():
    text = (
        "Provision: a stretching programme to keep her hamstrings and calves long\n"
        "Who: Teaching assistant trained by the physiotherapist\n"
        "Frequency: Daily, 20 minutes\n"
        "Duration: 2026/27\n"
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == []
    missing = (
        "Provision: a stretching programme to keep her hamstrings and calves long\n"
        "Who: Teaching assistant trained by the physiotherapist\n"
        "Frequency: TBC\n"
    )
    assert len(quotes(no_frequency, missing)) == 1
    assert len(quotes(no_duration, missing)) == 1


def test_equipment_made_available_needs_no_provider_but_therapy_does():
    kit = "A wobble cushion and ear defenders will be available in all lessons this school year."
    assert quotes(no_provider, kit) == []
    therapy = "Speech and language therapy will be available weekly for the school year."
    assert quotes(no_provider, therapy) == [therapy]


def test_a_completed_course_is_training_a_sendco_is_a_teacher_and_family_needs_none():
    for text in [
        "Leo's TA, who has completed Makaton level 2, will sign with him daily for 15 minutes "
        "for 2026/27.",
        "The SENDCo will meet Amir's parents each term for 2026/27 to review his health plan.",
        "Ava's parents will bring in her medication each term for 2026/27.",
    ]:
        assert quotes(no_provider, text) == []


def test_a_place_is_not_named_as_the_provider_in_the_message():
    found = no_provider("G", "Ella will be offered a nurture group twice a week this school year.")
    assert "does not say who delivers it" in found[0].message


def test_continuous_provision_says_how_often():
    text = "Maya will wear her ankle splints all day, for this school year, put on by her TA."
    assert quotes(no_frequency, text) == []


# acronym -------------------------------------------------------------------------------


def acronyms(sections: dict[str, str]) -> list[str]:
    return [f.quote for f in run_checks(sections) if f.check == "acronym"]


def test_an_acronym_written_out_in_another_section_is_explained():
    sections = {
        "C": "Ben has attention deficit hyperactivity disorder (ADHD).",
        "E": "By July 2027 Ben will say when his ADHD medicine makes him feel sick.",
    }
    assert acronyms(sections) == []
    later = {
        "E": "By July 2027 Ben will tell his ADHD nurse how he sleeps.",
        "G": "An attention deficit hyperactivity disorder (ADHD) nurse will see Ben termly.",
    }
    assert acronyms(later) == []  # G is another section
    same = {"C": "Ben sees the ADHD nurse. Attention deficit hyperactivity disorder (ADHD)."}
    assert acronyms(same) == ["ADHD"]


def test_a_syndrome_named_in_capitals_is_not_an_acronym():
    assert acronyms({"C": "Ruby has CHARGE syndrome and wears hearing aids."}) == []


def test_a_second_condition_in_the_same_paragraph_is_its_own_need():
    c = (
        "Nell has a moderate hearing loss and wears hearing aids. She has recurrent urinary "
        "tract infections and needs to drink plenty."
    )
    g = (
        "A qualified Teacher of the Deaf will visit half termly for 1 hour for the 2026/27 "
        "school year to check Nell's hearing aids."
    )
    found = [f.quote for f in run_checks({"C": c, "G": g}) if f.check == "golden_thread"]
    assert found == ["She has recurrent urinary tract infections and needs to drink plenty."]
    episodes = (
        "Nell has difficulty swallowing safely (dysphagia). She has had two chest infections "
        "this year."
    )
    g2 = (
        "A speech and language therapist will review Nell's eating and drinking plan each "
        "term for the school year."
    )
    assert not [f for f in run_checks({"C": episodes, "G": g2}) if f.check == "golden_thread"]


def test_words_that_say_how_do_not_tie_a_need_to_unrelated_provision():
    from sendhealth.assurance.checks.golden_thread import key_words

    assert not key_words("She finds it difficult and requires regular access") & key_words(
        "difficult work requires regular access"
    )


def test_a_heading_says_what_the_items_under_it_are_for():
    c = "Epilepsy\nRosa has absence seizures most days."
    g = (
        "EPILEPSY\n"
        "- Staff trained by the specialist nurse will record each event on her chart daily "
        "for the 2026/27 school year."
    )
    assert not [f for f in run_checks({"C": c, "G": g}) if f.check == "golden_thread"]
    sleep = "Sleep\nRosa wakes at 3am most nights and is tired in school."
    found = [f.quote for f in run_checks({"C": c + "\n" + sleep, "G": g})]
    assert "Rosa wakes at 3am most nights and is tired in school." in found


@pytest.mark.parametrize(
    "text",
    [
        "A physiotherapist will see Tom 1x/week for 30 minutes until he transfers to "
        "secondary school.",
        "A physiotherapist will see Tom 2 x per week for 30 minutes for the first half term.",
    ],
)
def test_shorthand_frequency_and_more_periods(text):
    assert quotes(no_frequency, text) == []
    assert quotes(no_duration, text) == []


def test_more_observable_verbs():
    assert outcome_quotes("By July 2027 Rosa will maintain her balance when she kneels.") == []
    assert outcome_quotes("By July 2027 Rosa will respond to her name when called.") == []
