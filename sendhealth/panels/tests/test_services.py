"""Approving a package: one approver, or two different ones above the limit."""

from decimal import Decimal as D

import pytest

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditLog
from sendhealth.core.scoping import Scope
from sendhealth.panels import services
from sendhealth.panels.domain import ApprovalRefused
from sendhealth.panels.models import Package, PackageApproval, PackageStatus
from sendhealth.panels.tests.factories import PackageFactory


@pytest.fixture
def second_dco(area):
    user = UserFactory(username="second_dco")
    MembershipFactory(user=user, organisation=area.icb, role=Role.DCO)
    return user


def package_costing(area, cost: str) -> Package:
    cost = D(cost)
    return PackageFactory(
        child=ChildFactory(local_authority=area.la),
        cost_per_year=cost,
        health_amount=cost,
        education_amount=D(0),
        social_care_amount=D(0),
    )


def approve(package, user):
    return services.approve_package(
        package.pk,
        packages=Scope.for_user(user).panels_packages(),
        user=user,
        auditor=Auditor(user=user),
    )


class TestTwoApproverRule:
    def test_below_the_limit_one_approval_approves(self, area):
        package = approve(package_costing(area, "49999.99"), area.dco)
        assert package.status == PackageStatus.APPROVED
        assert package.approved_at is not None

    def test_at_the_limit_one_approval_approves(self, area):
        assert approve(package_costing(area, "50000"), area.dco).status == PackageStatus.APPROVED

    def test_above_the_limit_one_approval_leaves_it_proposed(self, area):
        package = approve(package_costing(area, "50000.01"), area.dco)
        assert package.status == PackageStatus.PROPOSED
        assert package.approvals_needed == 2

    def test_above_the_limit_a_second_different_approver_approves(self, area, second_dco):
        package = package_costing(area, "80000")
        approve(package, area.dco)
        package = approve(package, second_dco)
        assert package.status == PackageStatus.APPROVED
        approvals = PackageApproval.objects.filter(package=package)
        assert sorted(a.approver_id for a in approvals) == sorted([area.dco.pk, second_dco.pk])
        assert all(a.approved_at for a in approvals)

    def test_the_same_approver_twice_is_refused(self, area):
        package = package_costing(area, "80000")
        approve(package, area.dco)
        with pytest.raises(ApprovalRefused):
            approve(package, area.dco)
        package.refresh_from_db()
        assert package.status == PackageStatus.PROPOSED
        assert PackageApproval.objects.filter(package=package).count() == 1

    def test_the_limit_is_a_setting(self, area, settings):
        settings.PACKAGE_SECOND_APPROVER_ABOVE = 10_000
        package = approve(package_costing(area, "20000"), area.dco)
        assert package.status == PackageStatus.PROPOSED

    def test_every_approval_is_audited(self, area):
        package = approve(package_costing(area, "100"), area.dco)
        entry = AuditLog.objects.get(object_type="panels.Package", object_id=str(package.pk))
        assert entry.actor == area.dco
        assert entry.child_id == package.child_id

    def test_an_approved_package_cannot_be_approved_again(self, area, second_dco):
        package = approve(package_costing(area, "100"), area.dco)
        with pytest.raises(ApprovalRefused):
            approve(package, second_dco)


class TestChangingTheMoneyWithdrawsApprovals:
    def test_a_new_cost_sends_an_approved_package_back_to_proposed(self, area):
        package = approve(package_costing(area, "100"), area.dco)
        package.cost_per_year = package.health_amount = D("200")
        services.save_package(
            package, user=area.dco, auditor=Auditor(user=area.dco), changed=["cost_per_year"]
        )
        package.refresh_from_db()
        assert package.status == PackageStatus.PROPOSED
        assert not PackageApproval.objects.filter(package=package).exists()

    def test_a_new_description_keeps_the_approval(self, area):
        package = approve(package_costing(area, "100"), area.dco)
        package.description = "Changed"
        services.save_package(
            package, user=area.dco, auditor=Auditor(user=area.dco), changed=["description"]
        )
        package.refresh_from_db()
        assert package.status == PackageStatus.APPROVED
