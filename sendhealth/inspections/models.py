"""Area SEND inspections (Ofsted and CQC) as the DCO records them when notified, and the pack
sendhealth assembles for each: one zip of what the inspectors ask for (the person-level list of
children and young people with EHC plans with health's columns, the latest quarterly report,
audit results, and every register's part, see ``core.plugins.pack_parts``).

An ``Inspection`` holds no personal data; an ``InspectionPack`` does (the person-level list):
reach packs only through ``Scope.inspection_packs()`` (the DCO and DCO team of the ICB).
"""

from django.conf import settings
from django.db import models


class InspectionKind(models.TextChoices):
    FULL = "full", "Area SEND inspection (Ofsted and CQC)"
    MONITORING = "monitoring", "Monitoring inspection"
    OTHER = "other", "Other inspection or review"


class Inspection(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=InspectionKind.choices)
    notified_on = models.DateField()
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-notified_on", "-pk"]
        indexes = [models.Index(fields=["icb", "notified_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"INS-{self.pk:04d}" if self.pk else "INS-new"


class PackStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being assembled"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


def pack_path(instance: "InspectionPack", filename: str) -> str:
    return f"inspections/{instance.inspection_id}/{instance.token}"


class InspectionPack(models.Model):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="packs")
    status = models.CharField(max_length=8, choices=PackStatus.choices, default=PackStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    token = models.CharField(max_length=40)
    file = models.FileField(upload_to=pack_path, blank=True)
    size = models.PositiveIntegerField(default=0)
    contents = models.JSONField(default=list, blank=True)
    # The children in the person-level list, for the audit trail of each download.
    child_ids = models.JSONField(default=list, blank=True)
    error = models.CharField(max_length=300, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    took_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-requested_at", "-pk"]

    def __str__(self) -> str:
        return f"Inspection pack {self.pk}"

    @property
    def is_pending(self) -> bool:
        return self.status in (PackStatus.QUEUED, PackStatus.RUNNING)
