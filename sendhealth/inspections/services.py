"""Every change to an inspection and its pack, audited in the same transaction. A pack is
assembled by the worker (``tasks.assemble_inspection_pack``); its progress is a field the
inspection's page polls."""

from __future__ import annotations

import logging
import secrets
import tempfile
import time

from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from sendhealth.core.audit import Auditor
from sendhealth.core.scoping import Scope
from sendhealth.core.services import locked
from sendhealth.inspections.models import Inspection, InspectionPack, PackStatus

logger = logging.getLogger(__name__)

SPOOL_BYTES = 16 * 1024 * 1024
FIELDS = ("kind", "notified_on", "starts_on", "ends_on", "notes")


def record_inspection(icb, data: dict, *, auditor: Auditor, user=None) -> Inspection:
    """The inspection, and its pack started in the background."""
    inspection = Inspection(icb=icb, created_by=user, **{n: data[n] for n in FIELDS})
    with transaction.atomic():
        inspection.save()
        auditor.create(inspection, {"fields": sorted(FIELDS)})
        request_pack(inspection, auditor=auditor, user=user)
    return inspection


def update_inspection(inspection: Inspection, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        inspection = locked(inspection)
        changed = sorted(n for n in FIELDS if getattr(inspection, n) != data[n])
        if not changed:
            return []
        for name in changed:
            setattr(inspection, name, data[name])
        inspection.save()
        auditor.update(inspection, {"fields": changed})
    return changed


def request_pack(inspection: Inspection, *, auditor: Auditor, user=None) -> InspectionPack:
    """A new pack, assembled by the worker once this transaction commits."""
    from sendhealth.inspections.tasks import assemble_inspection_pack

    pack = InspectionPack.objects.create(
        inspection=inspection, token=secrets.token_hex(16), requested_by=user
    )
    auditor.create(pack, {"inspection": inspection.pk})
    transaction.on_commit(lambda: assemble_inspection_pack.enqueue(pack.pk))
    return pack


def _progress(pack_id: int):
    def report(percent: int, step: str) -> None:
        InspectionPack.objects.filter(pk=pack_id).update(progress=percent, step=step[:200])

    return report


def assemble(pack_id: int) -> InspectionPack | None:
    """Build the pack as the DCO who asked for it may see things; claim it first so two
    workers never build the same one."""
    from sendhealth.inspections.assembly import build_pack

    claimed = InspectionPack.objects.filter(pk=pack_id, status=PackStatus.QUEUED).update(
        status=PackStatus.RUNNING, progress=1, step="Starting"
    )
    if not claimed:
        return None
    pack = InspectionPack.objects.select_related("inspection", "requested_by").get(pk=pack_id)
    auditor = Auditor.for_system("inspection-pack")
    began = time.perf_counter()
    # Spooled: a small pack stays in memory, a bench-size one goes to a temporary file.
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as content:
        try:
            if pack.requested_by is None:
                raise PermissionError("The person who asked for the pack no longer has an account")
            scope = Scope.for_user(pack.requested_by)
            names, child_ids = build_pack(scope, pack.inspection, _progress(pack.pk), content)
        except Exception as error:  # recorded on the pack; the log keeps the type, not the text
            logger.exception("inspection pack %s failed", pack.pk)
            InspectionPack.objects.filter(pk=pack.pk).update(
                status=PackStatus.FAILED,
                error=f"The pack could not be assembled ({type(error).__name__})",
                finished_at=timezone.now(),
            )
            return None
        with transaction.atomic():
            pack.size = content.tell()
            content.seek(0)
            pack.file.save(pack.token, File(content), save=False)
            pack.contents = names
            pack.child_ids = child_ids
            pack.status = PackStatus.DONE
            pack.progress = 100
            pack.step = "Ready"
            pack.finished_at = timezone.now()
            pack.took_ms = int((time.perf_counter() - began) * 1000)
            pack.save()
            auditor.update(
                pack, {"fields": ["status", "file"], "children": len(child_ids), "ms": pack.took_ms}
            )
    return pack
