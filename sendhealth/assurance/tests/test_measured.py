"""The checks' figures on unseen text (``checks/measured.json``): true to what the checks earn
on the named blind set today, shown on the checks page beside auditors' verdicts, and the
check's standing until there are enough verdicts."""

import datetime
import importlib

import pytest
from django.urls import reverse

from sendhealth.assurance import services
from sendhealth.assurance.checks import measured
from sendhealth.assurance.checks.measured import BlindMeasure, Measured
from sendhealth.assurance.models import CheckPolicy
from sendhealth.assurance.tests.factories import AuditItemFactory
from sendhealth.assurance.tests.test_verdicts import _finding, _mark


def test_the_measured_figures_are_what_the_checks_earn_on_their_set_today():
    """Counts only are compared (a blind case's text must never print)."""
    kept = measured.current()
    assert kept is not None, "checks/measured.json is missing"
    cases = [
        case
        for name in kept.set_name.split(measured.SEPARATOR)
        for case in importlib.import_module(f"sendhealth.assurance.checks.corpus.{name}").BLIND
    ]
    now = measured.measure(kept.set_name, cases, kept.measured_on)
    assert (now.cases, now.clean, now.clean_quiet) == (kept.cases, kept.clean, kept.clean_quiet)
    assert now.checks == kept.checks, (
        "the checks no longer earn the figures checks/measured.json shows: run "
        f"`manage.py checks_report --blind-set {kept.set_name} --write-measured`"
    )


def _fake(**precisions) -> BlindMeasure:
    """A blind measure where each named check fired on 10 cases, right on precision x 10."""
    checks = {key: Measured(10, round(p * 10), 10) for key, p in precisions.items()}
    return BlindMeasure("blind_fake", datetime.date(2026, 12, 7), 20, 10, 8, checks)


@pytest.fixture
def fake_measure(monkeypatch):
    fake = _fake(unspecified_provision=0.5, no_frequency=0.9)
    monkeypatch.setattr(measured, "current", lambda: fake)
    return fake


def test_a_check_measured_below_the_level_is_advisory_until_verdicts_say_otherwise(
    area, client_for, fake_measure
):
    CheckPolicy.objects.create(icb=area.icb, advisory_below="0.80", minimum_verdicts=2)
    item = AuditItemFactory(plan__child__local_authority=area.la)
    by_key = {p.key: p for p in services.icb_check_precisions(area.icb.pk)}
    assert by_key["unspecified_provision"].advisory  # measured 50%, no verdicts yet
    assert not by_key["no_frequency"].advisory  # measured 90%
    assert not by_key["jargon"].advisory  # not measured, no verdicts
    page = client_for(area.dco).get(reverse("assurance:checks")).text
    assert "Precision (unseen text)" in page and "50%" in page and "90%" in page
    assert "until auditors give 2 verdicts" in page

    finding = _finding(item)
    _mark(client_for(area.dco), item, finding, "agreed")
    assert services.icb_check_precisions(area.icb.pk)[0].advisory  # one verdict: not enough
    _mark(client_for(area.dco_team), item, finding, "agreed")
    now = {p.key: p for p in services.icb_check_precisions(area.icb.pk)}
    assert now["unspecified_provision"].judged_by_verdicts
    assert not now["unspecified_provision"].advisory  # two verdicts, both agreed: 100%


def test_the_api_gives_the_measured_figures(area, client_for, fake_measure):
    response = client_for(area.dco).get("/api/assurance/checks")
    assert response.status_code == 200
    rows = {row["check"]: row for row in response.json()}
    assert rows["unspecified_provision"]["measured_precision"] == 0.5
    assert rows["unspecified_provision"]["advisory"] is True
    assert rows["jargon"]["measured_precision"] is None


def test_two_sets_are_written_pooled_counts_only(tmp_path, monkeypatch):
    """``--write-measured`` with two sets writes their cases' counts summed, under both names;
    the test above reads it back the same way."""
    from io import StringIO

    from django.core.management import call_command

    monkeypatch.setattr(measured, "PATH", tmp_path / "measured.json")
    measured.current.cache_clear()
    names = ("blind_2026_12b", "blind_2026_12c")
    out = StringIO()
    call_command(
        "checks_report", "--blind-set", names[0], "--blind-set", names[1], "--write-measured",
        stdout=out,
    )  # fmt: skip
    pooled = measured.current()
    measured.current.cache_clear()
    sets = [importlib.import_module(f"sendhealth.assurance.checks.corpus.{n}").BLIND for n in names]
    assert pooled.set_name == "blind_2026_12b+blind_2026_12c"
    assert pooled.cases == sum(len(s) for s in sets)
    one = [measured.measure(n, s, pooled.measured_on) for n, s in zip(names, sets, strict=True)]
    for key, both in pooled.checks.items():
        assert both.fired == sum(m.checks[key].fired for m in one), key
        assert both.expected == sum(m.checks[key].expected for m in one), key
    assert pooled.clean_quiet == sum(m.clean_quiet for m in one)
    assert all(case.name not in out.getvalue() for s in sets for case in s)
