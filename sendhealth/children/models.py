"""Children and young people known to the SEND health service."""

from django.db import models

from sendhealth.organisations.models import Organisation, OrganisationKind


class NeedType(models.TextChoices):
    """SEN2 primary need types (DfE SEN2 return)."""

    SPLD = "SPLD", "Specific learning difficulty"
    MLD = "MLD", "Moderate learning difficulty"
    SLD = "SLD", "Severe learning difficulty"
    PMLD = "PMLD", "Profound and multiple learning difficulty"
    SEMH = "SEMH", "Social, emotional and mental health"
    SLCN = "SLCN", "Speech, language and communication needs"
    HI = "HI", "Hearing impairment"
    VI = "VI", "Vision impairment"
    MSI = "MSI", "Multi-sensory impairment"
    PD = "PD", "Physical disability"
    ASD = "ASD", "Autistic spectrum disorder"
    DS = "DS", "Down syndrome"
    OTH = "OTH", "Other difficulty or disability"


class Child(models.Model):
    """A child or young person. Special category health data: reach it only through
    ``sendhealth.core.scoping.Scope`` and audit every read and change."""

    nhs_number = models.CharField(max_length=10, unique=True)
    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100)
    date_of_birth = models.DateField()
    local_authority = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"kind": OrganisationKind.LOCAL_AUTHORITY},
    )
    setting = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pupils",
        limit_choices_to={"kind": OrganisationKind.SETTING},
    )
    primary_need = models.CharField(max_length=4, choices=NeedType.choices)
    secondary_needs = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        "accounts.User", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name_plural = "children"
        indexes = [
            models.Index(fields=["local_authority", "family_name"]),
            models.Index(fields=["family_name", "given_name"]),
        ]

    def __str__(self) -> str:
        return f"Child {self.pk}"  # never a name: str() ends up in logs and admin messages

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def icb_id(self) -> int | None:
        return self.local_authority.parent_id
