"""The notifications register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.children.models import Child
from sendhealth.notifications.models import MissedNotification, Section23Notification


def notifications(scope):
    """Section 23 notifications: a provider's own services', the child's local
    authority's, and all of the ICB's for the DCO."""
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )
    return Section23Notification.objects.filter(q)


def notifications_missed(scope):
    """Children assessed under compulsory school age and not notified (the kept rows): the
    DCO's ICBs' only (``notifications.monitor``)."""
    return MissedNotification.objects.filter(icb_id__in=scope.dco_icb_ids)


def notifier_icb_ids(scope) -> frozenset[int]:
    """The ICBs a notifier works in: its DCO service's, or its provider's."""
    provider_icbs = scope.providers().values_list("parent_id", flat=True)
    return frozenset(scope.dco_icb_ids) | frozenset(i for i in provider_icbs if i)


def notifiable_child(scope, nhs_number: str, *, date_of_birth=None, family_name: str = ""):
    """``(child, matched)`` for a Section 23 notifier: the child in scope; or one registered in
    an area the notifier works in whose date of birth and family name match what the notifier
    typed (they know the child already); ``(None, False)`` when a child has the number but the
    details do not match or the child is in another area (nothing tells where); ``(None, None)``
    when no child has the number, so a new record is needed. The only look beyond the user's
    own scope in the register, and it confirms a child only to someone who already knows them.
    """
    found = scope.children().select_related("local_authority").filter(nhs_number=nhs_number).first()
    if found is not None:
        return found, True
    elsewhere = (
        Child.objects.select_related("local_authority")
        .filter(nhs_number=nhs_number)
        .filter(Q(local_authority__parent_id__in=notifier_icb_ids(scope)))
        .first()
    )
    if elsewhere is None:
        if Child.objects.filter(nhs_number=nhs_number).exists():
            return None, False  # registered in another area
        return None, None
    if (
        date_of_birth == elsewhere.date_of_birth
        and family_name.strip().lower() == elsewhere.family_name.lower()
    ):
        return elsewhere, True
    return None, False
