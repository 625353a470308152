"""The advice workflow's state changes: each checks where it starts from, writes the change, a
timeline event and an audit entry naming who did it."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from sendhealth.advice import services
from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AssignmentStatus,
    EventKind,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.services import ProvisionLine
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction, AuditLog

RECEIVED = date(2026, 1, 5)  # a Monday: advice due Monday 16 February 2026


@pytest.fixture
def dco(area):
    return Auditor(user=area.dco)


@pytest.fixture
def provider(area):
    return Auditor(user=area.salt_user)


@pytest.fixture
def advice_request(area):
    return AdviceRequestFactory(
        child=ChildFactory(local_authority=area.la), health_received_on=RECEIVED
    )


def submit(assignment, auditor):
    return services.submit_advice(
        assignment,
        author_name="Sam Therapist",
        author_role="Speech and language therapist, HCPC SL012345",
        advice_date=date(2026, 2, 1),
        no_health_needs=False,
        health_needs="Understanding spoken language.",
        outcomes="I will follow two-step instructions.",
        provision=[ProvisionLine("Speech therapy", "SLT", "Weekly", "12 months")],
        auditor=auditor,
    )


def routed_to_salt(area, advice_request, dco):
    (assignment,) = services.route(
        advice_request, services=[area.salt], received_on=RECEIVED, auditor=dco
    )
    return assignment


class TestRoute:
    def test_each_service_is_due_6_weeks_after_health_received_the_request(
        self, area, advice_request, dco
    ):
        created = services.route(
            advice_request, services=[area.salt, area.ot], received_on=RECEIVED, auditor=dco
        )
        assert {a.due_on for a in created} == {date(2026, 2, 16)}
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.ROUTED

    def test_days_with_the_dco_before_routing_never_move_the_statutory_due_date(self, area, dco):
        """Health received it on 2 December 2025: due 13 January 2026 (reg 8(1)), even though
        the DCO routed it on 6 December and, for another service, on 20 December."""
        request = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la),
            la_received_on=date(2025, 11, 20),
            health_received_on=date(2025, 12, 2),
        )
        (first,) = services.route(
            request, services=[area.salt], received_on=date(2025, 12, 6), auditor=dco
        )
        (later,) = services.route(
            request, services=[area.ot], received_on=date(2025, 12, 20), auditor=dco
        )
        assert first.due_on == later.due_on == date(2026, 1, 13)
        assert (first.received_on, later.received_on) == (date(2025, 12, 6), date(2025, 12, 20))
        assert first.next_reminder_on == date(2026, 1, 6)  # a week before the due date

    def test_routing_after_the_due_date_reminds_the_service_from_the_day_it_is_sent(
        self, area, dco
    ):
        request = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la),
            la_received_on=date(2025, 11, 1),
            health_received_on=date(2025, 11, 3),
        )
        (late,) = services.route(
            request, services=[area.salt], received_on=date(2025, 12, 20), auditor=dco
        )
        assert late.due_on == date(2025, 12, 15)
        assert late.next_reminder_on == date(2025, 12, 20)

    def test_the_first_reminder_is_a_week_before_the_due_date(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        assert assignment.next_reminder_on == date(2026, 2, 9)

    def test_routing_twice_to_the_same_service_is_refused(self, area, advice_request, dco):
        routed_to_salt(area, advice_request, dco)
        with pytest.raises(ValidationError, match="already has this request"):
            services.route(advice_request, services=[area.salt], received_on=RECEIVED, auditor=dco)
        assert AdviceAssignment.objects.count() == 1

    def test_the_same_service_twice_in_one_go_is_refused_without_writing(
        self, area, advice_request, dco
    ):
        with pytest.raises(ValidationError):
            services.route(
                advice_request, services=[area.ot, area.ot], received_on=RECEIVED, auditor=dco
            )
        assert not AdviceAssignment.objects.exists()

    def test_a_cancelled_service_can_be_asked_again(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        services.cancel_assignment(assignment, reason="Sent too early", auditor=dco)
        assert routed_to_salt(area, advice_request, dco).status == AssignmentStatus.AWAITING

    @pytest.mark.parametrize(
        ("chosen", "received_on"), [([], RECEIVED), (["salt"], RECEIVED - timedelta(days=1))]
    )
    def test_no_services_or_a_date_before_health_received_it_is_refused(
        self, area, advice_request, dco, chosen, received_on
    ):
        with pytest.raises(ValidationError):
            services.route(
                advice_request,
                services=[getattr(area, s) for s in chosen],
                received_on=received_on,
                auditor=dco,
            )
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.NEW

    def test_a_returned_request_cannot_be_routed(self, area, advice_request, dco):
        advice_request.status = RequestStatus.RETURNED
        advice_request.save()
        with pytest.raises(ValidationError, match="closed"):
            routed_to_salt(area, advice_request, dco)


class TestTheWholeJourney:
    def test_submit_accept_ready_and_return_to_the_local_authority(
        self, area, advice_request, dco, provider
    ):
        assignment = routed_to_salt(area, advice_request, dco)
        submission = submit(assignment, provider)
        assert assignment.status == AssignmentStatus.SUBMITTED
        assert assignment.next_reminder_on is None
        services.review_advice(submission, accept=True, reasons="", auditor=dco)
        assignment.refresh_from_db()
        advice_request.refresh_from_db()
        assert assignment.status == AssignmentStatus.ACCEPTED
        assert assignment.completed_on == timezone.localdate()
        assert advice_request.status == RequestStatus.READY
        services.return_to_la(advice_request, note="Advice attached", auditor=dco)
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.RETURNED
        assert advice_request.returned_by == area.dco

    def test_the_request_is_ready_only_when_every_service_is_accepted(
        self, area, advice_request, dco, provider
    ):
        salt, ot = services.route(
            advice_request, services=[area.salt, area.ot], received_on=RECEIVED, auditor=dco
        )
        services.review_advice(submit(salt, provider), accept=True, reasons="", auditor=dco)
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.ROUTED
        with pytest.raises(ValidationError):
            services.return_to_la(advice_request, note="", auditor=dco)
        services.cancel_assignment(ot, reason="Not needed", auditor=dco)
        advice_request.refresh_from_db()
        assert advice_request.status == RequestStatus.READY

    def test_returning_for_more_information_reminds_the_service(
        self, area, advice_request, dco, provider
    ):
        assignment = routed_to_salt(area, advice_request, dco)
        submission = submit(assignment, provider)
        services.review_advice(submission, accept=False, reasons="Quantify it", auditor=dco)
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.RETURNED
        assert assignment.next_reminder_on == timezone.localdate()
        assert submission.decision == ReviewDecision.RETURNED
        # The service answers again, and the new advice can be reviewed.
        services.review_advice(submit(assignment, provider), accept=True, reasons="", auditor=dco)
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.ACCEPTED

    def test_returning_needs_reasons_and_a_review_happens_once(
        self, area, advice_request, dco, provider
    ):
        submission = submit(routed_to_salt(area, advice_request, dco), provider)
        with pytest.raises(ValidationError):
            services.review_advice(submission, accept=False, reasons=" ", auditor=dco)
        services.review_advice(submission, accept=True, reasons="", auditor=dco)
        with pytest.raises(ValidationError, match="already been reviewed"):
            services.review_advice(submission, accept=False, reasons="x", auditor=dco)

    def test_advice_for_a_cancelled_part_cannot_be_reviewed(
        self, area, advice_request, dco, provider
    ):
        assignment = routed_to_salt(area, advice_request, dco)
        submission = submit(assignment, provider)
        services.cancel_assignment(assignment, reason="Wrong service", auditor=dco)
        with pytest.raises(ValidationError):
            services.review_advice(submission, accept=True, reasons="", auditor=dco)
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.CANCELLED

    def test_advice_cannot_be_submitted_twice(self, area, advice_request, dco, provider):
        assignment = routed_to_salt(area, advice_request, dco)
        submit(assignment, provider)
        with pytest.raises(ValidationError):
            submit(assignment, provider)


class TestExceptions:
    """SEND Regulations 2014 reg 8(2)."""

    def record(self, assignment, dco, reason, starts, ends=None):
        return services.record_exception(
            assignment, reason=reason, starts_on=starts, ends_on=ends, note="", auditor=dco
        )

    def test_a_reason_reg_8_2_does_not_allow_is_refused(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        with pytest.raises(ValidationError, match="reg 8\\(2\\)"):
            self.record(assignment, dco, "setting_closure", date(2026, 1, 1), date(2026, 2, 1))
        assert not AdviceException.objects.exists()

    def test_an_absence_under_4_weeks_is_refused(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        with pytest.raises(ValidationError, match="4 weeks"):
            self.record(assignment, dco, "absent_from_area", date(2026, 1, 1), date(2026, 1, 27))
        assignment.refresh_from_db()
        assert not assignment.has_exception

    def test_an_accepted_exception_marks_the_assignment(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        self.record(assignment, dco, "absent_from_area", date(2026, 1, 1), date(2026, 1, 28))
        assignment.refresh_from_db()
        assert assignment.has_exception
        event = AdviceEvent.objects.get(kind=EventKind.EXCEPTION)
        assert "away from the area" in event.note


class TestEveryChangeIsRecorded:
    def test_each_step_writes_an_event_and_an_audit_entry_with_the_actor(
        self, area, advice_request, dco, provider
    ):
        assignment = routed_to_salt(area, advice_request, dco)
        submission = submit(assignment, provider)
        services.record_exception(
            assignment,
            reason="missed_appointment",
            starts_on=date(2026, 1, 20),
            ends_on=None,
            note="",
            auditor=dco,
        )
        services.record_chase(assignment, auditor=dco)
        services.review_advice(submission, accept=True, reasons="", auditor=dco)
        services.return_to_la(advice_request, note="", auditor=dco)

        kinds = list(AdviceEvent.objects.values_list("kind", "actor__username"))
        assert kinds == [
            (EventKind.ROUTED, "dco"),
            (EventKind.SUBMITTED, "salt_user"),
            (EventKind.EXCEPTION, "dco"),
            (EventKind.CHASED, "dco"),
            (EventKind.ACCEPTED, "dco"),
            (EventKind.RETURNED_TO_LA, "dco"),
        ]
        audited = list(
            AuditLog.objects.order_by("pk").values_list("action", "object_type", "actor__username")
        )
        assert audited == [
            (AuditAction.CREATE, "advice.AdviceAssignment", "dco"),
            (AuditAction.CREATE, "advice.AdviceSubmission", "salt_user"),
            (AuditAction.CREATE, "advice.AdviceException", "dco"),
            (AuditAction.UPDATE, "advice.AdviceAssignment", "dco"),
            (AuditAction.UPDATE, "advice.AdviceSubmission", "dco"),
            (AuditAction.UPDATE, "advice.AdviceRequest", "dco"),
        ]
        assert set(AuditLog.objects.values_list("child_id", flat=True)) == {advice_request.child_id}

    def test_cancelling_writes_an_event_with_the_reason(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        services.cancel_assignment(assignment, reason="Routed in error", auditor=dco)
        event = AdviceEvent.objects.get(kind=EventKind.CANCELLED)
        assert (event.actor, event.note) == (area.dco, "Routed in error")
        assert AuditLog.objects.filter(
            action=AuditAction.UPDATE, object_type="advice.AdviceAssignment", actor=area.dco
        ).exists()

    def test_a_system_job_is_named_on_its_event(self, area, advice_request, dco):
        assignment = routed_to_salt(area, advice_request, dco)
        services.record_chase(
            assignment, auditor=Auditor.for_system("advice-reminders"), system=True
        )
        event = AdviceEvent.objects.get(kind=EventKind.REMINDED)
        assert (event.actor, event.system) == (None, "advice-reminders")
