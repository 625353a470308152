"""The kept summary of advice timeliness and open work, so the dashboard's timeliness table
(and its CSV) and its open work by provider read a few hundred or thousand indexed rows whatever
the number of requests (about 150,000 services' parts, 36,000 of them open, at the bench's
scale).

Kept as ``TimelinessDay`` rows (per ICB, local authority, provider, service and day advice was
completed: how many, on time, late with an exception) and ``TimelinessMonth`` rows (the same
per calendar month, the sum of its days). A period's figures are its whole months' rows plus
the days at either end that do not make a whole month (``insight.figures`` reads them:
``kept_timeliness_counts``). Open work is kept as ``OpenWorkDay`` rows (open parts per ICB,
local authority, provider, service, status and statutory due date), so overdue and due soon
are sums over due dates for any today (``insight.figures.kept_open_work``).

A change to an assignment's completion (accepted, its ``completed_on``, ``due_on``,
``has_exception``, a cancellation, another service) works out again, in its transaction, the
rows of its provider, service and day (before and after the change) from the assignments, and
their months from the days; a change to its status, due date or service (routing, submitting,
reviewing, cancelling) works out again the open work of its service and due date: a handful
of indexed queries. Saves and deletes of single rows are kept by signals (every path is, the
factories too); reminders and chases change nothing the summary counts and cost nothing.
Bulk loads (the seeding, the national copy) call ``rebuild``; ``manage.py
rebuild_advice_summary`` works it all out from scratch. The keeping (``touch``, ``batch``,
``suspended``) is ``core.kept``'s.

Open requests are kept as ``OpenRequestCount`` rows (per ICB, local authority and open status,
appended changes summed when read): a request's save that changes its status (or its local
authority) appends -1 for the old key and +1 for the new, the old read again with the request
locked; a delete appends -1. ``collapse_open_requests`` (the daily task) turns each key's rows
into one; ``rebuild`` counts them from scratch.

``scratch_counts`` and ``scratch_open_work`` are the definitions (the queries the dashboard ran
over the assignments before): the tests check the kept figures equal them after any sequence of
changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from sendhealth.advice.models import (
    OPEN_ASSIGNMENT_STATUSES,
    OPEN_REQUEST_STATUSES,
    WITH_SERVICE_STATUSES,
    AdviceAssignment,
    AdviceRequest,
    AssignmentStatus,
    OpenRequestCount,
    OpenWorkDay,
    TimelinessDay,
    TimelinessMonth,
    due_soon_q,
    overdue_q,
)
from sendhealth.core.kept import KeptSummary, Keys, collapse_appended
from sendhealth.organisations.models import Service
from sendhealth.rules import add_months

KEY = ("icb_id", "local_authority_id", "provider_id", "service_id")
COUNTS = ("completed", "on_time", "late_with_exception")
# The assignment's fields the summary counts: a save that changes none of them (a submission,
# a reminder, a chase) touches nothing.
COUNTED_FIELDS = frozenset(
    {
        "status",
        "completed_on",
        "due_on",
        "has_exception",
        "service",
        "provider",
        "icb",
        "local_authority",
    }
)
MOVES_KEY = frozenset({"service", "provider", "completed_on", "due_on"})


# -- what a change touches ---------------------------------------------------------------------


def _refresh_touched(keys: Keys) -> None:
    providers, services = keys.get("providers", set()), keys.get("services", set())
    refresh(providers, services, keys.get("days", set()))
    refresh_open(providers, services, keys.get("due_days", set()))


kept = KeptSummary("advice_timeliness", _refresh_touched)
touch = kept.touch
batch = kept.batch
suspended = kept.suspended


def _counted(update_fields: Iterable[str] | None) -> bool:
    return update_fields is None or bool(COUNTED_FIELDS & set(update_fields))


@receiver(pre_save, sender=AdviceAssignment, dispatch_uid="advice_summary_pre_save")
def _remember_old_key(sender, instance: AdviceAssignment, update_fields=None, **kwargs) -> None:
    old = None
    if (
        instance.pk
        and not kept.is_suspended
        and (update_fields is None or MOVES_KEY & set(update_fields))
    ):
        old = (
            AdviceAssignment.objects.filter(pk=instance.pk)
            .values_list("provider_id", "service_id", "completed_on", "due_on")
            .first()
        )
    instance._timeliness_old = old  # type: ignore[attr-defined]


def _touch_keys(*keys: tuple[int, int, date | None, date | None] | None) -> None:
    """Keys: (provider, service, completed on, due on). Every change to what the summary
    counts touches the part's due day (open work) and its completion day, if any."""
    found = [key for key in keys if key is not None]
    if found:
        touch(
            providers={k[0] for k in found},
            services={k[1] for k in found},
            days={k[2] for k in found if k[2] is not None},
            due_days={k[3] for k in found},
        )


