"""The reports' own logic, plain functions with no Django: small-number suppression and
reporting periods.

Small numbers: a count of 1 to 4 people or cases is shown as "fewer than 5", and so that it
cannot be worked out from a total, a second (complementary) cell in the same row and in the
same column is suppressed too: every row and every column of a table then has no suppressed
cell or at least two. Zero is shown (it discloses nothing about a person); the complementary
cell chosen is the smallest other non-zero count of the line (a zero only when no other is
left), as the NHS and ONS disclosure-control guidance does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

SMALL_LOW, SMALL_HIGH = 1, 4
FEWER_THAN_5 = "fewer than 5"


def is_small(value: int | None) -> bool:
    return value is not None and SMALL_LOW <= value <= SMALL_HIGH


def suppression_mask(grid: Sequence[Sequence[int | None]]) -> list[list[bool]]:
    """Which cells of a table of counts to hide. ``None`` cells are not counts (nothing to
    hide, never chosen). Rows may differ in length; columns are by position."""
    mask = [[is_small(v) for v in row] for row in grid]
    lines = [[(r, c) for c in range(len(row))] for r, row in enumerate(grid)]
    width = max((len(row) for row in grid), default=0)
    lines += [[(r, c) for r, row in enumerate(grid) if c < len(row)] for c in range(width)]
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
    if value is None:
        return ""
    return FEWER_THAN_5 if hidden else f"{value:,}"


# -- periods ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date


def quarter_of(day: date) -> ReportPeriod:
    """The calendar quarter ``day`` is in (NHS financial Q1 is April to June)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = (
        date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    ) - timedelta(days=1)
    return ReportPeriod(start, end)


def previous_quarter(period: ReportPeriod) -> ReportPeriod:
    return quarter_of(period.start - timedelta(days=1))


def last_complete_quarter(today: date) -> ReportPeriod:
    return previous_quarter(quarter_of(today))


def financial_year(start_year: int) -> ReportPeriod:
    """1 April ``start_year`` to 31 March the year after."""
    return ReportPeriod(date(start_year, 4, 1), date(start_year + 1, 3, 31))


def year_before(period: ReportPeriod) -> ReportPeriod:
    def back(d: date) -> date:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year - 1, day=28)

    return ReportPeriod(back(period.start), back(period.end))


def period_before(period: ReportPeriod, kind: str) -> ReportPeriod:
    """The period a report compares with first: the previous quarter, or the year before."""
    return previous_quarter(period) if kind == "quarterly" else year_before(period)


def quarter_name(period: ReportPeriod) -> str:
    """``2025-26 Q3 (October to December 2025)``: NHS financial-year quarters."""
    fy = period.start.year if period.start.month >= 4 else period.start.year - 1
    q = ((period.start.month - 4) % 12) // 3 + 1
    return (
        f"{fy}-{str(fy + 1)[2:]} Q{q} "
        f"({period.start.strftime('%B')} to {period.end.strftime('%B %Y')})"
    )


def per_10000(count: int, population: int | None) -> float | None:
    if not population:
        return None
    return round(count * 10000 / population, 1)
