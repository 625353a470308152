"""Health provision in EHC plans (Section G) as lines, and what was delivered each month.

Once a plan is final the health commissioning body must arrange the health care provision it
specifies (Children and Families Act 2014 s42). Each line says which service provides what, by
whom, how often (a count per period), for how long a session, from when and until when; a line
the plan words too vaguely to count is kept as written and flagged (``vague``), a finding for
the DCO. A provider returns, for each line and month, the sessions delivered and those not
delivered with a reason. A month with no return is "not reported", never assumed delivered.

Reach lines and returns only through ``Scope.provision_lines()`` and
``Scope.provision_returns()``, and audit every read and change.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models


class Period(models.TextChoices):
    WEEK = "week", "a week"
    HALF_TERM = "half_term", "a half term"
    TERM = "term", "a term"
    YEAR = "year", "a year"
    ONE_OFF = "one_off", "once (one-off)"


class Source(models.TextChoices):
    ADVICE = "advice", "Accepted health advice"
    PLAN_TEXT = "plan_text", "Read from the plan's Section G and confirmed"
    DCO = "dco", "Entered by the DCO team"


class Reason(models.TextChoices):
    ABSENT = "absent", "Child absent or unwell"
    SETTING_CLOSED = "setting_closed", "Setting closed"
    FAMILY_DECLINED = "family_declined", "Family declined"
    STAFFING = "staffing", "Service could not staff it"
    OTHER = "other", "Other"


class PlanLine(models.Model):
    plan = models.ForeignKey(
        "transitions.EhcPlan", on_delete=models.CASCADE, related_name="provision_lines"
    )
    # Copied from the plan and the service, so scoping and figures need no join.
    child = models.ForeignKey("children.Child", on_delete=models.PROTECT, related_name="+")
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    service = models.ForeignKey(
        "organisations.Service", on_delete=models.PROTECT, related_name="provision_lines"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    what = models.TextField(help_text="What is provided, as the plan says it.")
    by_whom = models.CharField(max_length=200, blank=True, help_text="The role that delivers it.")
    count = models.PositiveSmallIntegerField(null=True, blank=True)
    period = models.CharField(max_length=10, choices=Period.choices, blank=True)
    session_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    starts_on = models.DateField()
    ends_on = models.DateField(
        null=True, blank=True, help_text="Empty: until the next review of the plan."
    )
    # Sessions expected in each calendar month the line runs (``domain.monthly_expected``),
    # kept on the row so the shortfall list and the figures aggregate in the database.
    monthly_expected = models.DecimalField(max_digits=7, decimal_places=2, default=Decimal(0))
    vague = models.BooleanField(
        default=False,
        help_text="The plan does not say how often (or what) in a way that can be counted.",
    )
    wording = models.TextField(blank=True, help_text="The plan's or the advice's words.")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.DCO)
    advice_item = models.ForeignKey(
        "advice.ProvisionItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    next_reminder_on = models.DateField(null=True, blank=True)
    # The kept standing over the ICB's shortfall window (``summary``): what the window's
    # returns add up to, whether the line is a shortfall, and whether it expected sessions in
    # the window's last month with no return. Kept in the transaction of every change to the
    # line or its returns; worked out again for the whole ICB when the window moves on.
    window_delivered = models.PositiveIntegerField(default=0)
    window_excused = models.PositiveIntegerField(default=0)
    window_missed = models.PositiveIntegerField(default=0)
    window_reported = models.PositiveSmallIntegerField(default=0)
    short = models.BooleanField(default=False)
    unreported_last = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "advice_item"],
                condition=models.Q(advice_item__isnull=False),
                name="one_line_per_advice_item",
            )
        ]
        indexes = [
            models.Index(fields=["icb", "vague", "starts_on"]),
            models.Index(fields=["service", "starts_on"]),
            models.Index(fields=["provider", "starts_on"]),
            models.Index(fields=["local_authority", "starts_on"]),
            models.Index(fields=["child"]),
            # Partial, as the next one is: Django writes ``short=True`` as a bare boolean,
            # which SQLite matches to an index's WHERE but not to an indexed column (the
            # DCO queue's shortfall count read every line of the ICB).
            models.Index(
                fields=["icb", "plan", "id"],
                condition=models.Q(short=True),
                name="provision_line_short",
            ),
            # Partial: Django writes the test as a bare boolean ("AND unreported_last"), which
            # SQLite matches to an index's WHERE but not to an indexed column.
            models.Index(
                fields=["icb", "service"],
                condition=models.Q(unreported_last=True),
                name="provision_line_unreported",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        """The line's reference, used in the monthly CSV return (``PL-000123``)."""
        return f"PL-{self.pk:06d}" if self.pk else "PL-new"


