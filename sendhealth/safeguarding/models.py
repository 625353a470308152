"""Safeguarding referrals about a child that the DCO made or saw from another agency, with a
follow-up the DCO must check (domain capability 8, vulnerable groups and safeguarding).

Very sensitive: reach referrals only through ``Scope.safeguarding_referrals()`` and audit
every read and change. The DCO and DCO team of the ICB see and record them; the child's local
authority reads them; providers never see them.
"""

from django.conf import settings
from django.db import models


class Recipient(models.TextChoices):
    """To whom a referral was made."""

    CHILDRENS_SOCIAL_CARE = "social_care", "Children's social care"
    MASH = "mash", "Multi-agency safeguarding hub (MASH)"
    POLICE = "police", "Police"
    HEALTH_SAFEGUARDING = "health", "Health safeguarding team"
    OTHER = "other", "Other"


class Origin(models.TextChoices):
    """Whether the DCO made the referral or saw one made by another agency."""

    MADE_BY_DCO = "dco", "Made by the DCO service"
    SEEN_FROM_AGENCY = "agency", "Seen from another agency"


class SafeguardingReferral(models.Model):
    child = models.ForeignKey(
        "children.Child", on_delete=models.PROTECT, related_name="safeguarding_referrals"
    )
    # Copied from the child when recorded, so scoping needs no join through it.
    local_authority = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    origin = models.CharField(max_length=10, choices=Origin.choices)
    made_to = models.CharField(max_length=12, choices=Recipient.choices)
    made_to_detail = models.CharField(
        max_length=200, blank=True, help_text="The organisation or team, e.g. which MASH."
    )
    referred_on = models.DateField()
    reason = models.TextField(help_text="A summary of the concern, no more than needed.")
    follow_up_due_on = models.DateField(null=True, blank=True)
    follow_up_done_on = models.DateField(null=True, blank=True)
    outcome = models.TextField(blank=True)
    next_reminder_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-referred_on", "-pk"]
        indexes = [
            models.Index(fields=["icb", "follow_up_done_on", "follow_up_due_on"]),
            models.Index(fields=["local_authority", "referred_on"]),
            models.Index(fields=["next_reminder_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"SG-{self.pk:06d}" if self.pk else "SG-new"

    @property
    def made_to_text(self) -> str:
        label = self.get_made_to_display()
        return f"{label}: {self.made_to_detail}" if self.made_to_detail else label
