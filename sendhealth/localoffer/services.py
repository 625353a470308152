"""Changes to the Local Offer, each audited, in one transaction: drafts, publication, an entry
for every health service, imports from another ORUK feed, and reminders of stale information."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from django.db import transaction
from django.utils import timezone

from sendhealth.core.audit import Auditor
from sendhealth.core.services import locked
from sendhealth.localoffer import domain, oruk
from sendhealth.localoffer.models import (
    DirectoryService,
    Location,
    Publication,
    Taxonomy,
    TaxonomyTerm,
)
from sendhealth.organisations.models import Organisation, Service

logger = logging.getLogger(__name__)


def current_draft(service: DirectoryService) -> dict:
    """The values being edited: the draft if there is one, else the live values."""
    if service.draft:
        draft = dict(service.draft)
        draft["locations"] = domain.draft_locations(draft)
        draft.pop("location", None)
        return draft
    return {
        **{name: getattr(service, name) for name in domain.DRAFT_FIELDS},
        "terms": [str(t) for t in service.terms.values_list("pk", flat=True)],
        "locations": [
            {"id": str(loc.pk), **{name: getattr(loc, name) for name in domain.LOCATION_FIELDS}}
            for loc in service.locations.order_by("name", "pk")
        ],
    }


def jsonable(value):
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, uuid.UUID | TaxonomyTerm):
        return str(getattr(value, "pk", value))
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


@transaction.atomic
def save_draft(service: DirectoryService, values: dict, *, auditor: Auditor) -> list[str]:
    """Keep the edited values as the draft (the public still sees what was published).
    Returns the names of what changed from what was there before (audited)."""
    service = locked(service)
    before = jsonable(current_draft(service))
    after = jsonable(values)
    changed = sorted(k for k in after if before.get(k) != after.get(k))
    if not changed:
        return []
    service.draft = after
    if service.publication == Publication.PUBLISHED:
        service.publication = Publication.CHANGED
    service.save(update_fields=["draft", "publication", "last_modified"])
    auditor.update(service, {"draft": changed})
    return changed


@transaction.atomic
def publish(service: DirectoryService, *, auditor: Auditor, today: date | None = None):
    """The DCO team publishes the draft (or confirms the live information) as checked today."""
    service = locked(service)
    draft = service.draft or jsonable(current_draft(service))
    for name in domain.DRAFT_FIELDS:
        setattr(service, name, draft.get(name, getattr(service, name)))
    _publish_locations(service, domain.draft_locations(draft))
    service.terms.set(TaxonomyTerm.objects.filter(pk__in=draft.get("terms", [])))
    service.assured_date = today or timezone.localdate()
    service.assurer_email = getattr(auditor.user, "email", "") or ""
    service.publication = Publication.PUBLISHED
    service.published_at = service.published_at or timezone.now()
    service.draft = {}
    service.reminded_on = None
    service.save()
    auditor.update(service, {"published": sorted(draft), "assured_date": service.assured_date})
    return service


def _publish_locations(service: DirectoryService, wanted: list[dict]) -> None:
    """Make the service's locations those of the draft: one already published keeps its id
    (and its ``service_at_location`` id, which other directories hold), new ones are made,
    and those the draft no longer has are removed."""
    existing = {str(loc.pk): loc for loc in service.locations.all()}
    kept: set[str] = set()
    for values in wanted:
        if not (values.get("name") and values.get("address_1")):
            continue
        loc = existing.get(str(values.get("id") or ""))
        if loc is None or str(loc.pk) in kept:
            loc = Location(service=service)
        for name in domain.LOCATION_FIELDS:
            value = values.get(name) or ("" if name not in ("opens_at", "closes_at") else None)
            if name in ("opens_at", "closes_at") and isinstance(value, str):
                value = time.fromisoformat(value)
            setattr(loc, name, value)
        loc.save()
        kept.add(str(loc.pk))
    service.locations.exclude(pk__in=kept).delete()


@transaction.atomic
def ensure_entries(icb: Organisation, *, auditor: Auditor) -> int:
    """An entry (unpublished) for every active health service of the ICB's area that has none,
    so that every health service can be in the Local Offer."""
    missing = Service.objects.filter(
        provider__parent=icb, is_active=True, local_offer_entry__isnull=True
    ).select_related("provider")
    made = 0
    for s in missing:
        entry = DirectoryService.objects.create(
            icb=icb,
            health_service=s,
            organization_id=uuid.uuid5(
                uuid.NAMESPACE_DNS, f"{s.provider.code or s.provider.pk}.ods"
            ),
            organization_name=s.provider.name,
            name=s.name,
            email=s.email,
        )
        auditor.create(entry, {"health_service": s.pk})
        made += 1
    return made


# -- reading another publisher's feed ------------------------------------------------------------


class FeedError(Exception):
    """The feed could not be read, or a record is not valid ORUK 3.0: nothing was imported."""


@dataclass
class ImportResult:
    feed: str
    services: int
    replaced: int


def _get(url: str, timeout: float) -> dict:
    headers = {"Accept": "application/json", "User-Agent": "sendhealth"}
    request = Request(url, headers=headers)  # noqa: S310 (fetch_feed allows http(s) only)
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) checked)
            return json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise FeedError(f"Could not read {url}: {exc}") from exc


def fetch_feed(root: str, *, per_page: int = 50, timeout: float = 10, max_pages: int = 200):
    """Every service of an ORUK 3.0 feed, in full, each checked against the profile's schema.
    Raises ``FeedError`` on the first problem."""
    if not root.startswith(("http://", "https://")):
        raise FeedError("The feed's address must start with http:// or https://")
    root = root.rstrip("/")
    records = []
    number = 1
    while number <= max_pages:
        listing = _get(
            f"{root}/services?{urlencode({'page': number, 'per_page': per_page})}", timeout
        )
        if not isinstance(listing, dict) or not isinstance(listing.get("contents"), list):
            raise FeedError(f"Page {number} of {root}/services is not an ORUK page")
        for item in listing["contents"]:
            if not isinstance(item, dict) or "id" not in item:
                raise FeedError(f"Page {number} has a service without an id")
            full = _get(f"{root}/services/{item['id']}", timeout)
            problems = oruk.errors("service", full)
            if problems:
                raise FeedError(f"Service {item['id']} is not valid ORUK 3.0: {problems[0]}")
            records.append(full)
        if listing.get("last_page", True) or not listing["contents"]:
            break
        number += 1
    return records


def _time(value):
    try:
        return time.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


@transaction.atomic
def import_feed(root: str, icb: Organisation, *, auditor: Auditor, **fetch) -> ImportResult:
    """Read a whole feed and replace what was read from it before, all or nothing. Imported
    services are published as they come (their publisher checked them), with their own
    ``assured_date``."""
    root = root.rstrip("/")
    records = fetch_feed(root, **fetch)  # raises before anything is written
    previous = DirectoryService.objects.filter(icb=icb, source_feed=root)
    replaced = previous.count()
    previous.delete()
    taxonomies: dict[str, Taxonomy] = {}
    made = 0
    for r in records:
        org = r.get("organization") or {}
        service = DirectoryService.objects.create(
            id=domain.imported_id(root, r["id"]),
            icb=icb,
            source_feed=root,
            external_id=r["id"],
            organization_id=uuid.UUID(r.get("organization_id") or org.get("id") or r["id"]),
            organization_name=org.get("name", "")[:200],
            organization_description=org.get("description", ""),
            name=r["name"][:200],
            description=r.get("description", ""),
            who_for=r.get("eligibility_description", ""),
            minimum_age=r.get("minimum_age"),
            maximum_age=r.get("maximum_age"),
            referral=r.get("application_process", ""),
            typical_wait=str(r.get("wait_time", ""))[:200],
            fees=r.get("fees", ""),
            url=r.get("url", ""),
            email=r.get("email", ""),
            languages=[x.get("name", "") for x in r.get("languages", []) if x.get("name")],
            status=r["status"],
            assured_date=date.fromisoformat(r["assured_date"][:10])
            if r.get("assured_date")
            else None,
            publication=Publication.PUBLISHED,
            published_at=timezone.now(),
        )
        schedules = {s.get("service_at_location_id"): s for s in r.get("schedules", [])}
        for sal in r.get("service_at_locations", []):
            loc = sal.get("location") or {}
            address = (loc.get("addresses") or [{}])[0]
            sched = schedules.get(sal.get("id"), {})
            Location.objects.create(
                service=service,
                name=(loc.get("name") or address.get("address_1", ""))[:200],
                address_1=address.get("address_1", "")[:200],
                city=address.get("city", "")[:100],
                postcode=address.get("postal_code", "")[:10],
                byday=(sched.get("byday") or "")[:30],
                opens_at=_time(sched.get("opens_at")),
                closes_at=_time(sched.get("closes_at")),
            )
        terms = []
        for attribute in r.get("attributes", []):
            t = attribute.get("taxonomy_term")
            if not t:
                continue
            tax_name = t.get("taxonomy") or "Imported"
            if tax_name not in taxonomies:
                taxonomies[tax_name], _ = Taxonomy.objects.get_or_create(
                    name=tax_name, defaults={"description": f"Terms read from {root}"}
                )
            term, _ = TaxonomyTerm.objects.get_or_create(
                taxonomy=taxonomies[tax_name],
                code=(t.get("code") or t["name"])[:50],
                defaults={"name": t["name"][:200], "description": t.get("description", "")},
            )
            terms.append(term)
        service.terms.set(terms)
        made += 1
    auditor.record(
        "update",
        object_type="localoffer.Feed",
        object_id=str(uuid.uuid5(uuid.NAMESPACE_URL, root)),
        changes={"feed": root, "imported": made, "replaced": replaced},
    )
    logger.info("local offer import feed=%s services=%d", root, made)
    return ImportResult(feed=root, services=made, replaced=replaced)
