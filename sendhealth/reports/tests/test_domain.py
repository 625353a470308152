"""Small-number suppression and reporting periods, as plain functions."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sendhealth.reports import domain

grids = st.integers(1, 6).flatmap(
    lambda width: st.lists(
        st.lists(st.integers(0, 40), min_size=width, max_size=width), min_size=1, max_size=7
    )
)


def _lines(grid):
    width = len(grid[0])
    rows = [[(r, c) for c in range(width)] for r in range(len(grid))]
    cols = [[(r, c) for r in range(len(grid))] for c in range(width)]
    return rows + cols


@given(grids)
def test_no_count_from_1_to_4_is_ever_shown(grid):
    mask = domain.suppression_mask(grid)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if 1 <= value <= 4:
                assert mask[r][c]


@given(grids)
def test_a_row_or_column_never_has_exactly_one_hidden_cell(grid):
    mask = domain.suppression_mask(grid)
    for line in _lines(grid):
        if len(line) < 2:
            continue
        hidden = sum(mask[r][c] for r, c in line)
        assert hidden != 1, (grid, mask)


@given(grids)
def test_a_table_with_no_small_counts_is_shown_whole(grid):
    grid = [[0 if 1 <= v <= 4 else v for v in row] for row in grid]
    assert not any(any(row) for row in domain.suppression_mask(grid))


def test_the_complementary_cell_is_the_smallest_other_count_of_the_line():
    mask = domain.suppression_mask([[3, 50, 12, 0]])
    assert mask == [[True, False, True, False]]


def test_cells_that_are_not_counts_are_never_hidden():
    mask = domain.suppression_mask([[3, None], [20, None]])
    assert mask == [[True, False], [True, False]]


def test_a_hidden_count_reads_fewer_than_5():
    assert domain.shown_count(3, True) == "fewer than 5"
    assert domain.shown_count(1234, False) == "1,234"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_a_day_falls_in_its_quarter_and_the_last_complete_one_ends_before_it(day):
    q = domain.quarter_of(day)
    assert q.start <= day <= q.end
    assert q.start.day == 1 and q.start.month in (1, 4, 7, 10)
    assert domain.last_complete_quarter(day).end < q.start


def test_quarters_are_named_by_the_nhs_financial_year():
    assert domain.quarter_name(domain.quarter_of(date(2025, 11, 5))) == (
        "2025-26 Q3 (October to December 2025)"
    )
    assert domain.quarter_name(domain.quarter_of(date(2026, 2, 1))).startswith("2025-26 Q4")


def test_demand_is_per_10000():
    assert domain.per_10000(25, 100_000) == 2.5
    assert domain.per_10000(25, None) is None
