"""The dashboard's figures, computed in the database: a handful of GROUP BY queries whatever
the number of requests, and never a child's name or id. Timeliness and open work read the kept
summary (``advice.summary``), never the period's or the open assignments themselves.

Plain functions of ICB ids, a period and optional local authority ids (no request objects), so
the bench, a report job and the view all call the same code.

Timeliness of health advice (SEND Regulations 2014 reg 8(1): within 6 weeks of the health body
receiving the request) counts advice completed in the period: on time when ``completed_on <=
due_on``. As the DfE reports, it is given with and without exceptions (reg 8(2)), with the
definition of ``sendhealth.rules.timeliness_rates``: *including* exceptions is on time / all
completed; *excluding* exceptions leaves out the cases that were late with an exception
recorded. An on-time case counts as on time in both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from sendhealth.advice import services as advice_services
from sendhealth.advice.models import (
    OPEN_REQUEST_STATUSES,
    WITH_SERVICE_STATUSES,
    AdviceRequest,
    OpenWorkDay,
    RequestStatus,
    TimelinessDay,
    TimelinessMonth,
    due_soon_q,
    overdue_q,
)
from sendhealth.organisations.models import Organisation, Service
from sendhealth.rules import TimelinessRates, add_months

OLDEST_REQUESTS_SHOWN = 10


# -- what the dashboard shows ----------------------------------------------------------------


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int


@dataclass(frozen=True)
class TimelinessRow:
    """Advice completed in the period by one provider, one service, or all of them."""

    provider: str
    service: str = ""
    completed: int = 0
    on_time: int = 0
    late_with_exception: int = 0

    @property
    def late(self) -> int:
        """Late with no exception recorded."""
        return self.completed - self.on_time - self.late_with_exception

    @property
    def rates(self) -> TimelinessRates:
        return TimelinessRates(
            on_time=self.on_time,
            late=self.late,
            late_with_exception=self.late_with_exception,
            rate_including_exceptions=_share(self.on_time, self.completed),
            rate_excluding_exceptions=_share(self.on_time, self.on_time + self.late),
        )

    @property
    def rate_including_exceptions(self) -> float | None:
        return self.rates.rate_including_exceptions

    @property
    def rate_excluding_exceptions(self) -> float | None:
        return self.rates.rate_excluding_exceptions


@dataclass(frozen=True)
class OpenWork:
    """A provider's open advice today. Overdue and due soon count only the assignments that
    wait on the service (awaiting advice, or returned for more information)."""

    provider: str
    open: int = 0
    with_service: int = 0
    overdue: int = 0
    due_soon: int = 0


@dataclass(frozen=True)
class OldRequest:
    """An open request by its reference only: no child's name or id."""

    pk: int
    reference: str
    local_authority: str
    status: str
    status_label: str
    received_on: date
    days_open: int


@dataclass(frozen=True)
class Timeliness:
    total: TimelinessRow
    by_provider: list[TimelinessRow]
    by_service: list[TimelinessRow]


@dataclass(frozen=True)
class DashboardFigures:
    start: date
    end: date
    today: date
    open_requests: list[StatusCount]
    timeliness: Timeliness
    open_work: list[OpenWork]
    open_work_total: OpenWork
    oldest_requests: list[OldRequest] = field(default_factory=list)

    @property
    def open_requests_total(self) -> int:
        return sum(row.count for row in self.open_requests)


# -- the queries -----------------------------------------------------------------------------


def dashboard_figures(
    icb_ids: Iterable[int],
    start: date,
    end: date,
    la_ids: Iterable[int] | None = None,
    *,
    today: date | None = None,
) -> DashboardFigures:
    """Everything the dashboard shows, for the ICBs' areas (and the local authorities, if
    given): a handful of queries, whatever the number of rows."""
    icb_ids, la_ids = _ids(icb_ids), _ids(la_ids) if la_ids is not None else None
    today = today or timezone.localdate()
    open_work = open_work_by_provider(icb_ids, la_ids, today=today)
    return DashboardFigures(
        start=start,
        end=end,
        today=today,
        open_requests=open_requests_by_status(icb_ids, la_ids),
        timeliness=timeliness(icb_ids, start, end, la_ids),
        open_work=open_work,
        open_work_total=_total_open_work(open_work),
        oldest_requests=oldest_open_requests(icb_ids, la_ids, today=today),
    )


