"""The panels register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.panels.models import Package, Panel, PanelCase

# Personal data that reaches no child by a foreign key (a panel's meeting: the cases heard,
# who attended): on the scoping lint's list with every model about a child.
PERSONAL_DATA = ("Panel",)


def panels(scope):
    """Panels: all of the ICB's for the DCO; for an LA, its own panels and any panel that
    heard a case of one of its children (the cases themselves via ``panels_cases``)."""
    q = Q(icb_id__in=scope.dco_icb_ids)
    if scope.is_la:
        heard = PanelCase.objects.filter(local_authority_id__in=scope.la_ids).values("panel_id")
        q |= Q(local_authority_id__in=scope.la_ids) | Q(pk__in=heard)
    return Panel.objects.filter(q)


def panels_cases(scope):
    """Cases heard at panels: the ICB's for the DCO, an LA's own children's for the LA."""
    q = Q(panel__icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return PanelCase.objects.filter(q)


def panels_packages(scope):
    """Packages for children: the ICB's for the DCO, an LA's children's for the LA
    (read-only; the education share is the LA's to know)."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return Package.objects.filter(q)
