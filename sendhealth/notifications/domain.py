"""Pure rules for Section 23 notifications (Children and Families Act 2014 s23)."""

from __future__ import annotations

from datetime import date, timedelta

from sendhealth.rules import AgeStatus, compulsory_school_age_start, format_date, status_on


def age_refusal(date_of_birth: date, opinion_on: date) -> str | None:
    """Why a notification cannot be made for this child on this date; None if it can.

    s23(1) applies to a child under compulsory school age (Education Act 1996 s8): the child
    must still be under it on the date health formed the opinion."""
    if opinion_on < date_of_birth:
        return "The date of the opinion must be on or after the child's date of birth"
    if status_on(date_of_birth, opinion_on) != AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE:
        start = compulsory_school_age_start(date_of_birth)
        return (
            "A Section 23 notification is only for a child under compulsory school age. This "
            f"child reached compulsory school age on {format_date(start)}, on or before the "
            "date of the opinion"
        )
    return None


def financial_quarter(on: date) -> str:
    """The NHS financial quarter of a date: April to June is Q1. "2026-27 Q1"."""
    start_year = on.year if on.month >= 4 else on.year - 1
    quarter = ((on.month - 4) % 12) // 3 + 1
    return f"{start_year}-{(start_year + 1) % 100:02d} Q{quarter}"


def is_missed(
    date_of_birth: date, health_first_asked_on: date, first_notified_on: date | None
) -> bool:
    """A child who came to an EHC needs assessment under compulsory school age (when health
    was first asked for advice) with no Section 23 notification made on or before then."""
    if health_first_asked_on < date_of_birth:
        return False
    under = status_on(date_of_birth, health_first_asked_on) == AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE
    notified_before = first_notified_on is not None and first_notified_on <= health_first_asked_on
    return under and not notified_before


def acknowledgement_due(notified_on: date, within_days: int) -> date:
    """The last day the local authority has to acknowledge a notification. s23 sets no time
    limit: ``within_days`` is a local agreement (``SECTION23_ACKNOWLEDGE_WITHIN_DAYS``)."""
    return notified_on + timedelta(days=within_days)


def acknowledgement_overdue(
    notified_on: date, acknowledged_on: date | None, today: date, within_days: int
) -> bool:
    """Not acknowledged, and the agreed number of days since the notification has passed."""
    return acknowledged_on is None and today > acknowledgement_due(notified_on, within_days)
