"""Policies as each user may see them (``Scope.<name>()``). No child is in them.

- DCO and DCO team: every policy of their ICB.
- A local authority or provider user: the policies that apply to its organisation or that it
  owns (read-only).
- Board viewers: the overdue count on the figures, never the documents.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.organisations.models import Organisation
from sendhealth.policies.models import Policy, PolicyDocument


def _own_organisation_ids(scope) -> set[int]:
    ids = set(scope.la_ids) | set(scope.provider_ids)
    if scope.service_ids:
        ids |= set(
            Organisation.objects.filter(services__in=scope.service_ids).values_list("pk", flat=True)
        )
    return ids


def policies(scope) -> QuerySet[Policy]:
    own = _own_organisation_ids(scope)
    q = Q(icb_id__in=scope.dco_icb_ids)
    if own:
        q |= Q(owner_organisation_id__in=own) | Q(
            pk__in=Policy.applies_to.through.objects.filter(organisation_id__in=own).values(
                "policy_id"
            )
        )
    return Policy.objects.filter(q)


def policy_documents(scope) -> QuerySet[PolicyDocument]:
    return PolicyDocument.objects.filter(policy__in=policies(scope).values("pk"))


def policy_organisations(scope) -> QuerySet[Organisation]:
    """Organisations a policy may be owned by or apply to: the ICB, its LAs and providers."""
    icbs = scope.dco_icb_ids
    return (
        Organisation.objects.filter(Q(pk__in=icbs) | Q(parent_id__in=icbs))
        .exclude(kind="setting")
        .order_by("kind", "name")
    )
