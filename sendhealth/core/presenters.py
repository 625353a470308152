"""Formatting for templates, so templates hold no logic: UK dates, due phrases, NHS numbers,
status tags, links.

Markup is never built by joining strings (in Python or in a template): a string with markup in
it is either shown as text (escaped, so the page shows ``<a class=...>``) or trusted whole
(so a child's name could inject markup). ``link`` and ``strong`` build it with every value
escaped; a table cell takes ``{"text": ..., "href": ...}``; anything larger is a
``{% set %}...{% endset %}`` block in the template."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.utils import timezone
from markupsafe import Markup

from sendhealth import rules

if TYPE_CHECKING:
    from sendhealth.accounts.models import User
    from sendhealth.core.models import Message


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return rules.format_date(value)


def format_date_short(value: date | None) -> str:
    return rules.format_date_short(value) if value else ""


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{rules.format_date(local.date())} at {local:%H:%M}"


def due_phrase(due: date | None, today: date | None = None) -> str:
    if due is None:
        return ""
    return rules.due_phrase(due, today or timezone.localdate())


def format_nhs_number(value: str | None) -> str:
    return rules.format_nhs_number(value) if value else ""


def percent(share: float | None, none: str = "") -> str:
    """A share (0 to 1, as the API gives it) as users read it: 0.83 -> "83%", 0.125 -> "13%"
    (half up); ``none`` when there is no share (nothing to divide)."""
    if share is None:
        return none
    from decimal import ROUND_HALF_UP, Decimal

    whole = (Decimal(str(share)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{whole}%"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {word}"


# NHS.UK tag colours by status value, shared by every list.
TAG_COLOURS = {
    "new": "blue",
    "routed": "purple",
    "ready": "green",
    "returned": "grey",
    "withdrawn": "grey",
    "awaiting": "blue",
    "submitted": "purple",
    "accepted": "green",
    "cancelled": "grey",
    "overdue": "red",
    "due_soon": "orange",
    "with_exception": "yellow",
}


def tag(text: str, key: str) -> dict[str, str]:
    """Arguments for the NHS.UK ``tag`` component."""
    colour = TAG_COLOURS.get(key, "white")
    return {"text": text, "classes": f"nhsuk-tag--{colour}"}


@dataclass(frozen=True)
class MessageRow:
    sent: str
    subject: str
    paragraphs: list[Markup]
    reference: str
    link: str
    to: str
    status_tag: dict[str, str]


MESSAGE_STATUS_COLOURS = {
    "sent": "green",
    "pending": "white",
    "sending": "white",
    "failed": "orange",
    "no_address": "grey",
}


def message_rows(messages: Iterable[Message], user: User) -> list[MessageRow]:
    """A message as the Messages page shows it: its body as paragraphs (lines kept), to whom
    (the user, or their team's mailbox) and whether the email went."""
    rows = []
    for message in messages:
        paragraphs = [
            Markup("<br>").join(part.splitlines())
            for part in message.body.strip().split("\n\n")
            if part.strip()
        ]
        if message.recipient_id == user.pk:
            to = f"You ({message.to})" if message.to else "You"
        else:
            to = f"Your team's mailbox ({message.to})"
        rows.append(
            MessageRow(
                sent=format_datetime(message.created_at),
                subject=message.subject,
                paragraphs=paragraphs,
                reference=message.reference,
                link=message.link,
                to=to,
                status_tag={
                    "text": message.get_status_display(),
                    "classes": f"nhsuk-tag--{MESSAGE_STATUS_COLOURS.get(message.status, 'grey')}",
                },
            )
        )
    return rows


def link(href: str, text: object, hidden: object = None) -> Markup:
    """An NHS.UK link, safe to pass as a component's ``html``: ``href``, ``text`` and the
    visually hidden words that tell a screen reader user which link it is are all escaped."""
    if hidden:
        return Markup(
            '<a class="nhsuk-link" href="{}">{}<span class="nhsuk-u-visually-hidden"> {}</span></a>'
        ).format(href, text, hidden)
    return Markup('<a class="nhsuk-link" href="{}">{}</a>').format(href, text)


def strong(text: object) -> Markup:
    """Bold words (a total row), escaped, safe to pass as a component's ``html``."""
    return Markup("<strong>{}</strong>").format(text)
