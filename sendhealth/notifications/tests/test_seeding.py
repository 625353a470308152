"""The demo's Section 23 notifications: made over several quarters by several services, valid by
the form's own rules, some acknowledged, a duplicate pair, at least one missed notification for
the monitoring page; wiped with the area."""

import random
from datetime import date, datetime, timedelta

import pytest
from django.db.models import Count
from django.utils import timezone
from faker import Faker

from sendhealth.accounts.models import User
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core import seeding as core_seeding
from sendhealth.core.scoping import Scope
from sendhealth.core.seeding import SeededArea, SeededChild
from sendhealth.notifications import seeding
from sendhealth.notifications.domain import age_refusal, financial_quarter
from sendhealth.notifications.models import Section23Notification
from sendhealth.notifications.views import missed_children
from sendhealth.rules import compulsory_school_age_start

TODAY = date(2026, 6, 1)


def assert_the_form_would_accept(n: Section23Notification, today: date) -> None:
    assert age_refusal(n.child.date_of_birth, n.opinion_on) is None, n.pk
    assert n.opinion_on <= n.parent_told_on <= n.notified_on <= today, n.pk
    assert n.discussion_offered_on <= n.notified_on, n.pk
    assert n.needs and n.service.provider_id == n.provider_id, n.pk
    assert n.local_authority_id == n.child.local_authority_id, n.pk
    assert bool(n.voluntary_organisation) == n.voluntary_organisation_suggested, n.pk
    if n.acknowledged_on is not None:
        assert n.notified_on <= n.acknowledged_on <= today, n.pk
        assert n.acknowledged_by_id is not None
        assert n.reminded_on is None


@pytest.fixture
def young_area(area):
    """Sixty children born over six years to 1 June 2026, and ten who came to an EHC needs
    assessment under compulsory school age."""
    rng = random.Random(5)
    children = [
        ChildFactory(
            local_authority=rng.choice([area.la, area.other_la]),
            date_of_birth=TODAY - timedelta(days=rng.randint(200, 6 * 365)),
        )
        for _ in range(60)
    ]
    assessed = [
        ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1) + timedelta(days=i))
        for i in range(10)
    ]
    for i, child in enumerate(assessed):
        asked = date(2025, 6, 1) + timedelta(days=20 * i)
        assert asked < compulsory_school_age_start(child.date_of_birth)
        AdviceRequestFactory(child=child, la_received_on=asked, health_received_on=asked)
    return SeededArea(
        today=TODAY,
        now=datetime(2026, 6, 1, 12, tzinfo=timezone.get_current_timezone()),
        rng=random.Random(11),
        fake=Faker("en_GB"),
        icb=area.icb,
        local_authorities=[area.la, area.other_la],
        providers=[area.provider, area.other_provider],
        services=[area.salt, area.ot, area.camhs],
        settings=[],
        users={"dco": area.dco.pk},
        children=[
            SeededChild(c.pk, c.local_authority_id, c.date_of_birth, c.primary_need)
            for c in (*children, *assessed)
        ],
        advice_request_ids=[],
        scale=1.0,
        batch_size=500,
    )


def test_seeded_notifications_pass_the_forms_rules(young_area, area):
    seeding.seed(young_area)
    notifications = Section23Notification.objects.select_related("child", "service")
    assert notifications.count() > 10
    for n in notifications:
        assert_the_form_would_accept(n, TODAY)
        assert n.service_id in (area.salt.pk, area.ot.pk)  # CAMHS rarely notifies the under-5s


def test_several_services_quarters_and_acknowledgement_states(young_area):
    seeding.seed(young_area)
    notifications = Section23Notification.objects.all()
    assert notifications.values("service").distinct().count() >= 2
    quarters = {financial_quarter(n.notified_on) for n in notifications}
    assert len(quarters) >= 4
    assert notifications.filter(acknowledged_on__isnull=False).exists()
    assert notifications.filter(acknowledged_on__isnull=True).exists()


def test_a_child_is_notified_twice_by_different_services(young_area):
    seeding.seed(young_area)
    twice = (
        Section23Notification.objects.values("child")
        .annotate(services=Count("service", distinct=True))
        .filter(services__gt=1)
    )
    assert twice.exists()


def test_the_missed_notifications_page_has_a_child(young_area, area):
    seeding.seed(young_area)
    missed = dict(missed_children(Scope.for_user(area.dco)))
    assert missed
    # At least one of them was known to a service, which told the LA only after health was
    # first asked for advice.
    late = Section23Notification.objects.filter(child_id__in=missed)
    assert any(n.notified_on > missed[n.child_id] > n.opinion_on for n in late)


def test_most_children_assessed_young_were_notified_in_time(young_area, area):
    seeding.seed(young_area)
    missed = missed_children(Scope.for_user(area.dco))
    assert len(missed) < 10


def test_old_unacknowledged_notifications_have_had_their_reminder(young_area):
    seeding.seed(young_area)
    for n in Section23Notification.objects.filter(acknowledged_on__isnull=True):
        overdue_for = (TODAY - n.notified_on).days - 14
        if overdue_for > 8:
            assert n.reminded_on is not None, n.pk
        elif overdue_for <= 0:
            assert n.reminded_on is None, n.pk


def test_wipe_removes_them(young_area, area):
    seeding.seed(young_area)
    seeding.wipe(area.icb)
    assert not Section23Notification.objects.exists()


def test_the_demo_area_has_notifications_and_missed_ones(db):
    core_seeding.seed_area(core_seeding.SeedOptions(children=400, requests=200))
    today = timezone.localdate()
    notifications = Section23Notification.objects.select_related("child", "service")
    assert notifications.exists()
    for n in notifications:
        assert_the_form_would_accept(n, today)
    dco = User.objects.get(username="dco")
    assert missed_children(Scope.for_user(dco))
    core_seeding.wipe_area()
    assert not Section23Notification.objects.exists()
