"""Quality assurance of health advice and of the health sections of EHC plans.

Audit tools are data: an ``AuditTool`` has numbered ``AuditToolVersion``s, each with sections
and weighted criteria. A version is frozen once an audit round uses it; editing a tool makes a
new draft version, so a finished audit always keeps the criteria it was scored against.

The DCO draws a reproducible sample (``AuditRound.seed``) of final plans' health sections
(``EhcPlanSections``) or of accepted advice (``advice.AdviceSubmission``): each sampled case is
an ``AuditItem``. Each auditor's scoring of an item is an ``Audit`` (two per item for
moderation); a guest auditor (a parent carer forum member) reaches one audit through a
time-limited link whose token is stored hashed. The DCO resolves disagreements
(``Resolution``) with a reason.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone


class ToolKind(models.TextChoices):
    ADVICE = "advice", "Health advice"
    PLAN = "plan_health_sections", "Health sections of final EHC plans"


class Rating(models.TextChoices):
    MET = "met", "Met"
    PARTLY = "partly", "Partly met"
    NOT_MET = "not_met", "Not met"
    NOT_APPLICABLE = "na", "Not applicable"


# Points per rating; not applicable is left out of the score and of its maximum.
RATING_POINTS: dict[str, int | None] = {
    Rating.MET: 2,
    Rating.PARTLY: 1,
    Rating.NOT_MET: 0,
    Rating.NOT_APPLICABLE: None,
}
MAX_POINTS = 2


class AuditTool(models.Model):
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=ToolKind.choices)
    description = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.name

    def current_version(self) -> AuditToolVersion | None:
        return self.versions.filter(published=True).order_by("-number").first()


class AuditToolVersion(models.Model):
    tool = models.ForeignKey(AuditTool, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    published = models.BooleanField(default=False)
    frozen = models.BooleanField(
        default=False, help_text="Used by an audit round: its criteria can no longer change."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["tool", "number"]
        constraints = [
            models.UniqueConstraint(fields=["tool", "number"], name="one_number_per_tool")
        ]

    def __str__(self) -> str:
        return f"{self.tool.name}, version {self.number}"


class ToolSection(models.Model):
    version = models.ForeignKey(AuditToolVersion, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["version", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class Criterion(models.Model):
    section = models.ForeignKey(ToolSection, on_delete=models.CASCADE, related_name="criteria")
    text = models.TextField()
    guidance = models.TextField(blank=True)
    weight = models.PositiveSmallIntegerField(default=1)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["section__order", "order", "pk"]
        verbose_name_plural = "criteria"

    def __str__(self) -> str:
        return self.text[:60]


class ExtractionStatus(models.TextChoices):
    NONE = "none", "Typed or pasted"
    PENDING = "pending", "Reading the document"
    DONE = "done", "Read from the document"
    FAILED = "failed", "Could not read the document"


def plan_document_path(instance: EhcPlanSections, filename: str) -> str:
    # Never the uploader's file name: it may hold the child's name.
    return f"assurance/plans/{instance.document_token}"


class EhcPlanSections(models.Model):
    """The health sections of a final EHC plan, kept for audit: C (health needs), E (outcomes,
    the health parts) and G (health provision, which the ICB agrees, reg 12(2))."""

    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="assurance_plans"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    # The plan these sections are of: the one EHC plan (transitions), when known.
    plan = models.ForeignKey(
        "transitions.EhcPlan",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="health_sections",
    )
    finalised_on = models.DateField()
    need_type = models.CharField(max_length=4)
    section_c = models.TextField("Section C: health needs", blank=True)
    section_e = models.TextField("Section E: outcomes (health)", blank=True)
    section_g = models.TextField("Section G: health provision", blank=True)
    document = models.FileField(upload_to=plan_document_path, blank=True)
    document_token = models.CharField(max_length=40, blank=True)
    document_type = models.CharField(max_length=10, blank=True)
    extraction_status = models.CharField(
        max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.NONE
    )
    extraction_progress = models.PositiveSmallIntegerField(default=0)
    extraction_error = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-finalised_on", "-pk"]
        verbose_name = "EHC plan health sections"
        verbose_name_plural = "EHC plan health sections"
        indexes = [models.Index(fields=["icb", "finalised_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"PL-{self.pk:06d}" if self.pk else "PL-new"

    def sections(self) -> dict[str, str]:
        return {"C": self.section_c, "E": self.section_e, "G": self.section_g}


class RoundStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class AuditRound(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=ToolKind.choices)
    tool_version = models.ForeignKey(AuditToolVersion, on_delete=models.PROTECT, related_name="+")
    period_start = models.DateField()
    period_end = models.DateField()
    sample_percent = models.PositiveSmallIntegerField(default=10)
    seed = models.BigIntegerField(help_text="Draws the same sample again from the same cases.")
    status = models.CharField(max_length=10, choices=RoundStatus.choices, default=RoundStatus.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self) -> str:
        return self.name


class AuditItem(models.Model):
    """One sampled case: a plan's health sections or one accepted piece of advice."""

    round = models.ForeignKey(AuditRound, on_delete=models.CASCADE, related_name="items")
    plan = models.ForeignKey(
        EhcPlanSections, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submission = models.ForeignKey(
        "advice.AdviceSubmission", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Copied when drawn, so scoping and figures need no join through the case.
    child = models.ForeignKey("children.Child", on_delete=models.PROTECT, related_name="+")
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    provider = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    service = models.ForeignKey(
        "organisations.Service", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    need_type = models.CharField(max_length=4)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(plan__isnull=False, submission__isnull=True)
                | models.Q(plan__isnull=True, submission__isnull=False),
                name="audit_item_is_a_plan_or_advice",
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"QA-{self.pk:06d}" if self.pk else "QA-new"


class AuditStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    FINISHED = "finished", "Finished"


class Audit(models.Model):
    """One auditor's scoring of an item, by a user or by a guest through a link."""

    item = models.ForeignKey(AuditItem, on_delete=models.CASCADE, related_name="audits")
    auditor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assurance_audits",
    )
    guest_name = models.CharField(max_length=200, blank=True)
    guest_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    guest_expires_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=AuditStatus.choices, default=AuditStatus.IN_PROGRESS
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    points = models.PositiveIntegerField(null=True, blank=True)
    max_points = models.PositiveIntegerField(null=True, blank=True)
    summary = models.TextField(blank=True, help_text="Feedback for the service that wrote it.")
    reminded_on = models.DateField(
        null=True, blank=True, help_text="When the auditor was last reminded (tasks)."
    )

    class Meta:
        ordering = ["item", "pk"]

    def __str__(self) -> str:
        return f"Audit {self.pk}"

    @property
    def auditor_label(self) -> str:
        if self.auditor_id:
            return str(self.auditor)
        return f"{self.guest_name} (guest)"

    @property
    def percent(self) -> int | None:
        if not self.max_points:
            return None
        return round(100 * (self.points or 0) / self.max_points)

    @property
    def is_guest(self) -> bool:
        return not self.auditor_id

    @property
    def guest_link_revoked(self) -> bool:
        return self.is_guest and not self.guest_token_hash

    def guest_link_valid(self, now=None) -> bool:
        return bool(
            self.guest_token_hash
            and self.guest_expires_at
            and (now or timezone.now()) < self.guest_expires_at
        )

    @staticmethod
    def hash_token(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()


class CriterionRating(models.Model):
    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="ratings")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    rating = models.CharField(max_length=8, choices=Rating.choices)
    comment = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["audit", "criterion"], name="one_rating_per_criterion")
        ]
        indexes = [
            # The scores by criterion: a quarter's ratings counted from the index alone.
            models.Index(fields=["audit", "criterion", "rating"], name="assurance_rating_counted")
        ]

    def __str__(self) -> str:
        return self.get_rating_display()


