"""Health advice for EHC needs assessments (SEND Regulations 2014, reg 6(1)(c) and reg 8).

A local authority raises an ``AdviceRequest`` for a child; the DCO routes it to one or more
health services, each an ``AdviceAssignment`` due 6 weeks after health received the request
(reg 8(1)), whenever the DCO routed it; a service
answers with an ``AdviceSubmission``; the DCO accepts it or returns it for more information; when
every assignment is accepted the DCO returns the advice to the local authority. Every change is
an ``AdviceEvent`` on the request's timeline.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q

from sendhealth.rules import ExceptionReason


class RequestStatus(models.TextChoices):
    NEW = "new", "New"
    ROUTED = "routed", "With health services"
    READY = "ready", "Ready to return"
    RETURNED = "returned", "Returned to local authority"
    WITHDRAWN = "withdrawn", "Withdrawn"


OPEN_REQUEST_STATUSES = (RequestStatus.NEW, RequestStatus.ROUTED, RequestStatus.READY)


class AssignmentStatus(models.TextChoices):
    AWAITING = "awaiting", "Awaiting advice"
    SUBMITTED = "submitted", "Submitted for review"
    RETURNED = "returned", "Returned for more information"
    ACCEPTED = "accepted", "Accepted"
    CANCELLED = "cancelled", "Cancelled"


OPEN_ASSIGNMENT_STATUSES = (
    AssignmentStatus.AWAITING,
    AssignmentStatus.SUBMITTED,
    AssignmentStatus.RETURNED,
)
WITH_SERVICE_STATUSES = (AssignmentStatus.AWAITING, AssignmentStatus.RETURNED)

# "Due soon" and "overdue", defined once for the queue, the tray, the dashboard and the API.
# Both are about advice still with the service (awaiting, or returned for more information):
# advice sent and waiting on the DCO's review is neither.
DUE_SOON_DAYS = 7  # due soon: due today or within the next 7 days (inclusive), not overdue


def due_soon_q(today: date, prefix: str = "") -> Q:
    """Advice still with the service, due between ``today`` and ``today`` + 7 days inclusive.
    ``prefix`` names the assignment from another model (``"assignments__"``)."""
    return Q(
        **{
            f"{prefix}status__in": WITH_SERVICE_STATUSES,
            f"{prefix}due_on__gte": today,
            f"{prefix}due_on__lte": today + timedelta(days=DUE_SOON_DAYS),
        }
    )


def overdue_q(today: date, prefix: str = "") -> Q:
    """Advice still with the service after its due date (reg 8(1))."""
    return Q(**{f"{prefix}status__in": WITH_SERVICE_STATUSES, f"{prefix}due_on__lt": today})


class AdviceAssignmentQuerySet(models.QuerySet):
    def due_soon(self, today: date) -> AdviceAssignmentQuerySet:
        return self.filter(due_soon_q(today))

    def overdue(self, today: date) -> AdviceAssignmentQuerySet:
        return self.filter(overdue_q(today))


class AdviceRequest(models.Model):
    """A local authority's request for health advice for an EHC needs assessment."""

    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="advice_requests"
    )
    # Copied from the child when raised, so scoping and figures need no join through it.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    la_received_on = models.DateField(
        help_text="The date the local authority received the request for an EHC needs assessment."
    )
    health_received_on = models.DateField(
        help_text="The date the request for advice reached health (the ICB's DCO service)."
    )
    questions = models.TextField(help_text="What the local authority asks of health.")
    status = models.CharField(
        max_length=10, choices=RequestStatus.choices, default=RequestStatus.NEW
    )
    # Kept by the database from the status (a stored generated column): what the partial
    # indexes of open requests are on.
    is_open = models.GeneratedField(
        expression=Q(status__in=OPEN_REQUEST_STATUSES),
        output_field=models.BooleanField(),
        db_persist=True,
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    raised_at = models.DateTimeField(auto_now_add=True)
    returned_on = models.DateField(null=True, blank=True)
    returned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    return_note = models.TextField(blank=True)
    # The EHC needs assessment this advice is for (the assessments register; set when the LA's
    # SEN2 return or a caseworker links them).
    assessment = models.ForeignKey(
        "assessments.Assessment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="advice_requests",
    )

    class Meta:
        ordering = ["-raised_at"]
        indexes = [
            # The queue's new and ready tabs in their whole order (hundreds of requests share a
            # day received: with the day alone, each of those was joined and sorted for a page).
            models.Index(
                fields=["icb", "status", "health_received_on", "raised_at", "id"],
                name="advice_request_queue",
            ),
            models.Index(fields=["local_authority", "status", "raised_at"]),
            models.Index(fields=["icb", "raised_at"]),  # the API list, newest first
            # The local authority's requests, newest first (without it, every view of the list
            # sorted all of the LA's requests: 145 ms of 196 on the bench).
            models.Index(
                fields=["local_authority", "-raised_at", "-id"], name="advice_la_request_newest"
            ),
            # The dashboard's oldest open requests (open ones only, oldest first).
            models.Index(
                fields=["icb", "health_received_on", "id"],
                condition=Q(is_open=True),
                name="advice_open_request_by_age",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"AR-{self.pk:06d}" if self.pk else "AR-new"


class AdviceAssignment(models.Model):
    """One health service's part of a request. Its advice is due 6 weeks after health received
    the request (reg 8(1)), the same statutory date for every service of the request: routing
    later never moves it."""

    request = models.ForeignKey(AdviceRequest, on_delete=models.CASCADE, related_name="assignments")
    service = models.ForeignKey(
        "organisations.Service", on_delete=models.PROTECT, related_name="assignments"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    # Copied from the request when saved (a request's ICB and local authority never change),
    # so the queue, the tray, the dashboard and the API count and list assignments with an
    # index range scan and no join through the request.
    icb = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        editable=False,
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        editable=False,
    )
    received_on = models.DateField(
        help_text="The date the DCO sent the request to the service (it does not move due_on)."
    )
    due_on = models.DateField(
        help_text="The statutory due date: 6 weeks after health received the request "
        "(request.health_received_on, reg 8(1))."
    )
    status = models.CharField(
        max_length=10, choices=AssignmentStatus.choices, default=AssignmentStatus.AWAITING
    )
    # Kept by the database from the status (a stored generated column): what the partial
    # indexes of open work are on (``is_open`` is the same in Python).
    open_work = models.GeneratedField(
        expression=Q(status__in=OPEN_ASSIGNMENT_STATUSES),
        output_field=models.BooleanField(),
        db_persist=True,
    )
    submitted_on = models.DateField(null=True, blank=True)
    completed_on = models.DateField(
        null=True, blank=True, help_text="The date the accepted advice was submitted."
    )
    has_exception = models.BooleanField(default=False)
    next_reminder_on = models.DateField(null=True, blank=True)
    last_chased_at = models.DateTimeField(null=True, blank=True)
    routed_at = models.DateTimeField(auto_now_add=True)
    routed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AdviceAssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "service"],
                condition=~models.Q(status="cancelled"),
                name="one_open_assignment_per_service",
            )
        ]
        indexes = [
            models.Index(fields=["service", "status", "due_on"]),
            models.Index(fields=["provider", "status", "due_on"]),
            models.Index(fields=["status", "due_on"]),
            models.Index(fields=["status", "next_reminder_on"]),
            models.Index(fields=["provider", "completed_on"]),
            models.Index(fields=["due_on", "id"]),  # the API list, soonest first
            # The ICB's queue tabs and their counts, the dashboard's open work, the API list.
            models.Index(fields=["icb", "status", "due_on"]),
            models.Index(fields=["icb", "due_on", "id"]),
            models.Index(fields=["local_authority", "due_on", "id"]),
            # The dashboard's timeliness: covering, so the period's rows are read from the
            # index alone.
            models.Index(
                fields=[
                    "icb",
                    "completed_on",
                    "service",
                    "provider",
                    "due_on",
                    "has_exception",
                    "status",
                ],
                name="advice_assignment_timeliness",
            ),
            models.Index(fields=["provider", "status", "completed_on"]),
            # Open work only (a small part of the table), soonest due first: the queue's and
            # the tray's pages read these in order and stop after a page. A query uses them
            # when it filters on ``open_work=True`` (SQLite proves a partial index applies only
            # from the same literal term, never from a bound ``status IN (?, ?)``).
            models.Index(
                fields=["icb", "due_on", "id"],
                condition=Q(open_work=True),
                name="advice_open_by_icb",
            ),
            models.Index(
                # id: the tray's whole order (due date, then id), so PostgreSQL reads a page
                # from it instead of walking every assignment by due date (its plan before:
                # 87,000 rows read for 25 shown); status and service to filter in the index.
                fields=["provider", "due_on", "id", "status", "service"],
                condition=Q(open_work=True),
                name="advice_open_by_provider",
            ),
            models.Index(
                fields=["icb", "provider", "status", "due_on"],
                condition=Q(open_work=True),
                name="advice_open_work",
            ),
            # The same for a provider user limited to some services, and their "completed in
            # the last 90 days" count (each walked or counted the service's whole history).
            models.Index(
                fields=["service", "due_on", "id"],
                condition=Q(open_work=True),
                name="advice_open_by_service_due",
            ),
            models.Index(fields=["service", "status", "completed_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.request.reference}/{self.pk}"

    def save(self, *args, **kwargs) -> None:
        if self.icb_id is None or self.local_authority_id is None:
            self.copy_from_request()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "icb", "local_authority"}
        super().save(*args, **kwargs)

    def copy_from_request(self) -> None:
        """The request's ICB and local authority, kept on the row (see ``icb``)."""
        self.icb_id = self.request.icb_id
        self.local_authority_id = self.request.local_authority_id

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ASSIGNMENT_STATUSES

    def is_overdue(self, today: date) -> bool:
        return self.status in WITH_SERVICE_STATUSES and self.due_on < today

    def is_due_soon(self, today: date) -> bool:
        return self.status in WITH_SERVICE_STATUSES and today <= self.due_on <= today + timedelta(
            days=DUE_SOON_DAYS
        )


class ReviewDecision(models.TextChoices):
    PENDING = "pending", "Awaiting review"
    ACCEPTED = "accepted", "Accepted"
    RETURNED = "returned", "Returned for more information"


def advice_document_path(instance: AdviceSubmission, filename: str) -> str:
    # The stored name never carries the uploader's file name (it may hold a child's name).
    return f"advice/{instance.assignment_id}/{instance.document_token}"


class AdviceSubmission(models.Model):
    """A service's advice: structured fields and/or an uploaded document."""

    assignment = models.ForeignKey(
        AdviceAssignment, on_delete=models.CASCADE, related_name="submissions"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    author_name = models.CharField(max_length=200)
    author_role = models.CharField(
        max_length=200, help_text="Profession and registration, for example HCPC SL012345."
    )
    advice_date = models.DateField()
    no_health_needs = models.BooleanField(default=False)
    health_needs = models.TextField(blank=True)
    outcomes = models.TextField(blank=True)
    document = models.FileField(upload_to=advice_document_path, blank=True)
    document_token = models.CharField(max_length=40, blank=True)
    document_type = models.CharField(max_length=10, blank=True)
    document_size = models.PositiveIntegerField(null=True, blank=True)
    decision = models.CharField(
        max_length=10, choices=ReviewDecision.choices, default=ReviewDecision.PENDING
    )
    review_reasons = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return f"Submission {self.pk}"


class ProvisionItem(models.Model):
    """One line of health provision: what, who, how often, for how long."""

    submission = models.ForeignKey(
        AdviceSubmission, on_delete=models.CASCADE, related_name="provision"
    )
    what = models.TextField()
    who = models.CharField(max_length=200, help_text="Who delivers it and their qualification.")
    how_often = models.CharField(max_length=200)
    how_long = models.CharField(max_length=200)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.what[:40]


class AdviceException(models.Model):
    """A statutory exception to the 6-week advice clock (reg 8(2)), with its reason and dates."""

    assignment = models.ForeignKey(
        AdviceAssignment, on_delete=models.CASCADE, related_name="exceptions"
    )
    reason = models.CharField(max_length=40, choices=[(r.value, r.label) for r in ExceptionReason])
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Exception {self.pk}"


class EventKind(models.TextChoices):
    RAISED = "raised", "Request raised by the local authority"
    RAISED_FROM_ENQUIRY = "raised_enquiry", "Request raised by the DCO team from an enquiry"
    ROUTED = "routed", "Routed to a service"
    CHASED = "chased", "Service chased"
    REMINDED = "reminded", "Reminder sent"
    SUBMITTED = "submitted", "Advice submitted"
    ACCEPTED = "accepted", "Advice accepted"
    RETURNED_TO_SERVICE = "returned_service", "Returned to the service for more information"
    EXCEPTION = "exception", "Exception recorded"
    CANCELLED = "cancelled", "Service's part cancelled"
    RETURNED_TO_LA = "returned_la", "Advice returned to the local authority"


class AdviceEvent(models.Model):
    """A timestamped, attributed step on a request's timeline."""

    request = models.ForeignKey(AdviceRequest, on_delete=models.CASCADE, related_name="events")
    assignment = models.ForeignKey(
        AdviceAssignment, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    system = models.CharField(max_length=50, blank=True, help_text="The job, when not a person.")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return self.get_kind_display()


class TimelinessCounts(models.Model):
    """Advice completed (accepted, never cancelled) by one service for one local authority of
    one ICB: how many, how many on time (``completed_on <= due_on``, reg 8(1)) and how many
    late with an exception recorded (reg 8(2)). Counts only, no child. Kept by
    ``advice.summary`` in the transaction of every change, so the dashboard's timeliness reads
    a few hundred rows, never the period's assignments."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", null=True, on_delete=models.CASCADE, related_name="+"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    service = models.ForeignKey("organisations.Service", on_delete=models.CASCADE, related_name="+")
    completed = models.PositiveIntegerField(default=0)
    on_time = models.PositiveIntegerField(default=0)
    late_with_exception = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class TimelinessDay(TimelinessCounts):
    """Advice completed on one day (``completed_on``): the ends of a period that are not whole
    months."""

    day = models.DateField()

    class Meta:
        ordering = ["icb_id", "day", "service_id"]
        indexes = [
            models.Index(fields=["icb", "day"]),
            models.Index(fields=["service", "day"]),
        ]

    def __str__(self) -> str:
        return f"Advice completed by service {self.service_id} on {self.day}"


class TimelinessMonth(TimelinessCounts):
    """Advice completed in one calendar month (``month`` is its first day): the sum of its
    days' rows."""

    month = models.DateField()

    class Meta:
        ordering = ["icb_id", "month", "service_id"]
        indexes = [
            models.Index(fields=["icb", "month"]),
            models.Index(fields=["service", "month"]),
        ]

    def __str__(self) -> str:
        return f"Advice completed by service {self.service_id} in {self.month:%Y-%m}"


class OpenWorkDay(models.Model):
    """Open assignments (``OPEN_ASSIGNMENT_STATUSES``) of one service for one local authority
    of one ICB, by status and statutory due date: counts only, no child. Kept by
    ``advice.summary`` in the transaction of every change, so the dashboard's open work
    (overdue and due soon as ``overdue_q`` and ``due_soon_q`` say, for any today) reads a few
    thousand rows at most, never every open assignment."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", null=True, on_delete=models.CASCADE, related_name="+"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    service = models.ForeignKey("organisations.Service", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=AssignmentStatus.choices)
    due_on = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["icb_id", "due_on", "service_id"]
        indexes = [
            # Covering (the counts come from the index alone): the dashboard's open work by
            # provider and the queue's tab counts (an ICB's rows, by local authority or not) ...
            models.Index(
                fields=["icb", "provider", "status", "due_on", "local_authority", "count"],
                name="advice_open_work_icb",
            ),
            # ... and the tray's (a provider's rows, or one service's).
            models.Index(
                fields=["provider", "status", "due_on", "service", "count"],
                name="advice_open_work_provider",
            ),
            models.Index(fields=["service", "due_on"]),
        ]

    def __str__(self) -> str:
        return f"Open advice of service {self.service_id} due on {self.due_on}"


class OpenRequestCount(models.Model):
    """How many requests of one local authority of one ICB are open in one status
    (``OPEN_REQUEST_STATUSES``), as the sum of its rows: changes appended (+1, -1), never a
    row updated in place, so two changes at once never wait on each other for it, nor
    deadlock (``advice.summary``). The dashboard's open requests by status and the queue's New
    and Ready tabs read the sums of a few rows, not the 36,000 open requests of the bench's
    area; the daily task collapses each key's rows into one."""

    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=20, choices=RequestStatus.choices)
    change = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(
                fields=["icb", "status", "local_authority", "change"], name="advice_open_requests"
            )
        ]

    def __str__(self) -> str:
        return f"{self.status} requests of {self.local_authority_id}: {self.change:+d}"