def open_requests_by_status(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None
) -> list[StatusCount]:
    """Requests open now, by status, every open status listed (zero where none): from the
    kept counts (``advice.summary.open_request_counts``), not the open requests."""
    counts = advice_services.open_request_counts(
        _ids(icb_ids), None if la_ids is None else _ids(la_ids)
    )
    return [
        StatusCount(status=s.value, label=s.label, count=counts.get(s.value, 0))
        for s in (RequestStatus(value) for value in OPEN_REQUEST_STATUSES)
    ]


def timeliness(
    icb_ids: Iterable[int], start: date, end: date, la_ids: Iterable[int] | None = None
) -> Timeliness:
    """Advice completed from ``start`` to ``end`` (both included), on time or late, by
    service and by provider (SEND Regs 2014 reg 8(1), exceptions reg 8(2)).

    Read from the kept summary (``kept_timeliness_counts``: the period's whole months and the
    days at either end, grouped by service); a provider's figures are the sum of its services'
    (a service belongs to one provider). Names come in a third, small query."""
    return timeliness_from_counts(kept_timeliness_counts(icb_ids, start, end, la_ids))


def timeliness_from_counts(counts: list[dict]) -> Timeliness:
    """The table from counts by service and provider (``kept_timeliness_counts``, or
    ``advice.summary.scratch_counts`` in the tests)."""
    services = {
        pk: (service, provider)
        for pk, service, provider in Service.objects.filter(
            pk__in=[row["service_id"] for row in counts]
        ).values_list("pk", "name", "provider__name")
    }
    rows = sorted(
        (
            (
                row["provider_id"],
                TimelinessRow(
                    provider=services[row["service_id"]][1],
                    service=services[row["service_id"]][0],
                    **_counts(row),
                ),
            )
            for row in counts
        ),
        key=lambda pair: (pair[1].provider, pair[0], pair[1].service),
    )
    by_service = [row for _, row in rows]
    by_provider = []
    for _, group in groupby(rows, key=lambda pair: pair[0]):
        services_of_provider = [row for _, row in group]
        by_provider.append(_sum_timeliness(services_of_provider[0].provider, services_of_provider))
    return Timeliness(
        total=_sum_timeliness("All providers", by_provider),
        by_provider=by_provider,
        by_service=by_service,
    )


def open_work_by_provider(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None, *, today: date
) -> list[OpenWork]:
    """Open assignments by provider today: overdue and due within 7 days, as
    ``advice.models.overdue_q`` and ``due_soon_q`` define them. Read from the kept summary
    (``kept_open_work``: open parts by status and due date)."""
    rows = kept_open_work(icb_ids, la_ids, today=today)
    names = _provider_names(row["provider_id"] for row in rows)
    work = [
        OpenWork(
            provider=names[row["provider_id"]],
            open=row["open"],
            with_service=row["with_service"],
            overdue=row["overdue"],
            due_soon=row["due_soon"],
        )
        for row in rows
    ]
    return sorted(work, key=lambda w: w.provider)


def oldest_open_requests(
    icb_ids: Iterable[int],
    la_ids: Iterable[int] | None = None,
    *,
    today: date,
    limit: int = OLDEST_REQUESTS_SHOWN,
) -> list[OldRequest]:
    """The open requests that reached health longest ago."""
    rows = (
        _requests(icb_ids, la_ids)
        .filter(is_open=True)  # OPEN_REQUEST_STATUSES, as its partial index has it
        .order_by("health_received_on", "pk")
        .values("pk", "local_authority__name", "status", "health_received_on")[:limit]
    )
    return [
        OldRequest(
            pk=row["pk"],
            reference=AdviceRequest(pk=row["pk"]).reference,
            local_authority=row["local_authority__name"],
            status=row["status"],
            status_label=RequestStatus(row["status"]).label,
            received_on=row["health_received_on"],
            days_open=(today - row["health_received_on"]).days,
        )
        for row in rows
    ]


# -- the kept summary (``advice.summary`` keeps it) ------------------------------------------


COUNTS = ("completed", "on_time", "late_with_exception")


def _month_of(day: date) -> date:
    return day.replace(day=1)


def _whole_months(start: date, end: date) -> tuple[date, date] | None:
    """The first and last whole calendar months from ``start`` to ``end`` (both included)."""
    first = start if start.day == 1 else add_months(_month_of(start), 1)
    after = end + timedelta(days=1)
    last = add_months(_month_of(after), -1)
    return (first, last) if first <= last else None


def _in_area(rows: QuerySet[Any], icb_ids: list[int], la_ids: list[int] | None) -> QuerySet[Any]:
    rows = rows.filter(icb_id__in=icb_ids)
    if la_ids is not None:
        rows = rows.filter(local_authority_id__in=la_ids)
    return rows


