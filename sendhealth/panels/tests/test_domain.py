"""The pure rules: the funding split, approvers needed, reviews due."""

from datetime import date
from decimal import Decimal as D

import pytest

from sendhealth.panels.domain import (
    ApprovalRefused,
    approvals_needed,
    check_approval,
    review_is_due,
    split_errors,
    split_from_percentages,
)


class TestSplitValidation:
    def test_amounts_that_add_up_to_the_cost_are_accepted(self):
        assert (
            split_errors(D("40000"), (D("10000"), D("20000"), D("10000")), as_percentages=False)
            == []
        )

    def test_amounts_that_do_not_add_up_are_refused_with_both_figures(self):
        errors = split_errors(
            D("40000"), (D("10000"), D("20000"), D("9999.99")), as_percentages=False
        )
        assert errors == ["The shares must add up to the cost per year, £40,000.00, not £39,999.99"]

    def test_percentages_must_add_up_to_100(self):
        assert split_errors(D("1000"), (D("50"), D("30"), D("20")), as_percentages=True) == []
        assert split_errors(D("1000"), (D("50"), D("30"), D("10")), as_percentages=True) == [
            "The shares must add up to 100%, not 90%"
        ]

    def test_a_negative_share_is_refused(self):
        errors = split_errors(D("100"), (D("150"), D("-50"), D("0")), as_percentages=False)
        assert "A share cannot be less than 0" in errors

    def test_a_percentage_over_100_is_refused(self):
        errors = split_errors(D("100"), (D("120"), D("-20"), D("0")), as_percentages=True)
        assert "A share cannot be more than 100%" in errors


class TestSplitFromPercentages:
    def test_thirds_still_add_up_to_the_total_to_the_penny(self):
        split = split_from_percentages(D("100.00"), D("33.34"), D("33.33"), D("33.33"))
        assert split.total == D("100.00")
        assert (split.education, split.social_care) == (D("33.33"), D("33.33"))

    def test_a_zero_health_share_stays_zero(self):
        split = split_from_percentages(D("100.00"), D("0"), D("33.33"), D("66.67"))
        assert split.health == 0
        assert split.total == D("100.00")


class TestApproversNeeded:
    LIMIT = D("50000")

    def test_below_the_limit_one_approver(self):
        assert approvals_needed(D("49999.99"), self.LIMIT) == 1

    def test_at_the_limit_one_approver(self):
        assert approvals_needed(D("50000.00"), self.LIMIT) == 1

    def test_above_the_limit_two_approvers(self):
        assert approvals_needed(D("50000.01"), self.LIMIT) == 2


class TestCheckApproval:
    def test_the_same_approver_twice_is_refused(self):
        with pytest.raises(ApprovalRefused, match="already approved"):
            check_approval(status="proposed", approver_id=1, approver_ids=[1], needed=2)

    def test_a_package_that_is_not_proposed_cannot_be_approved(self):
        with pytest.raises(ApprovalRefused, match="Only a proposed package"):
            check_approval(status="declined", approver_id=1, approver_ids=[], needed=1)

    def test_a_second_different_approver_is_allowed(self):
        check_approval(status="proposed", approver_id=2, approver_ids=[1], needed=2)


class TestReviewDue:
    TODAY = date(2026, 3, 2)

    @pytest.mark.parametrize(
        ("review_on", "due"),
        [(date(2026, 4, 1), True), (date(2026, 4, 2), False), (date(2026, 2, 1), True)],
    )
    def test_within_30_days_or_passed(self, review_on, due):
        assert review_is_due(review_on, self.TODAY) is due
