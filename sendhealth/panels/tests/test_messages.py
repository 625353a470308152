"""A package above the limit awaits a second approver: the people who may approve it are told,
except the first approver, by reference and never the child."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.core import mail
from django.test import TestCase

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import Message, MessageKind
from sendhealth.core.scoping import Scope
from sendhealth.panels import services
from sendhealth.panels.tests.factories import PackageFactory


@pytest.fixture
def second_dco(area):
    user = UserFactory(username="second_dco")
    MembershipFactory(user=user, organisation=area.icb, role=Role.DCO)
    return user


def package_costing(area, cost: str):
    cost = D(cost)
    child = ChildFactory(local_authority=area.la, given_name="Ada", family_name="Testchild")
    return PackageFactory(
        child=child,
        cost_per_year=cost,
        health_amount=cost,
        education_amount=D(0),
        social_care_amount=D(0),
        description="Ada Testchild's residential placement.",
    )


def approve(package, user):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return services.approve_package(
            package.pk,
            packages=Scope.for_user(user).panels_packages(),
            user=user,
            auditor=Auditor(user=user),
        )


def told() -> list[str]:
    return sorted(
        Message.objects.filter(kind=MessageKind.PACKAGE_SECOND_APPROVAL).values_list(
            "recipient__username", flat=True
        )
    )


class TestSecondApproverIsTold:
    def test_the_other_dcos_of_the_icb_are_told_once_not_the_first_approver(self, area, second_dco):
        package = package_costing(area, "60000")
        approve(package, area.dco)
        # Not the DCO team (they may not approve), nor another ICB's DCO.
        assert told() == ["second_dco"]
        (email,) = mail.outbox
        assert email.to == [second_dco.email]
        assert package.reference in email.subject
        assert f"/panels/packages/{package.pk}/" in email.body
        for personal in ("Ada", "Testchild", "residential placement"):
            assert personal not in email.subject + email.body

    def test_a_package_approved_by_one_approver_tells_nobody(self, area, second_dco):
        approve(package_costing(area, "40000"), area.dco)
        assert told() == []
        assert mail.outbox == []

    def test_the_second_approval_tells_nobody_more(self, area, second_dco):
        package = package_costing(area, "60000")
        approve(package, area.dco)
        approve(package, second_dco)
        assert told() == ["second_dco"]
        assert len(mail.outbox) == 1
