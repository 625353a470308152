"""Ages: birthdays, compulsory school age and the status that decides who makes decisions.

Sources: Education Act 1996 s8 (compulsory school age); Children and Families Act 2014 (CFA)
s83(2) ("young person") and s46 (plans kept after 25); Family Law Reform Act 1969 s9 (the time
at which a person attains an age); SEND Regulations 2014 reg 46 ("academic year" for s46).
"""

from datetime import date, timedelta
from enum import StrEnum

__all__ = [
    "AgeStatus",
    "Post25Provision",
    "age_on",
    "birthday_in",
    "compulsory_school_age_end",
    "compulsory_school_age_start",
    "plan_may_continue_until",
    "school_leaving_date",
    "status_on",
]

YOUNG_PERSON_UPPER_AGE = 25
_PRESCRIBED_DAYS = ((3, 31), (8, 31), (12, 31))  # Education Act 1996 s8(2)


class AgeStatus(StrEnum):
    """Where a person stands on a given day (Education Act 1996 s8; CFA 2014 s83(2))."""

    UNDER_COMPULSORY_SCHOOL_AGE = "under_compulsory_school_age"
    COMPULSORY_SCHOOL_AGE = "compulsory_school_age"
    YOUNG_PERSON = "young_person"
    ADULT = "adult"

    @property
    def label(self) -> str:
        """Plain-English name for screens."""
        return _AGE_STATUS_LABELS[self]


_AGE_STATUS_LABELS = {
    AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE: "Under compulsory school age",
    AgeStatus.COMPULSORY_SCHOOL_AGE: "Compulsory school age",
    AgeStatus.YOUNG_PERSON: "Young person (over compulsory school age and under 25)",
    AgeStatus.ADULT: "25 or over",
}


class Post25Provision(StrEnum):
    """What the young person attends, which sets the end of the "academic year" (reg 46(1))."""

    FURTHER_EDUCATION = "further_education"
    APPRENTICESHIP = "apprenticeship"
    OTHER = "other"


def birthday_in(dob: date, year: int) -> date:
    """The day in ``year`` on which a person born on ``dob`` attains a new age.

    Family Law Reform Act 1969 s9: someone born on 29 February attains an age on 1 March in a
    common year.
    """
    if (dob.month, dob.day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 3, 1)
    return dob.replace(year=year)


def age_on(dob: date, on: date) -> int:
    """Age in whole years on ``on`` (Family Law Reform Act 1969 s9; 29 February -> 1 March).

    Raises ValueError if ``on`` is before ``dob``.
    """
    _check_not_before_birth(dob, on)
    years = on.year - dob.year
    return years - 1 if on < birthday_in(dob, on.year) else years


def compulsory_school_age_start(dob: date) -> date:
    """First day of compulsory school age (Education Act 1996 s8(2)).

    The first prescribed day (31 March, 31 August or 31 December) on or after the fifth
    birthday, with the 29 February rule of the Family Law Reform Act 1969 s9.
    """
    fifth_birthday = birthday_in(dob, dob.year + 5)
    year = fifth_birthday.year
    return next(
        date(year, month, day)
        for month, day in _PRESCRIBED_DAYS
        if date(year, month, day) >= fifth_birthday
    )


def school_leaving_date(year: int) -> date:
    """The school leaving date for ``year``: the last Friday in June (Education Act 1996 s8(4))."""
    june_30 = date(year, 6, 30)
    return june_30 - timedelta(days=(june_30.weekday() - 4) % 7)


def compulsory_school_age_end(dob: date) -> date:
    """Last day of compulsory school age (Education Act 1996 s8(3)-(4)).

    A child stops being of compulsory school age at the end of a school leaving date (the last
    Friday in June). If the 16th birthday falls after that year's leaving date but before
    1 September, it is that leaving date (s8(3)(a)); otherwise it is the first leaving date on
    or after the 16th birthday (s8(3)(b)-(c)). Either way it is the leaving date at the end of
    the school year (1 September to 31 August) in which the child turns 16.
    Born 23 September 2007: 28 June 2024.
    """
    sixteenth_birthday = birthday_in(dob, dob.year + 16)
    year = sixteenth_birthday.year
    if sixteenth_birthday >= date(year, 9, 1):
        year += 1
    return school_leaving_date(year)


def status_on(dob: date, on: date) -> AgeStatus:
    """The person's status on ``on`` (Education Act 1996 s8; CFA 2014 s83(2)).

    Compulsory school age runs from its start to its end inclusive. A young person is over
    compulsory school age and under 25; from the 25th birthday the person is an adult.
    Raises ValueError if ``on`` is before ``dob``.
    """
    _check_not_before_birth(dob, on)
    if on < compulsory_school_age_start(dob):
        return AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE
    if on <= compulsory_school_age_end(dob):
        return AgeStatus.COMPULSORY_SCHOOL_AGE
    if age_on(dob, on) < YOUNG_PERSON_UPPER_AGE:
        return AgeStatus.YOUNG_PERSON
    return AgeStatus.ADULT


def plan_may_continue_until(
    dob: date,
    *,
    provision: Post25Provision = Post25Provision.FURTHER_EDUCATION,
    course_ends: date | None = None,
) -> date:
    """Last day an EHC plan may be kept after the 25th birthday (CFA 2014 s46; SEND Regs reg 46).

    s46 lets the local authority keep the plan to the end of the "academic year" in which the
    young person turns 25. Reg 46(1) defines that year by what they attend:

    - further education institution: ends on 31 July (the first 31 July on or after the 25th
      birthday) (reg 46(1)(a));
    - apprenticeship, or any other provision: ends when the training or course ends, or on the
      day before the 26th birthday if that is earlier (reg 46(1)(b)-(c)). Without
      ``course_ends`` the outer limit, the day before the 26th birthday, is returned.
    """
    twenty_fifth = birthday_in(dob, dob.year + YOUNG_PERSON_UPPER_AGE)
    if provision == Post25Provision.FURTHER_EDUCATION:
        july_31 = date(twenty_fifth.year, 7, 31)
        return july_31 if twenty_fifth <= july_31 else date(twenty_fifth.year + 1, 7, 31)
    outer_limit = birthday_in(dob, dob.year + YOUNG_PERSON_UPPER_AGE + 1) - timedelta(days=1)
    if course_ends is None:
        return outer_limit
    return min(course_ends, outer_limit)


def _check_not_before_birth(dob: date, on: date) -> None:
    if on < dob:
        raise ValueError("The date is before the date of birth.")
