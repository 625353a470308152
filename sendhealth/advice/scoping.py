"""Health advice as each user may see it: requests, their routing to services, advice
submitted and the request timeline."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceRequest,
    AdviceSubmission,
    ReviewDecision,
)


def assignments(scope) -> QuerySet[AdviceAssignment]:
    q = (
        Q(request__icb_id__in=scope.dco_icb_ids)
        | Q(request__local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )
    return AdviceAssignment.objects.filter(q)


def advice_requests(scope) -> QuerySet[AdviceRequest]:
    q = Q(icb_id__in=scope.dco_icb_ids) | Q(local_authority_id__in=scope.la_ids)
    if scope.is_provider:
        routed = AdviceAssignment.objects.filter(
            scope.own_service_q("service_id", "provider_id")
        ).values("request_id")
        q |= Q(pk__in=routed)
    return AdviceRequest.objects.filter(q)


def submissions(scope) -> QuerySet[AdviceSubmission]:
    """Advice: the DCO sees all; a service sees its own; an LA sees accepted advice once
    the DCO has returned the request to it."""
    q = Q(assignment__request__icb_id__in=scope.dco_icb_ids) | scope.own_service_q(
        "assignment__service_id", "assignment__provider_id"
    )
    q |= (
        Q(assignment__request__local_authority_id__in=scope.la_ids)
        & Q(assignment__request__returned_on__isnull=False)
        & Q(decision=ReviewDecision.ACCEPTED)
    )
    return AdviceSubmission.objects.filter(q)


def events(scope, request: AdviceRequest) -> QuerySet[AdviceEvent]:
    """A request's timeline as this user may see it: a provider sees the request-level
    steps and its own services' steps, not other services'."""
    events = AdviceEvent.objects.filter(request=request)
    if scope.is_dco or request.local_authority_id in scope.la_ids:
        return events
    return events.filter(
        Q(assignment__isnull=True)
        | scope.own_service_q("assignment__service_id", "assignment__provider_id")
    )
