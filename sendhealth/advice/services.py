"""The advice workflow's state changes. Each one checks the state it starts from, writes the
change, adds a timeline event and an audit entry, in one transaction. Views and the API call
these; they never change an advice row themselves."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sendhealth.advice import messages
from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    EventKind,
    ProvisionItem,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.reminders import first_reminder_on
from sendhealth.core.audit import Auditor, model_changes
from sendhealth.core.services import refresh_locked
from sendhealth.rules import (
    Regulation,
    StatutoryException,
    health_advice_due,
    validate_exception,
)


def open_request_counts(icb_ids, la_ids=None):
    """Open requests by status, from the kept counts (``summary.open_request_counts``): for
    other registers' figures (the dashboard), which use this module."""
    from sendhealth.advice import summary

    return summary.open_request_counts(icb_ids, la_ids)


def _event(request, kind, auditor: Auditor, assignment=None, note: str = "") -> AdviceEvent:
    return AdviceEvent.objects.create(
        request=request,
        assignment=assignment,
        kind=kind,
        at=timezone.now(),
        actor=auditor.user if auditor.user is not None else None,
        system=auditor.system,
        note=note,
    )


def check_request_dates(
    child, la_received_on: date | None, health_received_on: date | None
) -> None:
    """The dates of a request for advice as the law reads them: neither before the child's
    birth, and health's on or after the local authority's (health's 6 weeks, reg 8(1), run
    from the later); a date not given (a form's field in error) is not checked. A
    ``ValidationError`` by field otherwise, which a form shows on the field."""
    errors = {}
    born = child.date_of_birth
    if la_received_on and la_received_on < born:
        errors["la_received_on"] = (
            "The date the local authority received the request must be on or after the "
            "child's date of birth"
        )
    if health_received_on and health_received_on < born:
        errors["health_received_on"] = (
            "The date health received the request must be on or after the child's date of birth"
        )
    elif la_received_on and health_received_on and health_received_on < la_received_on:
        errors["health_received_on"] = (
            "The date health received the request must be the same as or after the date the "
            "local authority received it"
        )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def raise_request(
    *,
    child,
    la_received_on: date,
    health_received_on: date,
    questions: str,
    auditor: Auditor,
    from_enquiry: str = "",
) -> AdviceRequest:
    """A request for advice, raised by the local authority, or by the DCO team from the enquiry
    referenced ``from_enquiry`` (the timeline says which). Its dates are checked
    (``check_request_dates``)."""
    check_request_dates(child, la_received_on, health_received_on)
    request = AdviceRequest.objects.create(
        child=child,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        la_received_on=la_received_on,
        health_received_on=health_received_on,
        questions=questions,
        raised_by=auditor.user,
    )
    if from_enquiry:
        _event(request, EventKind.RAISED_FROM_ENQUIRY, auditor, note=f"Enquiry {from_enquiry}")
    else:
        _event(request, EventKind.RAISED, auditor)
    auditor.create(request, model_changes(request, ["la_received_on", "health_received_on"]))
    return request


@transaction.atomic
def route(
    request: AdviceRequest, *, services, received_on: date, auditor: Auditor
) -> list[AdviceAssignment]:
    """Route a request to services. Every service's advice is due 6 weeks after health received
    the request (SEND Regulations 2014 reg 8(1): the duty runs from the local authority's
    request to the health body, so the days the request spends with the DCO before routing never
    move it). ``received_on`` is only when the services were sent it (reminders never go before
    it). A service with an open part is refused."""
    services = list(services)
    if not services:
        raise ValidationError("Select at least one service")
    if received_on < request.health_received_on:
        raise ValidationError("The services cannot receive the request before health received it.")
    refresh_locked(request, "status")
    if request.status in (RequestStatus.RETURNED, RequestStatus.WITHDRAWN):
        raise ValidationError("This request has been closed and cannot be routed.")
    already = set(
        request.assignments.exclude(status=AssignmentStatus.CANCELLED).values_list(
            "service_id", flat=True
        )
    )
    created = []
    due = health_advice_due(request.health_received_on)
    for service in services:
        if service.pk in already:
            raise ValidationError(f"{service.name} already has this request.")
        assignment = AdviceAssignment.objects.create(
            request=request,
            service=service,
            provider_id=service.provider_id,
            received_on=received_on,
            due_on=due,
            next_reminder_on=first_reminder_on(received_on, due),
            routed_by=auditor.user,
        )
        _event(request, EventKind.ROUTED, auditor, assignment, note=service.name)
        auditor.create(assignment, {"service": service.pk, "due_on": due})
        created.append(assignment)
        already.add(service.pk)
    request.status = RequestStatus.ROUTED
    request.save(update_fields=["status"])
    for assignment in created:
        messages.request_routed(assignment)
    return created


