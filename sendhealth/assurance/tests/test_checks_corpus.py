"""The checks measured on the labelled corpus, and run on arbitrary text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.assurance.checks import CHECKS, run_checks
from sendhealth.assurance.checks.corpus import CASES
from sendhealth.assurance.checks.evaluate import evaluate, expected_spans, report


def test_the_corpus_has_at_least_60_cases_with_positives_for_every_check():
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
    expected_checks = {check for case in CASES for check, _, _ in case.expected}
    assert expected_checks == set(CHECKS)
    assert sum(not case.expected for case in CASES) >= 20  # negatives too


def test_every_expected_quote_is_in_its_section():
    for case in CASES:
        for span in expected_spans(case):
            assert case.sections[span.section][span.start : span.end] == span.quote


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_precision_and_recall_at_least_0_8(check):
    scores, _ = evaluate()
    assert scores[check].precision >= 0.8, report(details=True)
    assert scores[check].recall >= 0.8, report(details=True)


def test_report_is_a_table_of_every_check():
    table = report()
    for check in CHECKS:
        assert check in table
    assert "precision" in table and "recall" in table


PIECES = st.sampled_from(
    [
        *"abcdeHIJKLMNOS ()-:.,;\n\t\u2022ABCDEFG0123456789'\u00e9\U0001f600",
        "access to ",
        "SALT ",
        "weekly ",
        "By July 2027, ",
        "will ",
        "therapist ",
        "(",
        "seizures ",
        "melatonin ",
        "bd ",
        "Section C\n",
        "Dr ",
        "30 minutes ",
    ]
)
TEXT = st.one_of(st.lists(PIECES, max_size=80).map("".join), st.text(max_size=200))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(c=TEXT, e=TEXT, g=TEXT, drop_e=st.booleans())
def test_plan_checks_never_raise_and_offsets_are_valid(c, e, g, drop_e):
    sections = {"C": c, "G": g} if drop_e else {"C": c, "E": e, "G": g}
    for f in run_checks(sections, kind="plan"):
        text = sections[f.section]
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.quote
        assert f.check in CHECKS and f.message


@settings(max_examples=100, deadline=None)
@given(needs=TEXT, outcomes=TEXT, provision=TEXT, author=TEXT, other=st.text(max_size=200))
def test_advice_checks_never_raise_and_offsets_are_valid(needs, outcomes, provision, author, other):
    sections = {
        "needs": needs,
        "outcomes": outcomes,
        "provision": provision,
        "author": author,
        "advice": other,
    }
    for f in run_checks(sections, kind="advice"):
        assert sections[f.section][f.start : f.end] == f.quote
