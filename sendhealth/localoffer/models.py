"""The Local Offer's service directory: what each health service offers families, published as
Open Referral UK 3.0 (``oruk.py``) and on public pages; and services read from another
publisher's ORUK feed (the council's own non-health services), shown beside health's.

Service information is not personal data. Ids are UUIDs, as ORUK requires.

A health service's entry has live fields (what the public and the feed see) and a ``draft``:
the provider's users and the DCO team edit the draft; the DCO team publishes it, which copies
it onto the live fields and sets ``assured_date`` (the date the information was last checked).
"""

from __future__ import annotations

import uuid

from django.db import models

from sendhealth.organisations.models import Organisation, Service


class Taxonomy(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    description = models.TextField()
    uri = models.URLField(blank=True)
    version = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "taxonomies"

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.CASCADE, related_name="terms")
    code = models.CharField(max_length=50)
    name = models.CharField(max_length=200)
    description = models.TextField()

    class Meta:
        ordering = ["taxonomy__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["taxonomy", "code"], name="unique_localoffer_term")
        ]

    def __str__(self) -> str:
        return self.name


class OrukStatus(models.TextChoices):
    ACTIVE = "active", "Open"
    INACTIVE = "inactive", "Not taking referrals"
    DEFUNCT = "defunct", "Closed"
    TEMPORARILY_CLOSED = "temporarily closed", "Temporarily closed"


class Publication(models.TextChoices):
    DRAFT = "draft", "Not yet published"
    CHANGED = "changed", "Changes awaiting publication"
    PUBLISHED = "published", "Published"


class DirectoryService(models.Model):
    """One service of the Local Offer: a health service of the ICB's area (``health_service``)
    or one read from another publisher's feed (``source_feed``)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    icb = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    health_service = models.OneToOneField(
        Service,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="local_offer_entry",
    )
    source_feed = models.URLField(blank=True, help_text="Empty for the ICB's own health services")
    external_id = models.CharField(max_length=100, blank=True)
    organization_id = models.UUIDField()
    organization_name = models.CharField(max_length=200)
    organization_description = models.TextField(blank=True)
    # What families read (live)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    who_for = models.TextField(blank=True)
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    self_referral = models.BooleanField(default=False)
    referral = models.TextField(blank=True)
    # Entered by hand; ``domain.typical_wait`` prefers the waiting-times register's figures.
    typical_wait = models.CharField(max_length=200, blank=True)
    fees = models.TextField(blank=True, help_text="Empty: free")
    url = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    languages = models.JSONField(default=list, blank=True)
    accessibility = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=OrukStatus.choices, default="active")
    terms = models.ManyToManyField(TaxonomyTerm, blank=True, related_name="services")
    areas = models.ManyToManyField(
        Organisation, blank=True, related_name="+", help_text="Empty: the whole ICB area"
    )
    assured_date = models.DateField(null=True, blank=True)
    assurer_email = models.EmailField(blank=True)
    last_modified = models.DateTimeField(auto_now=True)
    # The workflow
    publication = models.CharField(
        max_length=10, choices=Publication.choices, default=Publication.DRAFT
    )
    draft = models.JSONField(default=dict, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["published_at", "name"]),
            models.Index(fields=["icb", "assured_date"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_feed", "external_id"],
                condition=~models.Q(source_feed=""),
                name="unique_localoffer_import",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_health(self) -> bool:
        return self.health_service_id is not None


class Location(models.Model):
    """Where a service is delivered, with its opening times (one weekly schedule)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(
        DirectoryService, on_delete=models.CASCADE, related_name="locations"
    )
    service_at_location_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    address_1 = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    postcode = models.CharField(max_length=10)
    byday = models.CharField(max_length=30, blank=True, help_text="RFC 5545 days, e.g. MO,TU")
    opens_at = models.TimeField(null=True, blank=True)
    closes_at = models.TimeField(null=True, blank=True)
    accessibility = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
