"""Audit of every read and change of a child's record (UK GDPR art. 9 data).

``Auditor.from_request(request).view(obj)`` in a view; ``Auditor.for_system("reminders")`` in a
job. An auditor with neither a user nor a system name refuses to write, so no entry is ever
unattributed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import timezone

from sendhealth.core.models import AuditAction, AuditLog


def child_id_of(obj: models.Model) -> int | None:
    """The child an object is about, found without a query where the object allows it."""
    label = obj._meta.label
    if label == "children.Child":
        return obj.pk
    for attr in ("child_id",):
        if hasattr(obj, attr):
            return getattr(obj, attr)
    for path in ("request", "assignment"):
        parent = getattr(obj, path, None)
        if isinstance(parent, models.Model):
            return child_id_of(parent)
    return None


@dataclass(frozen=True)
class Auditor:
    user: Any = None
    system: str = ""
    path: str = ""
    ip_address: str | None = None

    def __post_init__(self) -> None:
        if (self.user is None or not self.user.is_authenticated) and not self.system:
            raise ValueError("An audit entry needs a signed-in user or a system name")

    @classmethod
    def from_request(cls, request) -> Auditor:
        return cls(
            user=request.user,
            path=request.path[:200],
            ip_address=request.META.get("REMOTE_ADDR") or None,
        )

    @classmethod
    def for_system(cls, name: str) -> Auditor:
        return cls(system=name)

    def record(
        self,
        action: str,
        obj: models.Model | None = None,
        *,
        object_type: str = "",
        object_id: str = "",
        child_id: int | None = None,
        changes: dict | None = None,
    ) -> AuditLog:
        if obj is not None:
            object_type = object_type or obj._meta.label
            object_id = object_id or str(obj.pk)
            child_id = child_id if child_id is not None else child_id_of(obj)
        return AuditLog.objects.create(
            at=timezone.now(),
            actor=self.user if self.user is not None and self.user.is_authenticated else None,
            system=self.system,
            action=action,
            object_type=object_type,
            object_id=object_id,
            child_id=child_id,
            path=self.path,
            ip_address=self.ip_address,
            changes=_jsonable(changes or {}),
        )

    def view(self, obj: models.Model) -> AuditLog:
        return self.record(AuditAction.VIEW, obj)

    def create(self, obj: models.Model, changes: dict | None = None) -> AuditLog:
        return self.record(AuditAction.CREATE, obj, changes=changes)

    def update(self, obj: models.Model, changes: dict | None = None) -> AuditLog:
        return self.record(AuditAction.UPDATE, obj, changes=changes)

    def view_many(self, object_type: str, objects: list[models.Model]) -> None:
        """One entry per child on a list page that shows children's names."""
        now = timezone.now()
        user = self.user if self.user is not None and self.user.is_authenticated else None
        AuditLog.objects.bulk_create(
            AuditLog(
                at=now,
                actor=user,
                system=self.system,
                action=AuditAction.VIEW,
                object_type=object_type,
                object_id=str(obj.pk),
                child_id=child_id_of(obj),
                path=self.path,
                ip_address=self.ip_address,
            )
            for obj in objects
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, models.Model):
        return value.pk
    return str(value)


def model_changes(instance: models.Model, fields: list[str]) -> dict:
    """The named fields' current values, for an audit entry."""
    return {name: getattr(instance, name) for name in fields}
