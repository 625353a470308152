"""Services as Open Referral UK 3.0 (the UK profile): the JSON of each endpoint, built from
prefetched rows (a fixed number of queries per page), and the schemas to check it against.

The compiled schemas of the profile are in ``oruk_schemas/`` (CC BY-SA 4.0, Open Referral; see
its README). The profile compiles no schema for taxonomies and taxonomy terms; theirs are taken
from HSDS 3.0's ``taxonomy.json`` and ``taxonomy_term.json`` (required: id, name, description)
in ``TAXONOMY_SCHEMA`` and ``TAXONOMY_TERM_SCHEMA``.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator

from sendhealth.localoffer import domain

VERSION = "3.0"
PROFILE = "https://github.com/OpenReferralUK/uk-profile"
SCHEMA_DIR = Path(__file__).resolve().parent / "oruk_schemas"

TAXONOMY_SCHEMA = {
    "type": "object",
    "required": ["id", "name", "description"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "uri": {"type": "string", "format": "uri"},
        "version": {"type": "string"},
    },
}
TAXONOMY_TERM_SCHEMA = {
    "type": "object",
    "required": ["id", "name", "description"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "code": {"type": "string"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "parent_id": {"type": ["string", "null"]},
        "taxonomy": {"type": "string"},
        "taxonomy_id": {"type": "string", "format": "uuid"},
        "term_uri": {"type": "string"},
    },
}
PAGE_SCHEMA = {
    "type": "object",
    "required": [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ],
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer"},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
        "contents": {"type": "array"},
    },
}


@cache
def schema(name: str) -> dict:
    """A schema by name: a compiled profile schema (``service``, ``service_list``,
    ``service_at_location``, ``service_at_location_list``) or ``taxonomy``/``taxonomy_term``."""
    if name == "taxonomy":
        return TAXONOMY_SCHEMA
    if name == "taxonomy_term":
        return TAXONOMY_TERM_SCHEMA
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text())


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(name: str, document: dict) -> list[str]:
    """What is wrong with ``document`` against the schema ``name`` (empty: valid)."""
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
        for e in validator(name).iter_errors(document)
    ]


def page(items: list, *, total: int, number: int, per_page: int) -> dict:
    pages = max(1, math.ceil(total / per_page)) if per_page else 1
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": len(items),
        "first_page": number == 1,
        "last_page": number >= pages,
        "empty": not items,
        "contents": items,
    }


def _clean(d: dict) -> dict:
    """Leave out empty optional values (ORUK readers treat absent and empty alike)."""
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def organization(service) -> dict:
    return _clean(
        {
            "id": str(service.organization_id),
            "name": service.organization_name,
            "description": service.organization_description or service.organization_name,
        }
    )


def service_one_to_one(service) -> dict:
    """The service's own fields (the list endpoints' item)."""
    return _clean(
        {
            "id": str(service.id),
            "organization_id": str(service.organization_id),
            "name": service.name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "fees": service.fees,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "assurer_email": service.assurer_email,
            "last_modified": service.last_modified.isoformat(),
            "organization": organization(service),
        }
    )


def term(t) -> dict:
    return {
        "id": str(t.id),
        "code": t.code,
        "name": t.name,
        "description": t.description,
        "taxonomy": t.taxonomy.name,
        "taxonomy_id": str(t.taxonomy_id),
    }


def taxonomy(t) -> dict:
    return _clean(
        {
            "id": str(t.id),
            "name": t.name,
            "description": t.description,
            "uri": t.uri,
            "version": t.version,
        }
    )


def location(loc) -> dict:
    address = {
        "id": str(domain.child_id(loc.id, "address")),
        "location_id": str(loc.id),
        "address_1": loc.address_1,
        "city": loc.city,
        "state_province": "England",
        "postal_code": loc.postcode,
        "country": "GB",
        "address_type": "physical",
    }
    out = {
        "id": str(loc.id),
        "location_type": "physical",
        "name": loc.name,
        "addresses": [address],
    }
    if loc.accessibility:
        out["accessibility"] = [
            {
                "id": str(domain.child_id(loc.id, "accessibility")),
                "location_id": str(loc.id),
                "description": loc.accessibility,
            }
        ]
    return out


def schedule(service, loc) -> dict | None:
    if not loc.byday:
        return None
    return _clean(
        {
            "id": str(domain.schedule_id(loc.id)),
            "service_id": str(service.id),
            "service_at_location_id": str(loc.service_at_location_id),
            "freq": "WEEKLY",
            "byday": loc.byday,
            "opens_at": loc.opens_at.strftime("%H:%M") if loc.opens_at else None,
            "closes_at": loc.closes_at.strftime("%H:%M") if loc.closes_at else None,
            "description": domain.days_text(loc.byday),
        }
    )


def service_full(service) -> dict:
    """A service with everything related (``/services/{id}``). Needs ``locations``, ``terms``
    (with ``taxonomy``) and ``areas`` prefetched."""
    sid = str(service.id)
    locations = list(service.locations.all())
    out = service_one_to_one(service)
    out["service_at_locations"] = [
        {
            "id": str(loc.service_at_location_id),
            "service_id": sid,
            "location_id": str(loc.id),
            "location": location(loc),
        }
        for loc in locations
    ]
    out["schedules"] = [s for s in (schedule(service, loc) for loc in locations) if s]
    out["service_areas"] = [
        {
            "id": str(domain.child_id(service.id, "area", area.pk)),
            "service_id": sid,
            "name": area.name,
            "extent_type": "text",
            "extent": area.name,
        }
        for area in service.areas.all()
    ]
    out["languages"] = [
        {"id": str(domain.child_id(service.id, "language", n)), "service_id": sid, "name": name}
        for n, name in enumerate(service.languages)
    ]
    out["cost_options"] = (
        [
            {
                "id": str(domain.child_id(service.id, "cost")),
                "service_id": sid,
                "amount_description": service.fees,
            }
        ]
        if service.fees
        else []
    )
    if service.phone or service.email:
        contact = {
            "id": str(domain.child_id(service.id, "contact")),
            "service_id": sid,
            "name": service.name,
        }
        if service.phone:
            contact["phones"] = [
                {"id": str(domain.child_id(service.id, "phone")), "number": service.phone}
            ]
        if service.email:
            contact["email"] = service.email
        out["contacts"] = [contact]
    out["attributes"] = [
        {
            "id": str(domain.child_id(service.id, "attribute", n)),
            "link_id": sid,
            "link_type": "service",
            "taxonomy_term_id": str(t.id),
            "taxonomy_term": term(t),
        }
        for n, t in enumerate(service.terms.all())
    ]
    for extra, value in (
        ("eligibility_description", service.who_for),
        ("application_process", service.referral),
        ("wait_time", domain.typical_wait(service)),
    ):
        if value:
            out[extra] = value  # HSDS 3.0 fields the UK profile leaves to publishers
    return out


def service_at_location_list(loc) -> dict:
    return {
        "id": str(loc.service_at_location_id),
        "service_id": str(loc.service_id),
        "location_id": str(loc.id),
        "location": location(loc),
        "service": service_one_to_one(loc.service),
    }
