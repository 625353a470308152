"""The audit trail: who read and changed what, when."""

from django.conf import settings
from django.db import models


class AuditAction(models.TextChoices):
    VIEW = "view", "Viewed"
    CREATE = "create", "Created"
    UPDATE = "update", "Changed"
    DELETE = "delete", "Deleted"
    DOWNLOAD = "download", "Downloaded a document"
    EXPORT = "export", "Exported"
    SEARCH = "search", "Searched"


class AuditLog(models.Model):
    """One read or change of personal data. Written only through ``core.audit.Auditor``.

    ``child_id`` groups every entry about one child, so "who has seen this child's record"
    is one indexed query. ``changes`` holds the changed fields' new values.
    """

    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    system = models.CharField(max_length=50, blank=True)
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=40, blank=True)
    child_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    path = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        # No index on (object_type, object_id): nothing reads by it (the system admin's list
        # filters by type ordered by time, which the index on ``at`` answers, and its search
        # is by ``child_id``, which has its own index), and every entry paid for it: on
        # PostgreSQL a third of the server's CPU for an insert of 50 entries (0.73 ms against
        # 0.49 without it, medians of six rounds of 1,000 on a table of 1,000,000; rt5).
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.action} {self.object_type} {self.object_id}"


class MessageKind(models.TextChoices):
    """What a message is about. Each kind has its own GOV.UK Notify template
    (``NOTIFY_TEMPLATE_<KIND>``)."""

    ROUTED = "routed", "Request routed to your service"
    RETURNED_FOR_INFORMATION = "returned_for_information", "Advice returned for more information"
    RETURNED_TO_LA = "returned_to_la", "Advice returned to the local authority"
    PACKAGE_SECOND_APPROVAL = "package_second_approval", "Package awaits a second approver"
    REMINDER = "reminder", "Reminder"
    CHASE = "chase", "Chase"


class MessageStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be emailed"
    SENDING = "sending", "Being emailed"
    SENT = "sent", "Emailed"
    FAILED = "failed", "Not emailed yet: will try again"
    NO_ADDRESS = "no_address", "Not emailed: no email address"


class Message(models.Model):
    """One message to one recipient: a person (``recipient``) or a shared mailbox of an
    organisation or service (``organisation``/``service``, no ``recipient``). Written only by
    ``core.messaging.send_message`` in the same transaction as the change it tells of, and
    emailed after that commits, so a rolled-back change sends nothing and an unsent message is
    still here to send. It names things by reference only: never a child."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="messages_received",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="For a message to a shared mailbox: whose mailbox.",
    )
    service = models.ForeignKey(
        "organisations.Service",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="For a message to a service's mailbox: which service.",
    )
    to = models.EmailField(blank=True)
    kind = models.CharField(max_length=30, choices=MessageKind.choices)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    reference = models.CharField(max_length=60, blank=True)
    link = models.CharField(max_length=300, blank=True, help_text="A path on this site.")
    created_at = models.DateTimeField(db_index=True)
    status = models.CharField(
        max_length=12, choices=MessageStatus.choices, default=MessageStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"]),
            models.Index(fields=["status", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"Message {self.pk} ({self.kind})"
