"""Due and overdue work from the registers, shown on the DCO's queue and the provider's tray
without either naming a register (see ``core.plugins``).

An app may have ``worklist.py`` with ``items(scope, today, place) -> Iterable[WorkPanel]``,
``place`` being ``"queue"`` (the DCO's advice queue) or ``"tray"`` (a provider's work tray).
Each panel is a short table of the most urgent few, a count and a link to all of them; the view
audits the children the panels show (``children_of``). A fixed number of queries per register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sendhealth.core.plugins import app_modules

QUEUE = "queue"
TRAY = "tray"


@dataclass(frozen=True)
class WorkPanel:
    key: str  # unique on the page, for the heading's id
    title: str
    count: int
    head: list[dict]  # the table macro's head cells
    rows: list[list[dict]]  # the table macro's cells: text (and href) only
    more_href: str
    more_text: str
    children: list = field(default_factory=list)  # the children shown, for the audit trail


def panels(scope, today: date, place: str) -> list[WorkPanel]:
    found: list[WorkPanel] = []
    for module in app_modules("worklist"):
        found.extend(panel for panel in module.items(scope, today, place) if panel.count)
    return found


def children_of(work: list[WorkPanel]) -> list:
    return list({child.pk: child for panel in work for child in panel.children}.values())
