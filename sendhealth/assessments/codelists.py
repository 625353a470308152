"""SEN2 code lists, versioned per collection year (``codelists/<year>.json``), each citing the
DfE guide item it came from and (``confirmed_from``) the repository, path and commit it was
checked against. A list whose ``codes`` is null is not confirmed: any code is accepted and kept
as given (its ``note`` says so); so is any code of a list marked ``open`` (none is now)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent / "codelists"


def years() -> tuple[int, ...]:
    return tuple(sorted(int(p.stem) for p in FOLDER.glob("*.json")))


@cache
def for_year(year: int) -> dict:
    path = FOLDER / f"{year}.json"
    if not path.exists():
        raise KeyError(year)
    return json.loads(path.read_text())


def check(year: int, name: str, value: str) -> str | None:
    """None if ``value`` is allowed, else what the caseworker should do."""
    spec = for_year(year)["lists"][name]
    codes = spec.get("codes")
    if not value or codes is None or value in codes or spec.get("open"):
        return None
    shown = ", ".join(codes)
    return (
        f"is not a {name.replace('_', ' ')[:-1]} code of the {year} collection: use one of {shown}"
    )


def codes(year: int, name: str) -> list[tuple[str, str]]:
    """(code, label) of a list, for a form's choices (empty when the list is not confirmed)."""
    found = for_year(year)["lists"][name].get("codes") or {}
    return [(code, f"{label} ({code})") for code, label in found.items()]


def label(name: str, code: str | None) -> str:
    """What a page shows for a SEN2 code: its label with the code after it ("LA proceeded with
    an assessment (Y)"), from the newest collection whose list has it; the code alone if no
    list does (a code kept as given), and "" for no code."""
    if not code:
        return ""
    for year in reversed(years()):
        found = (for_year(year)["lists"].get(name) or {}).get("codes") or {}
        if code in found:
            return f"{found[code]} ({code})"
    return code
