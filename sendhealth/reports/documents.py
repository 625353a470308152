"""The report as a PDF to circulate (fpdf2, pure Python: ``pip`` alone installs it, with
Pillow's wheels; the charts are the same server-drawn SVG) and as a Word document to edit
(python-docx; the charts' figures go in as their tables). Both from ``presenters.present``,
so both carry the same suppressed figures."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.shared import Pt, RGBColor
from fpdf.fonts import FontFace

from sendhealth.core.charts import svg
from sendhealth.core.pdf import NHS_BLACK, NHS_BLUE, NhsPdf, latin
from sendhealth.reports.presenters import ShownReport


def pdf(shown: ShownReport) -> bytes:
    doc = NhsPdf(shown.title)
    doc.add_page()
    doc.set_font("Helvetica", "B", 18)
    doc.set_text_color(*NHS_BLUE)
    doc.multi_cell(0, 9, latin(shown.title))
    doc.set_text_color(*NHS_BLACK)
    doc.set_font("Helvetica", size=10)
    status = shown.report.get_status_display()
    doc.multi_cell(
        0, 6, latin(f"Period: {shown.period}. Status: {status}. {shown.report.reference}")
    )
    doc.multi_cell(
        0,
        6,
        latin(
            "Counts from 1 to 4 are shown as 'fewer than 5', with a second figure of the same "
            "row or column hidden so that they cannot be worked out."
        ),
    )
    doc.heading("Commentary from the Designated Clinical Officer", size=14, space=4)
    doc.set_font("Helvetica", size=10)
    doc.multi_cell(0, 5.5, latin(shown.commentary or "No commentary has been written yet."))
    for section in shown.sections:
        doc.heading(section.title, size=14, space=4)
        doc.set_font("Helvetica", "I", 9)
        if section.definition:
            doc.multi_cell(0, 5, latin(section.definition))
        doc.set_font("Helvetica", size=10)
        for figure in section.figures:
            doc.set_font("Helvetica", "B", 10)
            doc.multi_cell(0, 6, latin(f"{figure.label}: {figure.value}"))
            doc.set_font("Helvetica", size=9)
            doc.multi_cell(0, 5, latin("; ".join(figure.comparisons)))
            if figure.definition:
                doc.multi_cell(0, 5, latin(f"Definition: {figure.definition}"))
        for chart in section.charts:
            markup = re.sub(r"<(title|desc)[^>]*>.*?</\1>", "", str(svg(chart)))
            doc.ln(2)
            doc.set_font("Helvetica", "B", 10)
            doc.multi_cell(0, 6, latin(chart.title))
            doc.image(io.BytesIO(latin(markup).encode()), w=min(170, doc.epw))
        for table in section.tables:
            doc.ln(2)
            doc.set_font("Helvetica", "B", 10)
            doc.multi_cell(0, 6, latin(table.caption))
            doc.set_font("Helvetica", size=8)
            headings = FontFace(emphasis="BOLD", fill_color=(232, 237, 238))
            with doc.table(headings_style=headings, line_height=5, text_align="LEFT") as grid:
                grid.row([latin(h) for h in table.head])
                for row in table.rows:
                    grid.row([latin(str(c)) for c in row])
        for note in section.notes:
            doc.set_font("Helvetica", size=10)
            doc.multi_cell(0, 5.5, latin(note))
    return bytes(doc.output())


def docx(shown: ShownReport) -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    document.core_properties.title = shown.title
    document.core_properties.author = "NHS Designated Clinical Officer service"
    heading = document.add_heading(shown.title, level=0)
    for run in heading.runs:
        run.font.color.rgb = RGBColor(*NHS_BLUE)
    document.add_paragraph(
        f"Period: {shown.period}. Status: {shown.report.get_status_display()}. "
        f"{shown.report.reference}"
    )
    document.add_paragraph(
        "Counts from 1 to 4 are shown as 'fewer than 5', with a second figure of the same row "
        "or column hidden so that they cannot be worked out."
    )
    document.add_heading("Commentary from the Designated Clinical Officer", level=1)
    for paragraph in (shown.commentary or "No commentary has been written yet.").split("\n\n"):
        document.add_paragraph(paragraph)
    for section in shown.sections:
        document.add_heading(section.title, level=1)
        if section.definition:
            document.add_paragraph(section.definition).runs[0].italic = True
        for figure in section.figures:
            p = document.add_paragraph()
            p.add_run(f"{figure.label}: ").bold = True
            p.add_run(figure.value)
            document.add_paragraph("; ".join(figure.comparisons), style="List Bullet")
            if figure.definition:
                document.add_paragraph(f"Definition: {figure.definition}", style="List Bullet")
        for chart in section.charts:
            document.add_paragraph(f"{chart.title} (chart figures)").runs[0].bold = True
            head, rows = chart.table()
            _docx_table(document, [h or "Category" for h in head], rows)
        for table in section.tables:
            document.add_paragraph(table.caption).runs[0].bold = True
            _docx_table(document, table.head, table.rows)
        for note in section.notes:
            document.add_paragraph(note)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_table(document, head: list[str], rows: list[list[str]]) -> None:
    grid = document.add_table(rows=1, cols=len(head))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, head, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = str(text)
