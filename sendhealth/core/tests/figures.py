"""Helpers for the figures pages' tests: the tables of a page as text, and the check that a
table is safe for a board (no count from 1 to 4 shown, and none that can be worked out)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from sendhealth.core.suppression import FEWER_THAN_5, NOT_SHOWN

HIDDEN = (FEWER_THAN_5, NOT_SHOWN)


def _text(cell: str) -> str:
    # A responsive table repeats its column's heading in each cell for small screens.
    cell = re.sub(r'<span[^>]*aria-hidden="true"[^>]*>.*?</span>', "", cell, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split())


def tables(page: str) -> dict[str, list[list[str]]]:
    """Every ``<table>`` of ``page`` by its caption (or its position): rows of cell texts,
    the header row first."""
    found = {}
    for i, table in enumerate(re.findall(r"<table.*?</table>", page, re.S)):
        caption = re.search(r"<caption[^>]*>(.*?)</caption>", table, re.S)
        rows = [
            [_text(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
        ]
        found[_text(caption.group(1)) if caption else str(i)] = rows
    return found


def table(page: str, caption: str) -> list[list[str]]:
    return next(rows for name, rows in tables(page).items() if caption in name)


def _count(text: str) -> int | None:
    text = text.replace(",", "")
    return int(text) if text.isdigit() else None


def assert_safe_for_a_board(
    rows: Sequence[Sequence[str]],
    count_columns: Sequence[int],
    groups: Sequence[Sequence[int]] | None = None,
    whole_rows: bool = True,
) -> None:
    """No count column shows 1 to 4, and no row (over the count columns) or column (over a
    group of rows) has exactly one hidden cell, so none can be worked out from a total."""
    for row in rows:
        for c in count_columns:
            value = _count(row[c])
            assert value is None or not 1 <= value <= 4, (row, c)
            assert value is not None or row[c] in HIDDEN or row[c] in ("", "-"), (row, c)
    lines = []
    if whole_rows:
        lines += [[row[c] for c in count_columns] for row in rows]
    for group in groups if groups is not None else [range(len(rows))]:
        lines += [[rows[r][c] for r in group] for c in count_columns]
    for line in lines:
        cells = [cell for cell in line if cell not in ("", "-")]
        assert len(cells) < 2 or sum(cell in HIDDEN for cell in cells) != 1, line


def summary(page: str) -> dict[str, str]:
    """A page's summary lists: key text to value text."""
    pairs = re.findall(
        r'<dt class="nhsuk-summary-list__key"[^>]*>(.*?)</dt>\s*'
        r'<dd class="nhsuk-summary-list__value"[^>]*>(.*?)</dd>',
        page,
        re.S,
    )
    return {_text(k): _text(v) for k, v in pairs}


def readable(response) -> str:
    """The text of a page or download as its reader gets it: HTML, CSV, JSON, PDF, Word or
    Excel."""
    import io

    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if kind.startswith("application/pdf"):
        from pypdf import PdfReader

        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
    if "wordprocessingml" in kind:
        from docx import Document

        document = Document(io.BytesIO(content))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if "spreadsheetml" in kind:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(content), read_only=True)
        return "\n".join(
            "\t".join("" if v is None else str(v) for v in row)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    return html.unescape(content.decode(errors="replace"))
