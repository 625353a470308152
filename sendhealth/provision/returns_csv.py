"""The monthly CSV return: its columns and a parser that checks every row (pure, no Django).
The caller writes nothing unless ``errors`` is empty (all or nothing)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

MAX_ROWS = 20_000
COLUMNS = (
    ("reference", "Line reference"),
    ("month", "Month"),
    ("delivered", "Sessions delivered"),
    ("not_delivered", "Sessions not delivered"),
    ("reason", "Reason not delivered"),
)
HEADERS = tuple(label for _, label in COLUMNS)
REASON_CODES = {
    "absent": "absent",
    "child absent or unwell": "absent",
    "setting_closed": "setting_closed",
    "setting closed": "setting_closed",
    "family_declined": "family_declined",
    "family declined": "family_declined",
    "staffing": "staffing",
    "service could not staff it": "staffing",
    "other": "other",
}
REFERENCE = re.compile(r"^PL-?(\d{1,12})$", re.I)
MONTHS = [date(2000, m, 1).strftime("%B").lower() for m in range(1, 13)]


@dataclass
class ReturnRow:
    line: int
    line_id: int
    month: date
    delivered: int
    not_delivered: int
    reason: str


@dataclass
class ParsedReturns:
    rows: list[ReturnRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_month(text: str) -> date:
    """``2026-01``, ``2026-01-01`` or ``January 2026``."""
    text = text.strip()
    try:
        if len(text) == 7:
            return date.fromisoformat(text + "-01")
        return date.fromisoformat(text).replace(day=1)
    except ValueError:
        words = text.lower().split()
        if len(words) == 2 and words[0] in MONTHS and words[1].isdigit():
            return date(int(words[1]), MONTHS.index(words[0]) + 1, 1)
        raise ValueError(text) from None


def parse_returns(text: str, *, latest_month: date) -> ParsedReturns:
    parsed = ParsedReturns()
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None:
        parsed.errors.append("The file is empty")
        return parsed
    names = [h.strip().lower() for h in header]
    missing = [label for _, label in COLUMNS if label.lower() not in names]
    if missing:
        parsed.errors.append("The first row must name the columns; missing: " + ", ".join(missing))
        return parsed
    index = {key: names.index(label.lower()) for key, label in COLUMNS}
    seen: dict[tuple[int, date], int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if line - 1 > MAX_ROWS:
            parsed.errors.append(f"The file has more than {MAX_ROWS} rows: split it")
            break

        def cell(key: str, cells=cells) -> str:
            i = index[key]
            return cells[i].strip() if i < len(cells) else ""

        problems = []
        ref = REFERENCE.match(cell("reference").replace(" ", ""))
        if not ref:
            problems.append("the line reference must look like PL-000123")
        try:
            month = parse_month(cell("month"))
            if month > latest_month:
                problems.append("the month must not be after this month")
        except ValueError:
            month = None
            problems.append("the month must be a month, for example 2026-01")
        numbers = {}
        for key in ("delivered", "not_delivered"):
            raw = cell(key) or ("0" if key == "not_delivered" else "")
            if not raw.isdigit() or int(raw) > 500:
                problems.append(f"{dict(COLUMNS)[key]} must be a whole number from 0 to 500")
            else:
                numbers[key] = int(raw)
        reason = REASON_CODES.get(cell("reason").lower()) if cell("reason") else ""
        if reason is None:
            problems.append(
                "the reason must be one of: child absent or unwell, setting closed, family "
                "declined, service could not staff it, other"
            )
        elif numbers.get("not_delivered") and not reason:
            problems.append("give the reason the sessions were not delivered")
        elif reason and numbers.get("not_delivered") == 0:
            problems.append("a reason is given but no sessions are recorded as not delivered")
        if ref and month:
            key = (int(ref.group(1)), month)
            if key in seen:
                problems.append(f"the same line and month as row {seen[key]}")
            seen.setdefault(key, line)
        if problems:
            parsed.errors.append(f"Row {line}: " + "; ".join(problems))
            continue
        assert ref and month
        parsed.rows.append(
            ReturnRow(
                line=line,
                line_id=int(ref.group(1)),
                month=month,
                delivered=numbers["delivered"],
                not_delivered=numbers["not_delivered"],
                reason=reason or "",
            )
        )
    if not parsed.rows and not parsed.errors:
        parsed.errors.append("The file has no rows after the column names")
    return parsed
