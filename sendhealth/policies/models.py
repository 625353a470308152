"""The area's SEND policies and procedures that health owns or shares: who owns each, its
current version, its documents (each version uploaded), the organisations it applies to and
its review date, reminded before it passes and flagged when overdue. Not personal data.

Reach policies through ``Scope.policies()``: the DCO team all of the ICB's; a local authority
or provider user those that apply to its organisation.
"""

from django.conf import settings
from django.db import models


class PolicyKind(models.TextChoices):
    POLICY = "policy", "Policy"
    PROCEDURE = "procedure", "Procedure"
    PROTOCOL = "protocol", "Protocol or guidance"


class Policy(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=PolicyKind.choices, default=PolicyKind.POLICY)
    owner = models.CharField(max_length=200, help_text="Who owns it: name and role.")
    owner_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    applies_to = models.ManyToManyField(
        "organisations.Organisation", blank=True, related_name="send_policies"
    )
    version = models.CharField(max_length=20)
    approved_on = models.DateField(null=True, blank=True)
    review_due_on = models.DateField()
    last_reviewed_on = models.DateField(null=True, blank=True)
    retired_on = models.DateField(null=True, blank=True)
    next_reminder_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review_due_on", "pk"]
        verbose_name_plural = "policies"
        indexes = [
            models.Index(fields=["icb", "retired_on", "review_due_on"]),
            models.Index(fields=["next_reminder_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"POL-{self.pk:04d}" if self.pk else "POL-new"


def policy_document_path(instance: "PolicyDocument", filename: str) -> str:
    """Stored under a random name: the uploaded file's name is never kept."""
    return f"policies/{instance.policy_id}/{instance.document_token}"


class PolicyDocument(models.Model):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="documents")
    version = models.CharField(max_length=20)
    document = models.FileField(upload_to=policy_document_path)
    document_token = models.CharField(max_length=40)
    document_type = models.CharField(max_length=10)
    document_size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return f"Document {self.pk} of policy {self.policy_id}"
