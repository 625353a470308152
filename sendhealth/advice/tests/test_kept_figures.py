"""The figures the queue, the tray and the dashboard read from kept columns (an assignment's
own ICB and local authority, copied from its request; ``open_work`` and ``is_open``, generated
from the status) always equal the same figures computed from scratch through the request, over
random sequences of the changes ``advice.services`` makes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.advice import services, summary
from sendhealth.advice.models import (
    OPEN_ASSIGNMENT_STATUSES,
    OPEN_REQUEST_STATUSES,
    AdviceAssignment,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    RequestStatus,
    ReviewDecision,
    due_soon_q,
    overdue_q,
)
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.advice.tests.test_services import submit
from sendhealth.advice.views.dco import QueueFilters, Tab, _tab_counts
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.scoping import Scope
from sendhealth.insight.figures import (
    oldest_open_requests,
    open_requests_by_status,
    open_work_by_provider,
    timeliness,
)

RECEIVED = date(2026, 1, 5)
TODAY = date(2026, 2, 20)
CHANGES = (
    "raise",
    "route",
    "submit",
    "accept",
    "return",
    "cancel",
    "return_to_la",
    "collapse",
    "delete",
)


def _pick(rows, n: int):
    return rows[n % len(rows)] if rows else None


def apply(area, change: str, n: int) -> None:
    dco = Auditor(user=area.dco)
    requests = list(AdviceRequest.objects.order_by("pk"))
    live = list(AdviceAssignment.objects.filter(status__in=OPEN_ASSIGNMENT_STATUSES).order_by("pk"))
    try:
        if change == "raise":
            AdviceRequestFactory(
                child=ChildFactory(local_authority=(area.la, area.other_la)[n % 2]),
                health_received_on=RECEIVED + timedelta(days=n % 60),
            )
        elif change == "route" and requests:
            service = (area.salt, area.ot, area.camhs)[n % 3]
            services.route(_pick(requests, n), services=[service], received_on=TODAY, auditor=dco)
        elif change == "submit":
            waiting = [a for a in live if a.status != AssignmentStatus.SUBMITTED]
            if waiting:
                submit(_pick(waiting, n), Auditor(user=area.salt_user))
        elif change in ("accept", "return"):
            pending = list(
                AdviceSubmission.objects.filter(decision=ReviewDecision.PENDING).order_by("pk")
            )
            if pending:
                services.review_advice(
                    _pick(pending, n),
                    accept=change == "accept",
                    reasons="More, please.",
                    auditor=dco,
                )
        elif change == "cancel" and live:
            services.cancel_assignment(_pick(live, n), reason="Not needed.", auditor=dco)
        elif change == "collapse":  # the daily task
            summary.collapse_open_requests()
        elif change == "delete" and requests:
            with transaction.atomic():
                doomed = _pick(requests, n)
                AdviceAssignment.objects.filter(request=doomed).delete()
                AdviceRequest.objects.get(pk=doomed.pk).delete()
        elif change == "return_to_la":
            ready = list(AdviceRequest.objects.filter(status=RequestStatus.READY).order_by("pk"))
            if ready:
                services.return_to_la(_pick(ready, n), note="Advice attached.", auditor=dco)
    except ValidationError:
        pass  # a change the service refuses changes nothing


# -- the same figures from scratch, through the request (as before they were kept) ----------


def queue_counts_from_scratch(icb_id, la_id, provider_id, today) -> dict[str, int]:
    requests = AdviceRequest.objects.filter(icb_id=icb_id, status__in=OPEN_REQUEST_STATUSES)
    if la_id:
        requests = requests.filter(local_authority_id=la_id)
    by_provider = Q(assignments__provider_id=provider_id) if provider_id else Q()
    return requests.aggregate(
        new=Count("pk", filter=Q(status=RequestStatus.NEW) & by_provider, distinct=True),
        due=Count("assignments", filter=due_soon_q(today, "assignments__") & by_provider),
        overdue=Count("assignments", filter=overdue_q(today, "assignments__") & by_provider),
        returned=Count(
            "assignments", filter=Q(assignments__status=AssignmentStatus.RETURNED) & by_provider
        ),
        review=Count(
            "assignments", filter=Q(assignments__status=AssignmentStatus.SUBMITTED) & by_provider
        ),
        ready=Count("pk", filter=Q(status=RequestStatus.READY) & by_provider, distinct=True),
    )


def open_work_from_scratch(icb_id, today) -> dict:
    rows = (
        AdviceAssignment.objects.filter(request__icb_id=icb_id, status__in=OPEN_ASSIGNMENT_STATUSES)
        .values("provider__name")
        .annotate(
            open=Count("pk"),
            overdue=Count("pk", filter=overdue_q(today)),
            due_soon=Count("pk", filter=due_soon_q(today)),
        )
        .order_by()
    )
    return {r["provider__name"]: (r["open"], r["overdue"], r["due_soon"]) for r in rows}


def timeliness_from_scratch(icb_id, start, end) -> dict:
    rows = (
        AdviceAssignment.objects.filter(
            request__icb_id=icb_id, completed_on__gte=start, completed_on__lte=end
        )
        .exclude(status=AssignmentStatus.CANCELLED)
        .values("service__name")
        .annotate(n=Count("pk"), on_time=Count("pk", filter=Q(completed_on__lte=F("due_on"))))
        .order_by()
    )
    return {r["service__name"]: (r["n"], r["on_time"]) for r in rows}


@pytest.mark.django_db
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(CHANGES), st.integers(0, 99)), max_size=30))
def test_kept_figures_equal_the_figures_from_scratch(area, changes):
    with transaction.atomic():
        for change, n in changes:
            apply(area, change, n)

        for a in AdviceAssignment.objects.select_related("request"):
            assert (a.icb_id, a.local_authority_id) == (
                a.request.icb_id,
                a.request.local_authority_id,
            )
            assert a.open_work == (a.status in OPEN_ASSIGNMENT_STATUSES)
            if a.open_work:  # what lets the queue count without the request
                assert a.request.status in OPEN_REQUEST_STATUSES
        for r in AdviceRequest.objects.all():
            assert r.is_open == (r.status in OPEN_REQUEST_STATUSES)

        scope = Scope.for_user(area.dco)
        icb = area.icb.pk
        for la_id in (None, area.la.pk):
            for provider_id in (None, area.provider.pk):
                filters = QueueFilters(Tab.NEW, la_id, provider_id)
                assert _tab_counts(scope, filters, TODAY) == queue_counts_from_scratch(
                    icb, la_id, provider_id, TODAY
                )
        for la_ids in (None, [area.la.pk], [area.la.pk, area.other_la.pk]):
            assert summary.open_request_counts([icb], la_ids) == (
                summary.scratch_open_requests([icb], la_ids)
            )
        by_status = {s.status: s.count for s in open_requests_by_status([icb]) if s.count}
        assert by_status == summary.scratch_open_requests([icb])
        kept = {
            w.provider: (w.open, w.overdue, w.due_soon)
            for w in open_work_by_provider([icb], today=TODAY)
        }
        assert kept == open_work_from_scratch(icb, TODAY)
        start, end = date(2025, 4, 1), date(2027, 3, 31)
        table = timeliness([icb], start, end)
        assert {r.service: (r.completed, r.on_time) for r in table.by_service} == (
            timeliness_from_scratch(icb, start, end)
        )
        oldest = [r.pk for r in oldest_open_requests([icb], today=TODAY)]
        assert oldest == list(
            AdviceRequest.objects.filter(icb_id=icb, status__in=OPEN_REQUEST_STATUSES)
            .order_by("health_received_on", "pk")
            .values_list("pk", flat=True)[:10]
        )
        transaction.set_rollback(True)