class Resolution(models.Model):
    """The DCO's rating where two auditors disagreed, with the reason."""

    item = models.ForeignKey(AuditItem, on_delete=models.CASCADE, related_name="resolutions")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    rating = models.CharField(max_length=8, choices=Rating.choices)
    reason = models.TextField()
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["item", "criterion"], name="one_resolution_per_criterion"
            )
        ]

    def __str__(self) -> str:
        return self.get_rating_display()


class Verdict(models.TextChoices):
    AGREED = "agreed", "Agreed"
    NOT_A_PROBLEM = "not_a_problem", "Not a problem"


class FindingVerdict(models.Model):
    """An auditor's verdict on one automatic finding in an item: agreed, or not a problem
    (with an optional reason). Verdicts give each check's live precision and can be exported
    as labelled cases to grow the checks' corpus. Quotes the case's text: personal data."""

    item = models.ForeignKey(AuditItem, on_delete=models.CASCADE, related_name="verdicts")
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    check_key = models.CharField(max_length=40)
    section = models.CharField(max_length=20)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    verdict = models.CharField(max_length=20, choices=Verdict.choices)
    reason = models.CharField(max_length=300, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["item_id", "section", "start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "check_key", "section", "start", "end", "marked_by"],
                name="one_verdict_per_finding_and_auditor",
            )
        ]
        indexes = [models.Index(fields=["icb", "check_key"])]

    def __str__(self) -> str:
        return f"{self.check_key} on {self.item_id}: {self.verdict}"


