"""Users, their roles and the organisations they act for."""

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from sendhealth.organisations.models import Organisation, OrganisationKind, Service


class Role(models.TextChoices):
    DCO = "dco", "Designated clinical or medical officer"
    DCO_TEAM = "dco_team", "DCO team administrator"
    PROVIDER = "provider", "Health provider user"
    LOCAL_AUTHORITY = "la", "Local authority caseworker"
    BOARD = "board", "Board viewer"
    SYSADMIN = "sysadmin", "System administrator"


# The kind of organisation each role acts for.
ROLE_ORGANISATION_KIND = {
    Role.DCO: OrganisationKind.ICB,
    Role.DCO_TEAM: OrganisationKind.ICB,
    Role.BOARD: OrganisationKind.ICB,
    Role.SYSADMIN: OrganisationKind.ICB,
    Role.PROVIDER: OrganisationKind.PROVIDER,
    Role.LOCAL_AUTHORITY: OrganisationKind.LOCAL_AUTHORITY,
}

# Roles that see a child's record, and so must use two-factor authentication.
PERSONAL_DATA_ROLES = frozenset({Role.DCO, Role.DCO_TEAM, Role.PROVIDER, Role.LOCAL_AUTHORITY})


class User(AbstractUser):
    """A person who signs in. Their access comes only from their memberships."""

    full_name = models.CharField(max_length=200, blank=True)
    job_title = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return self.full_name or self.username

    @property
    def roles(self) -> frozenset[str]:
        cached = getattr(self, "_roles_cache", None)
        if cached is None:
            cached = frozenset(self.memberships.values_list("role", flat=True))
            self._roles_cache = cached
        return cached

    @property
    def sees_personal_data(self) -> bool:
        return bool(self.roles & PERSONAL_DATA_ROLES)


class Membership(models.Model):
    """A user's role in one organisation. A provider user may be limited to some services of
    their provider; with none chosen they act for all of its services."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    services = models.ManyToManyField(Service, blank=True, related_name="memberships")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="unique_membership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} at {self.organisation}"

    def clean(self) -> None:
        expected = ROLE_ORGANISATION_KIND[Role(self.role)]
        if self.organisation_id and self.organisation.kind != expected:
            raise ValidationError(
                {
                    "organisation": f"A {self.get_role_display().lower()} belongs to "
                    f"an organisation of kind: {expected.label.lower()}."
                }
            )


class ApiToken(models.Model):
    """A bearer token for a partner system acting as a user. Only a hash is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def hash(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User, name: str) -> tuple["ApiToken", str]:
        raw = "sh_" + secrets.token_urlsafe(32)
        return cls.objects.create(user=user, name=name, token_hash=cls.hash(raw)), raw


class ExternalIdentity(models.Model):
    """The stable link between a user and their identity at an OpenID Connect provider: the
    provider's subject identifier (``sub``), never an email address."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="external_identities")
    provider = models.CharField(max_length=20)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)
    assurance_level = models.CharField(max_length=20, blank=True)

    class Meta:
        verbose_name_plural = "external identities"
        constraints = [
            models.UniqueConstraint(fields=["provider", "subject"], name="unique_external_subject")
        ]

    def __str__(self) -> str:
        return f"{self.provider}: {self.subject}"


class SignInMethod(models.TextChoices):
    PASSWORD = "password", "Password"
    PROVIDER = "provider", "Identity provider"


class SignInRecord(models.Model):
    """One sign-in or refused sign-in, by password or through a provider. The system admin
    sees each user's last one; every one is also in the audit trail."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="sign_ins"
    )
    method = models.CharField(max_length=10, choices=SignInMethod.choices)
    provider = models.CharField(max_length=20, blank=True)
    succeeded = models.BooleanField()
    reason = models.CharField(max_length=40, blank=True)
    assurance_level = models.CharField(max_length=20, blank=True)
    provider_mfa = models.BooleanField(default=False)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["user", "succeeded", "at"])]

    def __str__(self) -> str:
        return f"{self.how} {'signed in' if self.succeeded else 'refused'}"

    @property
    def how(self) -> str:
        return self.provider if self.method == SignInMethod.PROVIDER else "password"


class IdentityProviderPolicy(models.Model):
    """The system admin's choice, per provider, of the assurance level that roles seeing
    personal data need (CIS2's ``authentication_assurance_level``). With no row, the
    provider's ``OIDC_<NAME>_MIN_ASSURANCE`` applies."""

    provider = models.CharField(max_length=20, unique=True)
    minimum_assurance_level = models.PositiveSmallIntegerField(
        help_text="Roles that see children's records need at least this level (CIS2: 3)."
    )

    class Meta:
        verbose_name_plural = "identity provider policies"

    def __str__(self) -> str:
        return f"{self.provider}: level {self.minimum_assurance_level}"


class ProviderSession(models.Model):
    """A session started through a provider, so the provider's back-channel logout can end it."""

    session_key = models.CharField(max_length=40, unique=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    provider = models.CharField(max_length=20)
    subject = models.CharField(max_length=255)
    sid = models.CharField(max_length=255, blank=True)
    started_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["provider", "subject"]), models.Index(fields=["sid"])]

    def __str__(self) -> str:
        return f"{self.provider} session"
