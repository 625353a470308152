"""What the inspection pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.core.presenters import format_date, format_datetime, tag
from sendhealth.inspections.models import Inspection, InspectionPack, PackStatus

TABLE_HEAD = [
    {"text": "Inspection"},
    {"text": "Kind"},
    {"text": "Notified"},
    {"text": "Starts"},
]
_PACK_TAGS = {
    PackStatus.QUEUED: ("Waiting to start", "new"),
    PackStatus.RUNNING: ("Being assembled", "due_soon"),
    PackStatus.DONE: ("Ready", "accepted"),
    PackStatus.FAILED: ("Failed", "overdue"),
}


def inspection_row(inspection: Inspection) -> list[dict]:
    return [
        {
            "text": inspection.reference,
            "href": reverse("inspections:detail", args=[inspection.pk]),
        },
        {"text": inspection.get_kind_display()},
        {"text": format_date(inspection.notified_on)},
        {"text": format_date(inspection.starts_on)},
    ]


def summary_rows(inspection: Inspection) -> list[dict]:
    def row(key, value):
        return {"key": {"text": key}, "value": {"text": value}}

    return [
        row("Kind", inspection.get_kind_display()),
        row("Notified", format_date(inspection.notified_on)),
        row("Starts", format_date(inspection.starts_on)),
        row("Ends", format_date(inspection.ends_on) or "Not recorded"),
        row("Notes", inspection.notes or "None"),
    ]


def pack_tag(pack: InspectionPack) -> dict:
    return tag(*_PACK_TAGS[PackStatus(pack.status)])


def pack_summary(pack: InspectionPack) -> str:
    if pack.status != PackStatus.DONE:
        return ""
    size = f"{max(1, pack.size // 1024):,} KB"
    seconds = f"{pack.took_ms / 1000:.1f} seconds"
    return (
        f"Assembled {format_datetime(pack.finished_at)} in {seconds}: {len(pack.contents)} "
        f"files, {size}, {len(pack.child_ids):,} children and young people listed."
    )
