"""Waiting times and capacity of health services: plain logic, no Django.

The waiting list is counted by weeks waited in the bands of NHS England's *Community health
services waiting lists* publication (the CHS SitRep; england.nhs.uk/statistics/statistical-
work-areas/community-health-services-waiting-lists): 0-1 weeks (0-7 days), 1-2 weeks
(8-14 days), 2-4 weeks (15-28 days), 4-12 weeks (29-84 days), 12-18 weeks (85-126 days),
18-52 weeks (127-364 days) and over 52 weeks (over 365 days).

A service is *over target* in a month when its 92nd percentile wait is longer than the target
the service set itself (the 92% share follows the NHS referral-to-treatment standard; the
service's own target, in weeks, is entered with each month's position).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class Band:
    field: str
    label: str
    first_day: int
    last_day: int | None  # None: no upper end


BANDS = (
    Band("waiting_0_1", "0 to 1 weeks", 0, 7),
    Band("waiting_1_2", "1 to 2 weeks", 8, 14),
    Band("waiting_2_4", "2 to 4 weeks", 15, 28),
    Band("waiting_4_12", "4 to 12 weeks", 29, 84),
    Band("waiting_12_18", "12 to 18 weeks", 85, 126),
    Band("waiting_18_52", "18 to 52 weeks", 127, 364),
    Band("waiting_over_52", "Over 52 weeks", 365, None),
)
BAND_FIELDS = tuple(b.field for b in BANDS)


def band_for_days(days: int) -> Band:
    """The band a wait of ``days`` days falls in (364 days is 18-52, 365 over 52)."""
    if days < 0:
        raise ValueError("a wait cannot be negative")
    for band in BANDS:
        if band.last_day is None or days <= band.last_day:
            return band
    raise AssertionError("unreachable")


def over_target(p92_weeks: Decimal | float | None, target_weeks: int | None) -> bool:
    """The 92nd percentile wait is longer than the service's own target."""
    if p92_weeks is None or not target_weeks:
        return False
    return Decimal(str(p92_weeks)) > Decimal(target_weeks)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


# -- the CSV import, in the publication's layout ---------------------------------------------

# One row per service and month: the period, the provider's ODS code and the service line as
# the publication gives them, then the bands, then what the DCO also asks each service for.
CSV_COLUMNS = (
    ("period", "Period"),
    ("provider_code", "Provider code"),
    ("service", "Service"),
    ("waiting_0_1", "0-1 weeks"),
    ("waiting_1_2", "1-2 weeks"),
    ("waiting_2_4", "2-4 weeks"),
    ("waiting_4_12", "4-12 weeks"),
    ("waiting_12_18", "12-18 weeks"),
    ("waiting_18_52", "18-52 weeks"),
    ("waiting_over_52", "Over 52 weeks"),
    ("total", "Total waiting list"),
    ("referrals_received", "Referrals received"),
    ("caseload", "Caseload"),
    ("median_wait_weeks", "Median wait (weeks)"),
    ("p92_wait_weeks", "92nd percentile wait (weeks)"),
    ("target_weeks", "Target (weeks)"),
)
CSV_HEADERS = tuple(header for _, header in CSV_COLUMNS)
MAX_ROWS = 5000


@dataclass
class ParsedRow:
    line: int
    month: date
    provider_code: str
    service: str
    values: dict


@dataclass
class Parsed:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _month(text: str) -> date:
    """``2026-01`` or ``2026-01-31`` or ``January 2026``."""
    text = text.strip()
    for parse in (
        lambda t: date.fromisoformat(t + "-01") if len(t) == 7 else date.fromisoformat(t),
        lambda t: _named_month(t),
    ):
        try:
            return first_of_month(parse(text))
        except ValueError:
            continue
    raise ValueError(text)


MONTHS = [date(2000, m, 1).strftime("%B").lower() for m in range(1, 13)]


def _named_month(text: str) -> date:
    words = text.lower().split()
    if len(words) != 2 or words[0] not in MONTHS:
        raise ValueError(text)
    return date(int(words[1]), MONTHS.index(words[0]) + 1, 1)


