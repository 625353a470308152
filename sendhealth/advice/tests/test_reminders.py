"""Reminders to services about advice due (6 weeks, SEND Regulations 2014 reg 8(1))."""

from datetime import date
from unittest.mock import patch

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from sendhealth.advice.models import AdviceEvent, AssignmentStatus, EventKind
from sendhealth.advice.reminders import first_reminder_on
from sendhealth.advice.tasks import send_advice_reminders, send_chase
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core import reminders
from sendhealth.core.models import AuditLog
from sendhealth.rules import next_reminder_after

RECEIVED = date(2026, 1, 5)
DUE = date(2026, 2, 16)
FIRST_REMINDER = date(2026, 2, 9)


def on(day: date):
    """Run as if today were ``day``."""
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    return patch("django.utils.timezone.localdate", side_effect=fake)


def run_on(day: date) -> int:
    """Run the reminders as the worker does: each message is emailed once its row commits."""
    with on(day), TestCase.captureOnCommitCallbacks(execute=True):
        return send_advice_reminders.call()


@pytest.fixture
def assignment(area):
    child = ChildFactory(
        local_authority=area.la,
        given_name="Ada",
        family_name="Testchild",
        nhs_number="9434765919",
    )
    return AdviceAssignmentFactory(
        request=AdviceRequestFactory(child=child),
        service=area.salt,
        received_on=RECEIVED,
        next_reminder_on=FIRST_REMINDER,
    )


class TestWhenRemindersAreDue:
    def test_the_first_is_a_week_before_the_due_date_but_never_before_receipt(self):
        assert first_reminder_on(RECEIVED, DUE) == FIRST_REMINDER
        assert first_reminder_on(RECEIVED, date(2026, 1, 8)) == RECEIVED

    def test_then_on_the_due_date_then_weekly_while_overdue(self):
        assert next_reminder_after(FIRST_REMINDER, DUE) == DUE
        assert next_reminder_after(DUE, DUE) == date(2026, 2, 23)
        assert next_reminder_after(date(2026, 2, 23), DUE) == date(2026, 3, 2)


class TestSendAdviceReminders:
    def test_nothing_is_sent_before_the_reminder_date(self, assignment):
        assert run_on(date(2026, 2, 8)) == 0
        assert mail.outbox == []

    def test_a_reminder_goes_to_the_service_on_its_date(self, area, assignment):
        assert run_on(FIRST_REMINDER) == 1
        assert mail.outbox[0].to == [area.salt.email]
        assert "is due on 16 February 2026" in mail.outbox[0].subject

    def test_a_missed_reminder_date_is_still_caught_up(self, assignment):
        assert run_on(date(2026, 2, 12)) == 1

    def test_the_email_names_the_reference_and_never_the_child(self, assignment):
        run_on(FIRST_REMINDER)
        email = mail.outbox[0]
        text = email.subject + email.body
        assert assignment.request.reference in text
        for personal in ("Ada", "Testchild", "9434765919", "943 476 5919"):
            assert personal not in text

    def test_running_twice_on_the_same_day_sends_once(self, assignment):
        assert run_on(FIRST_REMINDER) == 1
        assert run_on(FIRST_REMINDER) == 0
        assert len(mail.outbox) == 1

    def test_the_next_reminder_moves_to_the_due_date_then_weekly(self, assignment):
        run_on(FIRST_REMINDER)
        assignment.refresh_from_db()
        assert assignment.next_reminder_on == DUE
        run_on(DUE)
        assignment.refresh_from_db()
        assert assignment.next_reminder_on == date(2026, 2, 23)
        assert "is due today" in mail.outbox[-1].subject
        run_on(date(2026, 2, 23))
        assignment.refresh_from_db()
        assert assignment.next_reminder_on == date(2026, 3, 2)
        assert "overdue" in mail.outbox[-1].subject
        assert len(mail.outbox) == 3

    @pytest.mark.parametrize(
        "status",
        [AssignmentStatus.SUBMITTED, AssignmentStatus.ACCEPTED, AssignmentStatus.CANCELLED],
    )
    def test_no_reminder_once_advice_is_in_or_the_part_cancelled(self, assignment, status):
        assignment.status = status
        assignment.save()
        assert run_on(DUE) == 0
        assert mail.outbox == []

    def test_a_returned_assignment_is_reminded(self, assignment):
        assignment.status = AssignmentStatus.RETURNED
        assignment.save()
        assert run_on(FIRST_REMINDER) == 1

    def test_each_reminder_is_on_the_timeline_as_the_system(self, assignment):
        run_on(FIRST_REMINDER)
        event = AdviceEvent.objects.get(kind=EventKind.REMINDED)
        assert (event.actor, event.system) == (None, "advice-reminders")
        assert AuditLog.objects.filter(system="advice-reminders").exists()
        assignment.refresh_from_db()
        assert assignment.last_chased_at is not None

    def test_a_service_without_an_address_uses_its_providers(self, area, assignment):
        area.salt.email = ""
        area.salt.save()
        area.provider.email = "trust@nhs.invalid"
        area.provider.save()
        run_on(FIRST_REMINDER)
        assert mail.outbox[0].to == ["trust@nhs.invalid"]


