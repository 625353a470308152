"""The kept summary of delivery, so the shortfall list and the figures read a few indexed rows
whatever the number of returns (about 750,000 at the bench's scale).

Two things are kept, each worked out again from the returns for what a change touches, in the
transaction of the change:

- ``DeliveryMonth``: per ICB, provider, service and month, the returns' sums (sessions
  delivered and expected, not delivered by reason). A change to a return works out again the
  rows of its service and month (before and after the change): one delete, one grouped query
  over that service's month, one insert.
- The line's *standing* (fields on ``PlanLine``): over the ICB's shortfall window (the last
  ``months`` whole months, ``ShortfallPolicy.standing_last`` the window's last month), what its
  returns add up to, whether it is a shortfall (``domain.shortfall``) and whether it expected
  sessions in the last month with no return (``unreported_last``). A change to a line or one of
  its returns works out the line's standing again. When the window moves on (a new month) or
  the DCO changes the threshold, ``current_policy`` works out every line of the ICB again (a few
  seconds at the bench's scale, once a month; the nightly task does it before anyone asks).

Saves and deletes of single rows are kept by signals (so every path is, the factories too);
the bulk paths (the CSV import, the seeding) call ``refresh_months`` and ``refresh_lines``
themselves.

- ``ShortfallCount``: per ICB, how many lines are short, as the sum of appended changes: the
  standing's writer (``_write_standing``, the lines locked) appends each ICB's change, a deleted
  short line appends -1 (the line locked and read again first), and ``current_policy``
  collapses the ICB's rows into one when it works out every line again. ``shortfall_count``
  reads it. The keeping (``touch``, ``batch``, ``suspended``) is ``core.kept``'s.
``manage.py rebuild_provision_summary`` works all of it out from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from sendhealth.core.kept import KeptSummary, Keys, collapse_appended
from sendhealth.organisations.models import Service
from sendhealth.provision import domain
from sendhealth.provision.models import (
    DeliveryMonth,
    MonthlyReturn,
    PlanLine,
    ShortfallCount,
    ShortfallPolicy,
)

REASONS = ("absent", "setting_closed", "family_declined", "staffing", "other")
CHUNK = 5000
STANDING_FIELDS = (
    "window_delivered",
    "window_excused",
    "window_missed",
    "window_reported",
    "short",
    "unreported_last",
)


# -- what a change touches ---------------------------------------------------------------------


def _refresh_touched(keys: Keys) -> None:
    refresh_months(keys.get("services", set()), keys.get("months", set()))
    refresh_lines(keys.get("lines", set()))


kept = KeptSummary("provision_summary", _refresh_touched)
# Keep the summary for what a change touched (``services`` and ``months``, ``lines``): now, or
# at the end of ``batch()``; ``suspended()`` keeps nothing (see ``core.kept``).
touch = kept.touch
batch = kept.batch
suspended = kept.suspended


@receiver(pre_save, sender=MonthlyReturn, dispatch_uid="provision_summary_pre_save")
def _remember_old_key(sender, instance: MonthlyReturn, **kwargs) -> None:
    old = None
    if instance.pk and not kept.is_suspended:
        old = (
            MonthlyReturn.objects.filter(pk=instance.pk).values_list("service_id", "month").first()
        )
    instance._summary_old = old  # type: ignore[attr-defined]


@receiver(post_save, sender=MonthlyReturn, dispatch_uid="provision_summary_return_saved")
def _return_saved(sender, instance: MonthlyReturn, **kwargs) -> None:
    old = getattr(instance, "_summary_old", None) or (instance.service_id, instance.month)
    touch(
        services={old[0], instance.service_id},
        months={old[1], domain.first_of_month(instance.month)},
        lines={instance.line_id},
    )


@receiver(post_delete, sender=MonthlyReturn, dispatch_uid="provision_summary_return_deleted")
def _return_deleted(sender, instance: MonthlyReturn, origin=None, **kwargs) -> None:
    # A line being deleted (its returns go first, in the same delete) keeps the standing it
    # had: its shortfall, if any, was taken off the count when its delete began. Only a
    # line's delete cascades to its returns, so a delete that began anywhere but at returns
    # (a line, a plan) is one.
    began = origin.model if isinstance(origin, QuerySet) else type(origin)
    lines = {instance.line_id} if origin is None or began is MonthlyReturn else set()
    touch(services={instance.service_id}, months={instance.month}, lines=lines)


@receiver(post_save, sender=PlanLine, dispatch_uid="provision_summary_line_saved")
def _line_saved(sender, instance: PlanLine, **kwargs) -> None:
    touch(lines={instance.pk})


@receiver(pre_delete, sender=PlanLine, dispatch_uid="provision_summary_line_deleting")
def _line_deleting(sender, instance: PlanLine, **kwargs) -> None:
    """A short line deleted takes one from its ICB's count. The line is locked and its
    standing read again (not the instance's, which may be older than a refresh that
    committed since it was read), as ``_write_standing`` reads it, so the two cannot both
    count the same change; its returns, deleted with it, then leave its standing as it is."""
    if kept.is_suspended or not instance.pk:
        return
    short = (
        PlanLine.objects.select_for_update()
        .filter(pk=instance.pk)
        .values_list("short", flat=True)
        .first()
    )
    if short:
        ShortfallCount.objects.create(icb_id=instance.icb_id, change=-1)


# -- the monthly sums --------------------------------------------------------------------------


def _sums() -> dict:
    zero = Value(0, output_field=IntegerField())
    sums: dict = {
        "returns": Count("pk"),
        "delivered": Coalesce(Sum("delivered"), zero),
        "expected": Sum("expected"),
    }
    for reason in REASONS:
        sums[reason] = Coalesce(Sum("not_delivered", filter=Q(reason=reason)), zero)
        sums[f"{reason}_returns"] = Count("pk", filter=Q(reason=reason, not_delivered__gt=0))
    return sums


def _write_months(returns) -> None:
    rows = returns.values("icb_id", "provider_id", "service_id", "month").annotate(**_sums())
    DeliveryMonth.objects.bulk_create(
        [
            DeliveryMonth(**{**row, "expected": Decimal(row["expected"] or 0)})
            for row in rows.order_by()
        ],
        batch_size=1000,
    )


def refresh_months(service_ids: set[int], months: set[date]) -> None:
    """Work out again the monthly sums of these services in these months: four queries. The
    services' rows are locked first (in order), so two changes at once to one service's
    returns work its sums out one after the other, the second seeing the first's return."""
    if not service_ids or not months:
        return
    with transaction.atomic():
        list(
            Service.objects.select_for_update()
            .filter(pk__in=service_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        DeliveryMonth.objects.filter(service_id__in=service_ids, month__in=months).delete()
        _write_months(MonthlyReturn.objects.filter(service_id__in=service_ids, month__in=months))


# -- the lines' standing -----------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    first: date
    last: date
    months: int
    threshold_percent: int


def _windows(icb_ids: set[int]) -> dict[int, Window]:
    out = {}
    for icb_id, last, months, threshold in ShortfallPolicy.objects.filter(
        icb_id__in=icb_ids, standing_last__isnull=False
    ).values_list("icb_id", "standing_last", "months", "threshold_percent"):
        out[icb_id] = Window(domain.add_months(last, -(months - 1)), last, months, threshold)
    return out


_LINE_VALUES = (
    "pk",
    "icb_id",
    "vague",
    "count",
    "period",
    "monthly_expected",
    "starts_on",
    "ends_on",
    *STANDING_FIELDS,
)


def standing(line: dict, returns: list[domain.MonthDelivery], window: Window) -> tuple:
    """The line's kept standing over ``window`` (see ``STANDING_FIELDS``), from its returns."""
    inside = [r for r in returns if window.first <= r.month <= window.last]
    delivered = sum(r.delivered for r in inside)
    excused = sum(r.not_delivered for r in inside if r.reason in domain.NOT_SERVICE_SIDE)
    missed = sum(r.not_delivered for r in inside if r.reason in domain.SERVICE_SIDE)
    judged = (
        not line["vague"]
        and line["period"] != domain.ONE_OFF
        and line["monthly_expected"] > 0
        and domain.first_of_month(line["starts_on"]) <= window.first
        and (line["ends_on"] is None or line["ends_on"] >= window.last)
    )
    short = judged and (
        domain.shortfall(
            inside,
            monthly=Decimal(line["monthly_expected"]),
            first=window.first,
            last=window.last,
            threshold_percent=window.threshold_percent,
        )
        is not None
    )
    expects_last = not line["vague"] and domain.expected_in_month(
        line["count"], line["period"], line["starts_on"], line["ends_on"], window.last
    )
    unreported = bool(expects_last) and not any(r.month == window.last for r in inside)
    return (delivered, excused, missed, len(inside), short, unreported)


_ZERO = (0, 0, 0, 0, False, False)


def refresh_lines(line_ids: set[int]) -> None:
    """Work out again these lines' standing over their ICB's window: two queries a chunk of
    5,000 lines, and one update for each line whose standing changed."""
    ids = sorted(i for i in line_ids if i)
    if not ids:
        return
    for start in range(0, len(ids), CHUNK):
        _refresh_chunk(ids[start : start + CHUNK])


def _refresh_chunk(ids: list[int]) -> None:
    with transaction.atomic():
        _refresh_locked(ids)


def _refresh_locked(ids: list[int]) -> None:
    # The lines locked (in order) before their returns are read: two changes at once to one
    # line work its standing out one after the other, the second seeing the first's return.
    lines = list(
        PlanLine.objects.select_for_update().filter(pk__in=ids).order_by("pk").values(*_LINE_VALUES)
    )
    if not lines:
        return
    windows = _windows({line["icb_id"] for line in lines})
    by_line: dict[int, list[domain.MonthDelivery]] = {}
    if windows:
        first = min(w.first for w in windows.values())
        last = max(w.last for w in windows.values())
        for line_id, month, delivered, not_delivered, reason in MonthlyReturn.objects.filter(
            line_id__in=ids, month__gte=first, month__lte=last
        ).values_list("line_id", "month", "delivered", "not_delivered", "reason"):
            by_line.setdefault(line_id, []).append(
                domain.MonthDelivery(month, delivered, not_delivered, reason)
            )
    _write_standing(
        (line, standing(line, by_line.get(line["pk"], []), windows[line["icb_id"]]))
        if line["icb_id"] in windows
        else (line, _ZERO)
        for line in lines
    )


_SHORT = STANDING_FIELDS.index("short")


def _write_standing(pairs) -> None:
    """Write the lines' new standing (the lines locked by the caller) and append each ICB's
    change to its shortfall count."""
    rows, changes = [], {}
    for line, new in pairs:
        if tuple(line[f] for f in STANDING_FIELDS) == tuple(new):
            continue
        rows.append((*new, line["pk"]))
        if bool(line["short"]) != bool(new[_SHORT]):
            step = 1 if new[_SHORT] else -1
            changes[line["icb_id"]] = changes.get(line["icb_id"], 0) + step
    if not rows:
        return
    if any(changes.values()):
        ShortfallCount.objects.bulk_create(
            [ShortfallCount(icb_id=icb, change=n) for icb, n in sorted(changes.items()) if n]
        )
    ops = connection.ops
    table = ops.quote_name(PlanLine._meta.db_table)
    sets = ", ".join(f"{ops.quote_name(f)} = %s" for f in STANDING_FIELDS)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            cursor.executemany(
                f"UPDATE {table} SET {sets} WHERE id = %s",  # noqa: S608 (names are ours)
                rows[start : start + 2000],
            )


# -- the window moving on, and from scratch ----------------------------------------------------


def current_policy(icb_id: int, today: date) -> ShortfallPolicy:
    """The ICB's shortfall policy, its lines' standing worked out for the window ending last
    month (one query when it already is)."""
    last = domain.add_months(domain.first_of_month(today), -1)
    policy = ShortfallPolicy.objects.filter(icb_id=icb_id).first()
    if policy is not None and policy.standing_last == last:
        return policy
    with transaction.atomic():
        policy, _ = ShortfallPolicy.objects.select_for_update().get_or_create(icb_id=icb_id)
        if policy.standing_last != last:
            policy.standing_last = last
            policy.save(update_fields=["standing_last"])
            refresh_lines(set(PlanLine.objects.filter(icb_id=icb_id).values_list("pk", flat=True)))
            collapse_count(icb_id)
    return policy


def shortfall_count(icb_ids) -> int:
    """How many of these ICBs' lines are short now (``lines.filter(short=True).count()`` over
    the ICBs' lines, from the kept rows): one query over a few rows."""
    total = ShortfallCount.objects.filter(icb_id__in=sorted(set(icb_ids))).aggregate(
        n=Sum("change")
    )["n"]
    return total or 0


def collapse_count(icb_id: int) -> None:
    """The ICB's count rows replaced by one holding their sum, none when it is 0
    (``core.kept.collapse_appended``)."""
    collapse_appended(ShortfallCount, ("icb_id",), icb_id=icb_id)


def count_from_scratch(icb_id: int) -> None:
    """The ICB's count rows replaced by one holding its short lines counted (``rebuild``)."""
    with transaction.atomic():
        ShortfallCount.objects.filter(icb_id=icb_id).delete()
        ShortfallCount.objects.create(
            icb_id=icb_id, change=PlanLine.objects.filter(icb_id=icb_id, short=True).count()
        )


def rebuild(icb_id: int, today: date) -> None:
    """Work out the ICB's monthly sums and its lines' standing from scratch."""
    with transaction.atomic():
        DeliveryMonth.objects.filter(icb_id=icb_id).delete()
        _write_months(MonthlyReturn.objects.filter(icb_id=icb_id))
        ShortfallPolicy.objects.filter(icb_id=icb_id).update(standing_last=None)
        current_policy(icb_id, today)
        count_from_scratch(icb_id)


def icb_ids(*, lines_only: bool = False) -> list[int]:
    """Every ICB with provision lines (and, unless ``lines_only``, returns or kept sums)."""
    found = set(PlanLine.objects.values_list("icb_id", flat=True).distinct())
    if lines_only:
        return sorted(found)
    found |= set(MonthlyReturn.objects.values_list("icb_id", flat=True).distinct())
    found |= set(DeliveryMonth.objects.values_list("icb_id", flat=True).distinct())
    return sorted(found)
