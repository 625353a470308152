"""Small-number suppression, written once for everything a board viewer sees or downloads
(the reports, the dashboard, waiting times, commissioning gaps): plain functions, no Django.

Small numbers: a count of 1 to 4 people or cases is shown as "fewer than 5", and so that it
cannot be worked out from a total, a second (complementary) cell in the same row and in the
same column is suppressed too (it reads "not shown (small numbers)"): every row and every
column of a table then has no suppressed cell or at least two. Zero is shown (it discloses
nothing about a person); the complementary cell chosen is the smallest other non-zero count
of the line (a zero only when no other is left), as the NHS and ONS disclosure-control
guidance does. ``core.figures_table`` presents whole tables with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sendhealth.core.charts import Chart, Series

SMALL_LOW, SMALL_HIGH = 1, 4
FEWER_THAN_5 = "fewer than 5"
NOT_SHOWN = "not shown (small numbers)"  # a complementary cell, or a rate from a hidden count


def is_small(value: int | None) -> bool:
    return value is not None and SMALL_LOW <= value <= SMALL_HIGH


Cell = tuple[int, int]


def table_lines(grid: Sequence[Sequence[int | None]]) -> list[list[Cell]]:
    """Every row and every column of ``grid``: the lines a total could be taken over."""
    lines = [[(r, c) for c in range(len(row))] for r, row in enumerate(grid)]
    width = max((len(row) for row in grid), default=0)
    lines += [[(r, c) for r, row in enumerate(grid) if c < len(row)] for c in range(width)]
    return lines


def suppression_mask(
    grid: Sequence[Sequence[int | None]], lines: Sequence[Sequence[Cell]] | None = None
) -> list[list[bool]]:
    """Which cells of a table of counts to hide. ``None`` cells are not counts (nothing to
    hide, never chosen). Rows may differ in length; columns are by position. ``lines``: the
    sets of cells whose total may be known (default: every row and every column); each ends
    with no hidden cell or at least two."""
    mask = [[is_small(v) for v in row] for row in grid]
    lines = table_lines(grid) if lines is None else lines
    changed = True
    while changed:
        changed = False
        for line in lines:
            cells = [(r, c) for r, c in line if grid[r][c] is not None]
            hidden = [rc for rc in cells if mask[rc[0]][rc[1]]]
            if len(hidden) != 1 or len(cells) < 2:
                continue
            shown = [rc for rc in cells if not mask[rc[0]][rc[1]]]
            r, c = min(shown, key=lambda rc: (grid[rc[0]][rc[1]] == 0, grid[rc[0]][rc[1]], rc))
            mask[r][c] = True
            changed = True
    return mask


def shown_count(value: int | None, hidden: bool) -> str:
    """A count as shown: a hidden 1 to 4 is "fewer than 5"; a hidden complementary cell (5 or
    more, or 0) is "not shown (small numbers)", never a figure it is not."""
    if value is None:
        return ""
    if not hidden:
        return f"{value:,}"
    return FEWER_THAN_5 if is_small(value) else NOT_SHOWN


def suppressed_rows(
    rows: Sequence[Sequence[Any]],
    count_columns: Sequence[int],
    percent_of: dict[int, tuple[int, int]] | None = None,
    *,
    fmt: Any = None,
    hidden_text: str = NOT_SHOWN,
) -> list[list[Any]]:
    """The rows with the count columns' small numbers (and their complements) shown as
    "fewer than 5", and a percentage column hidden with either of its counts. Other cells pass
    through ``fmt`` (default: unchanged)."""
    percent_of = percent_of or {}
    grid = [
        [
            int(row[c]) if c in count_columns and isinstance(row[c], int | float) else None
            for c in range(len(row))
        ]
        for row in rows
    ]
    mask = suppression_mask(grid)
    shown = []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for c, value in enumerate(row):
            if c in count_columns and grid[r][c] is not None:
                cells.append(shown_count(grid[r][c], mask[r][c]))
            elif c in percent_of:
                num, den = percent_of[c]
                hidden = (num < len(row) and mask[r][num]) or (den < len(row) and mask[r][den])
                cells.append(hidden_text if hidden else (fmt(value) if fmt else value))
            else:
                cells.append(fmt(value) if fmt else value)
        shown.append(cells)
    return shown


def suppressed_chart(chart: Chart) -> Chart:
    """A chart of counts with its small numbers (and their complements) left out; the data
    table beside it says "not shown (small numbers)"."""
    if not chart.counts:
        return chart
    grid: list[list[int | None]] = [
        [None if (v := s.values[i]) is None else int(v) for s in chart.series]
        for i in range(len(chart.categories))
    ]
    mask = suppression_mask(grid)
    series = tuple(
        Series(s.name, tuple(None if mask[i][j] else s.values[i] for i in range(len(grid))))
        for j, s in enumerate(chart.series)
    )
    return replace(chart, series=series, missing_label=NOT_SHOWN)
