"""Training as each user may see it (``Scope.<name>()``). No child is in it.

- DCO and DCO team: every session and need of their ICB.
- A local authority or provider user: the sessions its people attended and its own needs.
- Board viewers: the figures only (``training_figures_icb_ids``), never a list.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.organisations.models import Organisation
from sendhealth.training.models import TrainingNeed, TrainingSession


def _own_organisation_ids(scope) -> set[int]:
    ids = set(scope.la_ids) | set(scope.provider_ids)
    if scope.service_ids:
        ids |= set(
            Organisation.objects.filter(services__in=scope.service_ids).values_list("pk", flat=True)
        )
    return ids


def training_sessions(scope) -> QuerySet[TrainingSession]:
    own = _own_organisation_ids(scope)
    q = Q(icb_id__in=scope.dco_icb_ids)
    if own:
        q |= Q(
            pk__in=TrainingSession.objects.filter(attendance__organisation_id__in=own).values("pk")
        )
    return TrainingSession.objects.filter(q)


def training_needs(scope) -> QuerySet[TrainingNeed]:
    own = _own_organisation_ids(scope)
    return TrainingNeed.objects.filter(Q(icb_id__in=scope.dco_icb_ids) | Q(organisation_id__in=own))


def training_organisations(scope) -> QuerySet[Organisation]:
    """Organisations a session's audience or a need may name: the ICB's own, its local
    authorities and providers."""
    icbs = scope.dco_icb_ids
    return (
        Organisation.objects.filter(Q(pk__in=icbs) | Q(parent_id__in=icbs))
        .exclude(kind="setting")
        .order_by("kind", "name")
    )