@dataclass
class ProvisionLine:
    what: str
    who: str
    how_often: str
    how_long: str


@transaction.atomic
def submit_advice(
    assignment: AdviceAssignment,
    *,
    author_name: str,
    author_role: str,
    advice_date: date,
    no_health_needs: bool,
    health_needs: str,
    outcomes: str,
    provision: list[ProvisionLine],
    document=None,
    document_type: str = "",
    keep_document_of: AdviceSubmission | None = None,
    auditor: Auditor,
) -> AdviceSubmission:
    """Record a service's advice. ``keep_document_of``: advice of the same assignment, returned
    for more information, whose stored document this advice sends again (when no new document
    is uploaded)."""
    refresh_locked(assignment, "status")
    if assignment.status not in (AssignmentStatus.AWAITING, AssignmentStatus.RETURNED):
        raise ValidationError("Advice has already been submitted for this request.")
    submission = AdviceSubmission(
        assignment=assignment,
        submitted_by=auditor.user,
        author_name=author_name,
        author_role=author_role,
        advice_date=advice_date,
        no_health_needs=no_health_needs,
        health_needs=health_needs,
        outcomes=outcomes,
    )
    if document is not None:
        submission.document_token = secrets.token_hex(16)
        submission.document_type = document_type
        submission.document_size = document.size
        submission.document.save(submission.document_token, document, save=False)
    kept = keep_document_of if document is None and keep_document_of is not None else None
    if kept is not None and kept.document:
        if kept.assignment_id != assignment.pk:
            raise ValidationError("Only this service's own earlier document can be sent again.")
        # The same stored file: documents are never deleted, so both rows can point at it.
        submission.document = kept.document.name
        submission.document_token = kept.document_token
        submission.document_type = kept.document_type
        submission.document_size = kept.document_size
    submission.save()
    ProvisionItem.objects.bulk_create(
        ProvisionItem(submission=submission, **line.__dict__) for line in provision
    )
    assignment.status = AssignmentStatus.SUBMITTED
    assignment.submitted_on = timezone.localdate()
    assignment.next_reminder_on = None
    assignment.save(update_fields=["status", "submitted_on", "next_reminder_on"])
    _event(assignment.request, EventKind.SUBMITTED, auditor, assignment)
    auditor.create(
        submission,
        {
            "assignment": assignment.pk,
            "provision_lines": len(provision),
            **({"document_kept_from": kept.pk} if submission.document and kept else {}),
        },
    )
    return submission


@transaction.atomic
def review_advice(
    submission: AdviceSubmission, *, accept: bool, reasons: str, auditor: Auditor
) -> None:
    """Accept a service's advice, or return it for more information (the service is reminded
    at once, and its original 6-week due date, reg 8(1), still stands)."""
    assignment = submission.assignment
    refresh_locked(submission, "decision")
    refresh_locked(assignment, "status")
    if submission.decision != ReviewDecision.PENDING:
        raise ValidationError("This advice has already been reviewed.")
    if assignment.status != AssignmentStatus.SUBMITTED:
        raise ValidationError("This advice can no longer be reviewed.")
    if not accept and not reasons.strip():
        raise ValidationError("Say why the advice is being returned to the service.")
    submission.decision = ReviewDecision.ACCEPTED if accept else ReviewDecision.RETURNED
    submission.review_reasons = reasons
    submission.reviewed_by = auditor.user
    submission.reviewed_at = timezone.now()
    submission.save(update_fields=["decision", "review_reasons", "reviewed_by", "reviewed_at"])
    if accept:
        assignment.status = AssignmentStatus.ACCEPTED
        assignment.completed_on = timezone.localdate(submission.submitted_at)
        fields = ["status", "completed_on"]
    else:
        assignment.status = AssignmentStatus.RETURNED
        assignment.next_reminder_on = timezone.localdate()
        fields = ["status", "next_reminder_on"]
    assignment.save(update_fields=fields)
    kind = EventKind.ACCEPTED if accept else EventKind.RETURNED_TO_SERVICE
    _event(assignment.request, kind, auditor, assignment, note=reasons)
    auditor.update(submission, {"decision": submission.decision})
    _refresh_request_status(assignment.request)
    if not accept:
        messages.returned_for_information(assignment)