def parse_csv(text: str) -> Parsed:
    """Every row checked; ``errors`` names each bad row by its line. The caller writes
    nothing unless ``errors`` is empty (all or nothing)."""
    parsed = Parsed()
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None:
        parsed.errors.append("The file is empty")
        return parsed
    names = [h.strip().lower() for h in header]
    missing = [h for h in CSV_HEADERS if h.lower() not in names]
    if missing:
        parsed.errors.append("The first row must name the columns; missing: " + ", ".join(missing))
        return parsed
    index = {key: names.index(label.lower()) for key, label in CSV_COLUMNS}
    seen: dict[tuple, int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if line - 1 > MAX_ROWS:
            parsed.errors.append(f"The file has more than {MAX_ROWS} rows")
            break
        problems = []

        def cell(key, cells=cells):
            i = index[key]
            return cells[i].strip() if i < len(cells) else ""

        try:
            month = _month(cell("period"))
        except ValueError:
            month = None
            problems.append("the period must be a month, for example 2026-01")
        values: dict = {}
        for key in (*BAND_FIELDS, "total", "referrals_received", "caseload", "target_weeks"):
            raw = cell(key).replace(",", "")
            if not raw.isdigit():
                problems.append(f"{dict(CSV_COLUMNS)[key]} must be a whole number of 0 or more")
            else:
                values[key] = int(raw)
        for key in ("median_wait_weeks", "p92_wait_weeks"):
            try:
                number = Decimal(cell(key))
                if number < 0 or number > 520:
                    raise InvalidOperation
                values[key] = number.quantize(Decimal("0.1"))
            except InvalidOperation:
                problems.append(f"{dict(CSV_COLUMNS)[key]} must be a number of weeks")
        complete = all(k in values for k in (*BAND_FIELDS, "total"))
        if complete and sum(values[k] for k in BAND_FIELDS) != values["total"]:
            problems.append("the bands do not add up to the total waiting list")
        values.pop("total", None)
        if not cell("provider_code") or not cell("service"):
            problems.append("the provider code and the service are needed")
        key = (month, cell("provider_code").upper(), cell("service").lower())
        if month and key in seen:
            problems.append(f"the same service and month as row {seen[key]}")
        seen.setdefault(key, line)
        if problems:
            parsed.errors.append(f"Row {line}: " + "; ".join(problems))
            continue
        parsed.rows.append(
            ParsedRow(line, month, cell("provider_code").upper(), cell("service"), values)
        )
    if not parsed.rows and not parsed.errors:
        parsed.errors.append("The file has no rows after the column names")
    return parsed


# -- commissioning gaps -----------------------------------------------------------------------

# Which SEN2 primary needs each kind of service usually serves: sendhealth's own working
# assumption for setting demand against capacity (not a national definition), shown on the
# page beside the figures it shapes, and the DCO's to question.
NEEDS_SERVED: dict[str, tuple[str, ...]] = {
    "salt": ("SLCN", "ASD", "DS"),
    "paediatrics": ("ASD", "SLD", "PMLD", "PD", "DS", "MSI", "OTH"),
    "ot": ("PD", "ASD", "SPLD", "PMLD"),
    "physio": ("PD", "PMLD"),
    "camhs": ("SEMH", "ASD"),
    "audiology": ("HI", "MSI"),
    "nursing": ("PMLD", "PD"),
    "dietetics": ("PMLD",),
    "other": (),
}


@dataclass(frozen=True)
class Capacity:
    """A service's demand and capacity over the last 12 months, for ranking gaps."""

    requests: int  # requests for health advice routed to it
    requests_before: int  # the 12 months before
    plans: int  # EHC plans in force naming a need it serves
    referrals: int | None  # from its monthly positions; None when none recorded
    caseload: int | None
    waiting: int | None
    p92_weeks: Decimal | None
    target_weeks: int | None


def wait_ratio(c: Capacity) -> float | None:
    """The 92nd percentile wait over the target: above 1 is over target."""
    if c.p92_weeks is None or not c.target_weeks:
        return None
    return float(c.p92_weeks) / c.target_weeks


def demand_change(c: Capacity) -> float | None:
    """Requests for advice in the last 12 months against the 12 before, as a share (0.25 is
    up a quarter); None with nothing before."""
    if not c.requests_before:
        return None
    return c.requests / c.requests_before - 1


def gap_reasons(c: Capacity) -> list[str]:
    """Why a service is a gap, in words: each reason is a figure on the same row."""
    reasons = []
    ratio = wait_ratio(c)
    if ratio is not None and ratio > 1:
        reasons.append(
            f"92nd percentile wait {c.p92_weeks} weeks against a target of {c.target_weeks}"
        )
    change = demand_change(c)
    if change is not None and change >= 0.2:
        reasons.append(f"requests for advice up {round(100 * change)}% on the 12 months before")
    if c.caseload is None:
        reasons.append("no waiting-times position recorded: capacity unknown")
    return reasons


def gap_order(c: Capacity) -> tuple:
    """The ranking: services over their wait target first, furthest over first; then those
    whose capacity is unknown; then the rest by how close they are to their target; ties by
    the growth in demand, then demand."""
    ratio = wait_ratio(c)
    change = demand_change(c) or 0.0
    if ratio is not None and ratio > 1:
        group = 0
    elif ratio is None:
        group = 1
    else:
        group = 2
    return (group, -(ratio or 0.0), -change, -(c.requests + c.plans))