class CheckPolicy(models.Model):
    """The DCO's setting: a check whose live precision (from auditors' verdicts, once it has
    at least ``minimum_verdicts``) falls below ``advisory_below`` is shown as advisory."""

    icb = models.OneToOneField(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    advisory_below = models.DecimalField(max_digits=3, decimal_places=2, default=Decimal("0.80"))
    minimum_verdicts = models.PositiveSmallIntegerField(default=10)

    class Meta:
        verbose_name_plural = "check policies"

    def __str__(self) -> str:
        return f"Advisory below {self.advisory_below}"


class ConceptTerm(models.Model):
    """A term a DCO adds to the golden thread's concept lexicon (``checks/lexicon.py``): a
    clinical or lay word for a concept ("PEG feeding" for eating, drinking and swallowing).
    A new concept name makes a new concept."""

    concept = models.CharField(max_length=60)
    term = models.CharField(
        max_length=80,
        help_text="The start of a word ('seizur' meets 'seizures'); end with $ for the whole "
        "word only; several words match as a phrase. Start with ~ for a weak everyday word "
        "('~lunch') that reads needs and outcomes but never says what provision is for. "
        "Add sense checks after the term: ! then words that, right after it, give it "
        "another sense ('falls$ !behind !asleep': 'falls behind' and 'falls asleep' are "
        "not falls; 'fit$ !of !in'). A term of sense checks only matches nothing.",
    )
    clinical = models.BooleanField(default=False, help_text="A clinical term, not a lay one.")

    class Meta:
        ordering = ["concept", "term"]
        constraints = [models.UniqueConstraint(fields=["concept", "term"], name="one_concept_term")]

    def __str__(self) -> str:
        return f"{self.concept}: {self.term}"


class ScoreTally(models.Model):
    """Kept summary of the finished audits of an ICB's quarter (``assurance.summary``): how many,
    their points and maximum points, overall (``dimension`` "overall", no group) and by
    provider, service and local authority (``group_id`` the organisation's or service's id).
    Worked out again for the quarter in the transaction of every change to an audit, so the
    figures page reads a few rows per quarter however many audits there are."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    quarter = models.CharField(max_length=7)  # "2026 Q3"
    dimension = models.CharField(max_length=16)
    group_id = models.PositiveIntegerField(null=True, blank=True)
    audits = models.PositiveIntegerField()
    points = models.BigIntegerField(null=True, blank=True)
    max_points = models.BigIntegerField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["icb", "dimension", "quarter"])]

    def __str__(self) -> str:
        return f"{self.quarter} {self.dimension} {self.group_id}"


class CriterionTally(models.Model):
    """Kept summary of the ratings of an ICB's quarter's finished audits: how many of each
    rating each criterion was given (``assurance.summary``)."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    quarter = models.CharField(max_length=7)
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    rating = models.CharField(max_length=8)
    ratings = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["icb", "quarter"])]

    def __str__(self) -> str:
        return f"{self.quarter} {self.criterion_id} {self.rating}"
