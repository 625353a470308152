"""The figures table: one presenter for every figures page and download (small numbers)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from sendhealth.core.figures_table import figures_table, hides, shown_number
from sendhealth.core.suppression import FEWER_THAN_5, NOT_SHOWN
from sendhealth.core.tests.figures import assert_safe_for_a_board


@dataclass
class Share:
    within: int
    total: int


HEAD = ["Name", "All", "On time", "Late", "% on time"]


def test_the_dco_sees_every_number_and_the_board_fewer_than_5_with_a_complement():
    rows = [["A", 10, 7, 3, 70.0], ["B", 20, 12, 8, 60.0], ["All", 30, 19, 11, 63.3]]
    dco = figures_table(HEAD, rows, suppress=False, counts=[1, 2, 3], derived={4: (1, 2, 3)})
    assert dco.rows[0] == ["A", "10", "7", "3", "70.0"] and not dco.any_hidden
    assert dco.values[0] == ["A", 10, 7, 3, 70.0]
    board = figures_table(HEAD, rows, suppress=True, counts=[1, 2, 3], derived={4: (1, 2, 3)})
    assert board.rows[0][3] == FEWER_THAN_5
    assert board.rows[0][4] == NOT_SHOWN  # a rate from a hidden count
    assert board.values[0][3] == FEWER_THAN_5  # the download as the page
    # The complement of the row and of the column reads "not shown", never "fewer than 5".
    assert board.rows[0][2] == NOT_SHOWN and board.rows[1][3] == NOT_SHOWN
    assert_safe_for_a_board(board.rows, [1, 2, 3])
    assert board.export_rows()[0] == HEAD
    assert board.cells()[0][1] == {"text": "10", "format": "numeric"}


def test_a_share_is_hidden_with_either_of_its_parts_and_groups_add_up_separately():
    rows = [
        ["North", Share(8, 10)],
        ["South", Share(20, 30)],
        ["All", Share(28, 40)],
        ["Need: SLCN", Share(9, 15)],
        ["Need: ASD", Share(19, 25)],
    ]
    shown = figures_table(
        ["", "Within"], rows, suppress=True, shares=[1], groups=[[0, 1, 2], [2, 3, 4]]
    )
    # North: 2 late (small), so its share and a complement in the LAs' rows are hidden; the
    # need types are a separate set of rows adding up to the same total.
    assert shown.rows[0][1] == NOT_SHOWN
    assert shown.rows[1][1] == NOT_SHOWN
    assert shown.rows[2][1] == "70.0% (28 of 40)"
    assert shown.rows[3][1] == "60.0% (9 of 15)"
    dco = figures_table(["", "Within"], rows, suppress=False, shares=[1])
    assert dco.rows[0][1] == "80.0% (8 of 10)"


def test_single_numbers():
    assert shown_number(3, True) == FEWER_THAN_5 and shown_number(3, False) == "3"
    assert shown_number(0, True) == "0" and shown_number(1234, True) == "1,234"
    assert hides(4, True) and not hides(5, True) and not hides(2, False)


@given(
    st.lists(
        st.lists(st.integers(min_value=0, max_value=12), min_size=3, max_size=3),
        min_size=1,
        max_size=8,
    )
)
def test_no_board_table_shows_or_gives_away_a_small_count(grid):
    rows = [[f"row {i}", *values] for i, values in enumerate(grid)]
    shown = figures_table(["", "a", "b", "c"], rows, suppress=True, counts=[1, 2, 3])
    assert_safe_for_a_board(shown.rows, [1, 2, 3])
    for row, original in zip(shown.rows, rows, strict=True):
        for c in (1, 2, 3):
            if row[c] not in (FEWER_THAN_5, NOT_SHOWN):
                assert row[c] == str(original[c])
