"""A quarter's self-evaluation as a PDF, and the improvement plan as a PDF and an XLSX
(``core.pdf``, as the reports use; the XLSX through ``core.exports``)."""

from __future__ import annotations

from datetime import date

from sendhealth.core.exports import export_response
from sendhealth.core.pdf import NHS_BLACK, NHS_BLUE, NhsPdf
from sendhealth.core.presenters import format_date, format_datetime
from sendhealth.improvement.presenters import EXPORT_HEAD, export_rows, ratings_by_principle


def _document(title: str) -> NhsPdf:
    doc = NhsPdf(title)
    doc.add_page()
    doc.set_text_color(*NHS_BLUE)
    doc.para(title, size=16, style="B", height=8)
    doc.set_text_color(*NHS_BLACK)
    return doc


def evaluation_pdf(evaluation, ratings) -> bytes:
    title = f"Self-evaluation {evaluation.quarter_label}: {evaluation.framework.name}"
    doc = _document(title)
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
    doc = _document(plan.title)
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
