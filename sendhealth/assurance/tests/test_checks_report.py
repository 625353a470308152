"""``manage.py checks_report`` and the 50-page timing."""

from io import StringIO

from django.core.management import call_command

from sendhealth.assurance.checks.bench import time_fifty_pages


def test_checks_report_prints_precision_and_recall_without_a_database():
    out = StringIO()
    call_command("checks_report", stdout=out)
    text = out.getvalue()
    assert "labelled cases" in text and "golden_thread" in text and "precision" in text


def test_fifty_pages_are_extracted_and_checked_within_a_few_seconds():
    assert 0 < time_fifty_pages() < 10
