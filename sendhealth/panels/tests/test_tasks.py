"""The package review reminder: the DCO team hears once per review date, with no names."""

import datetime
from unittest.mock import patch

import pytest
from django.core import mail

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.messages import run_committed
from sendhealth.panels.models import PackageStatus
from sendhealth.panels.tasks import send_package_review_reminders
from sendhealth.panels.tests.factories import PackageFactory

TODAY = datetime.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


@pytest.fixture
def team_email(area):
    area.dco_team.email = "team@icb.nhs.invalid"
    area.dco_team.save()


def package(area, days, status=PackageStatus.APPROVED):
    return PackageFactory(
        child=ChildFactory(local_authority=area.la),
        status=status,
        review_on=TODAY + datetime.timedelta(days=days),
    )


def test_reviews_due_within_30_days_or_passed_are_emailed_once(area, team_email):
    soon, late = package(area, 30), package(area, -4)
    package(area, 31)
    package(area, 1, status=PackageStatus.PROPOSED)
    assert run_committed(send_package_review_reminders) == 2
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert soon.reference in body and "due in 30 days" in body
    assert late.reference in body and "4 days overdue" in body
    assert soon.child.family_name not in body
    assert mail.outbox[0].to == ["team@icb.nhs.invalid"]
    assert run_committed(send_package_review_reminders) == 0
    assert len(mail.outbox) == 1


def test_a_new_review_date_is_reminded_again(area, team_email):
    due = package(area, 5)
    run_committed(send_package_review_reminders)
    due.review_on = TODAY + datetime.timedelta(days=10)
    due.save()
    assert run_committed(send_package_review_reminders) == 1


def test_no_email_without_an_address(area):
    area.dco_team.email = ""
    area.dco_team.save()
    package(area, 5)
    assert run_committed(send_package_review_reminders) == 0
    assert mail.outbox == []
