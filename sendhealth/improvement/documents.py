"""A quarter's self-evaluation as a PDF, and the improvement plan as a PDF and an XLSX
(fpdf2, as the reports use; the XLSX through ``core.exports``)."""

from __future__ import annotations

from datetime import date

from fpdf import FPDF

from sendhealth.core.exports import export_response
from sendhealth.core.presenters import format_date, format_datetime
from sendhealth.improvement.presenters import EXPORT_HEAD, export_rows, ratings_by_principle

NHS_BLUE = (0, 94, 184)
NHS_BLACK = (33, 43, 50)
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
        self.add_page()
        self.set_font("Helvetica", "B", 16)
        self.set_text_color(*NHS_BLUE)
        self.para(title, height=8)
        self.set_text_color(*NHS_BLACK)
        self.set_font("Helvetica", size=10)

    def para(self, text: str, height: float = 5.5, style: str = "") -> None:
        if style:
            self.set_font("Helvetica", style, 10)
        self.multi_cell(0, height, _latin(text), new_x="LMARGIN", new_y="NEXT")
        if style:
            self.set_font("Helvetica", size=10)

    def heading(self, text: str) -> None:
        self.ln(2)
        self.set_font("Helvetica", "B", 12)
        self.set_text_color(*NHS_BLUE)
        self.para(text, height=7)
        self.set_text_color(*NHS_BLACK)
        self.set_font("Helvetica", size=10)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, _latin(f"{self.doc_title}. Page {self.page_no()}"), align="C")


def evaluation_pdf(evaluation, ratings) -> bytes:
    title = f"Self-evaluation {evaluation.quarter_label}: {evaluation.framework.name}"
    doc = _Pdf(title)
    doc.para(
        f"{evaluation.icb.name}. {evaluation.reference}. Framework version "
        f"{evaluation.framework.version}. Status: {evaluation.get_status_display()}."
    )
    if evaluation.forum_signed_at:
        doc.para(
            f"Co-signed by {evaluation.forum_signed_by} (parent carer forum) on "
            f"{format_datetime(evaluation.forum_signed_at)}."
        )
    if evaluation.summary:
        doc.heading("The DCO's summary")
        doc.para(evaluation.summary)
    if evaluation.forum_comments:
        doc.heading("The parent carer forum's comments")
        doc.para(evaluation.forum_comments)
    for principle, rows in ratings_by_principle(ratings):
        doc.heading(principle)
        for rating in rows:
            doc.para(rating.statement.text, style="B")
            level = str(rating.level) if rating.level else "Not rated"
            doc.para(f"Rating: {level}")
            if rating.notes:
                doc.para(f"DCO's notes: {rating.notes}")
            for item in rating.evidence.all():
                doc.para(f"Evidence ({item.get_kind_display()}): {item.label} {item.url}")
            if rating.forum_comment:
                doc.para(f"Forum's comment: {rating.forum_comment}")
            doc.ln(1)
    doc.heading("Sources")
    doc.para(f"Framework: {evaluation.framework.source}")
    if evaluation.framework.note:
        doc.para(f"Note: {evaluation.framework.note}")
    return bytes(doc.output())


def plan_pdf(plan, actions, today: date, values) -> bytes:
    doc = _Pdf(plan.title)
    doc.para(
        f"{plan.icb.name}. Status: {plan.get_status_display()}. As at {format_date(today)}. "
        "RAG: red is overdue or its measure is off target; amber is near it."
    )
    current = None
    for row, action in zip(export_rows(actions, today, values), actions, strict=True):
        if action.priority_id != current:
            current = action.priority_id
            doc.heading(action.priority.title)
        doc.para(f"{row[1]}: {row[2]}", style="B")
        doc.para(
            f"Owner: {row[3]}, {row[4]}. Due {format_date(row[5])}. {row[6]}. RAG: {row[7]}"
            + (f" (set by hand: {row[8]})" if row[8] else "")
            + (f". Measure: {row[9]}" if row[9] else "")
        )
        if row[10]:
            doc.para(f"Milestones: {row[10]}")
    return bytes(doc.output())


def plan_xlsx(actions, today: date, values) -> bytes:
    response = export_response(
        EXPORT_HEAD, export_rows(actions, today, values), filename="improvement-plan", fmt="xlsx"
    )
    return response.content
