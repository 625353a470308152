"""``core.reminders.send_due_digests``: reminders that go as one message per group (an ICB's
DCO team, a local authority's SEND team) listing the group's due rows.

Run here on the panels register's package review digest (one per ICB); each register's own
tests check what its digest says."""

from datetime import date, timedelta
from unittest.mock import patch

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core import reminders
from sendhealth.core.models import Message
from sendhealth.core.reminders import send_due_digests
from sendhealth.core.tests.messages import committed
from sendhealth.panels.models import Package, PackageStatus
from sendhealth.panels.tasks import PACKAGE_REVIEW_REMINDERS
from sendhealth.panels.tests.factories import PackageFactory

TODAY = date(2026, 3, 2)


@pytest.fixture
def team(area):
    area.dco_team.email = "team@icb.nhs.invalid"
    area.dco_team.save()
    return area


def due_packages(area, n: int) -> list[Package]:
    return [
        PackageFactory(
            child=ChildFactory(local_authority=area.la),
            status=PackageStatus.APPROVED,
            review_on=TODAY + timedelta(days=i),
        )
        for i in range(n)
    ]


def run(batch_size: int = reminders.BATCH):
    with committed():
        return send_due_digests(PACKAGE_REVIEW_REMINDERS, today=TODAY, batch_size=batch_size)


def test_one_digest_per_group_and_batch_each_row_claimed_once(team):
    due_packages(team, 5)
    assert run() == reminders.DigestsSent(messages=1, rows=5)
    assert run() == reminders.DigestsSent(0, 0)
    assert not Package.objects.filter(review_reminded_for__isnull=True).exists()


def test_a_large_group_is_sent_in_batches(team):
    due_packages(team, 5)
    assert run(batch_size=2) == reminders.DigestsSent(messages=3, rows=5)
    assert run(batch_size=2) == reminders.DigestsSent(0, 0)


def test_stopped_halfway_a_rerun_sends_nothing_twice(team):
    due_packages(team, 5)
    real, calls = reminders.send_messages, 0

    def dies_on_the_second_digest(drafts):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # the worker is stopped mid-digest
        return real(drafts)

    with (
        patch.object(reminders, "send_messages", dies_on_the_second_digest),
        pytest.raises(KeyboardInterrupt),
    ):
        run(batch_size=2)
    assert Package.objects.filter(review_reminded_for__isnull=False).count() == 2
    assert run(batch_size=2) == reminders.DigestsSent(messages=2, rows=3)
    subjects = [m.subject for m in Message.objects.order_by("pk")]
    assert subjects == ["Package reviews due: 2"] * 2 + ["Package reviews due: 1"]


def test_a_group_with_nobody_to_send_to_is_left_unclaimed(area):
    area.dco_team.email = ""
    area.dco_team.save()
    due_packages(area, 2)
    assert run() == reminders.DigestsSent(0, 0)
    assert not Package.objects.filter(review_reminded_for__isnull=False).exists()


def test_a_digests_queries_do_not_grow_with_its_rows(team):
    due_packages(team, 2)
    with CaptureQueriesContext(connection) as few:
        run()
    Package.objects.update(review_reminded_for=None)
    due_packages(team, 8)
    with CaptureQueriesContext(connection) as many:
        run()
    assert len(many) == len(few)
