"""Commissioning gaps: by service and local authority, demand (requests for health advice
routed to the service, EHC plans in force naming a need it serves, referrals) set against
capacity (caseload, waiting list, 92nd percentile wait against target), ranked by
``domain.gap_order``. Aggregates only, for the ICB ids the view took from
``Scope.figure_icb_ids``: a handful of queries whatever the number of rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Sum

from sendhealth.advice.models import AdviceAssignment, AssignmentStatus
from sendhealth.organisations.models import Organisation, Service
from sendhealth.transitions.models import EhcPlan
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.figures import latest_by_service
from sendhealth.waitingtimes.models import ServicePosition


@dataclass(frozen=True)
class GapRow:
    rank: int
    service: Service
    capacity: domain.Capacity
    by_la: list[tuple[Organisation, int, int]]  # (LA, requests, plans)
    reasons: list[str]

    @property
    def wait_ratio(self) -> float | None:
        return domain.wait_ratio(self.capacity)

    @property
    def demand_change(self) -> float | None:
        return domain.demand_change(self.capacity)


def commissioning_gaps(icb_ids, today: date) -> list[GapRow]:
    since, before = today - timedelta(days=365), today - timedelta(days=730)
    services = list(
        Service.objects.filter(provider__parent_id__in=icb_ids, is_active=True).select_related(
            "provider"
        )
    )
    las = {la.pk: la for la in Organisation.objects.filter(parent_id__in=icb_ids, kind="la")}
    live = AdviceAssignment.objects.filter(request__icb_id__in=icb_ids).exclude(
        status=AssignmentStatus.CANCELLED
    )
    requests: dict[tuple[int, int], int] = defaultdict(int)
    for service_id, la_id, n in (
        live.filter(received_on__gt=since, received_on__lte=today)
        .order_by()
        .values_list("service_id", "request__local_authority_id")
        .annotate(n=Count("pk"))
    ):
        requests[(service_id, la_id)] += n
    requests_before = dict(
        live.filter(received_on__gt=before, received_on__lte=since)
        .order_by()
        .values_list("service_id")
        .annotate(n=Count("pk"))
    )
    plans_by_need: dict[tuple[int, str], int] = {
        (la_id, need): n
        for la_id, need, n in EhcPlan.objects.filter(icb_id__in=icb_ids, ceased_on__isnull=True)
        .order_by()
        .values_list("local_authority_id", "child__primary_need")
        .annotate(n=Count("pk"))
    }
    positions = ServicePosition.objects.filter(icb_id__in=icb_ids)
    referrals = dict(
        positions.filter(month__gt=since)
        .order_by()
        .values_list("service_id")
        .annotate(n=Sum("referrals_received"))
    )
    latest = {
        item.position.service_id: item.position
        for item in latest_by_service(positions.select_related("service"), today)
    }
    rows = []
    for service in services:
        needs = domain.NEEDS_SERVED.get(service.specialty, ())
        by_la = [
            (
                la,
                requests.get((service.pk, la.pk), 0),
                sum(plans_by_need.get((la.pk, need), 0) for need in needs),
            )
            for la in sorted(las.values(), key=lambda o: o.name)
        ]
        position = latest.get(service.pk)
        capacity = domain.Capacity(
            requests=sum(r for _, r, _ in by_la),
            requests_before=requests_before.get(service.pk, 0),
            plans=sum(p for _, _, p in by_la),
            referrals=referrals.get(service.pk),
            caseload=position.caseload if position else None,
            waiting=position.waiting_total if position else None,
            p92_weeks=position.p92_wait_weeks if position else None,
            target_weeks=position.target_weeks if position else None,
        )
        rows.append((service, capacity, by_la))
    rows.sort(key=lambda r: (domain.gap_order(r[1]), r[0].name))
    return [
        GapRow(rank, service, capacity, by_la, domain.gap_reasons(capacity))
        for rank, (service, capacity, by_la) in enumerate(rows, start=1)
    ]
