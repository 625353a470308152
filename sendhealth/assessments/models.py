"""EHC needs assessments (the 20-week pathway) and the local authority's SEN2 return.

An ``Assessment`` is one request for an EHC needs assessment and what followed it: the
decision whether to assess (SEN2 module 2), the assessment's outcome (module 3) and the named
plan (module 4a). Its final plan is the transitions register's ``EhcPlan`` (``final_plan``),
not a copy. The people of a return are ``Sen2Person`` rows, matched to the children's register
(``child``) or waiting in the unmatched queue. Modules 4b, 5a, 5b and 5c are kept as
``Sen2Record`` rows, column by column as the return gave them, so a return goes back out as it
came in. Rows are keyed by the local authority's own table ids: a later return updates them.

Special category data: reach it only through ``Scope.assessments_*()`` and audit every read.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sendhealth import rules
from sendhealth.assessments import domain

# The prefix of the table ids sendhealth gives what it records by hand (never the LA's own).
MANUAL_PREFIX = "SH-"


class ImportStatus(models.TextChoices):
    PENDING = "pending", "Waiting to start"
    RUNNING = "running", "Importing"
    DONE = "done", "Imported"
    FAILED = "failed", "Not imported: errors to fix"


def return_file_path(instance: Sen2Return, filename: str) -> str:
    # Never the uploader's file name.
    return f"sen2/{instance.file_token}"


class Sen2Return(models.Model):
    """One upload of an LA's SEN2 return, kept (file included) for the audit trail."""

    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    collection_year = models.PositiveSmallIntegerField()
    file = models.FileField(upload_to=return_file_path)
    file_token = models.CharField(max_length=40)
    file_format = models.CharField(max_length=10)  # "zip" (Blade CSVs) or "xlsx"
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    progress = models.PositiveSmallIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    counts = models.JSONField(default=dict, blank=True)
    persons = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        indexes = [models.Index(fields=["local_authority", "uploaded_at"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"SEN2-{self.pk:06d}" if self.pk else "SEN2-new"

    @property
    def match_rate(self) -> float | None:
        return self.matched / self.persons if self.persons else None


class MatchMethod(models.TextChoices):
    NONE = "", "Not matched"
    UPN = "upn", "UPN and date of birth"
    ULN = "uln", "ULN and date of birth"
    NAME_DOB = "name_dob", "Name and date of birth"
    LINKED = "linked", "Linked by the local authority"


class Sen2Person(models.Model):
    """SEN2 module 1: a person of an LA's return (SEN2 carries no NHS number)."""

    local_authority = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,  # the unique (LA, person table id) index serves it
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    person_table_id = models.CharField(max_length=50)
    surname = models.CharField(max_length=100, blank=True)
    forename = models.CharField(max_length=100, blank=True)
    birth_date = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=2, blank=True)
    ethnicity = models.CharField(max_length=4, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    upn = models.CharField(max_length=13, blank=True, db_index=True)
    uln = models.CharField(max_length=10, blank=True)
    upn_unknown = models.CharField(max_length=4, blank=True)
    extra = models.JSONField(default=dict, blank=True)  # the return's other columns, as given
    child = models.ForeignKey(
        "children.Child",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sen2_persons",
    )
    match_method = models.CharField(
        max_length=10, choices=MatchMethod.choices, blank=True, default=""
    )
    last_return = models.ForeignKey(
        Sen2Return, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["surname", "forename", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["local_authority", "person_table_id"], name="sen2_person_la_id"
            )
        ]
        indexes = [models.Index(fields=["local_authority", "child"])]

    def __str__(self) -> str:
        return f"SEN2 person {self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}".strip()


class TribunalOutcome(models.TextChoices):
    NONE = "", "Not decided"
    ALLOWED = "allowed", "Appeal allowed"
    ALLOWED_IN_PART = "allowed_in_part", "Appeal allowed in part"
    DISMISSED = "dismissed", "Appeal dismissed"
    WITHDRAWN = "withdrawn", "Appeal withdrawn"
    CONCEDED = "conceded", "Conceded by the local authority"
    STRUCK_OUT = "struck_out", "Appeal struck out"


class TribunalOrderKind(models.TextChoices):
    """What the tribunal's order requires of the local authority: the kinds SEND Regulations
    2014 reg 44(2) times (``rules.TribunalOrder``)."""

    NONE = "", "No order recorded"
    CEASE = "cease", "Appeal against ceasing the plan dismissed: cease to maintain it"
    ASSESS = "assess", "Make an EHC needs assessment or reassessment"
    MAKE_PLAN = "make_plan", "Make and maintain an EHC plan"
    CONTINUE = "continue", "Continue to maintain the EHC plan"
    AMEND = "amend", "Amend the plan (needs or provision)"
    AMEND_SCHOOL = "amend_school", "Amend only the school or institution named, or its type"


class Assessment(models.Model):
    """A request for an EHC needs assessment and its 20 weeks: SEN2 modules 2, 3 and 4a."""

    local_authority = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,  # the (LA, request table id) and (LA, received) indexes serve it
    )
    icb = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,  # the (ICB, received) index serves it
    )
    child = models.ForeignKey(
        "children.Child",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessments",
    )
    person = models.ForeignKey(
        Sen2Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="assessments"
    )
    # -- module 2: the request and the decision whether to assess (reg 5(1)) -----------------
    requests_table_id = models.CharField(max_length=50)
    received_on = models.DateField(null=True, help_text="The date the LA received the request.")
    request_source = models.CharField(max_length=4, blank=True)
    rya = models.BooleanField(null=True)
    request_outcome_on = models.DateField(null=True, blank=True)
    request_outcome = models.CharField(max_length=4, blank=True)
    request_mediation = models.BooleanField(null=True)
    request_tribunal = models.BooleanField(null=True)
    exported = models.CharField(max_length=10, blank=True)
    # -- module 3: the assessment's outcome: plan issued, or not (reg 10(1), 13(2)) -----------
    assessment_table_id = models.CharField(max_length=50, blank=True)
    assessment_outcome = models.CharField(max_length=4, blank=True)
    assessment_outcome_on = models.DateField(null=True, blank=True)
    assessment_mediation = models.BooleanField(null=True)
    assessment_tribunal = models.BooleanField(null=True)
    other_mediation = models.BooleanField(null=True)
    other_tribunal = models.BooleanField(null=True)
    week20 = models.BooleanField(null=True, help_text='SEN2 "20-week exceptions apply".')
    # -- module 4a: the named plan ------------------------------------------------------------
    named_plan_table_id = models.CharField(max_length=50, blank=True)
    plan_start_on = models.DateField(null=True, blank=True)
    plan_res = models.CharField(max_length=4, blank=True)
    plan_wbp = models.CharField(max_length=4, blank=True)
    pb = models.BooleanField(null=True)
    oa = models.BooleanField(null=True)
    dp = models.CharField(max_length=4, blank=True)
    plan_ceased_on = models.DateField(null=True, blank=True)
    plan_cease_reason = models.CharField(max_length=2, blank=True)
    # -- sendhealth's own, beyond SEN2 --------------------------------------------------------
    draft_plan_on = models.DateField(null=True, blank=True)
    exception_decision = models.BooleanField(default=False, help_text="reg 5(4) applies")
    exception_not_to_issue = models.BooleanField(default=False, help_text="reg 10(4) applies")
    exception_final_plan = models.BooleanField(default=False, help_text="reg 13(3) applies")
    primary_need = models.CharField(max_length=4, blank=True)  # SEN2 5c, rank 1
    # Mediation and tribunal: SEN2 carries only yes/no (modules 2 and 3); the dates are
    # sendhealth's own and a later return never overwrites them.
    mediation_on = models.DateField(null=True, blank=True, help_text="The mediation meeting.")
    mediation_certificate_on = models.DateField(
        null=True, blank=True, help_text="The mediation certificate was issued (HESC r20(1)(b))."
    )
    appeal_registered_on = models.DateField(
        null=True, blank=True, help_text="The tribunal registered the appeal."
    )
    hearing_on = models.DateField(null=True, blank=True, help_text="The tribunal hearing.")
    tribunal_decision_on = models.DateField(
        null=True, blank=True, help_text="The tribunal's decision."
    )
    tribunal_outcome = models.CharField(
        max_length=16, blank=True, choices=TribunalOutcome.choices, default=""
    )
    tribunal_order = models.CharField(
        max_length=16,
        blank=True,
        choices=TribunalOrderKind.choices,
        default="",
        help_text="What the order requires: its deadlines run from the decision (reg 44).",
    )
    final_plan = models.OneToOneField(
        "transitions.EhcPlan",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessment",
    )
    extra = models.JSONField(default=dict, blank=True)  # the return's other columns, as given
    last_return = models.ForeignKey(
        Sen2Return, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-received_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["local_authority", "requests_table_id"], name="assessment_la_request_id"
            )
        ]
        indexes = [
            models.Index(fields=["icb", "received_on"]),
            models.Index(fields=["local_authority", "received_on"]),
            models.Index(fields=["local_authority", "assessment_table_id"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"EHCNA-{self.pk:06d}" if self.pk else "EHCNA-new"

    @property
    def deadlines(self) -> rules.EHCDeadlines | None:
        return rules.ehc_deadlines(self.received_on) if self.received_on else None

    @property
    def not_assessed(self) -> str | None:
        """Why the assessment never started (no 16- or 20-week date applies), or None."""
        return domain.not_assessed(self.request_outcome)

    @property
    def clock_ended(self) -> str | None:
        """Why no final plan is due any more (the 20-week date does not apply), or None."""
        return domain.clock_ended(self.request_outcome, self.assessment_outcome)

    @property
    def final_plan_due(self):
        """The 20-week date (reg 13(2)) while a plan can still be due, else None."""
        if self.received_on is None or self.clock_ended:
            return None
        return rules.ehc_deadlines(self.received_on).final_plan

    @property
    def disputed_decision_on(self):
        """The date of the decision a mediation or appeal is about: the assessment's outcome
        where the dispute is about it, else the decision whether to assess."""
        if self.assessment_mediation or self.assessment_tribunal:
            return self.assessment_outcome_on or self.plan_start_on
        if self.request_mediation or self.request_tribunal:
            return self.request_outcome_on
        return None

    @property
    def appeal_deadline(self):
        """The last day to appeal to the tribunal (HESC Rules r20(1), ``rules``), from the
        decision disputed and the mediation certificate if any."""
        decided = self.disputed_decision_on
        if decided is None:
            return None
        return rules.tribunal_appeal_deadline(decided, self.mediation_certificate_on)

    @property
    def order_deadlines(self) -> list[rules.OrderDeadline]:
        """The days by which the LA must act on the tribunal's order (SEND Regs 2014 reg 44,
        ``rules``), from the day the order was made (the tribunal's decision)."""
        if not self.tribunal_order or self.tribunal_decision_on is None:
            return []
        return rules.tribunal_order_deadlines(self.tribunal_decision_on, self.tribunal_order)

    @property
    def plan_issued(self) -> bool:
        return bool(self.named_plan_table_id or self.final_plan_id)

    @property
    def plan_issued_on(self):
        """The final plan's date: the assessment outcome date where a plan was named (SEN2),
        else the named plan's start date."""
        if not self.plan_issued:
            return None
        return self.assessment_outcome_on or self.plan_start_on


class Sen2Module(models.TextChoices):
    PLAN_DETAIL = "plandetail", "4b Plan detail"
    ACTIVE_PLANS = "activeplans", "5a Active plans"
    PLACEMENT_DETAIL = "placementdetail", "5b Placement detail"
    SEN_NEED = "senneed", "5c SEN need"


class Sen2Record(models.Model):
    """A row of SEN2 module 4b, 5a, 5b or 5c, column by column as the return gave it. For 5a
    (the plan's life) the review dates are also held typed, for the figures."""

    local_authority = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,  # the (LA, module, table id) index serves it
    )
    module = models.CharField(max_length=16, choices=Sen2Module.choices)
    table_id = models.CharField(max_length=50)
    parent_table_id = models.CharField(max_length=50)
    data = models.JSONField(default=dict)
    review_meeting_on = models.DateField(null=True, blank=True)
    review_decided_on = models.DateField(null=True, blank=True)
    # 5a phasetransferduedate (the reg 18(1) deadline: 15 February, or 31 March for a move
    # from secondary school to post-16) and phasetransferfinaldate (the amended plan issued).
    phase_transfer_due_on = models.DateField(null=True, blank=True)
    phase_transfer_final_on = models.DateField(null=True, blank=True)
    last_return = models.ForeignKey(
        Sen2Return, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["module", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["local_authority", "module", "table_id"], name="sen2_record_la_id"
            )
        ]
        indexes = [models.Index(fields=["local_authority", "module", "parent_table_id"])]

    def __str__(self) -> str:
        return f"SEN2 {self.module} {self.pk}"