class TestSendChase:
    def test_a_chase_names_the_dco_and_is_logged_with_them(self, area, assignment):
        with on(FIRST_REMINDER), TestCase.captureOnCommitCallbacks(execute=True):
            assert send_chase.call(assignment_id=assignment.pk, user_id=area.dco.pk)
        assert "Dco of the DCO team asks about" in mail.outbox[0].body
        event = AdviceEvent.objects.get(kind=EventKind.CHASED)
        assert event.actor == area.dco

    def test_advice_submitted_since_the_chase_was_queued_is_not_chased(self, area, assignment):
        assignment.status = AssignmentStatus.SUBMITTED
        assignment.save()
        assert not send_chase.call(assignment_id=assignment.pk, user_id=area.dco.pk)
        assert mail.outbox == []


def many_due(area, n: int) -> list:
    return [
        AdviceAssignmentFactory(
            request=AdviceRequestFactory(child=ChildFactory(local_authority=area.la)),
            service=area.salt,
            received_on=RECEIVED,
            next_reminder_on=FIRST_REMINDER,
        )
        for _ in range(n)
    ]


class TestTheJobInBatches:
    """Target 4: batched, bounded memory, safe to stop halfway and run again."""

    def test_every_due_row_is_reminded_across_batches_once(self, area):
        rows = many_due(area, 5)
        with on(FIRST_REMINDER), TestCase.captureOnCommitCallbacks(execute=True):
            assert send_advice_reminders.call(batch_size=2) == 5
        assert len(mail.outbox) == 5
        assert AdviceEvent.objects.filter(kind=EventKind.REMINDED).count() == 5
        assert (
            AuditLog.objects.filter(system="advice-reminders", changes__kind="reminded").count()
            == 5
        )
        for row in rows:
            row.refresh_from_db()
            assert row.next_reminder_on == DUE
        assert run_on(FIRST_REMINDER) == 0

    def test_stopped_halfway_a_rerun_sends_each_reminder_once(self, area):
        many_due(area, 4)
        calls = 0
        real = reminders._send_batch

        def dies_on_the_second_batch(*args, **kwargs):
            nonlocal calls
            calls += 1
            if calls == 2:
                raise KeyboardInterrupt  # the worker is stopped mid-batch
            return real(*args, **kwargs)

        with (
            patch.object(reminders, "_send_batch", dies_on_the_second_batch),
            on(FIRST_REMINDER),
            TestCase.captureOnCommitCallbacks(execute=True),
            pytest.raises(KeyboardInterrupt),
        ):
            send_advice_reminders.call(batch_size=2)
        assert len(mail.outbox) == 2  # the first batch committed; the second rolled back
        with on(FIRST_REMINDER), TestCase.captureOnCommitCallbacks(execute=True):
            assert send_advice_reminders.call(batch_size=2) == 2
        assert len(mail.outbox) == 4
        assert len({m.subject for m in mail.outbox}) == 4

    def test_a_batchs_queries_do_not_grow_with_its_rows(self, area, django_assert_max_num_queries):
        many_due(area, 2)
        with django_assert_max_num_queries(12), on(FIRST_REMINDER):
            send_advice_reminders.call()
        AdviceEvent.objects.all().delete()
        many_due(area, 30)
        with django_assert_max_num_queries(12), on(FIRST_REMINDER):
            assert send_advice_reminders.call() == 30
