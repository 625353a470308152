"""The held-out corpus: written without reading the checks, so its scores are the honest ones.

The floors sit a little below the figures measured after the checks were last changed (see
the checks' README); the first, untouched run is recorded there too.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from sendhealth.assurance.checks import CHECKS
from sendhealth.assurance.checks.corpus import CASES, HELDOUT
from sendhealth.assurance.checks.evaluate import evaluate, expected_spans, report

# (precision, recall) each check must keep on the held-out corpus.
FLOORS = {
    "unspecified_provision": (0.9, 0.9),
    "no_frequency": (0.85, 0.9),
    "no_duration": (0.9, 0.9),
    "no_provider": (0.8, 0.85),
    "golden_thread": (0.25, 0.8),
    "outcome_not_smart": (0.85, 0.85),
    "acronym": (0.9, 0.9),
    "jargon": (0.85, 0.75),
    "drug_name": (0.8, 0.8),
    "advice_no_author": (0.8, 0.8),
}


def test_the_heldout_corpus_is_well_formed():
    assert len(HELDOUT) >= 60
    names = [case.name for case in HELDOUT]
    assert len(set(names)) == len(names)
    assert not set(names) & {case.name for case in CASES}
    assert sum(not case.expected for case in HELDOUT) >= 15
    for case in HELDOUT:
        assert case.kind in {"plan", "advice"}
        for check, section, _quote in case.expected:
            assert check in CHECKS, case.name
            assert section in case.sections, case.name
        for span in expected_spans(case):
            assert case.sections[span.section][span.start : span.end] == span.quote
    assert {check for case in HELDOUT for check, _, _ in case.expected} == set(CHECKS)
    assert set(FLOORS) == set(CHECKS)


@pytest.fixture(scope="module")
def heldout_scores():
    scores, _ = evaluate(HELDOUT)
    return scores


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_heldout_precision_and_recall_stay_above_their_floors(check, heldout_scores):
    precision, recall = FLOORS[check]
    score = heldout_scores[check]
    assert score.precision >= precision, report(HELDOUT, details=True, title="held out")
    assert score.recall >= recall, report(HELDOUT, details=True, title="held out")


def test_checks_report_heldout_option():
    out = StringIO()
    call_command("checks_report", "--heldout", "--details", stdout=out)
    text = out.getvalue()
    assert f"{len(HELDOUT)} labelled cases (held out)" in text
    assert "golden_thread" in text and "recall" in text
