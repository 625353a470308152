"""Timeliness against a statutory time limit, with and without exceptions, as the DfE reports.

The DfE's SEN2 figures give the share of EHC plans issued within 20 weeks both including
exception cases (every case) and excluding them (cases late because of an exception removed).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .exceptions import Regulation, StatutoryException, counts_as_with_exceptions

__all__ = [
    "Timeliness",
    "TimelinessRates",
    "is_on_time",
    "sen2_census_day",
    "timeliness",
    "timeliness_rates",
]


class Timeliness(StrEnum):
    """How a completed clock ended."""

    ON_TIME = "on_time"
    LATE = "late"
    LATE_WITH_EXCEPTION = "late_with_exception"

    @property
    def label(self) -> str:
        """Plain-English name for screens."""
        return _LABELS[self]


_LABELS = {
    Timeliness.ON_TIME: "On time",
    Timeliness.LATE: "Late",
    Timeliness.LATE_WITH_EXCEPTION: "Late, exception applies",
}


def sen2_census_day(year: int) -> date:
    """The SEN2 census day of ``year``'s collection, the DfE's reference date: the third
    Thursday of January (15 January 2026, 21 January 2027)."""
    first = date(year, 1, 1)
    first_thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + timedelta(weeks=2)


def is_on_time(due: date, completed: date) -> bool:
    """Whether the work was done on or before the day it was due (SEND Regs 2014 time limits)."""
    return completed <= due


def timeliness(
    due: date,
    completed: date,
    exceptions: Iterable[StatutoryException],
    regulation: Regulation,
) -> Timeliness:
    """On time; late; or late with an exception recorded for this clock.

    An exception only counts if it is valid for the clock's regulation (SEND Regs 2014
    regs 5(4), 8(2), 10(4), 13(3)); see ``counts_as_with_exceptions``.
    """
    if is_on_time(due, completed):
        return Timeliness.ON_TIME
    if counts_as_with_exceptions(exceptions, regulation):
        return Timeliness.LATE_WITH_EXCEPTION
    return Timeliness.LATE


@dataclass(frozen=True)
class TimelinessRates:
    """Counts and on-time shares (0 to 1, None with no cases) for a set of completed cases."""

    on_time: int
    late: int
    late_with_exception: int
    rate_including_exceptions: float | None
    rate_excluding_exceptions: float | None

    @property
    def total(self) -> int:
        """Every completed case."""
        return self.on_time + self.late + self.late_with_exception


def timeliness_rates(outcomes: Iterable[Timeliness]) -> TimelinessRates:
    """On-time shares including and excluding exception cases (DfE SEN2 timeliness).

    Including exceptions: on time / all cases. Excluding exceptions: on time / cases that were
    not late with an exception. On-time cases count as on time in both, whatever was recorded.
    """
    counts = Counter(Timeliness(outcome) for outcome in outcomes)
    on_time = counts[Timeliness.ON_TIME]
    late = counts[Timeliness.LATE]
    with_exception = counts[Timeliness.LATE_WITH_EXCEPTION]
    return TimelinessRates(
        on_time=on_time,
        late=late,
        late_with_exception=with_exception,
        rate_including_exceptions=_share(on_time, on_time + late + with_exception),
        rate_excluding_exceptions=_share(on_time, on_time + late),
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
