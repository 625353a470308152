"""The kept tallies of quality assurance scores (``assurance.summary``) always give the figures
worked out from scratch over the audits themselves, after any sequence of changes: audits
finished (now or in another quarter), scored again, put back in progress and deleted, items
deleted with their audits, and services and providers on the items or not."""

from collections import defaultdict
from datetime import datetime, time, timedelta
from unittest.mock import patch

from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count, Sum
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.assurance import reports, services, summary
from sendhealth.assurance.models import (
    MAX_POINTS,
    RATING_POINTS,
    Audit,
    AuditItem,
    AuditStatus,
    Criterion,
    CriterionRating,
    Rating,
    ScoreTally,
)
from sendhealth.assurance.tests.factories import AuditFactory, AuditItemFactory
from sendhealth.core.audit import Auditor

RATINGS = [r.value for r in Rating]

# -- the figures from scratch: every finished audit read, as the page did before the tallies --


def _finished(icb_ids):
    return Audit.objects.filter(
        item__icb_id__in=icb_ids, status=AuditStatus.FINISHED, finished_at__isnull=False
    )


def scores_from_scratch(icb_ids, dimension: str) -> list[reports.FigureRow]:
    label, field = reports.GROUPS[dimension]
    totals: dict = {}
    for audit in (
        _finished(icb_ids)
        .exclude(**{f"{field}__isnull": True})
        .select_related("item__provider", "item__service", "item__local_authority")
    ):
        name = getattr(getattr(audit.item, dimension), "name")
        key = (summary.quarter_label(audit.finished_at), name)
        total = totals.setdefault(key, [0, None, None])
        total[0] += 1
        total[1] = reports._add(total[1], audit.points)
        total[2] = reports._add(total[2], audit.max_points)
    return [
        reports.FigureRow(label, name, q, n, reports._percent(p, m))
        for (q, name), (n, p, m) in sorted(totals.items())
    ]


def criteria_from_scratch(icb_ids) -> list[reports.FigureRow]:
    totals: dict = defaultdict(lambda: [0, 0, 0])
    for rating in CriterionRating.objects.filter(audit__in=_finished(icb_ids)).select_related(
        "audit", "criterion"
    ):
        value = RATING_POINTS.get(rating.rating)
        if value is None:
            continue
        key = (rating.criterion.text, summary.quarter_label(rating.audit.finished_at))
        totals[key][0] += 1
        totals[key][1] += value * rating.criterion.weight
        totals[key][2] += MAX_POINTS * rating.criterion.weight
    return [
        reports.FigureRow("Criterion", text, q, n, round(100 * p / m) if m else None)
        for (text, q), (n, p, m) in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def overall_from_scratch(icb_ids) -> list[tuple]:
    audits = list(_finished(icb_ids))
    if not audits:
        return []
    by_quarter: dict = defaultdict(list)
    for audit in audits:
        by_quarter[summary.quarter_label(audit.finished_at)].append(audit)
    result = []
    for label in reports._labels(min(by_quarter), max(by_quarter)):
        rows = by_quarter.get(label, [])
        sums = Audit.objects.filter(pk__in=[a.pk for a in rows]).aggregate(
            p=Sum("points"), m=Sum("max_points"), n=Count("pk")
        )
        result.append((label, reports._percent(sums["p"], sums["m"]), sums["n"]))
    return result


def assert_kept_equals_scratch(icb_ids) -> None:
    for dimension in reports.GROUPS:
        assert reports.scores_over_time(icb_ids, dimension) == scores_from_scratch(
            icb_ids, dimension
        )
    assert reports.criterion_scores(icb_ids) == criteria_from_scratch(icb_ids)
    assert reports.overall_by_quarter(icb_ids) == overall_from_scratch(icb_ids)


# -- random sequences of changes -------------------------------------------------------------

NOW = timezone.make_aware(datetime(2026, 5, 14, 10, 0))
ratings_given = st.lists(st.sampled_from(RATINGS), min_size=1, max_size=4)
change = st.one_of(
    # a new audit of a new item (with or without a service), finished some quarters back
    st.tuples(st.just("finish_new"), st.booleans(), st.integers(0, 5), ratings_given),
    # an audit scored again, finished again or left in progress, some quarters back
    st.tuples(
        st.just("rescore"), st.integers(0, 20), st.booleans(), st.integers(0, 5), ratings_given
    ),
    st.tuples(st.just("reopen"), st.integers(0, 20)),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("delete_item"), st.integers(0, 20)),
    # a second audit of an existing item
    st.tuples(st.just("second"), st.integers(0, 20), st.integers(0, 5), ratings_given),
)


