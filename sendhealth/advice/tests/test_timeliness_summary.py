"""The kept timeliness and open work summary (``advice.summary``) always equals the figures
worked out from scratch over the assignments, after any sequence of changes: requests raised,
routed, re-routed to another service, advice submitted, accepted and returned, exceptions recorded,
parts cancelled, requests withdrawn and returned to the local authority, completion and due
dates corrected, parts deleted, and several changes kept at once in a ``batch``."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.functions import TruncMonth
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.advice import summary
from sendhealth.advice.models import (
    OPEN_ASSIGNMENT_STATUSES,
    AdviceAssignment,
    AssignmentStatus,
    OpenWorkDay,
    TimelinessDay,
    TimelinessMonth,
)
from sendhealth.advice.tests.changes import BASE, CHANGES, apply, changed, property_test
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.insight.figures import (
    kept_open_work,
    kept_timeliness_counts,
    timeliness,
    timeliness_from_counts,
)

# -- from scratch -----------------------------------------------------------------------------


def _key(row: dict, *, on: str) -> tuple:
    return (*(row[k] for k in summary.KEY), row[on])


def _counts(row: dict) -> tuple:
    return tuple(row[name] for name in summary.COUNTS)


def days_from_scratch() -> dict:
    """What the day rows should hold, counted in Python from the assignments themselves."""
    out: dict = {}
    for a in AdviceAssignment.objects.all():
        if a.completed_on is None or a.icb_id is None or a.status == AssignmentStatus.CANCELLED:
            continue
        key = (a.icb_id, a.local_authority_id, a.provider_id, a.service_id, a.completed_on)
        counts = out.setdefault(key, Counter())
        counts["completed"] += 1
        counts["on_time"] += a.completed_on <= a.due_on
        counts["late_with_exception"] += a.completed_on > a.due_on and a.has_exception
    return {k: tuple(c[name] for name in summary.COUNTS) for k, c in out.items()}


def months_from_days(days: dict) -> dict:
    out: dict = {}
    for (*key, day), counts in days.items():
        month = (*key, day.replace(day=1))
        out[month] = tuple(a + b for a, b in zip(out.get(month, (0, 0, 0)), counts, strict=True))
    return out


def kept_days() -> dict:
    return {_key(r, on="day"): _counts(r) for r in TimelinessDay.objects.values()}


def kept_months() -> dict:
    return {_key(r, on="month"): _counts(r) for r in TimelinessMonth.objects.values()}


def _by_service(rows: list[dict]) -> dict:
    return {(r["service_id"], r["provider_id"]): _counts(r) for r in rows}


def open_from_scratch() -> dict:
    """What the open work rows should hold, counted in Python from the assignments."""
    out: Counter = Counter()
    for a in AdviceAssignment.objects.all():
        if a.status in OPEN_ASSIGNMENT_STATUSES and a.icb_id is not None:
            key = (a.icb_id, a.local_authority_id, a.provider_id, a.service_id)
            out[(*key, a.status, a.due_on)] += 1
    return dict(out)


def kept_open() -> dict:
    return {
        (*(r[k] for k in summary.KEY), r["status"], r["due_on"]): r["count"]
        for r in OpenWorkDay.objects.values()
    }


def assert_kept_equals_scratch(area, periods) -> None:
    days = days_from_scratch()
    assert kept_days() == days
    assert kept_months() == months_from_days(days)
    assert kept_open() == open_from_scratch()
    icbs = [area.icb.pk]
    for today in {BASE + timedelta(days=d) for d in (0, 40, 80, 200)} | {p[0] for p in periods}:
        for las in (None, [area.la.pk], [area.other_la.pk]):
            by_provider = {r["provider_id"]: r for r in kept_open_work(icbs, las, today=today)}
            assert by_provider == {
                r["provider_id"]: r for r in summary.scratch_open_work(icbs, las, today=today)
            }
    for start, end in periods:
        for las in (None, [area.la.pk], [area.other_la.pk]):
            kept = kept_timeliness_counts(icbs, start, end, las)
            assert _by_service(kept) == _by_service(summary.scratch_counts(icbs, start, end, las))
            # The dashboard's table (totals, providers, services) the same either way.
            assert timeliness(icbs, start, end, las) == timeliness_from_counts(
                summary.scratch_counts(icbs, start, end, las)
            )


a_period = st.tuples(st.integers(-10, 160), st.integers(0, 150)).map(
    lambda p: (BASE + timedelta(days=p[0]), BASE + timedelta(days=p[0] + p[1]))
)


@pytest.mark.django_db
@property_test(max_examples=40)
@given(changes=CHANGES, periods=st.lists(a_period, min_size=1, max_size=3))
def test_the_kept_timeliness_always_equals_the_figures_from_scratch(area, changes, periods):
    with changed(area, changes):
        assert_kept_equals_scratch(area, periods)


@pytest.mark.django_db
def test_the_rebuild_command_works_it_all_out_from_scratch(area):
    with summary.suspended():
        for n in range(6):
            apply(area, "factory", n)
        AdviceAssignmentFactory(service=area.ot, request__child__local_authority=area.la)
    assert not TimelinessDay.objects.exists() and not OpenWorkDay.objects.exists()
    call_command("rebuild_advice_summary")
    assert kept_days() == days_from_scratch() != {}
    assert kept_months() == months_from_days(days_from_scratch())
    assert kept_open() == open_from_scratch() != {}


@pytest.mark.django_db
def test_the_migration_and_the_rebuild_agree(area):
    for n in range(4):
        apply(area, "factory", n)
    kept = kept_days(), kept_months(), kept_open()
    summary.rebuild(area.icb.pk)
    assert (kept_days(), kept_months(), kept_open()) == kept
    assert set(TimelinessMonth.objects.values_list("month", flat=True)) == set(
        TimelinessDay.objects.annotate(m=TruncMonth("day")).values_list("m", flat=True)
    )


@pytest.mark.django_db
def test_changes_the_summary_does_not_count_cost_no_query(area):
    part = AdviceAssignmentFactory(service=area.salt, request__child__local_authority=area.la)
    with CaptureQueriesContext(connection) as queries:
        part.next_reminder_on = BASE
        part.save(update_fields=["next_reminder_on"])
        part.last_chased_at = timezone.now()
        part.save(update_fields=["last_chased_at"])
    assert len(queries) == 2
    assert not TimelinessDay.objects.exists()
    assert kept_open() == open_from_scratch() != {}


@pytest.mark.django_db
def test_keeping_an_acceptance_takes_the_same_queries_whatever_the_rows(area):
    used = []
    for more in (0, 8):
        for n in range(more):
            apply(area, "factory", n)
        part = AdviceAssignmentFactory(service=area.salt, request__child__local_authority=area.la)
        with CaptureQueriesContext(connection) as queries:
            part.status = AssignmentStatus.ACCEPTED
            part.completed_on = BASE + timedelta(days=3)
            part.save(update_fields=["status", "completed_on"])
        used.append(len(queries))
    assert used[0] == used[1]
    assert kept_days() == days_from_scratch()
    assert kept_open() == open_from_scratch()
