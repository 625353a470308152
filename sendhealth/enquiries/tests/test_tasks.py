from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from sendhealth.core.tests.messages import run_committed
from sendhealth.enquiries.tasks import SCHEDULED, send_enquiry_reminders
from sendhealth.enquiries.tests.factories import EnquiryFactory

pytestmark = pytest.mark.django_db


def _enquiry(area, days_ago: int, **changes):
    area.dco_team.email = "team@nhs.invalid"
    area.dco_team.save()
    return EnquiryFactory(
        icb=area.icb,
        assigned_to=area.dco_team,
        opened_at=timezone.now() - timedelta(days=days_ago),
        **changes,
    )


def test_the_task_is_scheduled():
    assert send_enquiry_reminders in SCHEDULED


def test_an_unanswered_enquiry_past_five_working_days_is_emailed_once(area):
    enquiry = _enquiry(area, days_ago=20)
    assert run_committed(send_enquiry_reminders) == 1
    assert run_committed(send_enquiry_reminders) == 0
    assert mail.outbox[0].to == ["team@nhs.invalid"]
    assert enquiry.reference in mail.outbox[0].subject
    assert enquiry.summary not in mail.outbox[0].body


def test_recent_answered_or_closed_enquiries_are_not_emailed(area):
    _enquiry(area, days_ago=1)
    _enquiry(area, days_ago=20, first_answered_at=timezone.now())
    _enquiry(area, days_ago=20, closed_at=timezone.now())
    assert run_committed(send_enquiry_reminders) == 0


def test_the_number_of_working_days_is_a_setting(area, settings):
    settings.ENQUIRY_FIRST_ANSWER_WORKING_DAYS = 30
    _enquiry(area, days_ago=20)
    assert run_committed(send_enquiry_reminders) == 0
