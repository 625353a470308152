"""The demo's vulnerable-group flags and safeguarding referrals: made, valid, wiped."""

import pytest
from django.utils import timezone

from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.safeguarding.domain import date_errors
from sendhealth.safeguarding.models import SafeguardingReferral

TINY = seeding.SeedOptions(children=120, requests=40)


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


def test_the_demo_has_flagged_children_and_referrals(seeded):
    assert Child.objects.filter(child_in_need=True).exists()
    assert SafeguardingReferral.objects.exists()


def test_every_seeded_referral_has_dates_the_form_would_accept(seeded):
    today = timezone.localdate()
    for referral in SafeguardingReferral.objects.all():
        assert (
            date_errors(
                referral.referred_on,
                referral.follow_up_due_on,
                referral.follow_up_done_on,
                today,
            )
            == {}
        )
        assert referral.local_authority_id == referral.child.local_authority_id


def test_resetting_the_area_wipes_the_referrals(seeded):
    seeding.wipe_area()
    assert not SafeguardingReferral.objects.exists()
