"""The monthly reminder to a service of its lines with no return for last month: one email a
service, by number of lines, never a child; claimed in the email's transaction, so a rerun the
same month and a run stopped halfway then run again remind each service once."""

import datetime

import pytest
from django.core import mail

from sendhealth.core.models import Message
from sendhealth.core.reminders import send_due_combined_digests
from sendhealth.core.tests.messages import run_committed
from sendhealth.core.tests.stopping import stopped_after
from sendhealth.disagreements.tests.helpers import on
from sendhealth.organisations.tests.factories import ServiceFactory
from sendhealth.provision.tasks import REMINDERS, send_provision_return_reminders
from sendhealth.provision.tests.factories import MonthlyReturnFactory, PlanLineFactory

TODAY = datetime.date(2026, 3, 10)  # reminders go from the 10th, about February


@pytest.fixture
def services(db):
    made = [ServiceFactory(email=f"service{i}@example.nhs.uk") for i in range(3)]
    for i, service in enumerate(made):
        for _ in range(i + 1):
            PlanLineFactory(service=service, provider=service.provider)
    return made


def test_one_email_a_service_counting_its_lines_without_a_return(services):
    reported = PlanLineFactory(service=services[0], provider=services[0].provider)
    MonthlyReturnFactory(line=reported, month=datetime.date(2026, 2, 1))
    with on(TODAY):
        assert run_committed(send_provision_return_reminders) == 3
    by_address = {email.to[0]: email for email in mail.outbox}
    assert set(by_address) == {s.email for s in services}
    first = by_address[services[0].email]
    assert "1 health provision lines" in first.body
    assert "February 2026" in first.subject
    assert "3 health provision lines" in by_address[services[2].email].body


def test_none_before_the_10th_and_none_twice_a_month(services):
    with on(datetime.date(2026, 3, 9)):
        assert run_committed(send_provision_return_reminders) == 0
    with on(TODAY):
        assert run_committed(send_provision_return_reminders) == 3
    with on(datetime.date(2026, 3, 20)):
        assert run_committed(send_provision_return_reminders) == 0
    assert len(mail.outbox) == 3


def test_a_run_stopped_halfway_then_run_again_reminds_each_service_once(services):
    with stopped_after(1):
        send_due_combined_digests(REMINDERS, today=TODAY)
    assert Message.objects.count() == 1
    assert send_due_combined_digests(REMINDERS, today=TODAY).messages == 2
    to = sorted(Message.objects.values_list("service__email", flat=True))
    assert to == sorted(s.email for s in services)
    assert send_due_combined_digests(REMINDERS, today=TODAY).messages == 0
