"""Precision and recall of each check on the labelled corpus.

A finding matches an expected one when the check and section are the same and the spans
overlap (an empty expected span matches an empty finding at the same place).
"""

import json
from dataclasses import dataclass
from pathlib import Path

from . import CHECKS, Finding, run_checks
from .corpus import CASES, HELDOUT, Case


@dataclass
class Score:
    check: str
    findings: int = 0
    matched_findings: int = 0
    expected: int = 0
    found_expected: int = 0

    @property
    def precision(self) -> float:
        return self.matched_findings / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found_expected / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class Expected:
    check: str
    section: str
    start: int
    end: int
    quote: str


def expected_spans(case: Case) -> list[Expected]:
    """Each expected finding located in its section (the quote's first occurrence)."""
    spans = []
    for check, section, quote in case.expected:
        start = case.sections.get(section, "").find(quote)  # a missing section reads as empty
        if start < 0:
            raise ValueError(f"{case.name}: {quote!r} is not in section {section}")
        spans.append(Expected(check, section, start, start + len(quote), quote))
    return spans


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return (a_start < b_end and b_start < a_end) or (a_start, a_end) == (b_start, b_end)


def _matches(found: Finding, expected: Expected) -> bool:
    return (
        found.check == expected.check
        and found.section == expected.section
        and _overlap(found.start, found.end, expected.start, expected.end)
    )


@dataclass
class CaseResult:
    case: Case
    false_positives: list[Finding]
    missed: list[Expected]


def evaluate(cases: list[Case] = CASES) -> tuple[dict[str, Score], list[CaseResult]]:
    """Scores per check, and each case's false positives and misses."""
    scores = {key: Score(key) for key in CHECKS}
    results = []
    for case in cases:
        found = run_checks(case.sections, kind=case.kind)
        expected = expected_spans(case)
        false_positives = [f for f in found if not any(_matches(f, e) for e in expected)]
        missed = [e for e in expected if not any(_matches(f, e) for f in found)]
        for f in found:
            scores[f.check].findings += 1
            scores[f.check].matched_findings += f not in false_positives
        for e in expected:
            scores[e.check].expected += 1
            scores[e.check].found_expected += e not in missed
        results.append(CaseResult(case, false_positives, missed))
    return scores, results


def report(cases: list[Case] = CASES, *, details: bool = False, title: str = "") -> str:
    """The table ``manage.py checks_report`` prints."""
    scores, results = evaluate(cases)
    clean = sum(not case.expected for case in cases)
    heading = f"{len(cases)} labelled cases"
    if title:
        heading += f" ({title}), {clean} with no findings"
    lines = [
        heading,
        f"{'check':<24}{'findings':>9}{'expected':>9}{'precision':>11}{'recall':>8}",
    ]
    for score in scores.values():
        lines.append(
            f"{score.check:<24}{score.findings:>9}{score.expected:>9}"
            f"{score.precision:>11.2f}{score.recall:>8.2f}"
        )
    if details:
        for result in results:
            for f in result.false_positives:
                lines.append(f"  extra   {result.case.name}: {f.check} {f.section} {f.quote!r}")
            for e in result.missed:
                lines.append(f"  missed  {result.case.name}: {e.check} {e.section} {e.quote!r}")
    lines.append("")
    lines.append(case_level_report(cases, details=details))
    return "\n".join(lines)


@dataclass
class CaseScore:
    """Case level: a check counts once per case if it fires (or is expected) anywhere in it."""

    check: str
    fired: int = 0
    fired_and_expected: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.fired_and_expected / self.fired if self.fired else 1.0

    @property
    def recall(self) -> float:
        return self.fired_and_expected / self.expected if self.expected else 1.0


def _tally(scores: dict[str, CaseScore], said: set[str], expected: set[str]) -> None:
    """One case's checks ``said`` (fired, or labelled by a second reader) against the
    ``expected`` ones, added to ``scores``."""
    for check in said:
        scores[check].fired += 1
        scores[check].fired_and_expected += check in expected
    for check in expected:
        scores[check].expected += 1


def evaluate_cases(cases: list[Case]) -> tuple[dict[str, CaseScore], int, int, list]:
    """Per-check case-level scores, clean cases, clean cases with no finding, and each case's
    (name, extra checks, missed checks)."""
    scores = {key: CaseScore(key) for key in CHECKS}
    clean = clean_quiet = 0
    per_case = []
    for case in cases:
        fired = {f.check for f in run_checks(case.sections, kind=case.kind)}
        expected = {check for check, _, _ in case.expected}
        _tally(scores, fired, expected)
        if not expected:
            clean += 1
            clean_quiet += not fired
        per_case.append((case.name, sorted(fired - expected), sorted(expected - fired)))
    return scores, clean, clean_quiet, per_case


def case_level_report(cases: list[Case], *, details: bool = False) -> str:
    scores, clean, quiet, per_case = evaluate_cases(cases)
    lines = [
        f"Case level: {quiet} of {clean} clean cases with no finding at all",
        f"{'check':<24}{'cases fired':>12}{'expected':>9}{'precision':>11}{'recall':>8}",
    ]
    for score in scores.values():
        lines.append(
            f"{score.check:<24}{score.fired:>12}{score.expected:>9}"
            f"{score.precision:>11.2f}{score.recall:>8.2f}"
        )
    fired = sum(s.fired for s in scores.values())
    right = sum(s.fired_and_expected for s in scores.values())
    expected = sum(s.expected for s in scores.values())
    lines.append(
        f"{'all checks':<24}{fired:>12}{expected:>9}"
        f"{(right / fired if fired else 1):>11.2f}{(right / expected if expected else 1):>8.2f}"
    )
    if details:
        for name, extra, missed in per_case:
            if extra or missed:
                lines.append(f"  {name}: extra {extra} missed {missed}")
    return "\n".join(lines)


# A second labeller's case-level labels of some blind sets ({set: {case name: [checks]}}), made
# from the cases' text alone, following the same conventions, never seeing the writer's labels.
SECOND_READING = Path(__file__).parent / "corpus" / "second_reading_2026_12.json"


def second_reading(set_name: str) -> dict[str, list[str]] | None:
    return json.loads(SECOND_READING.read_text()).get(set_name)


def agreement_report(set_name: str, cases: list[Case]) -> str:
    """How far a second careful labeller agrees with the set's writer, case level, beside how
    far the checks do (the writer's labels as the truth for both): the ceiling the labels allow.
    Aggregate only, so it may be printed for a blind set. "" for a set with no second reading."""
    second = second_reading(set_name)
    if second is None:
        return ""
    reader = {key: CaseScore(key) for key in CHECKS}
    checks = {key: CaseScore(key) for key in CHECKS}
    for case in cases:
        expected = {check for check, _, _ in case.expected}
        fired = {f.check for f in run_checks(case.sections, kind=case.kind)}
        _tally(reader, set(second[case.name]), expected)
        _tally(checks, fired, expected)
    lines = [
        "A second labeller (never saw the writer's labels) and the checks, against the writer, "
        "case level",
        f"{'check':<24}{'second labeller P / R':>24}{'checks P / R':>16}",
    ]
    for key in CHECKS:
        a, b = reader[key], checks[key]
        lines.append(
            f"{key:<24}{a.precision:>17.2f} / {a.recall:.2f}{b.precision:>9.2f} / {b.recall:.2f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(details=True))
    print()
    print(report(HELDOUT, details=True, title="held out"))
