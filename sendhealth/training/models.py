"""Training the DCO service delivers to health staff and partners (sessions, who attended by
organisation and role, how they rated it) and the training needs it knows of. Not personal
data about children: attendees are counted by organisation and role, never named.

Reach sessions and needs through ``Scope.training_sessions()`` and ``Scope.training_needs()``.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class Topic(models.TextChoices):
    SEND_CODE = "send_code", "The SEND Code of Practice and health's duties"
    ADVICE = "advice", "Writing health advice for EHC needs assessments"
    OUTCOMES = "outcomes", "Outcomes and provision in EHC plans"
    SECTION23 = "section23", "Section 23 notifications"
    MEDICAL = "medical", "Supporting pupils with medical conditions"
    ADULTHOOD = "adulthood", "Preparing for adulthood"
    TRIBUNAL = "tribunal", "Tribunals and disagreement resolution"
    OTHER = "other", "Other"


class AudienceRole(models.TextChoices):
    CLINICIAN = "clinician", "Clinicians and therapists"
    MANAGER = "manager", "Service managers"
    CASEWORKER = "caseworker", "Local authority caseworkers"
    EDUCATION = "education", "Education staff"
    OTHER = "other", "Other"


class TrainingSession(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    topic = models.CharField(max_length=12, choices=Topic.choices)
    title = models.CharField(max_length=200)
    delivered_on = models.DateField()
    delivered_by = models.CharField(max_length=200, blank=True)
    evaluations = models.PositiveIntegerField(
        default=0, help_text="How many attendees returned an evaluation."
    )
    average_score = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="The attendees' average rating, 1 (poor) to 5 (excellent).",
    )
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-delivered_on", "-pk"]
        indexes = [models.Index(fields=["icb", "delivered_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"TRN-{self.pk:05d}" if self.pk else "TRN-new"


class Attendance(models.Model):
    """How many people of one organisation and role attended a session."""

    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="attendance"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(max_length=12, choices=AudienceRole.choices)
    attendees = models.PositiveIntegerField()

    class Meta:
        ordering = ["organisation__name", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "organisation", "role"], name="one_attendance_row"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attendees} at session {self.session_id}"


class NeedStatus(models.TextChoices):
    OPEN = "open", "Not yet planned"
    PLANNED = "planned", "Planned"
    MET = "met", "Met"


class TrainingNeed(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    topic = models.CharField(max_length=12, choices=Topic.choices)
    role = models.CharField(max_length=12, choices=AudienceRole.choices)
    description = models.TextField()
    identified_on = models.DateField()
    status = models.CharField(max_length=8, choices=NeedStatus.choices, default=NeedStatus.OPEN)
    met_by = models.ForeignKey(
        TrainingSession, null=True, blank=True, on_delete=models.SET_NULL, related_name="needs"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["status", "-identified_on", "pk"]
        indexes = [models.Index(fields=["icb", "status"])]

    def __str__(self) -> str:
        return f"Training need {self.pk}"