class MonthlyReturn(models.Model):
    """One month's delivery of one line: sessions delivered, and sessions not delivered with
    the reason. The line's service, provider, local authority and ICB are copied so figures
    group and filter on this table alone."""

    line = models.ForeignKey(PlanLine, on_delete=models.CASCADE, related_name="returns")
    month = models.DateField(help_text="The first day of the month.")
    delivered = models.PositiveSmallIntegerField()
    not_delivered = models.PositiveSmallIntegerField(default=0)
    reason = models.CharField(max_length=16, choices=Reason.choices, blank=True)
    expected = models.DecimalField(max_digits=7, decimal_places=2, default=Decimal(0))
    service = models.ForeignKey("organisations.Service", on_delete=models.PROTECT, related_name="+")
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["line_id", "month"]
        constraints = [
            models.UniqueConstraint(fields=["line", "month"], name="one_return_per_line_month")
        ]
        indexes = [
            models.Index(fields=["icb", "month"]),
            models.Index(fields=["provider", "month"]),
            models.Index(fields=["service", "month"]),
            models.Index(fields=["local_authority", "month"]),
        ]

    def __str__(self) -> str:
        return f"Return {self.pk}"

    @property
    def child_id(self) -> int:
        return self.line.child_id


class ShortfallPolicy(models.Model):
    """The DCO's threshold for a shortfall, one per ICB (default 80% over 3 months)."""

    icb = models.OneToOneField(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    threshold_percent = models.PositiveSmallIntegerField(default=80)
    months = models.PositiveSmallIntegerField(default=3)
    # The last month of the window the lines' kept standing was worked out for (``summary``);
    # empty, or an earlier month, means it is out of date and is worked out again.
    standing_last = models.DateField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Shortfall policy of {self.icb_id}"


class DeliveryMonth(models.Model):
    """The kept sum of one service's returns in one month (``summary``): counts only, no child.
    Kept in the transaction of every change to a return or its line, so the figures read a few
    hundred rows, never the ~750,000 returns."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    service = models.ForeignKey("organisations.Service", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    returns = models.PositiveIntegerField(default=0)
    delivered = models.PositiveIntegerField(default=0)
    expected = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal(0))
    # Sessions not delivered, and returns with sessions not delivered, by reason.
    absent = models.PositiveIntegerField(default=0)
    setting_closed = models.PositiveIntegerField(default=0)
    family_declined = models.PositiveIntegerField(default=0)
    staffing = models.PositiveIntegerField(default=0)
    other = models.PositiveIntegerField(default=0)
    absent_returns = models.PositiveIntegerField(default=0)
    setting_closed_returns = models.PositiveIntegerField(default=0)
    family_declined_returns = models.PositiveIntegerField(default=0)
    staffing_returns = models.PositiveIntegerField(default=0)
    other_returns = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["icb_id", "service_id", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["icb", "provider", "service", "month"], name="one_delivery_month"
            )
        ]
        indexes = [models.Index(fields=["icb", "month"]), models.Index(fields=["service", "month"])]

    def __str__(self) -> str:
        return f"Delivery of service {self.service_id} in {self.month:%Y-%m}"


class ShortfallCount(models.Model):
    """How many of an ICB's lines the kept standing marks as shortfalls (``PlanLine.short``),
    as the sum of its rows: changes appended, never a row updated in place (``summary``). A
    line's standing is worked out with the line locked, and the change to the count (+1, -1,
    or the sum of a batch's) appended in the same transaction; appending takes no lock, so the
    count cannot deadlock a policy refresh (which locks the policy, then the lines) against a
    line edit (which locks the line first). When the window moves on (``current_policy``) the
    ICB's rows are collapsed into one; ``rebuild`` counts the lines from scratch. The DCO
    queue's panel and the figures page read the sum of a few rows, not the ~25,000 short lines
    of the bench's ICB."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    change = models.IntegerField()

    def __str__(self) -> str:
        return f"Shortfalls of {self.icb_id}: {self.change:+d}"
