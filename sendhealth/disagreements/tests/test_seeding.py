"""The register's synthetic data passes its own domain."""

import random
from datetime import date, datetime

from django.utils import timezone
from faker import Faker

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.seeding import SeededArea, SeededChild
from sendhealth.disagreements import domain, seeding
from sendhealth.disagreements.models import Disagreement, TribunalRecommendation

TODAY = date(2026, 6, 1)


def test_seeded_rows_pass_the_rules_and_wipe_removes_them(area):
    children = [ChildFactory(local_authority=area.la) for _ in range(60)]
    seeded = SeededArea(
        today=TODAY,
        now=datetime(2026, 6, 1, 12, tzinfo=timezone.get_current_timezone()),
        rng=random.Random(7),
        fake=Faker("en_GB"),
        icb=area.icb,
        local_authorities=[area.la],
        providers=[area.provider],
        services=[area.salt],
        settings=[],
        users={"dco": area.dco.pk},
        children=[
            SeededChild(c.pk, c.local_authority_id, c.date_of_birth, "SLCN") for c in children
        ],
        advice_request_ids=[],
        scale=20.0,
        batch_size=500,
    )
    for _ in range(10):
        seeding.seed(seeded)
    assert Disagreement.objects.count() == 20
    for d in Disagreement.objects.all():
        facts = domain.DisagreementDates(
            kind=d.kind,
            registered=d.registered_on,
            decision_letter=d.decision_letter_on,
            certificate=d.mediation_certificate_on,
            hearing=d.hearing_on,
            outcome=d.outcome,
            outcome_on=d.outcome_on,
        )
        assert domain.disagreement_errors(facts, TODAY) == {}, d.pk
    for r in TribunalRecommendation.objects.all():
        assert r.response_due_on == domain.response_due(r.issued_on, 5)
    seeding.wipe(area.icb)
    assert not Disagreement.objects.exists()
