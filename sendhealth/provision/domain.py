"""The provision register's own logic, plain functions with no Django.

How many sessions a line expects in a month
-------------------------------------------
A plan says "2 sessions a term" or "30 minutes weekly"; a provider returns sessions per calendar
month. The count is turned into sessions a month by spreading the school year evenly over the
12 calendar months (our choice, stated here and on the pages; not statutory):

- per week: 39 school weeks a year (190 days), so ``count * 39 / 12`` (3.25 weeks a month);
- per half term: 6 half terms a year, ``count * 6 / 12``;
- per term: 3 terms a year, ``count * 3 / 12``;
- per year: ``count / 12``;
- one-off: all ``count`` sessions in the month the line starts, none after.

A line runs from the month of ``starts_on`` to the month of ``ends_on`` (or on, until the next
review). Over any 12 whole months a weekly line expects 39 sessions, a termly one 3, as the
plan says. Spreading evenly means August expects sessions a school does not open for: the
provider returns them as not delivered with "setting closed", which is not the service's side.

Shortfall
---------
Over a window of whole months, a line's *service-side rate* is
``(delivered + missed for reasons not on the service's side) / expected``; the reasons not on
the service's side are the child absent or unwell, the setting closed and the family declining.
Sessions missed because the service could not staff them, for "other" reasons, and months with
no return at all ("not reported": the service's to explain) count against it. A line whose
service-side rate is under the DCO's threshold (80% by default) is a shortfall: the area's
exposure under s42. Only lines that ran for the whole window are judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

WEEK, HALF_TERM, TERM, YEAR, ONE_OFF = "week", "half_term", "term", "year", "one_off"
PERIODS = (WEEK, HALF_TERM, TERM, YEAR, ONE_OFF)
SCHOOL_WEEKS_A_YEAR = 39
FORTNIGHTS_A_YEAR = 20  # half of 39 school weeks, rounded up
PER_YEAR = {WEEK: SCHOOL_WEEKS_A_YEAR, HALF_TERM: 6, TERM: 3, YEAR: 1}

ABSENT, SETTING_CLOSED, FAMILY_DECLINED, STAFFING, OTHER = (
    "absent",
    "setting_closed",
    "family_declined",
    "staffing",
    "other",
)
NOT_SERVICE_SIDE = frozenset({ABSENT, SETTING_CLOSED, FAMILY_DECLINED})
SERVICE_SIDE = frozenset({STAFFING, OTHER})

DEFAULT_THRESHOLD_PERCENT = 80
DEFAULT_WINDOW_MONTHS = 3
CENT = Decimal("0.01")


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """Every first of month from ``first``'s month to ``last``'s, inclusive."""
    out, month, end = [], first_of_month(first), first_of_month(last)
    while month <= end:
        out.append(month)
        month = add_months(month, 1)
    return out


def monthly_expected(count: int | None, period: str) -> Decimal:
    """Sessions a month for a recurring line (see the module's docstring); for a one-off, the
    sessions of its one month. Zero for a line that cannot be counted."""
    if not count or period not in PERIODS:
        return Decimal(0)
    if period == ONE_OFF:
        return Decimal(count)
    return (Decimal(count * PER_YEAR[period]) / 12).quantize(CENT, ROUND_HALF_UP)


def runs_in(month: date, starts_on: date, ends_on: date | None) -> bool:
    month = first_of_month(month)
    return first_of_month(starts_on) <= month and (
        ends_on is None or month <= first_of_month(ends_on)
    )


def expected_in_month(
    count: int | None, period: str, starts_on: date, ends_on: date | None, month: date
) -> Decimal:
    """Sessions the line expects in ``month``."""
    if not runs_in(month, starts_on, ends_on):
        return Decimal(0)
    if period == ONE_OFF:
        return (
            Decimal(count or 0)
            if first_of_month(month) == first_of_month(starts_on)
            else Decimal(0)
        )
    return monthly_expected(count, period)


def delivery_rate(delivered: int | Decimal, expected: int | Decimal) -> Decimal | None:
    """Delivered as a share of expected (1 is all of it; may pass 1); None if none expected."""
    if not expected:
        return None
    return Decimal(delivered) / Decimal(expected)


def percent(rate: Decimal | None) -> str:
    return "Not known" if rate is None else f"{(rate * 100).quantize(Decimal(1), ROUND_HALF_UP)}%"


def window(today: date, months: int) -> tuple[date, date]:
    """The last ``months`` whole calendar months before ``today``'s (first days)."""
    last = add_months(first_of_month(today), -1)
    return add_months(last, -(months - 1)), last


@dataclass(frozen=True)
class MonthDelivery:
    month: date
    delivered: int
    not_delivered: int
    reason: str


@dataclass(frozen=True)
class Shortfall:
    expected: Decimal
    delivered: int
    excused: int
    service_side_missed: int
    not_reported: list[date]
    rate: Decimal  # service-side rate


def service_side_rate(delivered: int, excused: int, expected: Decimal) -> Decimal | None:
    """``(delivered + missed for reasons not on the service's side) / expected``."""
    return delivery_rate(delivered + excused, expected)


def shortfall(
    returns: Iterable[MonthDelivery],
    *,
    monthly: Decimal,
    first: date,
    last: date,
    threshold_percent: int,
) -> Shortfall | None:
    """The line's shortfall over the months ``first`` to ``last`` (a recurring line that ran
    for all of them, expecting ``monthly`` sessions a month), or None if it is not one."""
    months = months_between(first, last)
    expected = monthly * len(months)
    if expected <= 0:
        return None
    by_month = {first_of_month(r.month): r for r in returns if first <= r.month <= last}
    delivered = sum(r.delivered for r in by_month.values())
    excused = sum(r.not_delivered for r in by_month.values() if r.reason in NOT_SERVICE_SIDE)
    missed = sum(r.not_delivered for r in by_month.values() if r.reason not in NOT_SERVICE_SIDE)
    rate = service_side_rate(delivered, excused, expected)
    assert rate is not None
    if rate * 100 >= threshold_percent:
        return None
    return Shortfall(
        expected=expected,
        delivered=delivered,
        excused=excused,
        service_side_missed=missed,
        not_reported=[m for m in months if m not in by_month],
        rate=rate,
    )


# -- reading frequencies from words ---------------------------------------------------------

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "once": 1,
    "two": 2,
    "twice": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_PERIOD_WORDS = {
    "week": WEEK,
    "half term": HALF_TERM,
    "half-term": HALF_TERM,
    "term": TERM,
    "year": YEAR,
}
_ADVERBS = {
    "weekly": (1, WEEK),
    "fortnightly": (20, YEAR),
    "half-termly": (1, HALF_TERM),
    "half termly": (1, HALF_TERM),
    "termly": (1, TERM),
    "monthly": (12, YEAR),
    "annually": (1, YEAR),
    "yearly": (1, YEAR),
}
_COUNT_PER = re.compile(
    r"\b(?:(once|twice)|"
    + _NUM
    + r"(?!\d)\s*(?:x\s*)?(?:(?:\d+|[a-z]+)[- ]?(?:min(?:ute)?s?|hours?)"
    r"\s+)?(?:times?|sessions?|visits?|appointments?)?)\s*(?:a|an|per|each|every)\s+"
    r"(week|fortnight|half[- ]term|term|year|month)\b",
    re.I,
)
_ADVERB = re.compile(r"\b(" + "|".join(map(re.escape, _ADVERBS)) + r")\b", re.I)
_ONE_OFF = re.compile(
    r"\b" + _NUM + r"\s+(?:[\w-]+\s+)?(?:sessions?|visits?|appointments?|assessments?|blocks?)\b"
    r"(?!\s*(?:a|an|per|each|every)\s)",
    re.I,
)
_MINUTES = re.compile(r"\b(\d+)\s*(?:-\s*)?(min(?:ute)?s?|hours?|hrs?)\b", re.I)
_HOUR_WORDS = re.compile(r"\b(half an hour|an hour|one hour)\b", re.I)
VAGUE_WORDS = re.compile(
    r"\b(access to|regular(?:ly)?|as required|as needed|when needed|opportunit(?:y|ies)|"
    r"may benefit|should have|continue to|ongoing|support as appropriate)\b",
    re.I,
)
ROLES = (
    "speech and language therapist",
    "occupational therapist",
    "physiotherapist",
    "school nurse",
    "community nurse",
    "paediatrician",
    "dietitian",
    "psychologist",
    "camhs practitioner",
    "teaching assistant",
    "therapy assistant",
    "nurse",
)


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def parse_frequency(text: str) -> tuple[int, str] | None:
    """``(count, period)`` from words such as "2 sessions a week", "twice per term",
    "termly", "six sessions" (one-off); None if the words give no countable frequency. A
    month is read as a twelfth of the year ("monthly": 12 a year) and a fortnight as half the
    school weeks ("fortnightly": 20 a year)."""
    lowered = text.lower()
    found = _COUNT_PER.search(lowered)
    if found:
        count = _number(found.group(1) or found.group(2))
        unit = found.group(3).replace("-", " ")
        if count and unit == "month":
            return count * 12, YEAR
        if count and unit == "fortnight":
            return count * FORTNIGHTS_A_YEAR, YEAR
        if count:
            return count, _PERIOD_WORDS[unit]
    adverb = _ADVERB.search(lowered)
    if adverb:
        return _ADVERBS[adverb.group(1)]
    counts = [_number(m.group(1)) for m in _ONE_OFF.finditer(lowered)]
    counts = [c for c in counts if c]
    if counts:
        return max(counts), ONE_OFF
    return None


def parse_minutes(text: str) -> int | None:
    """A session's length in minutes ("30 minutes", "1 hour", "45-minute"), or None."""
    found = _MINUTES.search(text)
    if found:
        value = int(found.group(1))
        return value * 60 if found.group(2).lower().startswith("h") else value
    words = _HOUR_WORDS.search(text)
    if words:
        return 30 if words.group(1).lower() == "half an hour" else 60
    return None


def parse_role(text: str) -> str:
    lowered = text.lower()
    for role in ROLES:
        if role in lowered:
            return role[0].upper() + role[1:]
    return ""


@dataclass(frozen=True)
class ProposedLine:
    """A line read from words, for a person to confirm or correct."""

    wording: str
    what: str
    by_whom: str
    count: int | None
    period: str
    session_minutes: int | None
    vague: bool


def propose_line(what: str, who: str = "", how_often: str = "", how_long: str = "") -> ProposedLine:
    """A line from the parts of a structured provision item (advice) or from one statement."""
    joined = " ".join(part for part in (what, who, how_often, how_long) if part)
    frequency = parse_frequency(how_often or joined)
    minutes = parse_minutes(how_long or how_often or joined)
    vague = frequency is None or bool(VAGUE_WORDS.search(joined) and not how_often)
    return ProposedLine(
        wording=joined,
        what=what.strip()[:2000],
        by_whom=(who.strip() or parse_role(joined))[:200],
        count=frequency[0] if frequency else None,
        period=frequency[1] if frequency else "",
        session_minutes=minutes,
        vague=vague,
    )


_STATEMENT_SPLIT = re.compile(r"(?:\n\s*[-*\u2022]?\s*|(?<=[.;])\s+(?=[A-Z]))")


def propose_lines(section_g: str) -> list[ProposedLine]:
    """Lines proposed from pasted Section G text: one per statement (a bullet, a line or a
    sentence) that names a service activity. A simple general reader, not the assurance
    checks: it proposes, a person confirms."""
    out = []
    for raw in _STATEMENT_SPLIT.split(section_g):
        statement = raw.strip(" -*\u2022\t")
        if len(statement) < 12 or statement.endswith(":"):
            continue
        out.append(propose_line(statement))
    return out
