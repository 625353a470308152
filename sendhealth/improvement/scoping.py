"""The self-evaluations, improvement plans and actions as each user may see them
(``Scope.<name>()``). None of them holds a child's data.

- DCO and DCO team: everything of their ICB (drafts too).
- Board viewers: their ICB's published self-evaluations and published plan.
- Local authority and provider users: their ICB's published self-evaluations, and the actions
  their own organisation leads (the priorities and plan those sit in), published or not.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.improvement.models import (
    Action,
    Evidence,
    ImprovementPlan,
    Measure,
    Milestone,
    Priority,
    PublicationStatus,
    SelfEvaluation,
    StatementRating,
)
from sendhealth.organisations.models import Organisation, Service


def _own_organisation_ids(scope) -> set[int]:
    """The LAs and providers this user works for (a limited provider user: its services')."""
    ids = set(scope.la_ids) | set(scope.provider_ids)
    if scope.service_ids:
        ids |= set(
            Service.objects.filter(pk__in=scope.service_ids).values_list("provider_id", flat=True)
        )
    return ids


def _partner_icb_ids(scope) -> set[int]:
    own = _own_organisation_ids(scope)
    if not own:
        return set()
    return set(Organisation.objects.filter(pk__in=own).values_list("parent_id", flat=True))


def improvement_evaluations(scope) -> QuerySet[SelfEvaluation]:
    published = Q(status=PublicationStatus.PUBLISHED)
    q = Q(icb_id__in=scope.dco_icb_ids) | (
        published & Q(icb_id__in=set(scope.board_icb_ids) | _partner_icb_ids(scope))
    )
    return SelfEvaluation.objects.filter(q)


def improvement_ratings(scope) -> QuerySet[StatementRating]:
    return StatementRating.objects.filter(
        evaluation__in=improvement_evaluations(scope).values("pk")
    )


def improvement_actions(scope) -> QuerySet[Action]:
    q = (
        Q(priority__plan__icb_id__in=scope.dco_icb_ids)
        | Q(
            priority__plan__icb_id__in=scope.board_icb_ids,
            priority__plan__status=PublicationStatus.PUBLISHED,
        )
        | Q(organisation_id__in=_own_organisation_ids(scope))
    )
    return Action.objects.filter(q)


def improvement_plans(scope) -> QuerySet[ImprovementPlan]:
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(icb_id__in=scope.board_icb_ids, status=PublicationStatus.PUBLISHED)
        | Q(pk__in=improvement_actions(scope).values("priority__plan_id"))
    )
    return ImprovementPlan.objects.filter(q)


def improvement_measures(scope) -> QuerySet[Measure]:
    """Measures are the ICB's figures: the DCO service's, and the board's."""
    return Measure.objects.filter(icb_id__in=scope.dco_icb_ids | scope.board_icb_ids)


def improvement_priorities(scope) -> QuerySet[Priority]:
    q = (
        Q(plan__icb_id__in=scope.dco_icb_ids)
        | Q(plan__icb_id__in=scope.board_icb_ids, plan__status=PublicationStatus.PUBLISHED)
        | Q(pk__in=improvement_actions(scope).values("priority_id"))
    )
    return Priority.objects.filter(q)


def improvement_milestones(scope) -> QuerySet[Milestone]:
    return Milestone.objects.filter(action__in=improvement_actions(scope).values("pk"))


def improvement_evidence(scope) -> QuerySet[Evidence]:
    """Evidence (and its documents) as far as the self-evaluation it belongs to is seen."""
    return Evidence.objects.filter(rating__in=improvement_ratings(scope).values("pk"))
