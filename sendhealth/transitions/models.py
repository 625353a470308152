"""Preparing for adulthood: young people with an EHC plan and their transition to adult
health services (SEND Code of Practice 2015, chapter 8; CFA 2014 s44 annual reviews; SEND
Regulations 2014 reg 18 phase transfers).

The ``Child`` model says nothing about a plan, so ``EhcPlan`` records one: a child with a plan
that has not ceased is "with a plan". The preparing-for-adulthood milestones are kept on the
plan (one row per young person, read in one query for the queue); each annual review is an
``AnnualReview`` with health's attendance and contribution.
"""

from django.conf import settings
from django.db import models


class YearGroup(models.IntegerChoices):
    RECEPTION = 0, "Reception"
    Y1 = 1, "Year 1"
    Y2 = 2, "Year 2"
    Y3 = 3, "Year 3"
    Y4 = 4, "Year 4"
    Y5 = 5, "Year 5"
    Y6 = 6, "Year 6"
    Y7 = 7, "Year 7"
    Y8 = 8, "Year 8"
    Y9 = 9, "Year 9"
    Y10 = 10, "Year 10"
    Y11 = 11, "Year 11"
    Y12 = 12, "Year 12"
    Y13 = 13, "Year 13"
    Y14 = 14, "Year 14 or later (post-16)"


class EhcPlan(models.Model):
    """An education, health and care plan maintained by a local authority, and the young
    person's preparing-for-adulthood milestones. Special category data: reach it only through
    ``Scope.transitions_plans()``."""

    child = models.ForeignKey("children.Child", on_delete=models.PROTECT, related_name="ehc_plans")
    # Copied from the child, so scoping and the queue need no join through it.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    issued_on = models.DateField(help_text="The date the final plan was issued.")
    last_reviewed_on = models.DateField(
        null=True, blank=True, help_text="The date of the last annual review meeting."
    )
    year_group = models.PositiveSmallIntegerField(null=True, blank=True, choices=YearGroup.choices)
    next_transfer_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The calendar year of the next transfer between phases."
    )
    transfer_to_post16 = models.BooleanField(
        default=False, help_text="The next transfer is from secondary school to post-16."
    )
    transfer_reviewed_on = models.DateField(
        null=True, blank=True, help_text="The date the plan was reviewed for the transfer."
    )
    ceased_on = models.DateField(null=True, blank=True)

    # -- preparing for adulthood, from year 9 -----------------------------------------------
    transition_plan_on = models.DateField(null=True, blank=True)
    adult_services = models.CharField(max_length=300, blank=True)
    adult_services_on = models.DateField(null=True, blank=True)
    learning_disability = models.BooleanField(
        default=False, help_text="On a GP learning disability register: annual health checks."
    )
    last_health_check_on = models.DateField(null=True, blank=True)
    handover_on = models.DateField(null=True, blank=True)
    assessment_relevant = models.BooleanField(
        default=False, help_text="An 18 to 25 health assessment is relevant."
    )
    health_assessment_on = models.DateField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["child"],
                condition=models.Q(ceased_on__isnull=True),
                name="one_live_ehc_plan_per_child",
            )
        ]
        indexes = [
            models.Index(fields=["icb", "ceased_on"]),
            models.Index(fields=["local_authority", "ceased_on"]),
            # The plans list reads a page of live plans newest first from these, 25 entries,
            # instead of sorting all the ICB's live plans for each page. Partial: PostgreSQL
            # does not read (ceased_on, issued_on) in issue-date order for ceased_on IS NULL.
            models.Index(
                fields=["icb", "issued_on", "id"],
                condition=models.Q(ceased_on__isnull=True),
                name="ehcplan_live_icb_newest",
            ),
            models.Index(
                fields=["local_authority", "issued_on", "id"],
                condition=models.Q(ceased_on__isnull=True),
                name="ehcplan_live_la_newest",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"EHCP-{self.pk:06d}" if self.pk else "EHCP-new"

    @property
    def is_live(self) -> bool:
        return self.ceased_on is None

    @property
    def last_review_or_issue(self):
        return self.last_reviewed_on or self.issued_on


# The queue's order and what it filters on: an index after the ICB or LA covers its pages.
QUEUE_ORDER = ["due_on", "plan", "milestone", "shown_from", "shown_until"]


class PlanDueItem(models.Model):
    """One item a plan has due or missing and the days the queue lists it (``domain.
    due_windows``): kept by ``transitions.services.refresh_due_items`` whenever a plan or its
    child's date of birth changes, in the same transaction, so the queue filters and counts
    these rows by today's date with an index range instead of working out every plan's items
    on every view."""

    plan = models.ForeignKey(EhcPlan, on_delete=models.CASCADE, related_name="due_items")
    # Copied from the plan with the rest (``refresh_due_items``), so the queue is scoped and
    # read in due order from one index, not by every plan of the ICB's items sorted.
    icb = models.ForeignKey(
        "organisations.Organisation", null=True, on_delete=models.CASCADE, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", null=True, on_delete=models.CASCADE, related_name="+"
    )
    milestone = models.CharField(max_length=30)
    due_on = models.DateField()
    shown_from = models.DateField()
    shown_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "plan_id", "milestone"]
        indexes = [
            models.Index(fields=["due_on", "plan", "milestone", "shown_from"]),
            models.Index(fields=["icb", *QUEUE_ORDER], name="transitions_due_by_icb"),
            models.Index(fields=["local_authority", *QUEUE_ORDER], name="transitions_due_by_la"),
        ]

    def __str__(self) -> str:
        return f"{self.milestone} {self.due_on}"


class AnnualReview(models.Model):
    """An annual review of a plan (CFA 2014 s44) and health's part in it."""

    plan = models.ForeignKey(EhcPlan, on_delete=models.CASCADE, related_name="reviews")
    held_on = models.DateField(help_text="The date of the review meeting.")
    health_attended = models.BooleanField()
    health_attendees = models.CharField(max_length=300, blank=True)
    health_contribution = models.TextField(blank=True)
    contribution_submitted_on = models.DateField(null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"Annual review {self.pk}"

    @property
    def child_id(self) -> int:
        return self.plan.child_id


class ReminderDigest(models.Model):
    """One weekly email of what is due to an ICB's DCO team mailbox. The unique day makes the
    task idempotent per day, even on several workers."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    sent_on = models.DateField()
    items = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["icb", "sent_on"], name="one_transitions_digest_a_day")
        ]

    def __str__(self) -> str:
        return f"Digest {self.sent_on}"
