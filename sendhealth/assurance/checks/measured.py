"""How each check did on the last blind sets (pooled), text written by people who had not seen the
checks (``measured.json``): the figure a DCO has before auditors' verdicts accumulate, shown on
the checks page beside the live precision, and the check's standing until there are enough
verdicts (``services.CheckPrecision.advisory``).

``measured.json`` is written from one or more sets, pooled, by ``manage.py checks_report
--blind-set NAME [--blind-set NAME ...] --write-measured`` (the sets' names joined by
``SEPARATOR``); a test runs the checks on the sets again and requires the same counts, so
the page cannot go on quoting figures the checks no longer earn. Counts only: the file never
holds a case's name or text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

PATH = Path(__file__).with_name("measured.json")
SEPARATOR = "+"  # between the names of pooled sets


@dataclass(frozen=True)
class Measured:
    """One check's case-level figures on the blind set."""

    fired: int
    fired_and_expected: int
    expected: int

    @property
    def precision(self) -> float | None:
        return self.fired_and_expected / self.fired if self.fired else None

    @property
    def recall(self) -> float | None:
        return self.fired_and_expected / self.expected if self.expected else None


@dataclass(frozen=True)
class BlindMeasure:
    """Case-level figures on one blind set, or on several pooled."""

    set_name: str  # one set's name, or several joined by ``SEPARATOR``
    measured_on: date  # the day the figures were taken
    cases: int
    clean: int
    clean_quiet: int
    checks: dict[str, Measured]


def measure(set_name: str, cases: list, measured_on: date) -> BlindMeasure:
    """The case-level figures of ``cases`` (a blind set's ``BLIND``), counts only."""
    from sendhealth.assurance.checks.evaluate import evaluate_cases

    scores, clean, quiet, _ = evaluate_cases(cases)
    return BlindMeasure(
        set_name,
        measured_on,
        len(cases),
        clean,
        quiet,
        {k: Measured(s.fired, s.fired_and_expected, s.expected) for k, s in scores.items()},
    )


def to_json(m: BlindMeasure) -> str:
    body = {
        "set": m.set_name,
        "measured_on": m.measured_on.isoformat(),
        "cases": m.cases,
        "clean": m.clean,
        "clean_quiet": m.clean_quiet,
        "checks": {
            key: {"fired": c.fired, "fired_and_expected": c.fired_and_expected,
                  "expected": c.expected}
            for key, c in m.checks.items()
        },
    }  # fmt: skip
    return json.dumps(body, indent=2) + "\n"


@cache
def current() -> BlindMeasure | None:
    """The figures in ``measured.json``, or None where there is none."""
    if not PATH.exists():
        return None
    data = json.loads(PATH.read_text())
    return BlindMeasure(
        data["set"],
        date.fromisoformat(data["measured_on"]),
        data["cases"],
        data["clean"],
        data["clean_quiet"],
        {key: Measured(**c) for key, c in data["checks"].items()},
    )
