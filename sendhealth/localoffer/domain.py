"""The Local Offer's own logic, plain functions."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

STALE_AFTER_DAYS = 365  # information not checked for 12 months is flagged
DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
# What the draft holds: the live fields a provider or the DCO team may change, and its
# ``locations`` (a list of ``LOCATION_FIELDS``, with the ``id`` of a location already published).
DRAFT_FIELDS = (
    "name",
    "description",
    "who_for",
    "minimum_age",
    "maximum_age",
    "self_referral",
    "referral",
    "typical_wait",
    "fees",
    "url",
    "email",
    "phone",
    "languages",
    "accessibility",
    "status",
)
LOCATION_FIELDS = ("name", "address_1", "city", "postcode", "byday", "opens_at", "closes_at")
MAX_LOCATIONS = 20
REGISTER_WAIT_MAX_AGE_DAYS = 400  # waiting-times figures older than about 13 months are no guide


def draft_locations(draft: dict) -> list[dict]:
    """The locations of a draft; a draft saved before services had several holds one, as
    ``location``."""
    if "locations" in draft:
        return list(draft["locations"] or [])
    one = draft.get("location") or {}
    return [one] if any(one.values()) else []


def stale_since(today: date) -> date:
    """Information last checked before this date is stale."""
    return today - timedelta(days=STALE_AFTER_DAYS)


def is_stale(assured_date: date | None, today: date) -> bool:
    """Never checked, or not checked for 12 months."""
    return assured_date is None or assured_date < stale_since(today)


def typical_wait(service) -> str:
    """The typical wait families are told: the median wait in the waiting-times register's
    latest figures for the service where there are some (``queries.with_register_wait``
    annotates them), else the wait its provider entered by hand."""
    median = getattr(service, "register_median_wait", None)
    month = getattr(service, "register_wait_month", None)
    if median is not None and month is not None:
        return register_wait_text(median, month)
    return service.typical_wait


def register_wait_text(median_weeks, month: date) -> str:
    weeks = round(float(median_weeks))
    when = f"the average wait in {month:%B %Y}"
    if weeks < 1:
        return f"Less than a week from referral ({when})"
    return f"About {weeks} week{'' if weeks == 1 else 's'} from referral ({when})"


def days_text(byday: str) -> str:
    return ", ".join(DAYS[d] for d in byday.split(",") if d in DAYS)


def schedule_id(location_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(location_id, "schedule")


def child_id(service_id: uuid.UUID, kind: str, n: int = 0) -> uuid.UUID:
    """A stable id for a one-to-one part of a service (contact, phone, cost, language...)."""
    return uuid.uuid5(service_id, f"{kind}-{n}")


def imported_id(feed: str, external_id: str) -> uuid.UUID:
    """Our id for a service read from another feed: stable, and never the publisher's own."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{feed}#{external_id}")


def ages_text(minimum: int | None, maximum: int | None) -> str:
    if minimum is None and maximum is None:
        return "All ages"
    if maximum is None:
        return f"From {minimum} years"
    if minimum is None or minimum == 0:
        return f"Up to {maximum} years"
    return f"{minimum} to {maximum} years"