@receiver(post_save, sender=AdviceAssignment, dispatch_uid="advice_summary_saved")
def _assignment_saved(
    sender, instance: AdviceAssignment, update_fields=None, **kwargs: Any
) -> None:
    if not _counted(update_fields):
        return
    _touch_keys(
        getattr(instance, "_timeliness_old", None),
        (instance.provider_id, instance.service_id, instance.completed_on, instance.due_on),
    )


@receiver(post_delete, sender=AdviceAssignment, dispatch_uid="advice_summary_deleted")
def _assignment_deleted(sender, instance: AdviceAssignment, **kwargs: Any) -> None:
    _touch_keys((instance.provider_id, instance.service_id, instance.completed_on, instance.due_on))


# -- open requests by status -------------------------------------------------------------------

REQUEST_KEY_FIELDS = frozenset({"status", "icb", "local_authority"})
RequestKey = tuple[int, int, str]


def _current_key(pk: int) -> RequestKey | None:
    """The request's key as the database holds it now, locked when in a transaction (so a
    change at once to the same request waits, then reads this one's)."""
    rows = AdviceRequest.objects.filter(pk=pk)
    if connection.in_atomic_block:
        rows = rows.select_for_update()
    return rows.values_list("icb_id", "local_authority_id", "status").first()


def _append_open(changes: dict[RequestKey, int]) -> None:
    rows = [
        OpenRequestCount(icb_id=icb, local_authority_id=la, status=status, change=n)
        for (icb, la, status), n in sorted(changes.items())
        if n and status in OPEN_REQUEST_STATUSES
    ]
    if rows:
        OpenRequestCount.objects.bulk_create(rows)


@receiver(pre_save, sender=AdviceRequest, dispatch_uid="advice_open_requests_pre_save")
def _remember_old_request_key(
    sender, instance: AdviceRequest, update_fields=None, **kwargs: Any
) -> None:
    old = None
    if (
        instance.pk
        and not kept.is_suspended
        and (update_fields is None or REQUEST_KEY_FIELDS & set(update_fields))
    ):
        old = _current_key(instance.pk)
    instance._open_old = old  # type: ignore[attr-defined]


@receiver(post_save, sender=AdviceRequest, dispatch_uid="advice_open_requests_saved")
def _request_saved(
    sender, instance: AdviceRequest, created=False, update_fields=None, **kwargs: Any
) -> None:
    if kept.is_suspended:
        return
    new = (instance.icb_id, instance.local_authority_id, instance.status)
    old = getattr(instance, "_open_old", None)
    if not created and old is None:
        return  # nothing the count keys on changed (or the request was not there before)
    changes: dict[RequestKey, int] = {new: 1}
    if old is not None:
        changes[old] = changes.get(old, 0) - 1
    _append_open(changes)


@receiver(pre_delete, sender=AdviceRequest, dispatch_uid="advice_open_requests_deleting")
def _request_deleting(sender, instance: AdviceRequest, **kwargs: Any) -> None:
    if not kept.is_suspended and instance.pk:
        key = _current_key(instance.pk)
        if key is not None:
            _append_open({key: -1})


def open_request_counts(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None
) -> dict[str, int]:
    """Open requests by status, from the kept rows (``scratch_open_requests`` is the
    definition): one query over a few rows."""
    rows = OpenRequestCount.objects.filter(icb_id__in=sorted({int(i) for i in icb_ids}))
    if la_ids is not None:
        rows = rows.filter(local_authority_id__in=sorted({int(i) for i in la_ids}))
    totals = rows.values_list("status").annotate(n=Sum("change")).order_by()
    return {status: n for status, n in totals if n}


def scratch_open_requests(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None
) -> dict[str, int]:
    """``open_request_counts`` worked out from the requests themselves (the definition)."""
    requests = AdviceRequest.objects.filter(
        icb_id__in=list(icb_ids), status__in=OPEN_REQUEST_STATUSES
    )
    if la_ids is not None:
        requests = requests.filter(local_authority_id__in=list(la_ids))
    return dict(requests.values_list("status").annotate(n=Count("pk")).order_by())


def _write_open_requests(requests: QuerySet[AdviceRequest]) -> None:
    rows = (
        requests.filter(status__in=OPEN_REQUEST_STATUSES)
        .values("icb_id", "local_authority_id", "status")
        .annotate(change=Count("pk"))
        .order_by()
    )
    _insert_select(OpenRequestCount, rows, ("icb_id", "local_authority_id", "status", "change"))


