"""A table of figures as a page, a CSV or an XLSX shows it: written once for every figures
page and download (the 20-week figures, quality assurance scores, health provision, training,
the dashboard, waiting times, commissioning gaps, disagreements). Plain functions, no Django.

The caller gives the rows of raw values and says which columns are what:

- ``counts``: counts of people or cases. For a board viewer (``suppress``) a count of 1 to 4
  reads "fewer than 5" and a complementary cell is hidden too ("not shown (small numbers)"),
  so that it cannot be worked out from a total (``core.suppression``);
- ``shares``: a value with ``within`` and ``total`` (so many of so many), shown as
  "60.0% (3 of 5)"; its two parts (within, and the rest) are counts, and the share is hidden
  when either is;
- ``derived``: a rate, percentage, score or amount worked out from some count columns (or
  share columns): hidden whenever one of them is.

``groups`` are the sets of rows whose column totals are known (for example each quarter's
rows, or the local authorities with their total row); by default all the rows. With
``whole_rows`` (the default) each row's counts are also a line a total may be known for;
tables whose row cells do not add up (separate shares) set it off. Whoever may see the
records behind the figures (``suppress`` false) gets every number as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sendhealth.core.suppression import (
    FEWER_THAN_5,
    NOT_SHOWN,
    Cell,
    is_small,
    shown_count,
    suppression_mask,
)

NO_CASES = "No cases"


def count_text(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ("" if value is None else str(value))


def share_text(within: int, total: int) -> str:
    if not total:
        return NO_CASES
    return f"{100 * within / total:.1f}% ({within:,} of {total:,})"


def shown_number(value: int | None, suppress: bool) -> str:
    """One count on its own (a headline, a summary line): "fewer than 5" for the board."""
    if value is None:
        return ""
    return FEWER_THAN_5 if suppress and is_small(value) else f"{value:,}"


def hides(cases: int | None, suppress: bool) -> bool:
    """Whether a figure worked out from ``cases`` people or cases is hidden for this viewer."""
    return suppress and is_small(cases)


@dataclass
class ShownTable:
    head: list[str]
    rows: list[list[str]]  # every cell as the page shows it
    values: list[list[Any]]  # for CSV and XLSX: numbers stay numbers unless hidden
    hidden: list[list[bool]]
    numeric: list[bool]
    raw: list[list[Any]] = field(default_factory=list)  # the values as given (for an API)

    @property
    def any_hidden(self) -> bool:
        return any(any(row) for row in self.hidden)

    def head_cells(self) -> list[dict[str, str]]:
        return [
            {"text": h, "format": "numeric"} if n else {"text": h}
            for h, n in zip(self.head, self.numeric, strict=False)
        ]

    def cells(self) -> list[list[dict[str, str]]]:
        """The rows for the NHS.UK table macro."""
        return [
            [
                {"text": text, "format": "numeric"} if n else {"text": text}
                for text, n in zip(row, self.numeric, strict=False)
            ]
            for row in self.rows
        ]

    def export_rows(self) -> list[list[Any]]:
        """Header and rows for ``core.exports`` (CSV or XLSX)."""
        return [list(self.head), *self.values]


def figures_table(
    head: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    suppress: bool,
    counts: Sequence[int] = (),
    shares: Sequence[int] = (),
    derived: Mapping[int, Sequence[int]] | None = None,
    groups: Sequence[Sequence[int]] | None = None,
    whole_rows: bool = True,
    fmt: Callable[[Any], str] | None = None,
    numeric: Sequence[int] | None = None,
) -> ShownTable:
    """``rows`` as shown to a viewer who does (``suppress``) or does not see small numbers;
    ``head`` may be empty when the caller writes its own. ``fmt`` writes the other cells
    (default: numbers with thousands separators, text as it is); ``numeric``: the columns
    aligned as numbers (default: counts, shares, derived)."""
    derived = dict(derived or {})
    fmt = fmt or count_text
    # The count slots of each row: one per count column, two (within, rest) per share.
    slots: list[tuple[int, str]] = [(c, "count") for c in counts]
    slots += [(c, part) for c in shares for part in ("within", "rest")]
    grid: list[list[int | None]] = [
        [_slot_value(row, c, part) for c, part in slots] for row in rows
    ]
    mask = [[False] * len(slots) for _ in rows]
    if suppress:
        mask = suppression_mask(grid, _lines(grid, slots, groups, whole_rows))
    index = {slot: k for k, slot in enumerate(slots)}

    def hidden_at(r: int, c: int) -> bool:
        if (c, "count") in index:
            return mask[r][index[(c, "count")]]
        if (c, "within") in index:
            return mask[r][index[(c, "within")]] or mask[r][index[(c, "rest")]]
        return any(hidden_at(r, source) for source in derived.get(c, ()))

    shown_rows, values, hidden = [], [], []
    for r, row in enumerate(rows):
        texts, cells, flags = [], [], []
        for c, value in enumerate(row):
            is_hidden = value is not None and hidden_at(r, c)
            if c in counts and isinstance(value, int):
                text = shown_count(value, is_hidden)
                cell: Any = text if is_hidden else value
            elif c in shares and value is not None:
                text = NOT_SHOWN if is_hidden else share_text(value.within, value.total)
                cell = text
            elif is_hidden:
                text = cell = NOT_SHOWN
            else:
                text = fmt(value)
                cell = value if isinstance(value, int | float) else text
            texts.append(text)
            cells.append(cell)
            flags.append(is_hidden)
        shown_rows.append(texts)
        values.append(cells)
        hidden.append(flags)
    numeric_columns = set(numeric if numeric is not None else [*counts, *shares, *derived])
    width = max([len(head), *(len(row) for row in rows)])
    return ShownTable(
        head=list(head),
        rows=shown_rows,
        values=values,
        hidden=hidden,
        numeric=[c in numeric_columns for c in range(width)],
        raw=[list(row) for row in rows],
    )


def _slot_value(row: Sequence[Any], c: int, part: str) -> int | None:
    if c >= len(row) or row[c] is None:
        return None
    value = row[c]
    if part == "count":
        return int(value) if isinstance(value, int | float) else None
    if part == "within":
        return int(value.within)
    return int(value.total) - int(value.within)


def _lines(
    grid: list[list[int | None]],
    slots: list[tuple[int, str]],
    groups: Sequence[Sequence[int]] | None,
    whole_rows: bool,
) -> list[list[Cell]]:
    lines: list[list[Cell]] = []
    for r in range(len(grid)):
        if whole_rows:
            lines.append([(r, k) for k in range(len(slots))])
        lines += [[(r, k), (r, k + 1)] for k, (_c, part) in enumerate(slots) if part == "within"]
    for group in groups if groups is not None else [range(len(grid))]:
        lines += [[(r, k) for r in group] for k in range(len(slots))]
    return lines
