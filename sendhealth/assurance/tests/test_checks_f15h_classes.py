"""General rules added by f15h for the classes of error the lead named from a blind set
(missed problems and false alarms). Every example is written for these tests; none is taken
from a blind set or from the lead's illustrations."""

import pytest

from sendhealth.assurance.checks.acronyms import acronym
from sendhealth.assurance.checks.authorship import advice_no_author
from sendhealth.assurance.checks.corpus.f15h_classes import F15H_CASES
from sendhealth.assurance.checks.evaluate import evaluate_cases
from sendhealth.assurance.checks.golden_thread import golden_thread, key_words
from sendhealth.assurance.checks.outcomes import outcome_not_smart
from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider
from sendhealth.assurance.checks.wording import jargon


def quotes(check, text: str, section: str = "G") -> list[str]:
    return [f.quote for f in check(section, text)]


def test_the_f15h_corpus_scores_fully_at_case_level():
    _scores, clean, quiet, per_case = evaluate_cases(F15H_CASES)
    wrong = [(name, extra, missed) for name, extra, missed in per_case if extra or missed]
    assert wrong == []
    assert quiet == clean


# 1. A trigger says when, not who or for how long.
def test_a_trigger_does_not_excuse_an_untrained_provider_or_a_missing_period():
    sentence = "When Jo has a headache, staff will let him lie down in the medical room."
    assert quotes(no_provider, sentence) == [sentence]
    assert quotes(no_duration, sentence) == [sentence]
    assert quotes(no_frequency, sentence) == []


def test_a_triggered_line_is_read_under_the_period_every_other_line_gives():
    text = (
        "The school nurse will check Jo's inhaler each term until July 2027.\n"
        "When Jo is wheezy, a first aider will give him his inhaler."
    )
    assert quotes(no_duration, text) == []


# 3-5. Passives, hedges and recommendations are provision.
@pytest.mark.parametrize(
    "sentence",
    [
        "Pulse to be taken after PE every school day until July 2027.",
        "He will be turned every 2 hours until July 2027.",
    ],
)
def test_agentless_passives_lack_a_provider(sentence):
    assert quotes(no_provider, sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["Staff could give him a wobble cushion.", "His teacher may read the questions aloud."],
)
def test_hedged_provision_is_checked(sentence):
    assert quotes(no_frequency, sentence) == [sentence]


def test_a_recommendation_is_checked_and_its_doer_is_the_provider():
    sentence = "I recommend that a teaching assistant practises his sounds with him."
    assert quotes(no_frequency, sentence, "provision") == [sentence]
    assert quotes(no_provider, sentence, "provision") == [sentence]


# 7. A delay is not a duration.
@pytest.mark.parametrize(
    "sentence",
    [
        "The school nurse will recheck her temperature after 30 minutes every school day.",
        "The school nurse will check her every school day within 10 minutes of arrival.",
    ],
)
def test_a_delay_is_not_a_duration(sentence):
    assert quotes(no_duration, sentence) == [sentence]


# 14-17. Who provides.
@pytest.mark.parametrize(
    "text",
    [
        "The Westfield Sleep Clinic will review his sleep diary every 3 months until July 2028.",
        "The Orchard Family Support Programme will visit every month until July 2028.",
        "The physiotherapist will see him every week until July 2028.\n"
        "The same people will check his splints every month until July 2028.",
        "His personal care assistant will shower him after every PE lesson until July 2028.",
        "The site manager will book the hydrotherapy pool every week until July 2028.",
    ],
)
def test_organisations_anaphora_care_roles_and_admin_are_providers(text):
    assert quotes(no_provider, text) == []


# 18-19. How often and how long.
@pytest.mark.parametrize(
    "sentence",
    [
        "The college nurse will see him each working day until July 2027.",
        "His teachers will speak slowly when explaining tasks, until July 2027.",
        "The school nurse will record any fall and tell his parents, until July 2027.",
        "At the next review the physiotherapist will measure his legs.",
    ],
)
def test_frequency_forms(sentence):
    assert quotes(no_frequency, sentence) == []


def test_header_rows_of_label_words_and_questions_are_structure():
    text = "Focus | Action | Led by | Timing\nSleep | Sleep diary | School nurse | Weekly"
    for check in (no_frequency, no_provider):
        assert "Focus | Action | Led by | Timing" not in quotes(check, text)


