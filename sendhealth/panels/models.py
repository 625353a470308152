"""Multi-agency panels and the packages of care health funds or jointly funds.

A ``Panel`` is a meeting of an ICB area (optionally for one local authority) that hears cases:
decisions to assess, to issue a plan, funding and continuing care. Each ``PanelCase`` is one
child's question, with the panel's decision and health's view, attributed.

A ``Package`` is a child's continuing care, personal health budget or jointly funded
placement or provision: its yearly cost, split between health, education and social care,
approved by one DCO, or by two different DCOs above ``PACKAGE_SECOND_APPROVER_ABOVE`` a year.
"""

from django.conf import settings
from django.db import models


class PanelType(models.TextChoices):
    DECISION_TO_ASSESS = "assess", "Decision to assess"
    DECISION_TO_ISSUE = "issue", "Decision to issue"
    FUNDING = "funding", "Funding"
    CONTINUING_CARE = "continuing_care", "Continuing care"


class Panel(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Empty for a panel of the whole area.",
    )
    held_on = models.DateField()
    panel_type = models.CharField(max_length=20, choices=PanelType.choices)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["icb", "held_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"PN-{self.pk:06d}" if self.pk else "PN-new"


class PanelAttendee(models.Model):
    """Who attended: a sendhealth user, or anyone by name, organisation and role."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="attendees")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200)
    role = models.CharField(max_length=200)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class CaseDecision(models.TextChoices):
    PENDING = "pending", "Not yet heard"
    AGREED = "agreed", "Agreed"
    NOT_AGREED = "not_agreed", "Not agreed"
    DEFERRED = "deferred", "Deferred"


class PanelCase(models.Model):
    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="cases")
    child = models.ForeignKey("children.Child", on_delete=models.PROTECT, related_name="+")
    # Copied from the child, so an LA's cases are found without a join through the child.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    question = models.TextField()
    decision = models.CharField(
        max_length=12, choices=CaseDecision.choices, default=CaseDecision.PENDING
    )
    health_view = models.TextField(blank=True)
    health_view_by = models.CharField(
        max_length=200, blank=True, help_text="Who gave health's view, and their role."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["local_authority", "panel"])]

    def __str__(self) -> str:
        return f"{self.panel.reference}/{self.pk}"


class PackageKind(models.TextChoices):
    CONTINUING_CARE = "continuing_care", "Continuing care"
    PERSONAL_HEALTH_BUDGET = "phb", "Personal health budget"
    JOINT_PLACEMENT = "joint_placement", "Jointly funded placement"
    JOINT_PROVISION = "joint_provision", "Jointly funded provision"


class PackageStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"
    ENDED = "ended", "Ended"


class Package(models.Model):
    child = models.ForeignKey("children.Child", on_delete=models.PROTECT, related_name="+")
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=PackageKind.choices)
    description = models.TextField()
    starts_on = models.DateField()
    cost_per_year = models.DecimalField(max_digits=10, decimal_places=2)
    health_amount = models.DecimalField(max_digits=10, decimal_places=2)
    education_amount = models.DecimalField(max_digits=10, decimal_places=2)
    social_care_amount = models.DecimalField(max_digits=10, decimal_places=2)
    review_on = models.DateField()
    status = models.CharField(
        max_length=10, choices=PackageStatus.choices, default=PackageStatus.PROPOSED
    )
    approvals_needed = models.PositiveSmallIntegerField(default=1)
    approved_at = models.DateTimeField(null=True, blank=True)
    # The review date a reminder has gone out for (claimed with a conditional update).
    review_reminded_for = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["icb", "status", "review_on"]),
            models.Index(fields=["local_authority", "status", "review_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"PK-{self.pk:06d}" if self.pk else "PK-new"


class PackageApproval(models.Model):
    """One approver's approval of a package, attributed and timestamped."""

    package = models.ForeignKey(Package, on_delete=models.CASCADE, related_name="approvals")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField()

    class Meta:
        ordering = ["approved_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["package", "approver"], name="one_approval_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.package.reference} approval {self.pk}"
