"""The one PDF setup that reports, improvement and inspections share (fpdf2, pure Python):
A4 with NHS colours, the built-in Helvetica (so the text goes through ``latin``, which swaps
typographic characters the font lacks and replaces what Latin-1 cannot hold), a footer with
the title and page number (and a protective marking where a document carries one), and
paragraphs that start at the left margin on the next line."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from sendhealth.core import fpdf_speedups

fpdf_speedups.install()

NHS_BLUE = (0, 94, 184)
NHS_BLACK = (33, 43, 50)
AUTHOR = "NHS Designated Clinical Officer service"
REPLACEMENTS = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u00a0": " ",
}


def latin(text: str) -> str:
    """The PDF's built-in Helvetica covers Latin-1 only (£ is in it)."""
    for old, new in REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


class NhsPdf(FPDF):
    """An A4 document titled ``title``; ``marking`` (for example "OFFICIAL-SENSITIVE") leads
    the footer of every page."""

    def __init__(self, title: str, *, marking: str = ""):
        super().__init__(format="A4")
        self.doc_title = title
        self.marking = marking
        self.set_auto_page_break(True, margin=18)
        self.set_title(latin(title))
        self.set_author(AUTHOR)
        self.set_lang("en-GB")

    def multi_cell(self, *args: Any, **kwargs: Any) -> Any:
        """Each paragraph starts at the left margin on the next line."""
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*NHS_BLACK)
        marking = f"{self.marking}. " if self.marking else ""
        self.cell(0, 6, latin(f"{marking}{self.doc_title}. Page {self.page_no()}"), align="C")

    def para(self, text: str, *, size: int = 10, style: str = "", height: float = 0) -> None:
        """A paragraph in Helvetica (``style`` "B" or "I"); the font is back to plain 10pt
        afterwards."""
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, height or size * 0.55, latin(text))
        self.set_font("Helvetica", size=10)

    def heading(self, text: str, *, size: int = 12, space: float = 2) -> None:
        """A heading in NHS blue, ``space`` millimetres below what came before."""
        self.ln(space)
        self.set_font("Helvetica", "B", size)
        self.set_text_color(*NHS_BLUE)
        self.multi_cell(0, size * 0.55, latin(text))
        self.set_text_color(*NHS_BLACK)
        self.set_font("Helvetica", size=10)
