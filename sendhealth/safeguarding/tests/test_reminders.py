"""Reminders of safeguarding follow-ups due within 3 days or overdue, by date."""

from datetime import date
from unittest.mock import patch

import pytest
from django.core import mail
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.core.tests.messages import run_committed
from sendhealth.safeguarding.domain import first_reminder_on
from sendhealth.safeguarding.tasks import send_safeguarding_reminders
from sendhealth.safeguarding.tests.factories import SafeguardingReferralFactory

DUE = date(2026, 2, 16)


def run_on(day: date) -> int:
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    with patch("django.utils.timezone.localdate", side_effect=fake):
        return run_committed(send_safeguarding_reminders)


@pytest.fixture
def referral(area):
    area.icb.email = "dco@icb.nhs.invalid"
    area.icb.save()
    child = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
    return SafeguardingReferralFactory(
        child=child, follow_up_due_on=DUE, next_reminder_on=first_reminder_on(DUE, None)
    )


def test_nothing_is_sent_more_than_three_days_before_the_due_date(referral):
    assert run_on(date(2026, 2, 12)) == 0
    assert mail.outbox == []


def test_a_reminder_goes_three_days_before_then_on_the_due_date_then_weekly(referral):
    assert run_on(date(2026, 2, 13)) == 1
    assert run_on(date(2026, 2, 14)) == 0
    assert run_on(DUE) == 1
    assert run_on(date(2026, 2, 20)) == 0
    assert run_on(date(2026, 2, 23)) == 1
    assert "is overdue" in mail.outbox[-1].subject
    assert mail.outbox[0].to == ["dco@icb.nhs.invalid"]


def test_the_email_names_the_reference_but_not_the_child_or_the_concern(referral):
    run_on(date(2026, 2, 13))
    email = mail.outbox[0]
    text = email.subject + email.body
    assert referral.reference in text
    assert "Okafor" not in text
    assert referral.child.nhs_number not in text
    assert "Concern" not in text
    assert AuditLog.objects.filter(system="safeguarding-reminders").count() == 1


def test_a_follow_up_done_is_not_reminded(referral):
    referral.follow_up_done_on = date(2026, 2, 10)
    referral.save()
    assert run_on(date(2026, 2, 20)) == 0


def test_no_address_means_no_email(referral, area):
    area.icb.email = ""
    area.icb.save()
    assert run_on(date(2026, 2, 13)) == 0
