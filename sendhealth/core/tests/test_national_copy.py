"""The national load's copies (``core.national.copy_area``), which PostgreSQL writes itself: run
only on PostgreSQL (``DATABASE_URL=postgres://... pytest sendhealth/core/tests/
test_national_copy.py``); skipped on SQLite, where the national benchmark does not run.

The copies must hold what the services would have kept had the rows been made one by one: the
"assessed, not notified" rows of the copied children (kept by ``notifications.services.
refresh_missed``) equal the figure worked out from scratch, and the stored generated columns
(open requests, open work) follow the copied statuses.
"""

import pytest
from django.db import connection

from sendhealth.advice.models import OPEN_REQUEST_STATUSES, AdviceAssignment, AdviceRequest
from sendhealth.children.models import Child
from sendhealth.core import national, seeding
from sendhealth.notifications.models import MissedNotification, Section23Notification
from sendhealth.notifications.services import missed_from_scratch
from sendhealth.organisations.models import Organisation, OrganisationKind

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the national load is written by PostgreSQL"
)


@pytest.fixture
def copied(transactional_db):
    seeding.seed_area(seeding.SeedOptions(children=300, requests=400))
    icb = seeding.area_icb()
    area_children = set(Child.objects.values_list("pk", flat=True))
    # Every child copied: the sample is drawn by a hash of the children's ids, which depend on
    # the sequences other tests on the same database moved, so a half share of an area with a
    # handful of "assessed, not notified" children could copy none of them (a CI run did).
    assert MissedNotification.objects.filter(child_id__in=area_children).exists()
    report = national.copy_area(icb, 2, 1.0)
    return icb, area_children, report


def test_the_copies_are_whole_icbs_with_their_childrens_advice(copied):
    icb, area_children, report = copied
    assert Organisation.objects.filter(kind=OrganisationKind.ICB).count() == 3
    assert report.rows["children_child"] == Child.objects.count() - len(area_children)
    assert AdviceRequest.objects.exclude(icb=icb).exists()


def test_the_copies_keep_their_missed_notifications_as_worked_out_from_scratch(copied):
    _, area_children, _ = copied
    copies = list(Child.objects.exclude(pk__in=area_children).values_list("pk", flat=True))
    assert Section23Notification.objects.filter(child_id__in=copies).exists()
    kept = set(
        MissedNotification.objects.filter(child_id__in=copies).values_list(
            "child_id", "icb_id", "first_asked_on"
        )
    )
    assert kept
    assert kept == set(missed_from_scratch(copies))


def test_the_copies_generated_columns_follow_their_statuses(copied):
    icb, _, _ = copied
    for request in AdviceRequest.objects.exclude(icb=icb).only("status", "is_open")[:200]:
        assert request.is_open == (request.status in OPEN_REQUEST_STATUSES)
    assert AdviceAssignment.objects.exclude(request__icb=icb).filter(open_work=True).exists()
