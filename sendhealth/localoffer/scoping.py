"""The Local Offer's entries each user may edit (``Scope.localoffer_services()``). Service
information is not personal data; scoping here decides who maintains what: the DCO and DCO
team all of their ICB's, a provider user only its own services'."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.localoffer.models import DirectoryService


def localoffer_services(scope):
    q = Q(icb_id__in=scope.dco_icb_ids) | (
        Q(health_service__isnull=False)
        & scope.own_service_q("health_service_id", "health_service__provider_id")
    )
    return DirectoryService.objects.filter(q)
