"""Section 23 notifications (Children and Families Act 2014 s23).

An NHS body (a provider trust or the ICB) that forms the opinion that a child under compulsory
school age has, or probably has, special educational needs or a disability must tell the
child's parent, give them the chance to discuss the opinion, and bring it to the attention of
the child's local authority (s23(2)-(3)); it must also tell the parent of any voluntary
organisation likely to help (s23(4)). The local authority acknowledges each notification; the
DCO monitors that providers make them.
"""

from django.conf import settings
from django.db import models


class Section23Notification(models.Model):
    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="section23_notifications"
    )
    # Copied from the child and the service, so scoping and figures need no join.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    service = models.ForeignKey("organisations.Service", on_delete=models.PROTECT, related_name="+")
    opinion_on = models.DateField(help_text="The date health formed the opinion.")
    needs = models.JSONField(default=list, help_text="SEN2 need types.")
    description = models.TextField(blank=True)
    parent_told_on = models.DateField(
        help_text="The date the parent was told of the opinion and of the duty to notify."
    )
    discussion_offered_on = models.DateField()
    voluntary_organisation_suggested = models.BooleanField(default=False)
    voluntary_organisation = models.CharField(max_length=200, blank=True)
    notified_on = models.DateField(help_text="The date the local authority was told.")
    enquiry = models.ForeignKey(
        "enquiries.Enquiry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_on = models.DateField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reminded_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the local authority was reminded that it had not acknowledged this "
        "notification (once only).",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-notified_on", "-pk"]
        indexes = [
            models.Index(fields=["icb", "notified_on"]),
            models.Index(fields=["local_authority", "acknowledged_on"]),
            models.Index(fields=["provider", "notified_on"]),
            models.Index(fields=["child", "notified_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"S23-{self.pk:06d}" if self.pk else "S23-new"


class MissedNotification(models.Model):
    """A child who came to an EHC needs assessment in an ICB's area under compulsory school age
    (when health was first asked for advice there) with no Section 23 notification to that ICB
    on or before then (``domain.is_missed``). Kept by ``services.refresh_missed`` in the
    transaction of every change to a request for advice, a notification or a child's date of
    birth, so the DCO's "assessed, not notified" page pages these few rows with an index
    instead of grouping every request of the area on every view."""

    child = models.ForeignKey("children.Child", on_delete=models.CASCADE, related_name="+")
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    first_asked_on = models.DateField(help_text="When health was first asked for advice.")

    class Meta:
        ordering = ["-first_asked_on", "-child_id"]
        constraints = [
            models.UniqueConstraint(fields=["child", "icb"], name="one_missed_per_child_and_icb")
        ]
        indexes = [models.Index(fields=["icb", "first_asked_on", "child"])]

    def __str__(self) -> str:
        return f"{self.child_id} {self.first_asked_on}"