# 9-10, 21-23. Golden thread.
def test_provision_with_no_needs_stated_is_flagged():
    provision = "The school nurse will check Jo's splints every month until July 2027."
    found = golden_thread(("C", "Jo has no health needs."), None, ("G", provision))
    assert [f.quote for f in found] == [provision]


@pytest.mark.parametrize(
    "need",
    [
        "Jo brings up his milk after feeds.",
        "Jo is often sick during meals.",
        "Jo has tummy ache most mornings.",
    ],
)
def test_lay_gut_words_are_needs(need):
    provision = "The physiotherapist will see Jo every week until July 2027."
    found = golden_thread(("C", need), None, ("G", provision))
    assert need in [f.quote for f in found]


def test_school_absences_are_not_absence_seizures_and_link_to_catch_up():
    need = "Jo has had many absences from school this year through illness."
    provision = (
        "His form tutor will send work home after every absence, until July 2027, and a "
        "teacher will help him catch up for 30 minutes each week until July 2027."
    )
    assert golden_thread(("C", need), None, ("G", provision)) == []
    seizures = "Jo has absence seizures every day."
    found = golden_thread(("C", seizures), None, ("G", provision))
    assert seizures in [f.quote for f in found]


def test_a_defined_acronym_and_a_short_device_noun_are_shared_words():
    assert "=CPAP" in key_words("(continuous positive airway pressure, CPAP)")
    assert "mask" in key_words("She sleeps with a mask.")


def test_independence_is_a_strength_not_a_need():
    needs = "Jo walks independently.\n\nJo is independent in his own wheelchair."
    provision = "The school nurse will see Jo every term until July 2027."
    assert golden_thread(("C", needs), None, ("G", provision)) == []


# 11. Author lines.
@pytest.mark.parametrize(
    "line",
    [
        "Community Dietitian, Mill Lane Clinic, 3 March 2026",
        "Clinical Psychologist - Oakwood CAMHS - 5 January 2026",
    ],
)
def test_a_place_is_not_a_name(line):
    assert [f.quote for f in advice_no_author("author", line)] == [line]


def test_a_name_beside_a_place_is_a_name():
    assert advice_no_author("author", "Jo Bell, Dietitian, Mill Lane Clinic, 3 March 2026") == []


# 12, 24. Jargon and acronyms.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("His height is on the 0.4th centile.", "centile"),
        ("His sputum grew Haemophilus influenzae.", "Haemophilus influenzae"),
        ("Her urine grew Proteus.", "Proteus"),
    ],
)
def test_growth_chart_words_and_germs_are_jargon(text, word):
    assert word in [f.quote for f in jargon("needs", text)]


def test_a_girls_name_is_not_a_germ():
    assert jargon("needs", "Arabella was seen in clinic with her mother.") == []


def test_plain_words_before_a_bracketed_term_explain_it():
    assert jargon("needs", "His breathing pauses at night (central sleep apnoea).") == []


@pytest.mark.parametrize(
    "text",
    [
        "She uses a ventilator at night (non-invasive ventilation, NIV).",
        "She uses non-invasive ventilation \u2013 NIV \u2013 at night.",
    ],
)
def test_an_acronym_after_its_words_and_a_comma_or_dash_is_explained(text):
    assert acronym([("needs", text)]) == []


# 13. Outcomes.
@pytest.mark.parametrize(
    "text",
    [
        "By July 2027 Jo will have no days off school because of his asthma.",
        "By the end of Year 9 Jo will have handed in every assignment by its deadline.",
        "By July 2027 his weight will stay on his line, measured by the school nurse each term.",
    ],
)
def test_a_countable_criterion_and_a_time_are_measurable(text):
    assert outcome_not_smart("E", text) == []


# 21. Sense checks in the lexicon.
@pytest.mark.parametrize(
    ("text", "concept", "read"),
    [
        ("She falls behind in class.", "movement", False),
        ("She falls in the playground.", "movement", True),
        ("He transfers to secondary school in 2027.", "movement", False),
        ("He transfers to his chair with help.", "movement", True),
        ("He has a fit of giggles.", "epilepsy", False),
        ("He has absences from school.", "epilepsy", False),
        ("He has absence seizures.", "epilepsy", True),
        ("She needs continuous oxygen.", "continence", False),
        ("The SEN coordinator will meet her parents.", "movement", False),
        ("The therapists will write a joint report.", "movement", False),
        ("Staff will give feedback to her parents.", "eating, drinking and swallowing", False),
        ("He uses a weighted blanket.", "eating, drinking and swallowing", False),
        ("This is for the rest of her placement.", "pain and fatigue", False),
        ("She needs a rest after PE.", "pain and fatigue", True),
    ],
)
def test_sense_checked_terms(text, concept, read):
    from sendhealth.assurance.checks.lexicon import DEFAULT

    assert (concept in DEFAULT.concepts_in(text, weak=True)) is read


