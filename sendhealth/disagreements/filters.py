"""The list's and the export's filters, read from the query string. Values are ids, choice
values and a reference: nothing personal goes in a URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Prefetch, QuerySet

from sendhealth.disagreements.models import Kind

STATUSES = (("open", "Open"), ("closed", "Closed"))
_REFERENCE = re.compile(r"^\s*(?:DR-?)?0*(\d{1,9})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    status: str = ""
    local_authority_id: int | None = None
    reference: str = ""

    def query(self) -> str:
        values = {
            "kind": self.kind,
            "status": self.status,
            "la": self.local_authority_id or "",
            "reference": self.reference,
        }
        return urlencode({k: v for k, v in values.items() if v})

    def apply(self, disagreements: QuerySet) -> QuerySet:
        if self.kind:
            disagreements = disagreements.filter(kind=self.kind)
        if self.status == "open":
            disagreements = disagreements.filter(outcome="")
        elif self.status == "closed":
            disagreements = disagreements.exclude(outcome="")
        if self.local_authority_id:
            disagreements = disagreements.filter(local_authority_id=self.local_authority_id)
        if self.reference:
            match = _REFERENCE.match(self.reference)
            disagreements = disagreements.filter(pk=int(match.group(1)) if match else 0)
        return disagreements


def read_filters(get, la_ids: set[int]) -> Filters:
    la = get.get("la", "")
    return Filters(
        kind=get.get("kind", "") if get.get("kind") in Kind.values else "",
        status=get.get("status", "") if get.get("status") in dict(STATUSES) else "",
        local_authority_id=int(la) if la.isdigit() and int(la) in la_ids else None,
        reference=get.get("reference", "").strip()[:20],
    )


def listed(scope, filters: Filters) -> QuerySet:
    """The user's disagreements, filtered, with what a list row shows in a fixed number of
    queries: the child, the local authority and the unanswered recommendations."""
    open_recommendations = scope.disagreements_recommendations().filter(responded_on__isnull=True)
    return (
        filters.apply(scope.disagreements())
        .select_related("child", "local_authority")
        .prefetch_related(
            Prefetch(
                "recommendations", queryset=open_recommendations, to_attr="open_recommendations"
            )
        )
        .order_by("-registered_on", "-pk")
    )
