"""The inspections API, ``/api/inspections``: the inspections you may see and, for the DCO
team, the state of each one's latest pack (the zip itself is downloaded from its page's link,
audited)."""

from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import require, scope_of
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, Day

router = Router(tags=["Inspections"])


def _require(request: HttpRequest) -> None:
    try:
        require(request, "inspections.view_inspection")
    except HttpError as error:
        raise HttpError(403, "Your role does not allow you to see inspections") from error


class InspectionPackOut(Schema):
    id: int
    status: str
    progress: int
    step: str
    finished_at: datetime | None
    took_ms: int
    files: list[str]
    download: str | None


class InspectionOut(Schema):
    id: int
    reference: str
    kind: str
    notified_on: Day
    starts_on: Day
    ends_on: Day | None


class InspectionDetail(InspectionOut):
    pack: InspectionPackOut | None


def _out(inspection) -> dict:
    return {
        "id": inspection.pk,
        "reference": inspection.reference,
        "kind": inspection.kind,
        "notified_on": inspection.notified_on,
        "starts_on": inspection.starts_on,
        "ends_on": inspection.ends_on,
    }


@router.get("", response={200: list[InspectionOut], **READ_ERRORS}, summary="List inspections")
@paginate(AuditedPage)
def list_inspections(request: HttpRequest):
    _require(request)
    return [_out(i) for i in scope_of(request).inspections()]


@router.get(
    "/{int:inspection_id}",
    response={200: InspectionDetail, **READ_ERRORS},
    summary="Read an inspection and its pack's progress",
)
def read_inspection(request: HttpRequest, inspection_id: int):
    """The pack is shown to the DCO team only (``null`` for anyone else)."""
    _require(request)
    scope = scope_of(request)
    inspection = get_object_or_404(scope.inspections(), pk=inspection_id)
    pack = scope.inspection_packs().filter(inspection=inspection).first()
    shown = None
    if pack is not None:
        shown = {
            "id": pack.pk,
            "status": pack.status,
            "progress": pack.progress,
            "step": pack.step,
            "finished_at": pack.finished_at,
            "took_ms": pack.took_ms,
            "files": pack.contents,
            "download": reverse("inspections:download", args=[pack.pk]) if pack.file else None,
        }
    return {**_out(inspection), "pack": shown}


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``).
ROUTERS = [("/inspections", router)]
TAGS = [
    {
        "name": "Inspections",
        "description": "Area SEND inspections as notified, and the progress of each one's "
        "inspection pack.",
    },
]