def _grouped(rows: QuerySet[Any]) -> list[dict[str, Any]]:
    return list(
        rows.values("service_id", "provider_id")
        .annotate(**{name: Sum(name) for name in COUNTS})
        .order_by()
    )


def kept_timeliness_counts(
    icb_ids: Iterable[int], start: date, end: date, la_ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Advice completed from ``start`` to ``end`` (both included) by service and provider, from
    the kept summary (``advice.summary``; ``scratch_counts`` there is the definition):
    ``service_id``, ``provider_id``, ``completed``, ``on_time``, ``late_with_exception``. Two
    queries: the whole months' rows, and the days' at either end."""
    icbs = sorted({int(i) for i in icb_ids})
    las = sorted({int(i) for i in la_ids}) if la_ids is not None else None
    if start > end:
        return []
    whole = _whole_months(start, end)
    if whole is None:
        parts = [_in_area(TimelinessDay.objects.filter(day__gte=start, day__lte=end), icbs, las)]
    else:
        first, last = whole
        ends = Q(day__gte=start, day__lt=first) | Q(day__gte=add_months(last, 1), day__lte=end)
        parts = [
            _in_area(TimelinessMonth.objects.filter(month__gte=first, month__lte=last), icbs, las)
        ]
        if start < first or end >= add_months(last, 1):
            parts.append(_in_area(TimelinessDay.objects.filter(ends), icbs, las))
    totals: dict[tuple[int, int], dict[str, Any]] = {}
    for part in parts:
        for row in _grouped(part):
            key = (row["service_id"], row["provider_id"])
            total = totals.setdefault(
                key, {"service_id": key[0], "provider_id": key[1], **dict.fromkeys(COUNTS, 0)}
            )
            for name in COUNTS:
                total[name] += row[name] or 0
    return [row for row in totals.values() if row["completed"]]


def kept_open_work(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None, *, today: date
) -> list[dict[str, Any]]:
    """Open assignments by provider today: ``provider_id``, ``open``, ``with_service``,
    ``overdue`` and ``due_soon`` (as ``advice.models.overdue_q`` and ``due_soon_q`` define
    them). One query over the kept rows (``advice.summary``; ``scratch_open_work`` there is the
    definition)."""
    icbs = sorted({int(i) for i in icb_ids})
    las = sorted({int(i) for i in la_ids}) if la_ids is not None else None
    rows = (
        _in_area(OpenWorkDay.objects.all(), icbs, las)
        .values("provider_id")
        .annotate(
            open=Sum("count"),
            with_service=Sum("count", filter=Q(status__in=WITH_SERVICE_STATUSES)),
            overdue=Sum("count", filter=overdue_q(today)),
            due_soon=Sum("count", filter=due_soon_q(today)),
        )
        .order_by()
    )
    names = ("open", "with_service", "overdue", "due_soon")
    return [{**row, **{name: row[name] or 0 for name in names}} for row in rows if row["open"]]


# -- helpers ---------------------------------------------------------------------------------


def _ids(ids: Iterable[int]) -> list[int]:
    return sorted({int(i) for i in ids})


def _requests(icb_ids: Iterable[int], la_ids: Iterable[int] | None) -> QuerySet[AdviceRequest]:
    requests = AdviceRequest.objects.filter(icb_id__in=_ids(icb_ids))
    if la_ids is not None:
        requests = requests.filter(local_authority_id__in=_ids(la_ids))
    return requests


def _provider_names(ids: Iterable[int]) -> dict[int, str]:
    return dict(Organisation.objects.filter(pk__in=set(ids)).values_list("pk", "name"))


def _sum_timeliness(provider: str, rows: Iterable[TimelinessRow]) -> TimelinessRow:
    rows = list(rows)
    return TimelinessRow(
        provider=provider,
        completed=sum(r.completed for r in rows),
        on_time=sum(r.on_time for r in rows),
        late_with_exception=sum(r.late_with_exception for r in rows),
    )


def _counts(row: dict) -> dict:
    return {
        "completed": row["completed"],
        "on_time": row["on_time"],
        "late_with_exception": row["late_with_exception"],
    }


def _total_open_work(rows: list[OpenWork]) -> OpenWork:
    return OpenWork(
        provider="All providers",
        open=sum(r.open for r in rows),
        with_service=sum(r.with_service for r in rows),
        overdue=sum(r.overdue for r in rows),
        due_soon=sum(r.due_soon for r in rows),
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
