"""How Local Offer entries read on the pages."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.localoffer import domain
from sendhealth.localoffer.models import Publication


def checked_text(service, today: date) -> str:
    if service.assured_date is None:
        return "Never checked"
    text = service.assured_date.strftime("%-d %B %Y")
    return text + (" (over 12 months ago)" if domain.is_stale(service.assured_date, today) else "")


def publication_tag(service) -> dict:
    colour = {
        Publication.DRAFT: "nhsuk-tag--grey",
        Publication.CHANGED: "nhsuk-tag--yellow",
        Publication.PUBLISHED: "nhsuk-tag--green",
    }[service.publication]
    return {"text": service.get_publication_display(), "classes": colour}


def entry_row(service, today: date) -> list[dict]:
    stale = domain.is_stale(service.assured_date, today)
    return [
        {"text": service.name, "href": reverse("localoffer:detail", args=[service.pk])},
        {"text": service.organization_name},
        {"text": service.get_publication_display()},
        {"text": checked_text(service, today) + (": needs checking" if stale else "")},
    ]


def location_lines(loc) -> list[str]:
    lines = [loc.name, loc.address_1, loc.city, loc.postcode]
    if loc.byday:
        hours = ""
        if loc.opens_at and loc.closes_at:
            hours = f", {loc.opens_at:%H:%M} to {loc.closes_at:%H:%M}"
        lines.append("Open " + domain.days_text(loc.byday) + hours)
    return lines


def family_rows(service, today: date) -> list[dict]:
    """The service as families read it (summary list rows)."""
    rows = [
        ("What it offers", service.description or "Not given"),
        ("Who it is for", service.who_for or "Not given"),
        ("Ages", domain.ages_text(service.minimum_age, service.maximum_age)),
        (
            "How to be referred",
            ("You can refer yourself. " if service.self_referral else "")
            + (service.referral or ""),
        ),
        ("Typical wait", domain.typical_wait(service) or "Not given"),
        ("Cost", service.fees or "Free"),
        ("Languages", ", ".join(service.languages) or "English"),
        ("Accessibility", service.accessibility or "Not given"),
        ("Status", service.get_status_display()),
        ("Information last checked", checked_text(service, today)),
    ]
    if service.phone:
        rows.append(("Phone", service.phone))
    if service.email:
        rows.append(("Email", service.email))
    if service.url:
        rows.append(("Website", service.url))
    return [{"key": {"text": k}, "value": {"text": v or "Not given"}} for k, v in rows]
