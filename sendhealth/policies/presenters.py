"""What the policy pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sendhealth.core.presenters import format_date, tag
from sendhealth.policies.domain import Review, review_state
from sendhealth.policies.models import Policy

_TAGS = {
    Review.RETIRED: ("Withdrawn", "returned"),
    Review.IN_DATE: ("In date", "accepted"),
    Review.DUE_SOON: ("Review due soon", "due_soon"),
    Review.OVERDUE: ("Review overdue", "overdue"),
}

TABLE_HEAD = [
    {"text": "Policy"},
    {"text": "Owner"},
    {"text": "Version"},
    {"text": "Review date"},
    {"text": "Review"},
]


def review_of(policy: Policy, today: date) -> Review:
    return review_state(policy.review_due_on, policy.retired_on, today)


def review_tag(policy: Policy, today: date) -> dict:
    return tag(*_TAGS[review_of(policy, today)])


def policy_row(policy: Policy, today: date) -> list[dict]:
    return [
        {
            "text": f"{policy.reference}: {policy.title}",
            "href": reverse("policies:detail", args=[policy.pk]),
        },
        {"text": f"{policy.owner} ({policy.owner_organisation.name})"},
        {"text": policy.version},
        {"text": format_date(policy.review_due_on)},
        {"text": _TAGS[review_of(policy, today)][0]},
    ]


def summary_rows(policy: Policy, applies: list[str]) -> list[dict]:
    def row(key, value):
        return {"key": {"text": key}, "value": {"text": value}}

    return [
        row("Kind", policy.get_kind_display()),
        row("Owner", policy.owner),
        row("Owning organisation", policy.owner_organisation.name),
        row("Applies to", ", ".join(applies) or "The ICB only"),
        row("Version", policy.version),
        row("Approved", format_date(policy.approved_on) or "Not recorded"),
        row("Last reviewed", format_date(policy.last_reviewed_on) or "Not yet reviewed"),
        row("Review date", format_date(policy.review_due_on)),
    ]
