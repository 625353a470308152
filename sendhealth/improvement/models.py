"""Improvement: the self-evaluation against a framework, quarter by quarter, and the local
area improvement plan (priorities, actions, milestones and the measures that set each action's
RAG status).

Frameworks are versioned data (``Framework``, its ``Principle``s and ``Statement``s, and a
``RatingScale`` with levels), loaded from ``fixtures/frameworks.json`` by
``manage.py load_frameworks`` and editable in the system admin; each element carries the
``source`` it came from. Nothing here names a child: these are the ICB's own records.
Reach them only through ``Scope.improvement_evaluations()``, ``improvement_plans()`` and
``improvement_actions()``.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone


class RatingScale(models.Model):
    name = models.CharField(max_length=200, unique=True)
    source = models.TextField(help_text="Where the scale comes from (or that it is local).")

    def __str__(self) -> str:
        return self.name


class RatingLevel(models.Model):
    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="levels")
    value = models.PositiveSmallIntegerField(help_text="Higher is better.")
    label = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["scale", "value"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "value"], name="improvement_level_unique")
        ]

    def __str__(self) -> str:
        return f"{self.value}. {self.label}"


class Framework(models.Model):
    key = models.SlugField(max_length=60, help_text="The same for every version.")
    version = models.CharField(max_length=40)
    name = models.CharField(max_length=200)
    source = models.TextField(help_text="Where the framework's structure comes from.")
    note = models.TextField(blank=True, help_text="What is missing, and why.")
    scale = models.ForeignKey(RatingScale, on_delete=models.PROTECT, related_name="frameworks")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="improvement_framework_version")
        ]

    def __str__(self) -> str:
        return f"{self.name} (version {self.version})"


class Principle(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="principles")
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=300)
    source = models.TextField()

    class Meta:
        ordering = ["framework", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class Statement(models.Model):
    principle = models.ForeignKey(Principle, on_delete=models.CASCADE, related_name="statements")
    order = models.PositiveSmallIntegerField(default=1)
    text = models.TextField()
    source = models.TextField()

    class Meta:
        ordering = ["principle__order", "order", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class SelfEvaluation(models.Model):
    """One quarter's self-evaluation of an ICB against one framework version. Quarters are
    financial: ``year`` is the year the financial year starts (Q1 is April to June)."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="evaluations")
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    summary = models.TextField(blank=True, help_text="The DCO's summary of the quarter.")
    status = models.CharField(
        max_length=10, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    published_at = models.DateTimeField(null=True, blank=True)
    # The parent carer forum's review, through a time-limited link (only its hash is kept).
    forum_name = models.CharField(max_length=200, blank=True)
    forum_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    forum_expires_at = models.DateTimeField(null=True, blank=True)
    forum_comments = models.TextField(blank=True)
    forum_signed_by = models.CharField(max_length=200, blank=True)
    forum_signed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "-quarter", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["icb", "framework", "year", "quarter"], name="improvement_one_a_quarter"
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"SE-{self.pk:05d}" if self.pk else "SE-new"

    @property
    def quarter_label(self) -> str:
        return f"Q{self.quarter} {self.year}-{(self.year + 1) % 100:02d}"

    @property
    def is_published(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED

    def forum_link_valid(self, now=None) -> bool:
        return bool(
            self.forum_token_hash
            and self.forum_expires_at
            and not self.forum_signed_at
            and (now or timezone.now()) < self.forum_expires_at
        )

    @staticmethod
    def hash_token(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()


class StatementRating(models.Model):
    """The DCO's rating of one statement in one quarter, and the forum's comment beside it."""

    evaluation = models.ForeignKey(SelfEvaluation, on_delete=models.CASCADE, related_name="ratings")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="+")
    level = models.ForeignKey(
        RatingLevel, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.TextField(blank=True)
    forum_comment = models.TextField(blank=True)
    rated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    rated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["statement__principle__order", "statement__order", "statement_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "statement"], name="improvement_one_rating_a_statement"
            )
        ]

    def __str__(self) -> str:
        return f"Rating {self.pk}"


class EvidenceKind(models.TextChoices):
    MEASURE = "measure", "Figure (a measure)"
    REPORT = "report", "Report"
    AUDIT_ROUND = "audit_round", "Audit round"
    DOCUMENT = "document", "Document"


def evidence_document_path(instance: Evidence, filename: str) -> str:
    """Stored under a random name: the uploaded file's name is never kept."""
    return f"improvement/evidence/{instance.rating_id}/{instance.document_token}"


class Evidence(models.Model):
    """A link to something sendhealth already holds (a figure, a report, an audit round), or
    a document uploaded with the rating (checked by ``core.uploads.check_document`` and served
    only through ``improvement:evidence_document`` to those who may see the self-evaluation).
    A document recorded before uploads existed keeps its ``url``."""

    rating = models.ForeignKey(StatementRating, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=12, choices=EvidenceKind.choices)
    object_id = models.PositiveIntegerField(null=True, blank=True)
    label = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    document = models.FileField(upload_to=evidence_document_path, blank=True)
    document_token = models.CharField(max_length=40, blank=True)
    document_type = models.CharField(max_length=10, blank=True)
    document_size = models.PositiveIntegerField(null=True, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["rating", "pk"]

    def __str__(self) -> str:
        return self.label


class Direction(models.TextChoices):
    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


class Measure(models.Model):
    """A named figure (``measures.REGISTRY`` computes its current value) with a target."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    figure = models.CharField(max_length=60)
    name = models.CharField(max_length=200)
    target = models.DecimalField(max_digits=10, decimal_places=1)
    direction = models.CharField(max_length=6, choices=Direction.choices)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class ImprovementPlan(models.Model):
    icb = models.OneToOneField(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(max_length=200, default="Local area SEND improvement plan: health")
    status = models.CharField(
        max_length=10, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    published_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED


class Priority(models.Model):
    plan = models.ForeignKey(ImprovementPlan, on_delete=models.CASCADE, related_name="priorities")
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    statements = models.ManyToManyField(Statement, blank=True, related_name="priorities")

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name_plural = "priorities"

    def __str__(self) -> str:
        return self.title


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    BLOCKED = "blocked", "Blocked"
    DONE = "done", "Done"


class Rag(models.TextChoices):
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"


class Action(models.Model):
    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(max_length=300)
    owner = models.CharField(max_length=200, help_text="Name and role of who leads it.")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    due_on = models.DateField()
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    completed_on = models.DateField(null=True, blank=True)
    measure = models.ForeignKey(
        Measure, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    rag_override = models.CharField(max_length=5, choices=Rag.choices, blank=True)
    rag_override_reason = models.TextField(blank=True)
    next_reminder_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [
            models.Index(fields=["next_reminder_on"]),
            models.Index(fields=["organisation", "due_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"ACT-{self.pk:05d}" if self.pk else "ACT-new"


class Milestone(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(max_length=300)
    due_on = models.DateField()
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["action", "due_on", "pk"]

    def __str__(self) -> str:
        return self.title
