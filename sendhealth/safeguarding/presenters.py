"""What the safeguarding pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth.core.presenters import due_phrase, format_date, tag
from sendhealth.safeguarding.domain import FollowUp, follow_up_state
from sendhealth.safeguarding.models import SafeguardingReferral

_FOLLOW_UP_TAGS = {
    FollowUp.NONE: ("No follow-up", "returned"),
    FollowUp.DONE: ("Follow-up done", "accepted"),
    FollowUp.DUE: ("Follow-up due", "new"),
    FollowUp.DUE_SOON: ("Follow-up due soon", "due_soon"),
    FollowUp.OVERDUE: ("Follow-up overdue", "overdue"),
}


def state_of(referral: SafeguardingReferral, today: date) -> FollowUp:
    return follow_up_state(referral.follow_up_due_on, referral.follow_up_done_on, today)


def follow_up_tag(referral: SafeguardingReferral, today: date) -> dict:
    return tag(*_FOLLOW_UP_TAGS[state_of(referral, today)])


def follow_up_text(referral: SafeguardingReferral, today: date) -> str:
    """ "Done 3 March 2026", "due in 2 days", "4 days overdue" or "None planned"."""
    if referral.follow_up_done_on is not None:
        return f"Done {format_date(referral.follow_up_done_on)}"
    if referral.follow_up_due_on is None:
        return "None planned"
    return due_phrase(referral.follow_up_due_on, today)


@dataclass(frozen=True)
class ReferralRow:
    pk: int
    reference: str
    child_name: str
    vulnerable_groups: tuple[str, ...]
    local_authority: str
    referred_on: date
    made_to: str
    origin: str
    follow_up_due_on: date | None
    follow_up: str
    follow_up_tag: dict


def referral_row(referral: SafeguardingReferral, today: date) -> ReferralRow:
    """``child`` and ``local_authority`` selected with the referral: no extra query."""
    return ReferralRow(
        pk=referral.pk,
        reference=referral.reference,
        child_name=referral.child.full_name,
        vulnerable_groups=tuple(referral.child.vulnerable_groups),
        local_authority=referral.local_authority.name,
        referred_on=referral.referred_on,
        made_to=referral.made_to_text,
        origin=referral.get_origin_display(),
        follow_up_due_on=referral.follow_up_due_on,
        follow_up=follow_up_text(referral, today),
        follow_up_tag=follow_up_tag(referral, today),
    )


def summary_rows(referral: SafeguardingReferral, today: date) -> list[dict]:
    rows = [
        ("Reference", referral.reference),
        ("Child", referral.child.full_name),
        ("Local authority", referral.local_authority.name),
        ("Who made it", referral.get_origin_display()),
        ("Made to", referral.made_to_text),
        ("Date of referral", format_date(referral.referred_on)),
        ("Reason", referral.reason),
        ("Follow-up due", format_date(referral.follow_up_due_on) or "None planned"),
        ("Follow-up", follow_up_text(referral, today)),
        ("Outcome", referral.outcome or "Not recorded"),
    ]
    return [{"key": {"text": k}, "value": {"text": v}} for k, v in rows]


EXPORT_HEADERS = (
    "Reference",
    "NHS number",
    "Child",
    "Local authority",
    "Who made it",
    "Made to",
    "Date of referral",
    "Follow-up due",
    "Follow-up done",
    "Outcome",
)


def export_row(referral: SafeguardingReferral) -> tuple:
    """The reason is left out of downloads on purpose: it stays on the record's page."""
    return (
        referral.reference,
        referral.child.nhs_number,
        referral.child.full_name,
        referral.local_authority.name,
        referral.get_origin_display(),
        referral.made_to_text,
        referral.referred_on,
        referral.follow_up_due_on,
        referral.follow_up_done_on,
        referral.outcome,
    )
