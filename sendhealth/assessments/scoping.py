"""The assessments register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.advice.models import AdviceAssignment
from sendhealth.assessments.models import Assessment, Sen2Person, Sen2Record, Sen2Return

# Personal data that reaches no child by a foreign key (a SEN2 return's rows as the LA
# sent them, people's details included): on the scoping lint's list with every model about a
# child.
PERSONAL_DATA = ("Sen2Record",)


def assessments(scope):
    """EHC needs assessments: the ICB's for the DCO; an LA's own; a provider's only for the
    children whose advice was routed to it. Boards and admins: none."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request__child_id")
        q |= Q(child_id__in=routed, child__isnull=False)
    return Assessment.objects.filter(q)


def assessments_persons(scope):
    """People of SEN2 returns: the LA's own (to match them); the ICB's for the DCO."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return Sen2Person.objects.filter(q)


def assessments_records(scope):
    """SEN2 modules 4b and 5a-5c as returned: the LA's own; the ICB's for the DCO."""
    q = Q(local_authority__parent_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return Sen2Record.objects.filter(q)


def assessments_returns(scope):
    """Uploads of SEN2 returns (their errors name rows, never people)."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return Sen2Return.objects.filter(q)
