"""Reminders to the ICB's DCO team mailbox: recommendation responses due within a week or
overdue, and appeal deadlines a week away. References only, never a child."""

from datetime import date

import pytest
from django.core import mail

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.tests.messages import run_committed
from sendhealth.disagreements.reminders import appeal_needs_reminder, recommendation_needs_reminder
from sendhealth.disagreements.tasks import send_disagreement_reminders
from sendhealth.disagreements.tests.factories import (
    DisagreementFactory,
    TribunalRecommendationFactory,
)
from sendhealth.disagreements.tests.helpers import on

DUE = date(2026, 7, 6)


class TestWhenARecommendationNeedsAReminder:
    def test_from_a_week_before_it_is_due(self):
        assert not recommendation_needs_reminder(DUE, None, None, date(2026, 6, 28))
        assert recommendation_needs_reminder(DUE, None, None, date(2026, 6, 29))

    def test_then_weekly_while_unanswered(self):
        assert not recommendation_needs_reminder(DUE, None, date(2026, 7, 1), date(2026, 7, 7))
        assert recommendation_needs_reminder(DUE, None, date(2026, 7, 1), date(2026, 7, 8))

    def test_never_once_answered(self):
        assert not recommendation_needs_reminder(DUE, date(2026, 7, 1), None, date(2026, 7, 8))


def test_an_appeal_deadline_is_reminded_once_in_its_last_week():
    assert appeal_needs_reminder(DUE, None, date(2026, 6, 29))
    assert not appeal_needs_reminder(DUE, None, date(2026, 6, 28))
    assert not appeal_needs_reminder(DUE, None, date(2026, 7, 7))
    assert not appeal_needs_reminder(DUE, date(2026, 6, 29), date(2026, 6, 30))


@pytest.fixture
def due_items(area):
    area.icb.email = "dco.team@example.nhs.uk"
    area.icb.save()
    child = ChildFactory(local_authority=area.la, family_name="Quixotefield")
    appeal = DisagreementFactory(child=child, hearing_on=date(2026, 5, 1))
    recommendation = TribunalRecommendationFactory(disagreement=appeal, issued_on=date(2026, 6, 1))
    approaching = DisagreementFactory(
        child=child, decision_letter_on=date(2026, 5, 4), registered_on=date(2026, 5, 10)
    )  # deadline 6 July 2026
    return recommendation, approaching


def test_one_digest_per_icb_naming_references_only(area, due_items):
    recommendation, approaching = due_items
    with on(date(2026, 7, 1)):
        assert run_committed(send_disagreement_reminders) == 1
    (email,) = mail.outbox
    assert email.to == ["dco.team@example.nhs.uk"]
    assert recommendation.disagreement.reference in email.body
    assert approaching.reference in email.body
    assert "due in 5 days" in email.body
    assert "Quixotefield" not in email.body and "Quixotefield" not in email.subject


def test_a_second_run_the_same_day_sends_nothing(area, due_items):
    with on(date(2026, 7, 1)):
        run_committed(send_disagreement_reminders)
        assert run_committed(send_disagreement_reminders) == 0
    assert len(mail.outbox) == 1


def test_an_overdue_response_is_reminded_again_a_week_later(area, due_items):
    with on(date(2026, 7, 1)):
        run_committed(send_disagreement_reminders)
    with on(date(2026, 7, 8)):
        assert run_committed(send_disagreement_reminders) == 1
    assert "2 days overdue" in mail.outbox[-1].body


def test_an_icb_without_a_mailbox_gets_nothing(area, due_items):
    area.icb.email = ""
    area.icb.save()
    with on(date(2026, 7, 1)):
        assert run_committed(send_disagreement_reminders) == 0


def test_a_run_stopped_halfway_then_run_again_reminds_each_once(area):
    """Batches of one: the first digest goes, the run stops in the second; the next run sends
    the rest, and no reference is in two emails."""
    from sendhealth.core.models import Message
    from sendhealth.core.reminders import send_due_combined_digests
    from sendhealth.core.tests.stopping import stopped_after
    from sendhealth.disagreements.tasks import REMINDERS

    area.icb.email = "dco.team@example.nhs.uk"
    area.icb.save()
    appeals = [
        DisagreementFactory(
            child=ChildFactory(local_authority=area.la),
            decision_letter_on=date(2026, 5, 4),
            registered_on=date(2026, 5, 10),
        )
        for _ in range(2)
    ]
    recommendations = [
        TribunalRecommendationFactory(
            disagreement=DisagreementFactory(
                child=ChildFactory(local_authority=area.la), hearing_on=date(2026, 5, 1)
            ),
            issued_on=date(2026, 6, 1),
        )
        for _ in range(2)
    ]
    references = [d.reference for d in appeals] + [
        r.disagreement.reference for r in recommendations
    ]
    today = date(2026, 7, 1)
    with stopped_after(1):
        send_due_combined_digests(REMINDERS, today=today, batch_size=1)
    assert Message.objects.count() == 1
    send_due_combined_digests(REMINDERS, today=today, batch_size=1)
    bodies = list(Message.objects.values_list("body", flat=True))
    for reference in references:
        assert sum(reference in body for body in bodies) == 1, reference
    send_due_combined_digests(REMINDERS, today=today, batch_size=1)
    assert Message.objects.count() == len(bodies)
