"""Every change to the training register, audited in the same transaction (field names only)."""

from __future__ import annotations

from django.db import transaction

from sendhealth.core.audit import Auditor
from sendhealth.core.services import locked
from sendhealth.training.models import Attendance, NeedStatus, TrainingNeed, TrainingSession

SESSION_FIELDS = (
    "topic",
    "title",
    "delivered_on",
    "delivered_by",
    "evaluations",
    "average_score",
    "notes",
)
NEED_FIELDS = ("organisation", "topic", "role", "description", "identified_on")


def record_session(icb, data: dict, *, auditor: Auditor, user=None) -> TrainingSession:
    session = TrainingSession(icb=icb, created_by=user, **{n: data[n] for n in SESSION_FIELDS})
    with transaction.atomic():
        session.save()
        auditor.create(session, {"fields": sorted(SESSION_FIELDS)})
    return session


def update_session(session: TrainingSession, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        session = locked(session)
        changed = sorted(n for n in SESSION_FIELDS if getattr(session, n) != data[n])
        if not changed:
            return []
        for name in changed:
            setattr(session, name, data[name])
        session.save()
        auditor.update(session, {"fields": changed})
    return changed


def record_attendance(session: TrainingSession, data: dict, *, auditor: Auditor) -> Attendance:
    """Add to (or set) the number who attended from one organisation in one role."""
    with transaction.atomic():
        row, _created = Attendance.objects.update_or_create(
            session=session,
            organisation=data["organisation"],
            role=data["role"],
            defaults={"attendees": data["attendees"]},
        )
        auditor.update(
            session, {"attendance": row.pk, "fields": ["organisation", "role", "attendees"]}
        )
    return row


def record_need(icb, data: dict, *, auditor: Auditor, user=None) -> TrainingNeed:
    need = TrainingNeed(icb=icb, created_by=user, **{n: data[n] for n in NEED_FIELDS})
    with transaction.atomic():
        need.save()
        auditor.create(need, {"fields": sorted(NEED_FIELDS)})
    return need


def set_need_status(need: TrainingNeed, status: str, met_by, *, auditor: Auditor) -> TrainingNeed:
    with transaction.atomic():
        need = locked(need)
        need.status = status
        need.met_by = met_by if status == NeedStatus.MET else None
        need.save(update_fields=["status", "met_by"])
        auditor.update(need, {"fields": ["status", "met_by"]})
    return need
