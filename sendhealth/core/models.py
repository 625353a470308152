"""The audit trail: who read and changed what, when."""

from django.conf import settings
from django.db import models


class AuditAction(models.TextChoices):
    VIEW = "view", "Viewed"
    CREATE = "create", "Created"
    UPDATE = "update", "Changed"
    DELETE = "delete", "Deleted"
    DOWNLOAD = "download", "Downloaded a document"
    EXPORT = "export", "Exported"
    SEARCH = "search", "Searched"


class AuditLog(models.Model):
    """One read or change of personal data. Written only through ``core.audit.Auditor``.

    ``child_id`` groups every entry about one child, so "who has seen this child's record"
    is one indexed query. ``changes`` holds the changed fields' new values.
    """

    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    system = models.CharField(max_length=50, blank=True)
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=40, blank=True)
    child_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    path = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.object_type} {self.object_id}"
