"""Disagreement resolution with a health element: mediation, complaints and SEND Tribunal
appeals (CFA 2014 ss51-57; SEND Regulations 2014 Part 6), and the tribunal's non-binding health
recommendations that the ICB must answer (SI 2017/1306, the "National Trial").

A ``Disagreement`` belongs to a child and the ICB whose DCO service owns the register; a
``TribunalRecommendation`` belongs to an appeal. Deadlines live on the row (``appeal_deadline``,
``response_due_on``) so reminders and lists read them without recomputing.
"""

from django.conf import settings
from django.db import models


class Kind(models.TextChoices):
    MEDIATION = "mediation", "Mediation"
    COMPLAINT = "complaint", "Complaint"
    APPEAL = "appeal", "SEND Tribunal appeal"


class Outcome(models.TextChoices):
    UPHELD = "upheld", "Upheld"
    PARTLY_UPHELD = "partly_upheld", "Partly upheld"
    DISMISSED = "dismissed", "Dismissed"
    WITHDRAWN = "withdrawn", "Withdrawn or conceded"
    RESOLVED_AT_MEDIATION = "resolved", "Resolved at mediation"
    NOT_RESOLVED = "not_resolved", "Not resolved at mediation"


class Response(models.TextChoices):
    AGREE = "agree", "Agree"
    NOT_AGREE = "not_agree", "Do not agree"


class Disagreement(models.Model):
    """One mediation, complaint or tribunal appeal with a health element, for a child."""

    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="disagreements"
    )
    # Copied from the child when recorded, so scoping and figures need no join through it.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    decision_letter_on = models.DateField(
        null=True, blank=True, help_text="The date of the local authority's decision letter."
    )
    mediation_certificate_on = models.DateField(null=True, blank=True)
    registered_on = models.DateField(help_text="The date it was registered or received.")
    appeal_deadline = models.DateField(
        null=True, blank=True, help_text="HESC Rules 2008 r20(1) and r12; appeals only."
    )
    issues = models.TextField(help_text="The health issues in dispute.")
    health_position = models.TextField(blank=True)
    health_evidence = models.TextField(blank=True)
    hearing_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=15, choices=Outcome.choices, blank=True)
    outcome_on = models.DateField(null=True, blank=True)
    reminded_on = models.DateField(null=True, blank=True)
    # The point-of-contact enquiry it came from, when the DCO recorded it from one.
    enquiry = models.ForeignKey(
        "enquiries.Enquiry",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="disagreements",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-registered_on", "-pk"]
        indexes = [
            models.Index(fields=["icb", "kind", "registered_on"]),
            models.Index(fields=["local_authority", "registered_on"]),
            models.Index(fields=["kind", "outcome", "appeal_deadline"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"DR-{self.pk:06d}" if self.pk else "DR-new"

    @property
    def is_open(self) -> bool:
        return not self.outcome


class TribunalRecommendation(models.Model):
    """A tribunal's non-binding recommendation on health, and the ICB's answer to it, owed to
    the parent or young person and the local authority (SI 2017/1306)."""

    disagreement = models.ForeignKey(
        Disagreement, on_delete=models.CASCADE, related_name="recommendations"
    )
    text = models.TextField()
    issued_on = models.DateField()
    response_due_on = models.DateField()
    response = models.CharField(max_length=10, choices=Response.choices, blank=True)
    reasons = models.TextField(blank=True)
    responded_on = models.DateField(null=True, blank=True)
    sent_to_parent = models.BooleanField(default=False)
    sent_to_la = models.BooleanField(default=False)
    reminded_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["issued_on", "pk"]
        indexes = [models.Index(fields=["responded_on", "response_due_on"])]

    def __str__(self) -> str:
        return f"Recommendation {self.pk}"

    @property
    def child_id(self) -> int:
        return self.disagreement.child_id
