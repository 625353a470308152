"""The weekly digest to the DCO team mailbox."""

from datetime import date

import pytest
from django.core import mail

from sendhealth.core.tests.messages import run_committed
from sendhealth.transitions.models import ReminderDigest
from sendhealth.transitions.tasks import send_transition_reminders
from sendhealth.transitions.tests.conftest import on


def run_on(day: date) -> int:
    with on(day):
        return run_committed(send_transition_reminders)


@pytest.fixture
def mailbox(area):
    area.icb.email = "send.dco@testshire-icb.nhs.invalid"
    area.icb.save()
    return area.icb.email


def test_the_digest_lists_what_is_due_within_30_days_by_reference(mailbox, young_person):
    assert run_on(date(2026, 9, 10)) == 1
    email = mail.outbox[0]
    assert email.to == [mailbox]
    assert f"{young_person.reference}: Adult services identified, due 1 October 2026" in email.body
    assert f"{young_person.reference}: Transition plan in place" in email.body  # overdue
    assert "Handover" not in email.body  # due in 2027
    text = email.subject + email.body
    assert "Testperson" not in text and "9434765919" not in text and "943 476 5919" not in text


def test_it_is_sent_once_a_day_however_often_it_runs(mailbox, young_person):
    assert run_on(date(2026, 9, 10)) == 1
    assert run_on(date(2026, 9, 10)) == 0
    assert len(mail.outbox) == 1
    assert ReminderDigest.objects.count() == 1


def test_then_weekly(mailbox, young_person):
    run_on(date(2026, 9, 10))
    assert run_on(date(2026, 9, 16)) == 0
    assert run_on(date(2026, 9, 17)) == 1


def test_a_digest_sent_this_week_means_none_today(area, mailbox, young_person):
    ReminderDigest.objects.create(icb=area.icb, sent_on=date(2026, 9, 4))
    assert run_on(date(2026, 9, 10)) == 0


def test_nothing_due_sends_nothing(mailbox, area):
    assert run_on(date(2026, 9, 10)) == 0
    assert mail.outbox == []


def test_an_icb_without_a_mailbox_is_skipped(area, young_person):
    area.icb.email = ""
    area.icb.save()
    assert run_on(date(2026, 9, 10)) == 0
