"""The kept summary of quality assurance scores, so the figures page reads a few rows per
quarter whatever the number of audits and ratings.

Kept per ICB and quarter (the quarter an audit was finished in, local time):

- ``ScoreTally``: the finished audits' count, points and maximum points, overall and by
  provider, service and local authority of the audited item;
- ``CriterionTally``: how many of each rating each criterion was given in them.

A change to an audit (finished, scored again, put back in progress, deleted) works out again the
tallies of its ICB's quarter, before and after the change, from that quarter's audits only (one
delete and three grouped queries), in the transaction of the change: signals on ``Audit``, so
every path is kept (the services, the factories, a cascade). The seeding's bulk inserts call
``rebuild`` themselves; ``manage.py rebuild_assurance_summary`` works all of it out from
scratch. ``assurance.reports`` reads only these rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from datetime import datetime

from django.db.models import Count, Sum
from django.utils import timezone

from sendhealth.assurance.models import (
    Audit,
    AuditItem,
    AuditStatus,
    CriterionRating,
    CriterionTally,
    ScoreTally,
)

OVERALL = "overall"
DIMENSIONS = ("provider", "service", "local_authority")  # the audited item's fields

_suspended: ContextVar[bool] = ContextVar("assurance_summary_suspended", default=False)


def quarter_label(moment: datetime) -> str:
    day = timezone.localtime(moment).date()
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def refresh(icb_id: int, quarter: str) -> None:
    """Work out again the tallies of the ICB's quarter from its finished audits."""
    from sendhealth.assurance.reports import quarter_bounds

    start, end = quarter_bounds(quarter)
    audits = Audit.objects.filter(
        item__icb_id=icb_id,
        status=AuditStatus.FINISHED,
        finished_at__gte=start,
        finished_at__lt=end,
    )
    ScoreTally.objects.filter(icb_id=icb_id, quarter=quarter).delete()
    CriterionTally.objects.filter(icb_id=icb_id, quarter=quarter).delete()
    sums = {"n": Count("pk"), "p": Sum("points"), "m": Sum("max_points")}
    tallies = [
        ScoreTally(
            icb_id=icb_id,
            quarter=quarter,
            dimension=dimension,
            group_id=row.get(f"item__{dimension}_id"),
            audits=row["n"],
            points=row["p"],
            max_points=row["m"],
        )
        for dimension, rows in _grouped(audits, sums)
        for row in rows
        if row["n"]
    ]
    ScoreTally.objects.bulk_create(tallies)
    CriterionTally.objects.bulk_create(
        CriterionTally(
            icb_id=icb_id, quarter=quarter, criterion_id=criterion, rating=rating, ratings=n
        )
        for criterion, rating, n in CriterionRating.objects.filter(audit__in=audits)
        .order_by()
        .values_list("criterion_id", "rating")
        .annotate(n=Count("pk"))
    )


def _grouped(audits, sums) -> Iterator[tuple[str, list[dict]]]:
    yield OVERALL, [audits.aggregate(**sums)]
    for dimension in DIMENSIONS:
        field = f"item__{dimension}_id"
        rows = audits.exclude(**{f"{field}__isnull": True}).order_by().values(field)
        yield dimension, list(rows.annotate(**sums))


def rebuild(icb_ids: Iterable[int] | None = None) -> None:
    """Work out every tally (of these ICBs) from scratch."""
    finished = Audit.objects.filter(status=AuditStatus.FINISHED, finished_at__isnull=False)
    tallies, criteria = ScoreTally.objects.all(), CriterionTally.objects.all()
    if icb_ids is not None:
        icb_ids = list(icb_ids)
        finished = finished.filter(item__icb_id__in=icb_ids)
        tallies, criteria = tallies.filter(icb_id__in=icb_ids), criteria.filter(icb_id__in=icb_ids)
    tallies.delete()
    criteria.delete()
    keys = {
        (icb_id, quarter_label(moment))
        for icb_id, moment in finished.values_list("item__icb_id", "finished_at").iterator(
            chunk_size=2000
        )
    }
    for icb_id, quarter in sorted(keys):
        refresh(icb_id, quarter)


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """No refresh per audit (a wipe deleting a whole ICB's audits): rebuild after."""
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def _key(icb_id: int | None, status: str, finished_at) -> tuple[int, str] | None:
    if icb_id is None or status != AuditStatus.FINISHED or finished_at is None:
        return None
    return icb_id, quarter_label(finished_at)


def _icb_of(audit: Audit) -> int | None:
    if "item" in audit._state.fields_cache:
        return audit.item.icb_id
    return AuditItem.objects.filter(pk=audit.item_id).values_list("icb_id", flat=True).first()


# -- signals (``AssuranceConfig.ready``) ----------------------------------------------------


def audit_before_save(sender, instance: Audit, **kwargs) -> None:
    """Remember the quarter the audit counted in before this save."""
    if _suspended.get() or instance.pk is None:
        instance._tally_before = None
        return
    before = (
        Audit.objects.filter(pk=instance.pk)
        .values_list("item__icb_id", "status", "finished_at")
        .first()
    )
    instance._tally_before = _key(*before) if before else None


def audit_saved(sender, instance: Audit, **kwargs) -> None:
    if _suspended.get():
        return
    keys = {
        getattr(instance, "_tally_before", None),
        _key(_icb_of(instance), instance.status, instance.finished_at),
    }
    for key in sorted(k for k in keys if k is not None):
        refresh(*key)


def audit_deleted(sender, instance: Audit, **kwargs) -> None:
    if _suspended.get():
        return
    key = _key(_icb_of(instance), instance.status, instance.finished_at)
    if key is not None:
        refresh(*key)
