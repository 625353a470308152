"""Working days for tribunal time limits (Tribunal Procedure (First-tier Tribunal) (Health,
Education and Social Care Chamber) Rules 2008, r1(3) "working day" and r12).

A working day is any day except a Saturday, a Sunday, or a bank holiday in England and Wales
under the Banking and Financial Dealings Act 1971, including substitute days and one-off
holidays proclaimed for the year (e.g. 3 June 2022, 8 May 2023). The dates come from the
``holidays`` package, which works offline; a newly proclaimed one-off holiday needs a newer
release of that package.

Only tribunal time limits use working days. The statutory week and month clocks of the SEND
Regulations 2014 run on calendar days and never move for weekends or bank holidays.

This module is named ``working_days`` rather than ``calendar`` so that it cannot shadow the
standard library's ``calendar`` module.
"""

from datetime import date, timedelta
from functools import lru_cache

import holidays

__all__ = [
    "bank_holidays",
    "first_working_day_after",
    "is_working_day",
    "next_working_day",
]

_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=256)
def bank_holidays(year: int) -> frozenset[date]:
    """Bank holidays in England and Wales in ``year``, substitute days included."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(d: date) -> bool:
    """Whether ``d`` is a working day (HESC Rules 2008 r1(3)): not a weekend or bank holiday."""
    return d.weekday() < 5 and d not in bank_holidays(d.year)


def next_working_day(d: date) -> date:
    """The first working day on or after ``d`` (HESC Rules 2008 r12(2))."""
    while not is_working_day(d):
        d += _ONE_DAY
    return d


def first_working_day_after(d: date) -> date:
    """The first working day strictly after ``d`` (HESC Rules 2008 r12(3)(a))."""
    return next_working_day(d + _ONE_DAY)
