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


def test_a_run_stopped_halfway_then_run_again_sends_each_icb_its_digest_once(
    mailbox, area, young_person
):
    """The second ICB's email fails (the run stops): its claim goes with it, so the next run
    sends it, and the first ICB's is not sent again."""
    from unittest.mock import patch

    from sendhealth.children.tests.factories import ChildFactory
    from sendhealth.core.models import Message
    from sendhealth.organisations.models import Organisation
    from sendhealth.organisations.tests.factories import LocalAuthorityFactory
    from sendhealth.transitions import tasks
    from sendhealth.transitions.tests.factories import EhcPlanFactory

    elsewhere = Organisation.objects.get(name="NHS Elsewhere Integrated Care Board")
    elsewhere.email = "dco@elsewhere.nhs.invalid"
    elsewhere.save()
    other = EhcPlanFactory(
        child=ChildFactory(
            local_authority=LocalAuthorityFactory(parent=elsewhere),
            date_of_birth=date(2009, 10, 1),
        ),
        issued_on=date(2020, 3, 2),
        last_reviewed_on=date(2025, 11, 3),
    )
    assert other.icb == elsewhere
    real, calls = tasks.send_message, []

    def fails_second(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("stopped")
        return real(**kwargs)

    with patch.object(tasks, "send_message", fails_second), pytest.raises(RuntimeError):
        run_on(date(2026, 9, 10))
    assert Message.objects.count() == 1
    assert ReminderDigest.objects.count() == 1
    assert run_on(date(2026, 9, 10)) == 1
    assert run_on(date(2026, 9, 10)) == 0
    bodies = list(Message.objects.values_list("body", flat=True))
    assert len(bodies) == 2
    for plan in (young_person, other):
        assert sum(plan.reference in body for body in bodies) == 1
