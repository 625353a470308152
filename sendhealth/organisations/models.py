"""Organisations of a local area: the ICB, local authorities, NHS providers and their services,
and education settings."""

from django.db import models


class OrganisationKind(models.TextChoices):
    ICB = "icb", "Integrated care board"
    LOCAL_AUTHORITY = "la", "Local authority"
    PROVIDER = "provider", "NHS provider"
    SETTING = "setting", "Education setting"


class Organisation(models.Model):
    """One organisation. ``parent`` places it in the area: a local authority's and a provider's
    parent is the ICB whose DCO service covers it; an education setting's is its local authority.

    ``code`` is the ODS code (ICB, provider), the 3-digit LA code, or the DfE URN (setting).
    """

    kind = models.CharField(max_length=10, choices=OrganisationKind.choices)
    name = models.CharField(max_length=200)
    code = models.CharField(max_length=20, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children_orgs"
    )
    email = models.EmailField(blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "code"], condition=~models.Q(code=""), name="unique_org_code"
            )
        ]
        indexes = [models.Index(fields=["kind", "parent"])]

    def __str__(self) -> str:
        return self.name

    @property
    def icb_id(self) -> int | None:
        """The ICB this organisation sits under (itself for an ICB)."""
        if self.kind == OrganisationKind.ICB:
            return self.pk
        if self.kind == OrganisationKind.SETTING:
            return self.parent.parent_id if self.parent else None
        return self.parent_id


class Specialty(models.TextChoices):
    PAEDIATRICS = "paediatrics", "Community paediatrics"
    SALT = "salt", "Speech and language therapy"
    OT = "ot", "Occupational therapy"
    PHYSIO = "physio", "Physiotherapy"
    CAMHS = "camhs", "Child and adolescent mental health (CAMHS)"
    AUDIOLOGY = "audiology", "Audiology"
    NURSING = "nursing", "Nursing (school, specialist and children's community)"
    DIETETICS = "dietetics", "Dietetics"
    OTHER = "other", "Other"


class Service(models.Model):
    """A health service of an NHS provider that is asked for advice."""

    provider = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="services",
        limit_choices_to={"kind": OrganisationKind.PROVIDER},
    )
    name = models.CharField(max_length=200)
    specialty = models.CharField(max_length=20, choices=Specialty.choices)
    email = models.EmailField(blank=True, help_text="Where reminders and chasers are sent.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["provider__name", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.provider.name})"
