"""The notifications register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.notifications.models import Section23Notification


def notifications_notifications(scope):
    """Section 23 notifications: a provider's own services', the child's local
    authority's, and all of the ICB's for the DCO."""
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )
    return Section23Notification.objects.filter(q)
