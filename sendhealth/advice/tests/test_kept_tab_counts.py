"""The DCO queue's and the provider tray's tab counts, read from the kept open work
(``advice.summary.open_counts`` over ``OpenWorkDay`` rows), always equal the same counts worked
out from scratch over the assignments (``summary.scratch_open_counts``: "due soon" and
"overdue" as ``advice.models`` defines them), for any today, after any sequence of changes:
requests raised, routed, re-routed, advice submitted, accepted and returned, parts cancelled,
requests withdrawn and returned to the local authority, health's date of receipt corrected
(every due date moves), completion dates corrected, parts deleted, several changes at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st

from sendhealth.advice import summary
from sendhealth.advice.models import AdviceAssignment, AssignmentStatus
from sendhealth.advice.tests.changes import BASE, CHANGES, apply, changed, property_test
from sendhealth.advice.tests.test_kept_figures import queue_counts_from_scratch
from sendhealth.advice.views.dco import QueueFilters, Tab, _open_assignments, _tab_counts
from sendhealth.advice.views.provider import own_services_q
from sendhealth.advice.views.tray import TrayView, _view_filters, tray_counts
from sendhealth.core.scoping import Scope

TAB_OF = {"due": "due", "overdue": "overdue", "returned": "returned", "review": "submitted"}
VIEW_OF = {
    TrayView.OPEN: "open",
    TrayView.NEW: "awaiting",
    TrayView.RETURNED: "returned",
    TrayView.DUE: "due",
    TrayView.OVERDUE: "overdue",
    TrayView.SENT: "submitted",
}


def assert_queue_counts_equal_scratch(area, today) -> None:
    scope = Scope.for_user(area.dco)
    for la_id in (None, area.la.pk, area.other_la.pk):
        for provider_id in (None, area.provider.pk, area.other_provider.pk):
            filters = QueueFilters(Tab.NEW, la_id, provider_id)
            kept = _tab_counts(scope, filters, today)
            scratch = summary.scratch_open_counts(_open_assignments(scope, filters), today=today)
            assert {tab: kept[tab] for tab in TAB_OF} == {
                tab: scratch[name] for tab, name in TAB_OF.items()
            }
            # and the same as through the requests (as the queue counted before anything
            # was kept)
            assert kept == queue_counts_from_scratch(area.icb.pk, la_id, provider_id, today)


def assert_tray_counts_equal_scratch(area, today) -> None:
    for user in (area.provider_user, area.salt_user, area.users["other_provider_user"]):
        scope = Scope.for_user(user)
        for service in (None, area.salt, area.ot, area.camhs):
            mine = scope.assignments().filter(own_services_q(scope))
            if service is not None:
                mine = mine.filter(service_id=service.pk)
            kept = tray_counts(scope, mine, service and service.pk, today)
            scratch = summary.scratch_open_counts(mine, today=today)
            completed = mine.filter(_view_filters(today)[TrayView.COMPLETED]).count()
            assert kept == {
                **{view.value: scratch[name] for view, name in VIEW_OF.items()},
                TrayView.COMPLETED.value: completed,
            }


@pytest.mark.django_db
@property_test(max_examples=30)
@given(changes=CHANGES, days=st.lists(st.integers(-20, 220), min_size=1, max_size=3))
def test_the_kept_tab_counts_always_equal_the_counts_from_scratch(area, changes, days):
    with changed(area, changes):
        for today in {BASE + timedelta(days=d) for d in days}:
            assert_queue_counts_equal_scratch(area, today)
            assert_tray_counts_equal_scratch(area, today)


@pytest.mark.django_db
def test_the_counts_move_with_today_and_hold_every_open_status(area):
    """Not vacuous: the open work holds every tab's kind, and the due ones move with today."""
    for n in range(12):
        apply(area, ("raise", "route", "submit", "return")[n % 4], n)
    for n in range(12):
        apply(area, ("raise", "route")[n % 2], n + 7)
    statuses = set(AdviceAssignment.objects.values_list("status", flat=True))
    assert {AssignmentStatus.AWAITING, AssignmentStatus.RETURNED} <= statuses
    scope = Scope.for_user(area.dco)
    early = _tab_counts(scope, QueueFilters(Tab.NEW, None, None), BASE)
    late = _tab_counts(scope, QueueFilters(Tab.NEW, None, None), BASE + timedelta(days=400))
    assert early["overdue"] == 0 and late["overdue"] > 0 and late["due"] == 0
    for today in (BASE, BASE + timedelta(days=90), BASE + timedelta(days=400)):
        assert_queue_counts_equal_scratch(area, today)
        assert_tray_counts_equal_scratch(area, today)


@pytest.mark.django_db
def test_the_tab_counts_take_the_same_queries_whatever_the_rows(area):
    used = []
    scope, provider = Scope.for_user(area.dco), Scope.for_user(area.provider_user)
    for more in (0, 10):
        for n in range(more):
            apply(area, ("raise", "route", "submit")[n % 3], n)
        mine = provider.assignments().filter(own_services_q(provider))
        with CaptureQueriesContext(connection) as queries:
            _tab_counts(scope, QueueFilters(Tab.NEW, area.la.pk, None), BASE)
            tray_counts(provider, mine, None, BASE)
        used.append(len(queries))
    assert used[0] == used[1] == 4
