"""The point of contact: one shared log of enquiries to the DCO service from local authorities,
schools and colleges, families and health providers (who asked, about what, the advice given and
how long the first answer took)."""

from datetime import timedelta

from django.conf import settings
from django.db import models


class Source(models.TextChoices):
    LOCAL_AUTHORITY = "la", "Local authority"
    SETTING = "setting", "School or college"
    FAMILY = "family", "Family"
    PROVIDER = "provider", "Health provider"
    OTHER = "other", "Other"


class Topic(models.TextChoices):
    HEALTH_ADVICE = "health_advice", "Health advice"
    MEDICAL_CONDITIONS = "medical_conditions", "Medical conditions in school"
    PLAN_CONTENT = "plan_content", "EHC plan content"
    TRANSITION = "transition", "Transition"
    COMPLAINT = "complaint", "Complaint"
    OTHER = "other", "Other"


class Enquiry(models.Model):
    """One enquiry. Open until ``closed_at`` is set. About a named child or general."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    source = models.CharField(max_length=10, choices=Source.choices)
    enquirer = models.CharField(
        max_length=200, blank=True, help_text="Who asked: a name, role or organisation."
    )
    child = models.ForeignKey(
        "children.Child",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enquiries",
    )
    topic = models.CharField(max_length=20, choices=Topic.choices)
    summary = models.TextField()
    advice_given = models.TextField(blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField()
    first_answered_at = models.DateTimeField(null=True, blank=True)
    # Kept by save() from the two times (``keep_first_answer``): how long the first answer
    # took, in microseconds, so the log's median is read from an index, not sorted from a
    # difference worked out row by row.
    first_answer_micros = models.BigIntegerField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)
    advice_request = models.ForeignKey(
        "advice.AdviceRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The request for health advice this enquiry became.",
    )
    reminded_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name_plural = "enquiries"
        indexes = [
            models.Index(fields=["icb", "closed_at", "opened_at"]),
            models.Index(fields=["assigned_to", "closed_at"]),
            models.Index(fields=["icb", "opened_at", "id"]),  # the log, newest first
            models.Index(fields=["icb", "first_answer_micros"]),  # the median first answer
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args, **kwargs) -> None:
        self.keep_first_answer()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"opened_at", "first_answered_at"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "first_answer_micros"}
        super().save(*args, **kwargs)

    def keep_first_answer(self) -> None:
        """Work out ``first_answer_micros`` from ``opened_at`` and ``first_answered_at``."""
        if self.first_answered_at is None or self.opened_at is None:
            self.first_answer_micros = None
        else:
            took = self.first_answered_at - self.opened_at
            self.first_answer_micros = took // timedelta(microseconds=1)

    @property
    def reference(self) -> str:
        return f"EQ-{self.pk:06d}" if self.pk else "EQ-new"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