def _criteria(item: AuditItem) -> list[Criterion]:
    return list(
        Criterion.objects.filter(section__version_id=item.round.tool_version_id).order_by("pk")
    )


def _score(audit: Audit, ratings: list[str], finish: bool, back: int) -> None:
    criteria = _criteria(audit.item)
    inputs = [
        services.RatingInput(criterion.pk, rating)
        for criterion, rating in zip(criteria, ratings, strict=False)
    ]
    with patch("django.utils.timezone.now", return_value=NOW - timedelta(days=91 * back)):
        services.save_ratings(
            audit, inputs, finish=finish, summary="", auditor=Auditor.for_system("test")
        )


def _nth(model, n: int):
    rows = list(model.objects.order_by("pk"))
    return rows[n % len(rows)] if rows else None


def _apply(area, step) -> None:
    kind = step[0]
    if kind == "finish_new":
        _, with_service, back, ratings = step
        item = AuditItemFactory(
            plan__child__local_authority=area.la,
            provider=area.provider,
            service=area.salt if with_service else None,
        )
        _score(AuditFactory(item=item), ratings, True, back)
    elif kind == "second":
        _, n, back, ratings = step
        item = _nth(AuditItem, n)
        if item is not None:
            _score(AuditFactory(item=item), ratings, True, back)
    elif kind == "rescore":
        _, n, finish, back, ratings = step
        audit = _nth(Audit, n)
        if audit is not None:
            _score(audit, ratings, finish, back)
    elif kind == "reopen":
        audit = _nth(Audit, step[1])
        if audit is not None:
            audit.status = AuditStatus.IN_PROGRESS
            audit.save()
    elif kind == "delete":
        audit = _nth(Audit, step[1])
        if audit is not None:
            audit.delete()
    elif kind == "delete_item":
        item = _nth(AuditItem, step[1])
        if item is not None:
            item.delete()  # its audits and their ratings with it


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(change, min_size=1, max_size=8))
def test_the_kept_tallies_always_give_the_figures_from_scratch(area, steps):
    with transaction.atomic():
        for step in steps:
            _apply(area, step)
            assert_kept_equals_scratch([area.icb.pk])
        transaction.set_rollback(True)


def test_the_rebuild_command_works_the_tallies_out_from_scratch(area):
    item = AuditItemFactory(plan__child__local_authority=area.la, provider=area.provider)
    _score(AuditFactory(item=item), ["met", "partly"], True, 0)
    _score(AuditFactory(item=item), ["met"], True, 2)
    kept = sorted(ScoreTally.objects.values_list("quarter", "dimension", "group_id", "audits"))
    ScoreTally.objects.all().delete()
    call_command("rebuild_assurance_summary")
    assert sorted(ScoreTally.objects.values_list("quarter", "dimension", "group_id", "audits")) == (
        kept
    )
    assert_kept_equals_scratch([area.icb.pk])


def test_the_figures_page_takes_the_same_queries_whatever_the_audits(area, client_for):
    client = client_for(area.dco)
    url = "/assurance/figures/"
    counts = []
    for more in (1, 6):
        for _ in range(more):
            item = AuditItemFactory(
                plan__child__local_authority=area.la, provider=area.provider, service=area.salt
            )
            _score(AuditFactory(item=item), ["met", "partly"], True, 0)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_scoring_an_audit_keeps_its_quarter_in_the_same_queries_whatever_the_audits(area):
    counts = []
    for more in (1, 6):
        for _ in range(more):
            item = AuditItemFactory(plan__child__local_authority=area.la, provider=area.provider)
            _score(AuditFactory(item=item), ["met"], True, 0)
        audit = AuditFactory(item=item)
        with CaptureQueriesContext(connection) as queries:
            _score(audit, ["met", "partly"], True, 0)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_quarter_labels_run_from_the_first_to_the_last():
    assert reports._labels("2025 Q3", "2026 Q2") == ["2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2"]
    moment = timezone.make_aware(datetime.combine(NOW.date(), time()))
    assert summary.quarter_label(moment) == "2026 Q2"
