"""The reports API, ``/api/reports``: the reports you may read (board viewers: published
only), each with its sections as presented (small numbers suppressed), and its PDF."""

from datetime import datetime

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.schemas import READ_ERRORS, Day
from sendhealth.core.models import AuditAction
from sendhealth.reports import documents
from sendhealth.reports.models import ReportKind, ReportStatus
from sendhealth.reports.presenters import filename, present
from sendhealth.reports.services import title

router = Router(tags=["Reports"])


def _require(request: HttpRequest) -> None:
    try:
        require(request, "reports.view_report")
    except HttpError as error:
        raise HttpError(403, "Your role does not allow you to see reports") from error


class ReportOut(Schema):
    id: int
    reference: str
    title: str
    kind: ReportKind
    status: ReportStatus
    period_start: Day
    period_end: Day
    local_authority_id: int | None
    published_at: datetime | None


def _out(report) -> dict:
    return {
        "id": report.pk,
        "reference": report.reference,
        "title": title(report),
        "kind": report.kind,
        "status": report.status,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "local_authority_id": report.local_authority_id,
        "published_at": report.published_at,
    }


class FigureOut(Schema):
    label: str
    value: str
    definition: str
    comparisons: list[str]


class TableOut(Schema):
    caption: str
    head: list[str]
    rows: list[list[str]]


class SectionOut(Schema):
    key: str
    title: str
    definition: str
    figures: list[FigureOut]
    tables: list[TableOut]
    notes: list[str]


class ReportDetail(ReportOut):
    commentary: str
    sections: list[SectionOut]


@router.get("", response={200: list[ReportOut], **READ_ERRORS}, summary="List reports")
def list_reports(request: HttpRequest):
    _require(request)
    found = scope_of(request).reports().order_by("-period_end", "-pk")[:200]
    return [_out(report) for report in found]


@router.get(
    "/{int:report_id}", response={200: ReportDetail, **READ_ERRORS}, summary="Read a report"
)
def read_report(request: HttpRequest, report_id: int):
    """The report's figures as people see them: small numbers suppressed."""
    _require(request)
    report = get_object_or_404(scope_of(request).reports(), pk=report_id)
    shown = present(report)
    data = _out(report)
    data["commentary"] = report.commentary
    data["sections"] = [
        {
            "key": s.key,
            "title": s.title,
            "definition": s.definition,
            "figures": [f.__dict__ for f in s.figures],
            "tables": [{"caption": t.caption, "head": t.head, "rows": t.rows} for t in s.tables],
            "notes": s.notes,
        }
        for s in shown.sections
    ]
    return data


@router.get(
    "/{int:report_id}/pdf",
    response={200: bytes, **READ_ERRORS},
    summary="Download a report as PDF",
    openapi_extra={"responses": {200: {"content": {"application/pdf": {}}}}},
)
def report_pdf(request: HttpRequest, report_id: int):
    _require(request)
    report = get_object_or_404(scope_of(request).reports(), pk=report_id)
    auditor(request).record(AuditAction.EXPORT, report, changes={"as": "pdf"})
    response = HttpResponse(documents.pdf(present(report)), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename(report, "pdf")}"'
    return response


ROUTERS = [("/reports", router)]
TAGS = [
    {
        "name": "Reports",
        "description": "The board's quarterly and annual reports (aggregate figures, small "
        "numbers suppressed).",
    }
]
