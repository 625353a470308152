"""Each health service's monthly position: referrals, caseload, the waiting list by weeks
waited (the bands of NHS England's community health services waiting list publication,
``domain.BANDS``), median and 92nd percentile wait, and the service's own target.

Figures about a service, never about a child: not personal data."""

from django.conf import settings
from django.db import models

from sendhealth.waitingtimes import domain


class ServicePosition(models.Model):
    icb = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    service = models.ForeignKey(
        "organisations.Service", on_delete=models.PROTECT, related_name="positions"
    )
    month = models.DateField(help_text="The first day of the month the position is for.")
    referrals_received = models.PositiveIntegerField()
    caseload = models.PositiveIntegerField()
    waiting_0_1 = models.PositiveIntegerField()
    waiting_1_2 = models.PositiveIntegerField()
    waiting_2_4 = models.PositiveIntegerField()
    waiting_4_12 = models.PositiveIntegerField()
    waiting_12_18 = models.PositiveIntegerField()
    waiting_18_52 = models.PositiveIntegerField()
    waiting_over_52 = models.PositiveIntegerField()
    median_wait_weeks = models.DecimalField(max_digits=5, decimal_places=1)
    p92_wait_weeks = models.DecimalField(max_digits=5, decimal_places=1)
    target_weeks = models.PositiveSmallIntegerField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["service__provider__name", "service__name", "-month"]
        constraints = [
            models.UniqueConstraint(fields=["service", "month"], name="one_position_a_month")
        ]
        indexes = [models.Index(fields=["icb", "month"])]

    def __str__(self) -> str:
        return f"Position {self.pk}"

    @property
    def waiting_total(self) -> int:
        return sum(getattr(self, name) for name in domain.BAND_FIELDS)

    @property
    def over_target(self) -> bool:
        return domain.over_target(self.p92_wait_weeks, self.target_weeks)
