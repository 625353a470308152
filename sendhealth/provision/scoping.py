"""Health provision lines and monthly returns as each user may see them (``Scope.<name>()``).

- DCO and DCO team: every line and return of their ICB.
- Local authority caseworker: the lines and returns of its children's plans (read-only).
- Provider user: the lines of its services (all of the provider's, or those its membership
  names), and their returns; it records delivery for those only.
- Board viewers: figures only, through ``provision_figure_*`` (aggregates, never rows shown).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.core.scoping import Scope
from sendhealth.panels.scoping import panels_packages
from sendhealth.provision.models import DeliveryMonth, MonthlyReturn, PlanLine
from sendhealth.transitions.models import EhcPlan


def _q(scope) -> Q:
    return (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )


def provision_lines(scope) -> QuerySet[PlanLine]:
    return PlanLine.objects.filter(_q(scope))


def provision_returns(scope) -> QuerySet[MonthlyReturn]:
    return MonthlyReturn.objects.filter(_q(scope))


def provision_plans(scope) -> QuerySet[EhcPlan]:
    """The EHC plans whose provision page the user may open: the ICB's (DCO), its children's
    (LA), and those with a line of the provider's services (provider)."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        own = PlanLine.objects.filter(scope.own_service_q("service_id", "provider_id"))
        q |= Q(pk__in=own.values("plan_id"))
    return EhcPlan.objects.filter(q)


def _figure_scope(scope) -> Scope:
    return Scope(user_id=scope.user_id, dco_icb_ids=scope.figure_icb_ids)


def provision_figure_lines(scope) -> QuerySet[PlanLine]:
    """The ICB's lines for figures (the DCO and the board): counted, never listed."""
    return PlanLine.objects.filter(icb_id__in=scope.figure_icb_ids)


def provision_figure_returns(scope) -> QuerySet[MonthlyReturn]:
    """The ICB's returns for figures (the DCO and the board): aggregated, never listed."""
    return MonthlyReturn.objects.filter(icb_id__in=scope.figure_icb_ids)


def provision_figure_months(scope) -> QuerySet[DeliveryMonth]:
    """The ICB's kept monthly sums of delivery (``summary``): counts only, no child."""
    return DeliveryMonth.objects.filter(icb_id__in=scope.figure_icb_ids)


def provision_figure_packages(scope):
    """The ICB's packages (panels) for the personal health budget figures: summed only."""
    return panels_packages(_figure_scope(scope))
