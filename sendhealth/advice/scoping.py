"""Health advice as each user may see it: requests, their routing to services, advice
submitted and the request timeline."""

from __future__ import annotations

from django.db.models import Case, F, Q, QuerySet, TextField, Value, When

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceRequest,
    AdviceSubmission,
    EventKind,
    OpenWorkDay,
    ReviewDecision,
)

# The DCO team's review of a service's advice (why it was returned for more information, or a
# comment on accepting it) is between the DCO team and that service: the local authority sees
# that advice was returned or accepted, never the reasons (docs/architecture.md).
REVIEW_EVENT_KINDS = (EventKind.ACCEPTED, EventKind.RETURNED_TO_SERVICE)


def assignments(scope) -> QuerySet[AdviceAssignment]:
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )
    return AdviceAssignment.objects.filter(q)


def open_work_days(scope) -> QuerySet[OpenWorkDay]:
    """The kept counts of open work (``advice.summary``: no child, counts only) of the
    assignments ``assignments`` gives: the queue's and the tray's tab counts."""
    q = (
        Q(icb_id__in=scope.dco_icb_ids)
        | Q(local_authority_id__in=scope.la_ids)
        | scope.own_service_q("service_id", "provider_id")
    )
    return OpenWorkDay.objects.filter(q)


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
    the DCO has returned the request to it. ``shown_review_reasons`` is the DCO team's
    review note for those who may read it (the DCO team and the service), else empty."""
    reviewers = Q(assignment__request__icb_id__in=scope.dco_icb_ids) | scope.own_service_q(
        "assignment__service_id", "assignment__provider_id"
    )
    q = reviewers | (
        Q(assignment__request__local_authority_id__in=scope.la_ids)
        & Q(assignment__request__returned_on__isnull=False)
        & Q(decision=ReviewDecision.ACCEPTED)
    )
    return AdviceSubmission.objects.filter(q).annotate(
        shown_review_reasons=Case(
            When(reviewers, then=F("review_reasons")),
            default=Value(""),
            output_field=TextField(),
        )
    )


def events(scope, request: AdviceRequest) -> QuerySet[AdviceEvent]:
    """A request's timeline as this user may see it: a provider sees the request-level
    steps and its own services' steps, not other services'. ``shown_note`` is the step's
    note, except the DCO team's review notes for anyone but the DCO team and the service
    reviewed (the local authority sees that advice was returned, not why)."""
    own = scope.own_service_q("assignment__service_id", "assignment__provider_id")
    events = AdviceEvent.objects.filter(request=request)
    if not (scope.is_dco or request.local_authority_id in scope.la_ids):
        events = events.filter(Q(assignment__isnull=True) | own)
    withheld = Q(kind__in=REVIEW_EVENT_KINDS) & ~(Q(request__icb_id__in=scope.dco_icb_ids) | own)
    return events.annotate(
        shown_note=Case(When(withheld, then=Value("")), default=F("note"), output_field=TextField())
    )
