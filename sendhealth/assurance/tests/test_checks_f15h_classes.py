"""General rules added by f15h for the classes of error the lead named from a blind set
(missed problems and false alarms). Every example is written for these tests; none is taken
from a blind set or from the lead's illustrations."""

import pytest

from sendhealth.assurance.checks.corpus.f15h_classes import F15H_CASES
from sendhealth.assurance.checks.evaluate import evaluate_cases
from sendhealth.assurance.checks.provision import no_duration, no_frequency, no_provider


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
