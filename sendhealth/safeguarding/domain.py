"""Pure rules for safeguarding referrals: which dates are allowed, when a follow-up is overdue,
when its reminder goes. No ORM, no views."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

REMINDER_DAYS_BEFORE = 3  # a follow-up due within 3 days is reminded


class FollowUp(StrEnum):
    NONE = "none"  # no follow-up planned
    DONE = "done"
    DUE = "due"
    DUE_SOON = "due_soon"  # within REMINDER_DAYS_BEFORE days, today included
    OVERDUE = "overdue"


def follow_up_state(due_on: date | None, done_on: date | None, today: date) -> FollowUp:
    """Overdue means the due date has passed (today is still in time) and it is not done."""
    if done_on is not None:
        return FollowUp.DONE
    if due_on is None:
        return FollowUp.NONE
    if due_on < today:
        return FollowUp.OVERDUE
    if due_on <= today + timedelta(days=REMINDER_DAYS_BEFORE):
        return FollowUp.DUE_SOON
    return FollowUp.DUE


def is_overdue(due_on: date | None, done_on: date | None, today: date) -> bool:
    return follow_up_state(due_on, done_on, today) == FollowUp.OVERDUE


def date_errors(
    referred_on: date | None,
    follow_up_due_on: date | None,
    follow_up_done_on: date | None,
    today: date,
) -> dict[str, str]:
    """Messages by field for dates that cannot be right. The referral and the follow-up done
    are records of the past; the follow-up cannot be due or done before the referral."""
    errors: dict[str, str] = {}
    if referred_on is not None and referred_on > today:
        errors["referred_on"] = "Date of referral must be today or in the past"
    if follow_up_done_on is not None and follow_up_done_on > today:
        errors["follow_up_done_on"] = "Date follow-up done must be today or in the past"
    if referred_on is not None:
        if follow_up_due_on is not None and follow_up_due_on < referred_on:
            errors.setdefault(
                "follow_up_due_on", "Follow-up due date must be on or after the date of referral"
            )
        if follow_up_done_on is not None and follow_up_done_on < referred_on:
            errors.setdefault(
                "follow_up_done_on",
                "Date follow-up done must be on or after the date of referral",
            )
    return errors


def first_reminder_on(due_on: date | None, done_on: date | None) -> date | None:
    """The day the first reminder goes: 3 days before the follow-up is due; none once done."""
    if due_on is None or done_on is not None:
        return None
    return due_on - timedelta(days=REMINDER_DAYS_BEFORE)
