"""Individual healthcare plans (IHPs) for pupils with medical conditions, as facts not documents
(Children and Families Act 2014 s100; DfE statutory guidance "Supporting pupils at school with
medical conditions", December 2015, updated August 2017): that a plan exists for a child, its
condition area, the school or college, the health service and professional who contributed,
its review date and the staff trained to give the care. No clinical detail beyond the
condition area: the plan itself stays with the school.

Reach plans only through ``Scope.healthcare_plans()`` and audit every read and change. The DCO
and DCO team see all of their ICB's; the child's local authority reads its children's; a
provider user sees the plans its services contributed to.
"""

from django.conf import settings
from django.db import models


class ConditionArea(models.Model):
    """A short list kept as data (editable in the system admin, seeded by a migration)."""

    name = models.CharField(max_length=100, unique=True)
    may_need_emergency_medication = models.BooleanField(
        default=False,
        help_text="Pupils with this condition may need emergency medication "
        "(for example an adrenaline auto-injector, buccal midazolam or glucagon).",
    )
    order = models.PositiveSmallIntegerField(default=100)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class SettingType(models.TextChoices):
    EARLY_YEARS = "early_years", "Early years"
    PRIMARY = "primary", "Primary school"
    SECONDARY = "secondary", "Secondary school"
    SPECIAL = "special", "Special school"
    ALTERNATIVE = "alternative", "Alternative provision"
    COLLEGE = "college", "Further education college"
    OTHER = "other", "Other"


class HealthcarePlan(models.Model):
    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="healthcare_plans"
    )
    # Copied from the child when recorded, so scoping needs no join through it.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    setting = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="healthcare_plans"
    )
    setting_type = models.CharField(max_length=12, choices=SettingType.choices)
    condition_area = models.ForeignKey(
        ConditionArea, on_delete=models.PROTECT, related_name="plans"
    )
    emergency_medication = models.BooleanField(
        default=False, help_text="The pupil may need emergency medication at school."
    )
    service = models.ForeignKey(
        "organisations.Service", on_delete=models.PROTECT, related_name="healthcare_plans"
    )
    professional = models.CharField(
        max_length=200, help_text="Who contributed or signed off the plan: name and role."
    )
    agreed_on = models.DateField()
    review_due_on = models.DateField()
    last_reviewed_on = models.DateField(null=True, blank=True)
    trained_staff = models.PositiveSmallIntegerField(default=0)
    trained_on = models.DateField(null=True, blank=True)
    training_delivered_by = models.CharField(max_length=200, blank=True)
    ended_on = models.DateField(
        null=True, blank=True, help_text="The plan is no longer needed (or the pupil left)."
    )
    next_reminder_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review_due_on", "pk"]
        indexes = [
            models.Index(fields=["icb", "ended_on", "review_due_on"]),
            # The queue's "review overdue" panel, soonest first, read in order (PostgreSQL hashed
            # every child to sort the ICB's overdue plans: 41 ms on the bench).
            models.Index(fields=["icb", "review_due_on", "id"], name="healthcare_plan_review_due"),
            models.Index(fields=["service", "ended_on", "review_due_on"]),
            models.Index(fields=["local_authority", "review_due_on"]),
            models.Index(fields=["setting", "ended_on"]),
            models.Index(fields=["next_reminder_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"IHP-{self.pk:06d}" if self.pk else "IHP-new"


class PlanReview(models.Model):
    """A review of a plan done: when it was due and when it was done (on time or late)."""

    plan = models.ForeignKey(HealthcarePlan, on_delete=models.CASCADE, related_name="reviews")
    due_on = models.DateField()
    done_on = models.DateField()
    next_due_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-done_on", "-pk"]

    def __str__(self) -> str:
        return f"Review of plan {self.plan_id} done {self.done_on}"

    @property
    def child_id(self) -> int:
        return self.plan.child_id

    @property
    def on_time(self) -> bool:
        return self.done_on <= self.due_on
