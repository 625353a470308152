"""The deep-dive PDF for one child (fpdf2, pure Python): who the child is, the EHC plan's
headline facts, the vulnerable groups, then everything health has done for the child from
every register's timeline (``core.timeline.child_timeline``), newest first."""

from __future__ import annotations

from sendhealth.core.pdf import NHS_BLACK, NHS_BLUE, NhsPdf, latin
from sendhealth.core.presenters import format_date
from sendhealth.core.timeline import TimelineEntry
from sendhealth.rules import format_nhs_number


def deep_dive_pdf(child, inspection, facts: list[tuple[str, str]], entries: list[TimelineEntry]):
    """The deep dive as PDF bytes. ``facts`` are (label, value) rows shown first."""
    title = f"Case deep dive: child {child.pk}"
    pdf = NhsPdf(title, marking="OFFICIAL-SENSITIVE")
    pdf.add_page()
    pdf.set_text_color(*NHS_BLUE)
    pdf.para("Case deep dive", size=18, style="B")
    pdf.set_text_color(*NHS_BLACK)
    pdf.para(f"{child.full_name}, born {format_date(child.date_of_birth)}", size=13, style="B")
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
        pdf.cell(55, 6, latin(label))
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, latin(value or "None recorded"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_text_color(*NHS_BLUE)
    pdf.para("Everything health has done for this child", size=14, style="B")
    pdf.set_text_color(*NHS_BLACK)
    if not entries:
        pdf.para("Nothing recorded.")
    for entry in entries:
        pdf.ln(1)
        status = f" [{entry.status}]" if entry.status else ""
        pdf.para(f"{format_date(entry.on)}  {entry.register}{status}", size=9, style="B")
        pdf.para(entry.title, size=10)
        if entry.detail:
            pdf.para(entry.detail, size=9)
    return bytes(pdf.output())
