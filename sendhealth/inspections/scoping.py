"""Inspections and their packs as each user may see them (``Scope.<name>()``).

- DCO and DCO team: their ICB's inspections, packs and deep dives.
- A local authority caseworker: its ICB's inspections (the dates; the area's inspection is the
  local authority's too), never a pack.
- Everyone else: nothing.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.inspections.models import Inspection, InspectionPack
from sendhealth.organisations.models import Organisation

# Personal data that reaches no child by a foreign key (the pack: the person-level list of
# children with EHC plans): on the scoping lint's list with every model about a child.
PERSONAL_DATA = ("InspectionPack",)


def inspections(scope) -> QuerySet[Inspection]:
    q = Q(icb_id__in=scope.dco_icb_ids)
    if scope.la_ids:
        q |= Q(icb_id__in=Organisation.objects.filter(pk__in=scope.la_ids).values("parent_id"))
    return Inspection.objects.filter(q)


def inspection_packs(scope) -> QuerySet[InspectionPack]:
    return InspectionPack.objects.filter(inspection__icb_id__in=scope.dco_icb_ids)
