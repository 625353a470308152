"""What the public pages and the ORUK feed show: published services (not personal data), with
the filters the UK profile names."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils import timezone

from sendhealth.localoffer import domain
from sendhealth.localoffer.models import DirectoryService, Location, TaxonomyTerm
from sendhealth.waitingtimes.models import ServicePosition


def published(own_only: bool = False):
    rows = DirectoryService.objects.filter(published_at__isnull=False)
    if own_only:
        rows = rows.filter(source_feed="")
    return rows


def with_register_wait(rows):
    """Each health service's latest median wait in the waiting-times register, and its month
    (``domain.typical_wait`` prefers it to the wait entered by hand). Figures older than
    ``domain.REGISTER_WAIT_MAX_AGE_DAYS`` are no guide, so are left out. One subquery each."""
    since = timezone.localdate() - timedelta(days=domain.REGISTER_WAIT_MAX_AGE_DAYS)
    latest = ServicePosition.objects.filter(
        service=OuterRef("health_service_id"), month__gte=since
    ).order_by("-month")
    return rows.annotate(
        register_median_wait=Subquery(latest.values("median_wait_weeks")[:1]),
        register_wait_month=Subquery(latest.values("month")[:1]),
    )


def full(rows):
    return with_register_wait(rows).prefetch_related(
        Prefetch("locations", queryset=Location.objects.order_by("name", "pk")),
        Prefetch("terms", queryset=TaxonomyTerm.objects.select_related("taxonomy")),
        "areas",
    )


def filtered(rows, params, *, prefix: str = ""):
    """``search``, ``taxonomy_term_id``, ``taxonomy_id``, ``minimum_age``, ``maximum_age``,
    ``day``, ``start_time``, ``end_time`` (ORUK 3.0 UK profile); ``prefix`` is the path from
    the rows to the service (``service__`` for service_at_locations). Unusable values are
    ignored. Location filters on a service mean "at some location"."""
    p = prefix
    loc = "" if prefix else "locations__"
    distinct = False
    if words := (params.get("search") or "").strip():
        rows = rows.filter(
            Q(**{f"{p}name__icontains": words})
            | Q(**{f"{p}description__icontains": words})
            | Q(**{f"{p}organization_name__icontains": words})
        )
    if term := params.get("taxonomy_term_id"):
        rows, distinct = rows.filter(**{f"{p}terms__id": _uuid(term)}), True
    if taxonomy := params.get("taxonomy_id"):
        rows, distinct = rows.filter(**{f"{p}terms__taxonomy_id": _uuid(taxonomy)}), True
    if (age := _number(params.get("minimum_age"))) is not None:
        rows = rows.filter(**{f"{p}minimum_age__gte": age})
    if (age := _number(params.get("maximum_age"))) is not None:
        rows = rows.filter(**{f"{p}maximum_age__lte": age})
    if day := (params.get("day") or "").strip().upper()[:2]:
        rows, distinct = rows.filter(**{f"{loc}byday__icontains": day}), bool(loc) or distinct
    if start := _clock(params.get("start_time")):
        rows, distinct = rows.filter(**{f"{loc}opens_at__gte": start}), bool(loc) or distinct
    if end := _clock(params.get("end_time")):
        rows, distinct = rows.filter(**{f"{loc}closes_at__lte": end}), bool(loc) or distinct
    return rows.distinct() if distinct else rows


def _uuid(value):
    import uuid

    try:
        return uuid.UUID(str(value))
    except ValueError:
        return uuid.UUID(int=0)


def _number(value):
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _clock(value):
    from datetime import time

    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None
