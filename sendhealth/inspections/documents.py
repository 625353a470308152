"""The deep-dive PDF for one child (fpdf2, pure Python): who the child is, the EHC plan's
headline facts, the vulnerable groups, then everything health has done for the child from
every register's timeline (``core.timeline.child_timeline``), newest first."""

from __future__ import annotations

from fpdf import FPDF

from sendhealth.core.presenters import format_date
from sendhealth.core.timeline import TimelineEntry
from sendhealth.rules import format_nhs_number

NHS_BLUE = (0, 94, 184)
NHS_BLACK = (33, 43, 50)
REPLACEMENTS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                "\u2014": "-", "\u2026": "...", "\u00a0": " "}  # fmt: skip


def _latin(text: str) -> str:
    """The PDF's built-in Helvetica covers Latin-1 only."""
    for old, new in REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Pdf(FPDF):
    def __init__(self, title: str):
        super().__init__(format="A4")
        self.doc_title = title
        self.set_auto_page_break(True, margin=18)
        self.set_title(_latin(title))
        self.set_author("NHS Designated Clinical Officer service")
        self.set_lang("en-GB")

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*NHS_BLACK)
        self.cell(
            0,
            6,
            _latin(f"OFFICIAL-SENSITIVE. {self.doc_title}. Page {self.page_no()}"),
            align="C",
        )

    def para(self, text: str, size: int = 10, bold: bool = False) -> None:
        self.set_font("Helvetica", "B" if bold else "", size)
        self.multi_cell(0, size * 0.5, _latin(text), new_x="LMARGIN", new_y="NEXT")


def deep_dive_pdf(child, inspection, facts: list[tuple[str, str]], entries: list[TimelineEntry]):
    """The deep dive as PDF bytes. ``facts`` are (label, value) rows shown first."""
    title = f"Case deep dive: child {child.pk}"
    pdf = _Pdf(title)
    pdf.add_page()
    pdf.set_text_color(*NHS_BLUE)
    pdf.para("Case deep dive", 18, bold=True)
    pdf.set_text_color(*NHS_BLACK)
    pdf.para(f"{child.full_name}, born {format_date(child.date_of_birth)}", 13, bold=True)
    made_for = (
        f" For {inspection.reference} ({inspection.get_kind_display()}, starting "
        f"{format_date(inspection.starts_on)})."
        if inspection
        else ""
    )
    pdf.para(f"NHS number {format_nhs_number(child.nhs_number)}.{made_for}")
    pdf.ln(2)
    for label, value in facts:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(55, 6, _latin(label))
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, _latin(value or "None recorded"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_text_color(*NHS_BLUE)
    pdf.para("Everything health has done for this child", 14, bold=True)
    pdf.set_text_color(*NHS_BLACK)
    if not entries:
        pdf.para("Nothing recorded.")
    for entry in entries:
        pdf.ln(1)
        status = f" [{entry.status}]" if entry.status else ""
        pdf.para(f"{format_date(entry.on)}  {entry.register}{status}", 9, bold=True)
        pdf.para(entry.title, 10)
        if entry.detail:
            pdf.para(entry.detail, 9)
    return bytes(pdf.output())
