"""Pure rules for packages: the funding split, how many approvers a package needs, and when
its review is due. No ORM, no views: tested on their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
HUNDRED = Decimal("100")
REVIEW_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Split:
    """Yearly amounts, in pounds, paid by health, education and social care."""

    health: Decimal
    education: Decimal
    social_care: Decimal

    @property
    def total(self) -> Decimal:
        return self.health + self.education + self.social_care


def pounds(value: Decimal) -> Decimal:
    return value.quantize(PENNY, rounding=ROUND_HALF_UP)


def split_from_percentages(
    total: Decimal, health: Decimal, education: Decimal, social_care: Decimal
) -> Split:
    """Amounts from percentages of ``total``, rounded to the penny. Any penny lost or gained
    in rounding goes to health's share, so the amounts always add up to the total."""
    education_amount = pounds(total * education / HUNDRED)
    social_care_amount = pounds(total * social_care / HUNDRED)
    health_amount = pounds(total) - education_amount - social_care_amount
    if health == 0 and health_amount != 0:
        # health pays nothing: put the rounding on the largest other share instead
        if education_amount >= social_care_amount:
            education_amount += health_amount
        else:
            social_care_amount += health_amount
        health_amount = Decimal("0.00")
    return Split(health_amount, education_amount, social_care_amount)


def split_errors(
    total: Decimal, shares: tuple[Decimal, Decimal, Decimal], *, as_percentages: bool
) -> list[str]:
    """Why a split is wrong, or ``[]``. Shares are not negative, and add up to 100% or to the
    total cost to the penny."""
    errors = []
    if any(share < 0 for share in shares):
        errors.append("A share cannot be less than 0")
    added = sum(shares, Decimal(0))
    if as_percentages:
        if any(share > HUNDRED for share in shares):
            errors.append("A share cannot be more than 100%")
        if added != HUNDRED:
            errors.append(f"The shares must add up to 100%, not {_number(added)}%")
    elif pounds(added) != pounds(total):
        errors.append(
            f"The shares must add up to the cost per year, £{pounds(total):,}, "
            f"not £{pounds(added):,}"
        )
    return errors


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def approvals_needed(cost_per_year: Decimal, second_approver_above: Decimal) -> int:
    """One approver; two different approvers when the yearly cost is above the limit (a cost
    exactly at the limit needs one)."""
    return 2 if cost_per_year > second_approver_above else 1


class ApprovalRefused(Exception):
    """Why an approval cannot be recorded, in words for the approver."""


def check_approval(*, status: str, approver_id: int, approver_ids: list[int], needed: int) -> None:
    """Raise ``ApprovalRefused`` unless ``approver_id`` may approve now."""
    if status != "proposed":
        raise ApprovalRefused("Only a proposed package can be approved")
    if approver_id in approver_ids:
        raise ApprovalRefused(
            "You have already approved this package. A second, different approver is needed"
        )
    if len(approver_ids) >= needed:  # pragma: no cover - the status would be approved
        raise ApprovalRefused("This package already has the approvals it needs")


def review_is_due(review_on: date, today: date, window_days: int = REVIEW_WINDOW_DAYS) -> bool:
    """A review within ``window_days`` from today, or already passed."""
    return (review_on - today).days <= window_days