def test_a_dco_term_can_carry_a_sense_check():
    from sendhealth.assurance.checks.lexicon import DEFAULT

    lexicon = DEFAULT.with_terms([("sleep", "naps !out", False)])
    assert "sleep" in lexicon.concepts_in("She naps after lunch.")
    assert "sleep" not in lexicon.concepts_in("She naps out of habit.")
    only_senses = DEFAULT.with_terms([("sleep", "!out", False)])
    assert "sleep" not in only_senses.concepts_in("He goes out to play.")


# 14, 13. A labelled provider line; a percentage.
def test_a_labelled_provider_line_frames_the_section():
    text = (
        "Who provides this: the school nursing team\n"
        "Her inhaler technique will be checked every half term until July 2027."
    )
    for check in (no_frequency, no_duration, no_provider):
        assert quotes(check, text) == []


def test_a_percentage_is_a_measure():
    assert outcome_not_smart("E", "By March 2027 his attendance will be 95% or more.") == []


# 3, 17. The subject of a passive is the child; "trained" on any doer.
def test_a_pronoun_subject_of_a_passive_is_not_the_provider_before_it():
    text = (
        "The physiotherapist will see him every half term until July 2027.\n"
        "He will be hoisted for every transfer until July 2027."
    )
    assert quotes(no_provider, text) == ["He will be hoisted for every transfer until July 2027."]


def test_an_occasion_or_a_participle_is_not_a_statement_about_the_section():
    text = (
        "The audiologist will see her every 6 months until July 2028, following her test.\n"
        "Her aids will be checked each morning until July 2028."
    )
    assert quotes(no_provider, text) == ["Her aids will be checked each morning until July 2028."]


def test_a_one_off_line_gives_no_period_to_a_triggered_line():
    text = (
        "The diabetes nurse will train staff in September 2026.\n"
        "If his glucose is below 4, a trained member of staff will give him glucose tablets."
    )
    assert quotes(no_duration, text) == [text.split("\n")[1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "She will be supervised by a trained assistant every lunchtime until July 2027.",
        "The trained volunteer will walk with him at every break until July 2027.",
    ],
)
def test_trained_on_any_doer_is_a_qualification(sentence):
    assert quotes(no_provider, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "My recommendation is that the school nurse checks his skin.",
        "I suggest that his class teacher seats him near the front.",
        "I would advise that his teacher gives him a copy of the slides.",
    ],
)
def test_other_ways_of_recommending_are_checked(sentence):
    assert quotes(no_frequency, sentence, "provision") == [sentence]
    assert quotes(no_provider, sentence, "provision") == []


def test_a_vague_verb_with_an_occasion_is_still_not_measurable():
    text = "By July 2027 Jo will feel calmer in all lessons."
    assert [f.quote for f in outcome_not_smart("E", text)] == [text]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        (
            "A first aider trained by the nurse will give her inhaler if breathless, until July "
            "2027.",
            False,
        ),
        (
            "A first aider trained by the nurse will give her inhaler when anxious, until July "
            "2027.",
            False,
        ),
        (
            "A first aider trained by the nurse will give her inhaler when agreed, until July "
            "2027.",
            True,
        ),
        (
            "A first aider trained by the nurse will give her inhaler if needed, until July 2027.",
            True,
        ),
    ],
)
def test_a_state_after_when_or_if_is_a_trigger(sentence, fires):
    assert bool(quotes(no_frequency, sentence)) is fires


def test_a_capitalised_determiner_and_a_team_is_not_a_named_organisation():
    sentence = "The Team will visit him every month until July 2027."
    assert quotes(no_provider, sentence) == [sentence]


def test_when_helpful_is_not_a_trigger():
    sentence = "The physiotherapist will see him when helpful, until July 2027."
    assert quotes(no_frequency, sentence) == [sentence]


def test_provision_is_flagged_when_section_c_names_no_health_need_at_all():
    provision = "The school nurse will check Jo's inhaler each term until July 2027."
    needs = "Jo lives with his mum and two sisters. He loves drawing."
    assert [f.quote for f in golden_thread(("C", needs), None, ("G", provision))] == [provision]
