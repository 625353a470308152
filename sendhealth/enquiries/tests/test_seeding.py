"""The demo's enquiries: every source and topic, open and closed, about a child and general,
some turned into a request for health advice; each one consistent with what the services
would have written; wiped with the area."""

import pytest
from django.utils import timezone

from sendhealth.advice.models import AdviceRequest
from sendhealth.core import seeding
from sendhealth.enquiries.models import Enquiry, Source, Topic

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_every_source_topic_and_state_is_there(seeded):
    enquiries = Enquiry.objects.all()
    assert set(enquiries.values_list("source", flat=True)) == set(Source.values)
    assert set(enquiries.values_list("topic", flat=True)) == set(Topic.values)
    assert enquiries.filter(closed_at__isnull=True).exists()
    assert enquiries.filter(closed_at__isnull=False).exists()
    assert enquiries.filter(closed_at__isnull=True, first_answered_at__isnull=True).exists()
    assert enquiries.filter(closed_at__isnull=True, first_answered_at__isnull=False).exists()
    assert enquiries.filter(child__isnull=False).exists()
    assert enquiries.filter(child__isnull=True).exists()
    assert enquiries.filter(advice_request__isnull=False).exists()


def test_every_enquiry_is_consistent(seeded):
    now = timezone.now()
    icb = seeding.area_icb()
    for e in Enquiry.objects.select_related("child__local_authority", "advice_request"):
        assert e.icb == icb
        assert e.opened_at <= now and e.created_at == e.opened_at
        if e.first_answered_at is not None:
            assert e.advice_given.strip() and e.opened_at <= e.first_answered_at <= now
        else:
            assert not e.advice_given
        if e.closed_at is not None:  # closing needs the advice recorded (services)
            assert e.first_answered_at is not None and e.first_answered_at <= e.closed_at <= now
        if e.child is not None:
            assert e.child.local_authority.parent_id == icb.pk
        if e.advice_request is not None:
            assert e.advice_request.child_id == e.child_id
            assert timezone.localtime(e.opened_at).date() <= e.advice_request.health_received_on


def test_each_request_is_converted_from_one_enquiry_at_most(seeded):
    linked = list(
        Enquiry.objects.filter(advice_request__isnull=False).values_list(
            "advice_request_id", flat=True
        )
    )
    assert len(linked) == len(set(linked))
    assert AdviceRequest.objects.filter(pk__in=linked).count() == len(linked)


def test_the_counts_scale_with_the_cohort(db):
    seeding.seed_area(seeding.SeedOptions(children=400, requests=40))
    assert Enquiry.objects.count() == 80


def test_resetting_the_area_wipes_the_enquiries(seeded):
    seeding.wipe_area()
    assert not Enquiry.objects.exists()


def test_a_request_converted_from_an_enquiry_says_the_dco_team_raised_it(seeded):
    from sendhealth.advice.models import AdviceEvent, EventKind

    converted = list(Enquiry.objects.filter(advice_request__isnull=False))
    assert converted
    for e in converted:
        first = AdviceEvent.objects.filter(request_id=e.advice_request_id).first()
        assert first.kind == EventKind.RAISED_FROM_ENQUIRY
        assert first.note == f"Enquiry {e.reference}" and first.actor_id == e.assigned_to_id
        assert e.advice_request.raised_by_id == e.assigned_to_id