def collapse_open_requests() -> None:
    """Each key's rows replaced by one holding their sum, none when it is 0
    (``core.kept.collapse_appended``)."""
    collapse_appended(OpenRequestCount, ("icb_id", "local_authority_id", "status"))


# -- working it out ----------------------------------------------------------------------------


def _completed(assignments: QuerySet[AdviceAssignment]) -> QuerySet[AdviceAssignment]:
    """The assignments the timeliness figures count: completed, not cancelled, in an ICB."""
    return assignments.filter(completed_on__isnull=False, icb__isnull=False).exclude(
        status=AssignmentStatus.CANCELLED
    )


def _scratch_aggregates() -> dict[str, Any]:
    late = Q(completed_on__gt=F("due_on"))
    return {
        "completed": Count("pk"),
        "on_time": Count("pk", filter=Q(completed_on__lte=F("due_on"))),
        "late_with_exception": Count("pk", filter=late & Q(has_exception=True)),
    }


def _sums() -> dict[str, Any]:
    return {name: Sum(name) for name in COUNTS}


def _write_days(assignments: QuerySet[AdviceAssignment]) -> None:
    rows = (
        _completed(assignments)
        .values(*KEY, day=F("completed_on"))
        .annotate(**_scratch_aggregates())
        .order_by()
    )
    _insert_select(TimelinessDay, rows, (*KEY, "day", *COUNTS))


def _write_months(days: QuerySet[TimelinessDay], months: set[date] | None = None) -> None:
    rows = days.annotate(month=TruncMonth("day")).values(*KEY, "month").annotate(**_sums())
    if months is not None:
        rows = rows.filter(month__in=months)
    _insert_select(TimelinessMonth, rows.order_by(), (*KEY, "month", *COUNTS))


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def refresh(provider_ids: set[int], service_ids: set[int], days: set[date]) -> None:
    """Work out again the rows of these providers' services on these days (and their months):
    six queries. The services' rows are locked first (in order), so two changes at once to
    one service's advice work its rows out one after the other, the second seeing the first."""
    if not provider_ids or not service_ids or not days:
        return
    months = {_first_of_month(day) for day in days}
    with transaction.atomic():
        list(
            Service.objects.select_for_update()
            .filter(pk__in=service_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        which = {"provider_id__in": provider_ids, "service_id__in": service_ids}
        TimelinessDay.objects.filter(**which, day__in=days).delete()
        _write_days(AdviceAssignment.objects.filter(**which, completed_on__in=days))
        TimelinessMonth.objects.filter(**which, month__in=months).delete()
        _write_months(
            TimelinessDay.objects.filter(
                **which, day__gte=min(months), day__lt=add_months(max(months), 1)
            ),
            months,
        )


def _write_open(assignments: QuerySet[AdviceAssignment]) -> None:
    rows = (
        assignments.filter(open_work=True, icb__isnull=False)
        .values(*KEY, "status", "due_on")
        .annotate(count=Count("pk"))
        .order_by()
    )
    _insert_select(OpenWorkDay, rows, (*KEY, "status", "due_on", "count"))


def _insert_select(model: type[Any], rows: QuerySet[Any], columns: tuple[str, ...]) -> None:
    """Write the grouped ``rows`` (a ``values()`` query naming ``columns``) into ``model``'s
    table in one ``INSERT ... SELECT``: the database adds them up and writes them, no row
    passes through Python (a national rebuild writes hundreds of thousands)."""
    sql, params = rows.query.sql_with_params()
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(model._meta.db_table)} ({names}) "  # noqa: S608 (names, not input)
            f"SELECT {names} FROM ({sql}) AS kept_rows",
            params,
        )


