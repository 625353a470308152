"""The board's quarterly update and annual report, and the reference data they compare with:
national figures (with source and year) and each local authority's population aged 0 to 25.

A report keeps the figures it was generated with (``content``: the sections, aggregate figures
only, never a child) so a published report never changes; the DCO's commentary is kept with it.
"""

from django.conf import settings
from django.db import models


class ReportKind(models.TextChoices):
    QUARTERLY = "quarterly", "Quarterly update"
    ANNUAL = "annual", "Annual report"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Report(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField(max_length=10, choices=ReportKind.choices)
    period_start = models.DateField()
    period_end = models.DateField()
    status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    commentary = models.TextField(blank=True)
    content = models.JSONField(default=list)
    generated_at = models.DateTimeField(null=True, blank=True)
    generation_ms = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-period_end", "kind", "pk"]
        indexes = [models.Index(fields=["icb", "status", "period_end"])]
        # One report per ICB (or LA), kind and period: ``services.generate`` regenerates that
        # row, and two workers drafting the same quarter cannot both insert it. Two conditions,
        # as NULLs are distinct in a unique index (an ICB-wide report has no LA).
        constraints = [
            models.UniqueConstraint(
                fields=["icb", "kind", "period_start", "period_end"],
                condition=models.Q(local_authority__isnull=True),
                name="one_icb_report_a_period",
            ),
            models.UniqueConstraint(
                fields=["icb", "local_authority", "kind", "period_start", "period_end"],
                condition=models.Q(local_authority__isnull=False),
                name="one_la_report_a_period",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"RPT-{self.pk:05d}" if self.pk else "RPT-new"

    @property
    def is_draft(self) -> bool:
        return self.status == ReportStatus.DRAFT


class NationalFigure(models.Model):
    """A national figure a report compares with, by the key of the report's figure."""

    key = models.CharField(max_length=80)
    label = models.CharField(max_length=200)
    value = models.DecimalField(max_digits=12, decimal_places=2)
    unit = models.CharField(max_length=10, default="percent")
    source = models.CharField(max_length=300)
    year = models.CharField(max_length=20, help_text="For example 2024 or 2024-25")

    class Meta:
        ordering = ["key", "-year"]
        constraints = [models.UniqueConstraint(fields=["key", "year"], name="one_national_a_year")]

    def __str__(self) -> str:
        return f"{self.label} ({self.year})"


class Population(models.Model):
    """Children and young people aged 0 to 25 living in a local authority, for demand per
    10,000 (entered by the DCO team, e.g. from the ONS mid-year estimates)."""

    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    aged_0_to_25 = models.PositiveIntegerField()
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["local_authority__name", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["local_authority", "year"], name="one_population_a_year"
            )
        ]

    def __str__(self) -> str:
        return f"Population {self.pk}"
