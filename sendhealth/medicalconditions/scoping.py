"""Individual healthcare plans as each user may see them (``Scope.<name>()``).

- DCO and DCO team: every plan of their ICB.
- Local authority caseworker: the plans of its children (read-only).
- Provider user: the plans its services contributed to. Through such a plan the service sees
  the child's name, date of birth and NHS number on the plan's page (audited), not the child's
  record: a contributing service may not have been asked for advice about the child.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.children.models import Child
from sendhealth.medicalconditions.models import HealthcarePlan, PlanReview
from sendhealth.organisations.models import Organisation, OrganisationKind


def healthcare_plans(scope) -> QuerySet[HealthcarePlan]:
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "service__provider_id")
    )
    return HealthcarePlan.objects.filter(q)


def healthcare_plan_reviews(scope) -> QuerySet[PlanReview]:
    return PlanReview.objects.filter(plan__in=healthcare_plans(scope).values("pk"))


def healthcare_plan_icb_ids(scope) -> set[int]:
    """The ICBs in which this user may record a plan: the DCO's, and a provider's ICB."""
    ids = set(scope.dco_icb_ids)
    if scope.is_provider:
        ids |= set(
            Organisation.objects.filter(
                Q(kind=OrganisationKind.PROVIDER)
                & (Q(pk__in=scope.provider_ids) | Q(services__in=scope.service_ids))
            ).values_list("parent_id", flat=True)
        )
    return ids


def healthcare_plan_child(scope, nhs_number: str, date_of_birth) -> Child | None:
    """The child a health professional is recording a plan for, found by NHS number and date
    of birth together (both must match, a POST, audited without what was typed), among the
    children of the ICB(s) the user works in. The one look beyond a provider's usual scope:
    a school nurse records plans for children who never had a request for advice."""
    icb_ids = healthcare_plan_icb_ids(scope)
    if not icb_ids or not nhs_number or date_of_birth is None:
        return None
    return (
        Child.objects.filter(
            nhs_number=nhs_number,
            date_of_birth=date_of_birth,
            local_authority__parent_id__in=icb_ids,
        )
        .select_related("local_authority", "setting")
        .first()
    )


def healthcare_plan_child_by_id(scope, child_id: int) -> Child | None:
    """A child found earlier with ``healthcare_plan_child`` (its id kept in the session)."""
    icb_ids = healthcare_plan_icb_ids(scope)
    return (
        Child.objects.filter(pk=child_id, local_authority__parent_id__in=icb_ids)
        .select_related("local_authority", "setting")
        .first()
    )
