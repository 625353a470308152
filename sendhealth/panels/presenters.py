"""What the panel and package pages show, worked out here so templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sendhealth.core.presenters import due_phrase, format_date
from sendhealth.panels.domain import HUNDRED, review_is_due
from sendhealth.panels.models import CaseDecision, Package, PackageStatus

STATUS_COLOURS = {
    PackageStatus.PROPOSED: "blue",
    PackageStatus.APPROVED: "green",
    PackageStatus.DECLINED: "red",
    PackageStatus.ENDED: "grey",
}
DECISION_COLOURS = {
    CaseDecision.PENDING: "blue",
    CaseDecision.AGREED: "green",
    CaseDecision.NOT_AGREED: "red",
    CaseDecision.DEFERRED: "orange",
}


def _tag(text: str, colour: str) -> dict:
    return {"text": text, "classes": f"nhsuk-tag--{colour}"}


def money(value: Decimal | None) -> str:
    return "" if value is None else f"£{value:,.2f}"


def share(amount: Decimal, total: Decimal) -> str:
    """ "£12,500.00 (25%)"."""
    if not total:
        return money(amount)
    percent = (amount * HUNDRED / total).quantize(Decimal("0.1")).normalize()
    return f"{money(amount)} ({percent:f}%)"


def package_status_tag(package: Package) -> dict:
    return _tag(package.get_status_display(), STATUS_COLOURS[PackageStatus(package.status)])


def decision_tag(case) -> dict:
    return _tag(case.get_decision_display(), DECISION_COLOURS[CaseDecision(case.decision)])


def review_phrase(package: Package, today: date) -> str:
    """ "due in 12 days" / "3 days overdue" for a package in place whose review is near."""
    if package.status != PackageStatus.APPROVED or not review_is_due(package.review_on, today):
        return ""
    return due_phrase(package.review_on, today)


def approvals_phrase(package: Package, approvals: int) -> str:
    if package.status != PackageStatus.PROPOSED:
        return ""
    if package.approvals_needed == 2:
        return f"{approvals} of 2 approvals (above the second-approver limit)"
    return f"{approvals} of 1 approval"


@dataclass(frozen=True)
class PackageRow:
    package: Package
    child_name: str
    status_tag: dict
    cost: str
    review: str
    review_phrase: str


def package_rows(packages, today: date) -> list[PackageRow]:
    return [
        PackageRow(
            package=p,
            child_name=f"{p.child.given_name} {p.child.family_name}",
            status_tag=package_status_tag(p),
            cost=money(p.cost_per_year),
            review=format_date(p.review_on),
            review_phrase=review_phrase(p, today),
        )
        for p in packages
    ]


def split_rows(package: Package) -> list[dict]:
    """Summary-list rows of the split between health, education and social care."""
    total = package.cost_per_year
    return [
        {"key": {"text": "Cost per year"}, "value": {"text": money(total)}},
        {"key": {"text": "Health"}, "value": {"text": share(package.health_amount, total)}},
        {"key": {"text": "Education"}, "value": {"text": share(package.education_amount, total)}},
        {
            "key": {"text": "Social care"},
            "value": {"text": share(package.social_care_amount, total)},
        },
    ]