def _refresh_request_status(request: AdviceRequest) -> None:
    statuses = set(request.assignments.values_list("status", flat=True))
    statuses.discard(AssignmentStatus.CANCELLED)
    if statuses and statuses == {AssignmentStatus.ACCEPTED}:
        new = RequestStatus.READY
    elif statuses:
        new = RequestStatus.ROUTED
    else:
        new = RequestStatus.NEW
    if request.status != new and request.status != RequestStatus.RETURNED:
        request.status = new
        request.save(update_fields=["status"])


@transaction.atomic
def record_exception(
    assignment: AdviceAssignment,
    *,
    reason: str,
    starts_on: date,
    ends_on: date | None,
    note: str,
    auditor: Auditor,
) -> AdviceException:
    """Record a reg 8(2) exception; the case then counts apart in the figures."""
    refresh_locked(assignment, "status")
    if assignment.status == AssignmentStatus.CANCELLED:
        raise ValidationError("An exception cannot be recorded for a cancelled request.")
    candidate = StatutoryException(
        regulation=Regulation.HEALTH_ADVICE,
        reason=reason,
        starts=starts_on,
        ends=ends_on,
        note=note,
    )
    errors = validate_exception(candidate)
    if errors:
        raise ValidationError(errors)
    exception = AdviceException.objects.create(
        assignment=assignment,
        reason=reason,
        starts_on=starts_on,
        ends_on=ends_on,
        note=note,
        recorded_by=auditor.user,
    )
    assignment.has_exception = True
    assignment.save(update_fields=["has_exception"])
    _event(
        assignment.request,
        EventKind.EXCEPTION,
        auditor,
        assignment,
        note=exception.get_reason_display(),
    )
    auditor.create(exception, {"reason": reason, "starts_on": starts_on, "ends_on": ends_on})
    return exception


@transaction.atomic
def cancel_assignment(assignment: AdviceAssignment, *, reason: str, auditor: Auditor) -> None:
    if not reason.strip():
        raise ValidationError("Say why this service is no longer being asked for advice.")
    refresh_locked(assignment, "status")
    if not assignment.is_open:
        raise ValidationError("Only an open request to a service can be cancelled.")
    assignment.status = AssignmentStatus.CANCELLED
    assignment.next_reminder_on = None
    assignment.save(update_fields=["status", "next_reminder_on"])
    _event(assignment.request, EventKind.CANCELLED, auditor, assignment, note=reason)
    auditor.update(assignment, {"status": assignment.status})
    _refresh_request_status(assignment.request)


@transaction.atomic
def return_to_la(request: AdviceRequest, *, note: str, auditor: Auditor) -> None:
    refresh_locked(request, "status")
    if request.status != RequestStatus.READY:
        raise ValidationError(
            "Advice can be returned to the local authority once every service's advice "
            "has been accepted."
        )
    request.status = RequestStatus.RETURNED
    request.returned_on = timezone.localdate()
    request.returned_by = auditor.user
    request.return_note = note
    request.save(update_fields=["status", "returned_on", "returned_by", "return_note"])
    _event(request, EventKind.RETURNED_TO_LA, auditor, note=note)
    auditor.update(request, {"status": request.status})
    messages.returned_to_la(request)


@transaction.atomic
def record_chase(assignment: AdviceAssignment, *, auditor: Auditor, system: bool = False) -> None:
    """Log a chase or a reminder on the timeline (the email is sent by ``advice.tasks``)."""
    assignment.last_chased_at = timezone.now()
    assignment.save(update_fields=["last_chased_at"])
    kind = EventKind.REMINDED if system else EventKind.CHASED
    _event(assignment.request, kind, auditor, assignment, note=assignment.service.name)
    auditor.update(assignment, {"last_chased_at": assignment.last_chased_at, "kind": kind})


def record_reminders(assignments: list[AdviceAssignment], *, auditor: Auditor) -> None:
    """``record_chase`` for a batch of the reminder job's reminders: three bulk writes."""
    if not assignments:
        return
    now = timezone.now()
    AdviceAssignment.objects.filter(pk__in=[a.pk for a in assignments]).update(last_chased_at=now)
    AdviceEvent.objects.bulk_create(
        AdviceEvent(
            request_id=a.request_id,
            assignment=a,
            kind=EventKind.REMINDED,
            at=now,
            system=auditor.system,
            note=a.service.name,
        )
        for a in assignments
    )
    for a in assignments:
        a.last_chased_at = now
    auditor.update_many(
        [(a, {"last_chased_at": now, "kind": EventKind.REMINDED}) for a in assignments]
    )
