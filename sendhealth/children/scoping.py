"""Children as each user may see them: the DCO's whole ICB, an LA's own children, and for a
provider the children whose requests were routed to its services."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.advice.models import AdviceAssignment
from sendhealth.children.models import Child


def children(scope) -> QuerySet[Child]:
    q = Q(local_authority__parent_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request__child_id")
        q |= Q(pk__in=routed)
    return Child.objects.filter(q)
