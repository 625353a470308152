"""A child's record as the pages show it: needs by name, age in words, the age status that
decides who makes decisions. Templates read these and hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth.children.models import Child, NeedType
from sendhealth.core.presenters import format_date, format_nhs_number
from sendhealth.rules import (
    AgeStatus,
    age_on,
    compulsory_school_age_end,
    compulsory_school_age_start,
    status_on,
)


def need_label(code: str) -> str:
    """The SEN2 need type's name, or the code itself if it is not one we know."""
    try:
        return NeedType(code).label
    except ValueError:
        return code


def needs_text(codes: list[str]) -> str:
    return ", ".join(need_label(code) for code in codes) if codes else "None recorded"


def vulnerable_groups_text(child: Child) -> str:
    """The child's vulnerable groups in words, for a summary list."""
    return ", ".join(child.vulnerable_groups) or "None recorded"


def age_text(dob: date, today: date) -> str:
    if today < dob:
        return ""
    age = age_on(dob, today)
    return f"aged {age}"


def age_status_text(dob: date, today: date) -> str:
    """Where the child stands today, in words (Education Act 1996 s8; CFA 2014 s83(2), s46)."""
    if today < dob:
        return ""
    status = status_on(dob, today)
    if status == AgeStatus.UNDER_COMPULSORY_SCHOOL_AGE:
        starts = format_date(compulsory_school_age_start(dob))
        return f"Under compulsory school age (starts {starts})"
    if status == AgeStatus.COMPULSORY_SCHOOL_AGE:
        return f"Compulsory school age until {format_date(compulsory_school_age_end(dob))}"
    if status == AgeStatus.YOUNG_PERSON:
        return "Young person: decisions are theirs (CFA Part 3)"
    return (
        "25 or over: an EHC plan may continue to the end of the academic year in which "
        "they turned 25 (CFA s46)"
    )


@dataclass(frozen=True)
class ChildPresenter:
    """One child's record for the detail page."""

    child: Child
    today: date

    @property
    def full_name(self) -> str:
        return self.child.full_name

    @property
    def nhs_number(self) -> str:
        return format_nhs_number(self.child.nhs_number)

    @property
    def date_of_birth(self) -> str:
        dob = self.child.date_of_birth
        age = age_text(dob, self.today)
        return f"{format_date(dob)} ({age})" if age else format_date(dob)

    @property
    def age_status(self) -> str:
        return age_status_text(self.child.date_of_birth, self.today)

    @property
    def local_authority(self) -> str:
        return self.child.local_authority.name

    @property
    def setting(self) -> str:
        return self.child.setting.name if self.child.setting_id else "Not recorded"

    @property
    def primary_need(self) -> str:
        return need_label(self.child.primary_need)

    @property
    def secondary_needs(self) -> str:
        return needs_text(self.child.secondary_needs)

    def summary_rows(self) -> list[dict]:
        """Rows for the NHS.UK summary list component."""
        rows = [
            ("Name", self.full_name),
            ("NHS number", self.nhs_number),
            ("Date of birth", self.date_of_birth),
            ("Age status", self.age_status),
            ("Local authority", self.local_authority),
            ("Education setting", self.setting),
            ("Primary need", self.primary_need),
            ("Secondary needs", self.secondary_needs),
            ("Vulnerable groups", vulnerable_groups_text(self.child)),
        ]
        return [{"key": {"text": key}, "value": {"text": value}} for key, value in rows]


@dataclass(frozen=True)
class ChildRow:
    """One child in a list: enough to tell children apart, and a link to the record."""

    pk: int
    name: str
    nhs_number: str
    date_of_birth: date
    local_authority: str
    primary_need: str
    vulnerable_groups: tuple[str, ...] = ()


def child_rows(children: list[Child]) -> list[ChildRow]:
    """Rows for a list of children (``local_authority`` selected with them: no extra query)."""
    return [
        ChildRow(
            pk=child.pk,
            name=child.full_name,
            nhs_number=format_nhs_number(child.nhs_number),
            date_of_birth=child.date_of_birth,
            local_authority=child.local_authority.name,
            primary_need=need_label(child.primary_need),
            vulnerable_groups=tuple(child.vulnerable_groups),
        )
        for child in children
    ]
