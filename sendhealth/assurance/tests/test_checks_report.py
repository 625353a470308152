"""``manage.py checks_report`` and the 50-page timing."""

import sys
import types
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sendhealth.assurance.checks import CHECKS
from sendhealth.assurance.checks.bench import time_fifty_pages
from sendhealth.assurance.checks.corpus import Case
from sendhealth.assurance.management.commands.checks_report import blind_title


def test_checks_report_prints_precision_and_recall_without_a_database():
    out = StringIO()
    call_command("checks_report", stdout=out)
    text = out.getvalue()
    assert "labelled cases" in text and "golden_thread" in text and "precision" in text


def test_fifty_pages_are_extracted_and_checked_within_a_few_seconds():
    assert 0 < time_fifty_pages() < 10


def test_blind_report_refuses_details():
    with pytest.raises(CommandError, match="refused"):
        call_command("checks_report", "--blind", "--details", stdout=StringIO())


def test_blind_report_prints_only_the_aggregate_tables():
    out = StringIO()
    call_command("checks_report", "--blind", stdout=out)
    lines = out.getvalue().splitlines()
    assert "blind 2026-12b" in lines[0]
    # Every other line is a table heading or a row: no case name, no quote.
    allowed = ("check ", "Case level:", "all checks")
    keys = tuple(CHECKS)
    assert all(
        not line or line.startswith(allowed) or line.split()[0] in keys for line in lines[1:]
    )


# --blind-set NAME: any blind set, by the name of its package in corpus/. These use a fake
# set put in sys.modules, so they never read a real blind case.

FAKE = "sendhealth.assurance.checks.corpus.blind_test_fake"
SECRET = "Zebedee will see the xylophone therapist."


def _fake_blind_set(monkeypatch, cases):
    module = types.ModuleType(FAKE)
    module.BLIND = cases
    monkeypatch.setitem(sys.modules, FAKE, module)


def test_blind_set_by_name_prints_only_the_aggregate_tables(monkeypatch):
    _fake_blind_set(
        monkeypatch,
        [Case("fake-secret-name", {"G": SECRET}, (("no_frequency", "G", SECRET),))],
    )
    out = StringIO()
    call_command("checks_report", "--blind-set", "blind_test_fake", stdout=out)
    text = out.getvalue()
    assert text.splitlines()[0].startswith("1 labelled cases (blind test-fake), 0 with")
    assert "Zebedee" not in text and "fake-secret-name" not in text
    assert "Case level:" in text


def test_blind_set_refuses_details(monkeypatch):
    _fake_blind_set(monkeypatch, [Case("fake", {"G": SECRET})])
    with pytest.raises(CommandError, match="refused"):
        call_command(
            "checks_report", "--blind-set", "blind_test_fake", "--details", stdout=StringIO()
        )


def test_blind_set_error_is_withheld(monkeypatch):
    # A label whose quote is not in its section: evaluate's message would quote it.
    _fake_blind_set(
        monkeypatch,
        [Case("fake-secret-name", {"G": SECRET}, (("no_frequency", "G", "Zebedee runs"),))],
    )
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("checks_report", "--blind-set", "blind_test_fake", stdout=out)
    message = str(raised.value)
    assert "withheld" in message and "ValueError" in message
    assert "Zebedee" not in message and "fake-secret" not in message
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert out.getvalue() == ""


def test_blind_set_missing_or_not_blind_is_refused():
    with pytest.raises(CommandError, match="no blind set called"):
        call_command("checks_report", "--blind-set", "blind_2099_01z", stdout=StringIO())
    # A seen set, or anything outside the corpus package, is not a blind set's name.
    for name in ("cases", "heldout", "unseen_2026_12", "blind_x.os", "../blind_x", "os"):
        with pytest.raises(CommandError, match="not a blind set"):
            call_command("checks_report", "--blind-set", name, stdout=StringIO())


def test_blind_title():
    assert blind_title("blind_2026_12c") == "blind 2026-12c"


SECOND_READ = ("blind_2026_12p", "blind_2026_12q", "blind_2026_12r", "blind_2026_12s")


@pytest.mark.parametrize("name", SECOND_READ)
def test_a_second_reading_covers_its_set_and_prints_only_figures(name):
    """The second labeller's labels name every case of the set once, with the ten checks only
    (undivided advice: the wording checks), and the blind report adds an aggregate table of its
    agreement, with no case name in it."""
    import importlib

    from sendhealth.assurance.checks.evaluate import second_reading

    cases = importlib.import_module(f"sendhealth.assurance.checks.corpus.{name}").BLIND
    second = second_reading(name)
    assert set(second) == {case.name for case in cases}
    for case in cases:
        allowed = {"acronym", "jargon", "drug_name"} if "advice" in case.sections else set(CHECKS)
        assert set(second[case.name]) <= allowed, case.name
    out = StringIO()
    call_command("checks_report", "--blind-set", name, stdout=out)
    text = out.getvalue()
    assert "A second labeller" in text
    assert not any(case.name in text for case in cases)
