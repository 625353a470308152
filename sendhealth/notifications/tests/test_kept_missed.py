"""The "assessed, not notified" page reads kept ``MissedNotification`` rows; after any sequence
of changes to requests for advice, notifications and children's dates of birth, they are
exactly the children that working out every child's first request and first notification from
scratch (``domain.is_missed``) finds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.advice.models import AdviceRequest
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.scoping import Scope
from sendhealth.notifications import services
from sendhealth.notifications.domain import is_missed
from sendhealth.notifications.models import MissedNotification, Section23Notification
from sendhealth.notifications.tests.factories import Section23NotificationFactory
from sendhealth.notifications.views import missed_children
from sendhealth.organisations.tests.factories import IcbFactory, LocalAuthorityFactory

days = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))
births = st.dates(min_value=date(2018, 1, 1), max_value=date(2024, 12, 31))
index = st.integers(0, 99)
changes = st.one_of(
    st.tuples(st.just("child"), births),
    st.tuples(st.just("request"), index, days, st.booleans()),  # True: in the other ICB
    st.tuples(st.just("notify"), index, days),
    st.tuples(st.just("correct"), index, days),
    st.tuples(st.just("unnotify"), index),
    st.tuples(st.just("withdraw"), index),
    st.tuples(st.just("birth"), index, st.integers(-900, 900)),
    st.tuples(st.just("status"), index),
)


def _pick(rows, i):
    return rows[i % len(rows)] if rows else None


def apply(area, far_la, change) -> None:
    kind, *args = change
    children = list(Child.objects.order_by("pk"))
    if kind == "child":
        ChildFactory(local_authority=area.la, date_of_birth=args[0])
    elif kind == "request" and children:
        child = _pick(children, args[0])
        la = far_la if args[2] else child.local_authority
        AdviceRequestFactory(
            child=child, local_authority=la, icb=la.parent, health_received_on=args[1]
        )
    elif kind == "notify" and children:
        Section23NotificationFactory(
            child=_pick(children, args[0]), service=area.salt, notified_on=args[1]
        )
    elif kind in ("correct", "unnotify"):
        notification = _pick(list(Section23Notification.objects.order_by("pk")), args[0])
        if notification is None:
            return
        if kind == "correct":
            notification.notified_on = args[1]
            notification.save()
        else:
            notification.delete()
    elif kind in ("withdraw", "status"):
        request = _pick(list(AdviceRequest.objects.order_by("pk")), args[0])
        if request is None:
            return
        if kind == "withdraw":
            request.delete()
        else:
            request.status = "cancelled"
            request.save(update_fields=["status"])
    elif kind == "birth" and children:
        child = _pick(children, args[0])
        child.date_of_birth = child.date_of_birth + timedelta(days=args[1])
        child.save()


def from_scratch() -> list[tuple[int, int, date]]:
    """Every (child, ICB) worked out row by row in Python."""
    asked: dict[tuple[int, int], date] = {}
    for r in AdviceRequest.objects.all():
        key = (r.child_id, r.icb_id)
        asked[key] = min(asked.get(key, r.health_received_on), r.health_received_on)
    notified: dict[tuple[int, int], date] = {}
    for n in Section23Notification.objects.all():
        key = (n.child_id, n.icb_id)
        notified[key] = min(notified.get(key, n.notified_on), n.notified_on)
    born = dict(Child.objects.values_list("pk", "date_of_birth"))
    return sorted(
        (child, icb, first)
        for (child, icb), first in asked.items()
        if is_missed(born[child], first, notified.get((child, icb)))
    )


def kept() -> list[tuple[int, int, date]]:
    return sorted(MissedNotification.objects.values_list("child_id", "icb_id", "first_asked_on"))


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(changes, max_size=25))
def test_the_kept_rows_equal_the_missed_children_from_scratch(area, sequence):
    with transaction.atomic():
        far_la = LocalAuthorityFactory(parent=IcbFactory())
        for change in sequence:
            apply(area, far_la, change)
            assert kept() == from_scratch()
        # The DCO's page lists its own ICB's, latest first.
        own = sorted(
            ((c, f) for c, i, f in from_scratch() if i == area.icb.pk),
            key=lambda row: (row[1], row[0]),
            reverse=True,
        )
        assert list(missed_children(Scope.for_user(area.dco))) == own
        transaction.set_rollback(True)


def test_refreshing_a_whole_area_finds_what_the_signals_kept(area):
    young = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
    notified = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
    for child in (young, notified):
        AdviceRequestFactory(child=child, health_received_on=date(2026, 1, 5))
    Section23NotificationFactory(child=notified, service=area.salt, notified_on=date(2025, 12, 1))
    before = kept()
    assert before == [(young.pk, area.icb.pk, date(2026, 1, 5))]
    MissedNotification.objects.all().delete()
    services.refresh_missed_in(area.icb.pk, chunk=1)
    assert kept() == before


def test_the_page_reads_the_kept_rows_in_a_fixed_number_of_queries(
    area, client_for, django_assert_max_num_queries
):
    client = client_for(area.dco)
    child = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
    AdviceRequestFactory(child=child, health_received_on=date(2026, 1, 5))
    client.get(reverse("notifications:missed"))
    with django_assert_max_num_queries(14) as few:
        client.get(reverse("notifications:missed"))
    for _ in range(30):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
        AdviceRequestFactory(child=child, health_received_on=date(2026, 1, 5))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("notifications:missed"))
    assert response.status_code == 200


def test_a_new_date_of_birth_moves_the_child_off_the_list_and_back(area):
    child = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
    AdviceRequestFactory(child=child, health_received_on=date(2026, 1, 5))
    assert [c for c, _, _ in kept()] == [child.pk]
    child.date_of_birth = date(2015, 1, 1)  # of compulsory school age when asked
    child.save()
    assert kept() == []
    child.date_of_birth = date(2022, 1, 1)
    child.save(update_fields=["date_of_birth"])
    assert [c for c, _, _ in kept()] == [child.pk]
