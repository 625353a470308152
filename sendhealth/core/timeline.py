"""A child's timeline across registers: what health has done for the child, newest first.

Each register contributes entries through its ``timeline.entries_for_child(scope, child)``
(see ``core.plugins``); the child's page shows them as one list, which is what an inspector's
case "deep dive" asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sendhealth.core.plugins import app_modules

if TYPE_CHECKING:
    from sendhealth.children.models import Child
    from sendhealth.core.scoping import Scope


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    register: str  # e.g. "Health advice", "Section 23 notification"
    title: str
    href: str | None = None
    detail: str = ""
    status: str = ""
    status_colour: str = "grey"  # an nhsuk-tag colour


def child_timeline(scope: Scope, child: Child) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for module in app_modules("timeline"):
        entries.extend(module.entries_for_child(scope, child))
    return sorted(entries, key=lambda e: (e.on, e.register, e.title), reverse=True)
