"""``core.reminders``: the one claim-and-remind loop every register's reminder job uses.

Run here on the policies register's job (no personal data, the simplest rows); each register's
own tests check what its job sends."""

from datetime import date, timedelta
from unittest.mock import patch

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sendhealth.core import reminders
from sendhealth.core.models import AuditLog, Message
from sendhealth.core.reminders import send_due_reminders
from sendhealth.core.tests.messages import committed
from sendhealth.organisations.tests.factories import IcbFactory
from sendhealth.policies.models import Policy
from sendhealth.policies.tasks import REMINDERS
from sendhealth.policies.tests.factories import PolicyFactory
from sendhealth.rules import next_reminder_after

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 2)


def due_policies(n: int) -> list[Policy]:
    icb = IcbFactory(email="dco@nhs.invalid")
    return [
        PolicyFactory(icb=icb, review_due_on=TODAY + timedelta(days=10), next_reminder_on=TODAY)
        for _ in range(n)
    ]


def run(batch_size: int = reminders.BATCH) -> int:
    with committed():
        return send_due_reminders(REMINDERS, today=TODAY, batch_size=batch_size)


def test_every_due_row_is_sent_once_across_batches_and_moved_on():
    rows = due_policies(5)
    assert run(batch_size=2) == 5
    assert len(mail.outbox) == 5
    assert AuditLog.objects.filter(system="policy-review-reminders").count() == 5
    for row in rows:
        row.refresh_from_db()
        assert row.next_reminder_on == next_reminder_after(TODAY, row.review_due_on)
    assert run(batch_size=2) == 0
    assert len(mail.outbox) == 5


def test_stopped_halfway_a_rerun_sends_nothing_twice():
    due_policies(5)
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
        pytest.raises(KeyboardInterrupt),
    ):
        run(batch_size=2)
    assert Message.objects.count() == 2  # the first batch committed; the second rolled back
    assert run(batch_size=2) == 3
    assert Message.objects.count() == 5
    assert len({m.subject for m in Message.objects.all()}) == 5


def test_a_row_not_wanted_yet_is_left_unclaimed():
    policy, *_ = due_policies(1)
    job = reminders.ReminderJob(
        name="test",
        due=REMINDERS.due,
        draft=REMINDERS.draft,
        claim_as=REMINDERS.claim_as,
        wanted=lambda row, today: False,
    )
    with committed():
        assert send_due_reminders(job, today=TODAY) == 0
    policy.refresh_from_db()
    assert policy.next_reminder_on == TODAY


def test_a_batchs_queries_do_not_grow_with_its_rows():
    due_policies(2)
    with CaptureQueriesContext(connection) as few:
        assert send_due_reminders(REMINDERS, today=TODAY) == 2
    due_policies(40)
    with CaptureQueriesContext(connection) as many:
        assert send_due_reminders(REMINDERS, today=TODAY) == 40
    assert len(many) == len(few) <= 10


def test_rows_taking_different_dates_are_moved_on_in_one_update_a_branch_a_date():
    """A batch's rows take a few next dates (their due dates, or next week once overdue): one
    ``UPDATE`` with a ``CASE`` branch per date, each row given its own."""
    icb = IcbFactory(email="dco@nhs.invalid")
    rows = [
        PolicyFactory(
            icb=icb, review_due_on=TODAY + timedelta(days=n % 3 - 1), next_reminder_on=TODAY
        )
        for n in range(9)
    ]
    with CaptureQueriesContext(connection) as queries:
        assert send_due_reminders(REMINDERS, today=TODAY) == 9
    updates = [q["sql"] for q in queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 1 and updates[0].count("WHEN") == 2  # tomorrow and next week
    for row in rows:
        row.refresh_from_db()
        assert row.next_reminder_on == next_reminder_after(TODAY, row.review_due_on)
