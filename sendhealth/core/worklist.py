"""Due and overdue work from the registers, shown on the DCO's queue and the provider's tray
without either naming a register (see ``core.plugins``).

An app may have ``worklist.py`` with ``items(scope, today, place) -> Iterable[WorkPanel]``,
``place`` being ``"queue"`` (the DCO's advice queue) or ``"tray"`` (a provider's work tray).
Each panel is a short table of the most urgent few (or the register's own ``template``), a
count and a link to all of them; the view
audits the children the panels show (``children_of``). A fixed number of queries per register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sendhealth.core.plugins import app_modules

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from sendhealth.core.scoping import Scope

QUEUE = "queue"
TRAY = "tray"


@dataclass(frozen=True)
class WorkPanel:
    key: str  # unique on the page, for the heading's id
    title: str
    count: int
    head: list[dict[str, Any]]  # the table macro's head cells
    rows: list[Any]  # the table macro's cells (text and href only), or the template's rows
    more_href: str
    more_text: str
    children: list[Any] = field(default_factory=list)  # the children shown, for the audit trail
    # A register's own template for the panel (given ``panel``; ``rows`` are then what it
    # reads), where its table is richer than text and links (safeguarding's tags).
    template: str = ""


def most_urgent(
    found: QuerySet[Any], limit: int, *, bounded: bool = False, count: int | None = None
) -> tuple[list[Any], int]:
    """The first ``limit`` of ``found`` (ordered, with what its rows show selected) and how
    many it holds: one query when fewer than ``limit``, two otherwise.

    ``count``: how many ``found`` holds, when the register keeps that figure (a kept summary,
    tested equal to ``found.count()``): then only the few rows are read, and none when it is 0.

    ``bounded``: the rows are picked by their ids alone (``found``'s filters and order on its
    own table, in a limited subquery) and only those few joined to what ``found`` selects, for
    a panel whose filter PostgreSQL cannot bound with an index: left to itself it joined every
    matching row before sorting out the few (a provider's 529 overdue plans hash-joined to all
    50,000 children of the bench area, 24 ms of its CPU for five rows on the provider's tray,
    issue 16). Not the default: the subquery costs each panel another compile (2 ms of the
    DCO queue's CPU over its six panels), and SQLite joins row by row under the limit anyway."""
    if count == 0:
        return [], 0
    head = found.filter(pk__in=found.values("pk")[:limit]) if bounded else found[:limit]
    shown = list(head)
    if count is not None:
        return shown, count
    return shown, len(shown) if len(shown) < limit else found.count()


def panels(scope: Scope, today: date, place: str) -> list[WorkPanel]:
    found: list[WorkPanel] = []
    for module in app_modules("worklist"):
        found.extend(panel for panel in module.items(scope, today, place) if panel.count)
    return found


def children_of(work: list[WorkPanel]) -> list[Any]:
    return list({child.pk: child for panel in work for child in panel.children}.values())
