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


# Vulnerable groups the DCO keeps watch on (domain capability 8), as (field name, label).
VULNERABLE_GROUPS = (
    ("looked_after", "Looked after"),
    ("electively_home_educated", "Electively home educated"),
    ("known_to_youth_justice", "Known to youth justice"),
    ("child_in_need", "Child in need"),
    ("child_protection_plan", "Child protection plan"),
)
VULNERABLE_GROUP_FIELDS = tuple(name for name, _ in VULNERABLE_GROUPS)


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
    # Vulnerable groups (see VULNERABLE_GROUPS): one boolean each, so each is a plain filter.
    looked_after = models.BooleanField(default=False)
    electively_home_educated = models.BooleanField(default=False)
    known_to_youth_justice = models.BooleanField(default=False)
    child_in_need = models.BooleanField(default=False)
    child_protection_plan = models.BooleanField(default=False)
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
            # The list of children most recently added: the DCO's (read newest first, stopping
            # at 25 of the ICB's) and the local authority's (issue 16: each view sorted them all).
            models.Index(fields=["-created_at", "-id"], name="children_newest"),
            models.Index(
                fields=["local_authority", "-created_at", "-id"], name="children_la_newest"
            ),
        ]

    def __str__(self) -> str:
        return f"Child {self.pk}"  # never a name: str() ends up in logs and admin messages

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def vulnerable_groups(self) -> list[str]:
        """The labels of the vulnerable groups the child is in, in a fixed order."""
        return [label for name, label in VULNERABLE_GROUPS if getattr(self, name)]

    @property
    def icb_id(self) -> int | None:
        return self.local_authority.parent_id


class ChildMove(models.Model):
    """A child's move from one local authority to another, recorded by the DCO team or by the
    local authority that now holds the case (``children.services.record_move``). The child's
    ``local_authority`` changes; each register's records keep the local authority they were
    made for, so the new local authority sees the child and its own work from then on."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="moves")
    from_local_authority = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+"
    )
    to_local_authority = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    moved_at = models.DateTimeField()
    moved_by = models.ForeignKey(
        "accounts.User", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["moved_at", "pk"]

    def __str__(self) -> str:
        return f"Move {self.pk}"
