"""Reminders to a local authority of Section 23 notifications it has not acknowledged within
``SECTION23_ACKNOWLEDGE_WITHIN_DAYS`` days, by date: once per notification, one email per
local authority, to its SEND team."""

from datetime import date
from unittest.mock import patch

import pytest
from django.core import mail
from django.utils import timezone

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.messaging import send_pending_messages
from sendhealth.core.models import AuditLog, Message, MessageStatus
from sendhealth.core.tests.messages import run_committed
from sendhealth.notifications.domain import acknowledgement_due, acknowledgement_overdue
from sendhealth.notifications.tasks import SCHEDULED, send_acknowledgement_reminders
from sendhealth.notifications.tests.factories import Section23NotificationFactory

NOTIFIED = date(2026, 2, 2)  # 14 days on is 16 February


def run_on(day: date) -> int:
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    with patch("django.utils.timezone.localdate", side_effect=fake):
        return run_committed(send_acknowledgement_reminders)


@pytest.fixture
def notification(area):
    area.la.email = "send@northshire.gov.invalid"
    area.la.save()
    area.la_user.email = "caseworker@northshire.gov.invalid"
    area.la_user.save()
    child = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
    return Section23NotificationFactory(
        child=child, service=area.salt, notified_on=NOTIFIED, description="Not yet talking."
    )


def test_the_task_is_scheduled():
    assert send_acknowledgement_reminders in SCHEDULED


def test_the_rule_counts_calendar_days_from_the_notification():
    assert acknowledgement_due(NOTIFIED, 14) == date(2026, 2, 16)
    assert not acknowledgement_overdue(NOTIFIED, None, date(2026, 2, 16), 14)
    assert acknowledgement_overdue(NOTIFIED, None, date(2026, 2, 17), 14)
    assert not acknowledgement_overdue(NOTIFIED, date(2026, 2, 3), date(2026, 3, 1), 14)


def test_nothing_is_sent_within_the_agreed_days(notification):
    assert run_on(date(2026, 2, 16)) == 0
    assert mail.outbox == []


def test_the_la_is_reminded_once_the_day_after_the_agreed_days(notification, area):
    assert run_on(date(2026, 2, 17)) == 1
    # One message to each: the caseworker and the LA's SEND team mailbox.
    assert sorted(email.to[0] for email in mail.outbox) == [
        "caseworker@northshire.gov.invalid",
        "send@northshire.gov.invalid",
    ]
    assert notification.reference in mail.outbox[0].body
    notification.refresh_from_db()
    assert notification.reminded_on == date(2026, 2, 17)
    assert run_on(date(2026, 2, 18)) == 0
    assert run_on(date(2026, 3, 30)) == 0
    assert len(mail.outbox) == 2


def test_the_email_names_the_reference_but_not_the_child_or_the_needs(notification):
    run_on(date(2026, 2, 17))
    email = mail.outbox[0]
    text = email.subject + email.body
    assert notification.reference in text
    assert "Okafor" not in text and "Amara" not in text
    assert notification.child.nhs_number not in text
    assert "Not yet talking" not in text
    assert AuditLog.objects.filter(
        system="section23-reminders", child_id=notification.child_id
    ).exists()


def test_one_email_per_local_authority_lists_all_its_notifications(notification, area):
    second = Section23NotificationFactory(
        child=ChildFactory(local_authority=area.la), service=area.ot, notified_on=date(2026, 1, 5)
    )
    MembershipFactory(
        user=UserFactory(username="other_la_caseworker", email="cw@southborough.gov.invalid"),
        organisation=area.other_la,
        role=Role.LOCAL_AUTHORITY,
    )
    theirs = Section23NotificationFactory(
        child=ChildFactory(local_authority=area.other_la),
        service=area.camhs,
        notified_on=NOTIFIED,
    )
    assert run_on(date(2026, 2, 17)) == 2
    northshire = ("caseworker@northshire.gov.invalid", "send@northshire.gov.invalid")
    ours = [email for email in mail.outbox if email.to[0] in northshire]
    (other,) = [email for email in mail.outbox if email.to == ["cw@southborough.gov.invalid"]]
    assert sorted(email.to[0] for email in ours) == [
        "caseworker@northshire.gov.invalid",
        "send@northshire.gov.invalid",
    ]
    for email in ours:
        assert notification.reference in email.body and second.reference in email.body
        assert theirs.reference not in email.body
        assert "2 notifications" in email.subject
    assert theirs.reference in other.body and notification.reference not in other.body


def test_an_acknowledged_notification_is_not_reminded(notification):
    notification.acknowledged_on = date(2026, 2, 10)
    notification.save()
    assert run_on(date(2026, 2, 20)) == 0


def test_without_an_address_nothing_is_claimed_until_there_is_one(notification, area):
    area.la.email = ""
    area.la.save()
    area.la_user.email = ""
    area.la_user.save()
    assert run_on(date(2026, 2, 17)) == 0
    notification.refresh_from_db()
    assert notification.reminded_on is None
    area.la.email = "send@northshire.gov.invalid"
    area.la.save()
    assert run_on(date(2026, 2, 18)) == 1


def test_an_inactive_users_address_is_not_used(notification, area):
    area.la_user.is_active = False
    area.la_user.save()
    run_on(date(2026, 2, 17))
    assert [email.to for email in mail.outbox] == [["send@northshire.gov.invalid"]]


def test_a_failed_email_is_kept_and_sent_by_the_worker_not_reminded_again(notification, settings):
    settings.EMAIL_BACKEND = "sendhealth.core.tests.test_messaging.FailingBackend"
    assert run_on(date(2026, 2, 17)) == 1
    assert mail.outbox == []
    assert Message.objects.filter(status=MessageStatus.FAILED).count() == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run_on(date(2026, 2, 18)) == 0  # claimed: not a second reminder
    assert send_pending_messages.call() == 2
    assert len(mail.outbox) == 2


def test_the_number_of_days_is_a_setting(notification, settings):
    settings.SECTION23_ACKNOWLEDGE_WITHIN_DAYS = 30
    assert run_on(date(2026, 2, 17)) == 0
    assert run_on(date(2026, 3, 5)) == 1


def test_the_worker_enqueues_it():
    from sendhealth.core.management.commands.worker import scheduled_tasks

    assert send_acknowledgement_reminders in scheduled_tasks()
