"""The assurance register's personal data as each user may see it (``Scope.<name>()``)."""

from __future__ import annotations

from django.db.models import Q

from sendhealth.assurance.models import (
    Audit,
    AuditItem,
    AuditRound,
    AuditStatus,
    EhcPlanSections,
    FindingVerdict,
)


def assurance_plans(scope):
    """Health sections of final EHC plans kept for audit: the ICB's for the DCO, an LA's
    own children's for the LA."""
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    return EhcPlanSections.objects.filter(q)


def assurance_rounds(scope):
    """Audit rounds (no personal data in themselves): the DCO's ICB's."""
    return AuditRound.objects.filter(icb_id__in=scope.dco_icb_ids)


def assurance_items(scope):
    """Sampled cases: the ICB's for the DCO; an LA's own plans; an item the user audits, if
    the child is one the user may see (an assignment never widens a user's scope)."""
    q = Q(icb_id__in=scope.dco_icb_ids) | (
        Q(local_authority_id__in=scope.la_ids) & Q(plan__isnull=False)
    )
    if scope.user_id is not None and (scope.is_dco or scope.is_la or scope.is_provider):
        q |= Q(
            pk__in=Audit.objects.filter(auditor_id=scope.user_id).values("item_id"),
            child_id__in=scope.children().values("pk"),
        )
    return AuditItem.objects.filter(q)


def assurance_audits(scope):
    """Audits of the items above, and the user's own."""
    return Audit.objects.filter(item__in=scope.assurance_items())


def assurance_feedback(scope):
    """Finished audits as feedback: a provider's own services', all of the ICB's for the
    DCO."""
    q = Q(item__icb_id__in=scope.dco_icb_ids) | scope.own_service_q(
        "item__service_id", "item__provider_id"
    )
    return Audit.objects.filter(q & Q(status=AuditStatus.FINISHED))


def assurance_verdicts(scope):
    """Auditors' verdicts on the automatic findings: on the items above (they quote them)."""
    return FindingVerdict.objects.filter(item__in=scope.assurance_items())
