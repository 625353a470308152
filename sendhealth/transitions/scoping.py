"""The transitions register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.advice.models import AdviceAssignment
from sendhealth.transitions.models import AnnualReview, EhcPlan, PlanDueItem


def transitions_plans(scope):
    """EHC plans and preparing-for-adulthood milestones: the ICB's for the DCO, an LA's
    own children's for the LA; a provider reads the plans of the children it sees."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request__child_id")
        q |= Q(child_id__in=routed)
    return EhcPlan.objects.filter(q)


def transitions_due_items(scope):
    """The kept due items (``PlanDueItem``) of the plans ``transitions_plans`` gives, by the
    ICB and LA copied onto each item, so the queue is read in due order from their index."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request__child_id")
        q |= Q(plan__child_id__in=routed)
    return PlanDueItem.objects.filter(q)


def transitions_reviews(scope):
    """Annual reviews of the plans this user may see."""
    return AnnualReview.objects.filter(plan__in=scope.transitions_plans().values("pk"))