def refresh_open(provider_ids: set[int], service_ids: set[int], due_days: set[date]) -> None:
    """Work out again the open work of these providers' services due on these days: three
    queries (after ``refresh`` has locked the services, or locking them itself)."""
    if not provider_ids or not service_ids or not due_days:
        return
    with transaction.atomic():
        list(
            Service.objects.select_for_update()
            .filter(pk__in=service_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        which = {"provider_id__in": provider_ids, "service_id__in": service_ids}
        OpenWorkDay.objects.filter(**which, due_on__in=due_days).delete()
        _write_open(AdviceAssignment.objects.filter(**which, due_on__in=due_days))


def rebuild(icb_id: int | None = None) -> None:
    """Work out the ICB's rows (every ICB's, when ``icb_id`` is None) from scratch: three
    grouped queries."""
    days = TimelinessDay.objects.all()
    months = TimelinessMonth.objects.all()
    open_work = OpenWorkDay.objects.all()
    assignments = AdviceAssignment.objects.all()
    open_requests = OpenRequestCount.objects.all()
    requests = AdviceRequest.objects.all()
    if icb_id is not None:
        days, months = days.filter(icb_id=icb_id), months.filter(icb_id=icb_id)
        open_work = open_work.filter(icb_id=icb_id)
        assignments = assignments.filter(icb_id=icb_id)
        open_requests = open_requests.filter(icb_id=icb_id)
        requests = requests.filter(icb_id=icb_id)
    with transaction.atomic():
        days.delete()
        months.delete()
        open_work.delete()
        open_requests.delete()
        _write_days(assignments)
        _write_months(days)
        _write_open(assignments)
        _write_open_requests(requests)


# -- from scratch (the definitions; the dashboard reads the rows in ``insight.figures``) -------


def _in_area(rows: QuerySet[Any], icb_ids: list[int], la_ids: list[int] | None) -> QuerySet[Any]:
    rows = rows.filter(icb_id__in=icb_ids)
    if la_ids is not None:
        rows = rows.filter(local_authority_id__in=la_ids)
    return rows


def scratch_counts(
    icb_ids: Iterable[int], start: date, end: date, la_ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """``counts`` worked out from the assignments themselves (the definition)."""
    assignments = _completed(
        AdviceAssignment.objects.filter(completed_on__gte=start, completed_on__lte=end)
    )
    assignments = _in_area(
        assignments, sorted({int(i) for i in icb_ids}), None if la_ids is None else list(la_ids)
    )
    return list(
        assignments.values("service_id", "provider_id").annotate(**_scratch_aggregates()).order_by()
    )


def scratch_open_work(
    icb_ids: Iterable[int], la_ids: Iterable[int] | None = None, *, today: date
) -> list[dict[str, Any]]:
    """``open_work`` worked out from the open assignments themselves (the definition)."""
    assignments = _in_area(
        AdviceAssignment.objects.filter(open_work=True),
        sorted({int(i) for i in icb_ids}),
        None if la_ids is None else list(la_ids),
    )
    return list(
        assignments.values("provider_id")
        .annotate(
            open=Count("pk"),
            with_service=Count("pk", filter=Q(status__in=WITH_SERVICE_STATUSES)),
            overdue=Count("pk", filter=overdue_q(today)),
            due_soon=Count("pk", filter=due_soon_q(today)),
        )
        .order_by()
    )


# -- the queue's and the tray's tab counts ----------------------------------------------------


# What the DCO's queue and the provider's tray count of open work, as ``advice.models`` defines
# "due soon" and "overdue" (the same ``Q`` on the kept rows' status and due date as on the
# assignments').
def _open_filters(today: date) -> dict[str, Q]:
    return {
        "awaiting": Q(status=AssignmentStatus.AWAITING),
        "returned": Q(status=AssignmentStatus.RETURNED),
        "submitted": Q(status=AssignmentStatus.SUBMITTED),
        "due": due_soon_q(today),
        "overdue": overdue_q(today),
    }


OPEN_COUNTS = ("open", "awaiting", "returned", "submitted", "due", "overdue")


def open_counts(rows: QuerySet[OpenWorkDay], *, today: date) -> dict[str, int]:
    """How many open parts the kept rows ``rows`` hold (``open``), and of them awaiting,
    returned for more information, submitted for review, due soon and overdue ``today``: one
    aggregate over the rows (at most one a service, local authority, status and due date),
    never over the assignments. ``scratch_open_counts`` is the definition."""
    totals = rows.aggregate(
        open=Sum("count"),
        **{name: Sum("count", filter=q) for name, q in _open_filters(today).items()},
    )
    return {name: totals[name] or 0 for name in OPEN_COUNTS}


def scratch_open_counts(assignments: QuerySet[AdviceAssignment], *, today: date) -> dict[str, int]:
    """``open_counts`` worked out from the open assignments themselves (the definition)."""
    return assignments.filter(status__in=OPEN_ASSIGNMENT_STATUSES).aggregate(
        open=Count("pk"),
        **{name: Count("pk", filter=q) for name, q in _open_filters(today).items()},
    )


def icb_ids() -> list[int]:
    """Every ICB with assignments or kept rows."""
    found = set(
        AdviceAssignment.objects.filter(icb__isnull=False)
        .values_list("icb_id", flat=True)
        .distinct()
    )
    found |= set(TimelinessDay.objects.values_list("icb_id", flat=True).distinct())
    found |= set(OpenWorkDay.objects.values_list("icb_id", flat=True).distinct())
    return sorted(found)
