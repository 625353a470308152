"""``manage.py checks_report`` and the 50-page timing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sendhealth.assurance.checks import CHECKS
from sendhealth.assurance.checks.bench import time_fifty_pages


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
