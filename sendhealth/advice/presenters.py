"""What the advice pages show about a request, an assignment or an event, worked out here so the
templates hold no logic: status tags (with "Overdue"), due phrases, exception labels, key dates,
and which of the DCO's actions apply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth.advice.models import (
    OPEN_REQUEST_STATUSES,
    WITH_SERVICE_STATUSES,
    AdviceAssignment,
    AdviceEvent,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.core.presenters import due_phrase, tag
from sendhealth.rules import (
    ExceptionReason,
    Regulation,
    allowed_reasons,
    ehc_deadlines,
    health_advice_due,
)

SYSTEM_ACTOR = "sendhealth (system)"
EXCEPTION_TAG_TEXT = "Exception recorded"


def is_overdue(assignment: AdviceAssignment, today: date) -> bool:
    """Past its 6-week due date (reg 8(1)) and still waiting on the service. Advice already
    submitted is waiting on the DCO's review, not on the service, so it is not "overdue"."""
    return assignment.is_overdue(today)


def assignment_status_tag(assignment: AdviceAssignment, today: date) -> dict:
    if is_overdue(assignment, today):
        return tag("Overdue", "overdue")
    return tag(assignment.get_status_display(), assignment.status)


def request_status_tag(advice_request: AdviceRequest) -> dict:
    return tag(advice_request.get_status_display(), advice_request.status)


def decision_tag(submission: AdviceSubmission) -> dict:
    """The DCO's review decision on a service's advice, as a tag."""
    key = "submitted" if submission.decision == ReviewDecision.PENDING else submission.decision
    return tag(submission.get_decision_display(), key)


def exception_tag(assignment: AdviceAssignment) -> dict | None:
    """A tag for an assignment with a reg 8(2) exception recorded; None without one."""
    return tag(EXCEPTION_TAG_TEXT, "with_exception") if assignment.has_exception else None


def assignment_due_phrase(assignment: AdviceAssignment, today: date) -> str:
    """ "due in 5 days" while the service still has to act; nothing once it has."""
    if assignment.status not in WITH_SERVICE_STATUSES:
        return ""
    return due_phrase(assignment.due_on, today)


def exception_reason_label(reason: str) -> str:
    return ExceptionReason(reason).label


def health_advice_exception_choices() -> list[tuple[str, str]]:
    """The reasons reg 8(2) admits, in the regulation's order ((a), (b), (c))."""
    allowed = allowed_reasons(Regulation.HEALTH_ADVICE)
    return [(r.value, r.label) for r in ExceptionReason if r in allowed]


def can_chase(assignment: AdviceAssignment) -> bool:
    """Only a service that still has to act can be chased."""
    return assignment.status in WITH_SERVICE_STATUSES


def can_cancel(assignment: AdviceAssignment) -> bool:
    return assignment.is_open


def can_record_exception(assignment: AdviceAssignment) -> bool:
    return assignment.status != AssignmentStatus.CANCELLED


def can_route(advice_request: AdviceRequest) -> bool:
    return advice_request.status in OPEN_REQUEST_STATUSES


def can_return_to_la(advice_request: AdviceRequest) -> bool:
    return advice_request.status == RequestStatus.READY


@dataclass(frozen=True)
class AssignmentRow:
    """One service's part of a request, as a table row on the request page."""

    assignment: AdviceAssignment
    status_tag: dict
    exception_tag: dict | None
    due_phrase: str
    pending_submission_id: int | None
    chaseable: bool
    cancellable: bool
    exception_allowed: bool


def assignment_row(
    assignment: AdviceAssignment, today: date, pending_submission_id: int | None = None
) -> AssignmentRow:
    return AssignmentRow(
        assignment=assignment,
        status_tag=assignment_status_tag(assignment, today),
        exception_tag=exception_tag(assignment),
        due_phrase=assignment_due_phrase(assignment, today),
        pending_submission_id=(
            pending_submission_id if assignment.status == AssignmentStatus.SUBMITTED else None
        ),
        chaseable=can_chase(assignment),
        cancellable=can_cancel(assignment),
        exception_allowed=can_record_exception(assignment),
    )


@dataclass(frozen=True)
class KeyDate:
    label: str
    on: date
    phrase: str  # how far away it is; empty for a date that has passed its use


def key_dates(advice_request: AdviceRequest, today: date) -> list[KeyDate]:
    """The request's dates and the statutory deadlines counted from them: the LA's clocks from
    the day it received the request for an assessment (regs 5(1), 10(1), 13(2)) and health's
    from the day health received the request for advice (reg 8(1))."""
    is_open = advice_request.status in OPEN_REQUEST_STATUSES
    deadlines = ehc_deadlines(advice_request.la_received_on)

    def due(label: str, on: date) -> KeyDate:
        return KeyDate(label, on, due_phrase(on, today) if is_open else "")

    return [
        KeyDate("Local authority received the request", advice_request.la_received_on, ""),
        KeyDate("Health received the request", advice_request.health_received_on, ""),
        due(
            "Health advice due (6 weeks, reg 8(1))",
            health_advice_due(advice_request.health_received_on),
        ),
        due("Decision whether to assess (6 weeks, reg 5(1))", deadlines.decision_to_assess),
        due("Decision not to issue a plan (16 weeks, reg 10(1))", deadlines.decision_not_to_issue),
        due("Final EHC plan (20 weeks, reg 13(2))", deadlines.final_plan),
    ]


@dataclass(frozen=True)
class EventRow:
    """One event of a request's history on its page (the child's timeline across registers
    is ``core.timeline.TimelineEntry``)."""

    label: str
    note: str
    who: str
    at: object  # datetime


def event_row(event: AdviceEvent) -> EventRow:
    """An event from ``Scope.events``, with the note the user may read (``shown_note``: the
    DCO team's review notes are withheld from the local authority). An event that did not come
    through the scope shows no note."""
    who = str(event.actor) if event.actor is not None else SYSTEM_ACTOR
    note = getattr(event, "shown_note", "")
    return EventRow(label=event.get_kind_display(), note=note, who=who, at=event.at)


@dataclass(frozen=True)
class QueueRow:
    """One row of the DCO's queue, for a request (New, Ready to return) or for one service's
    part of a request (Due within 7 days, Overdue, Returned, Awaiting review)."""

    request_id: int
    reference: str
    child_name: str
    local_authority: str
    services: str
    due_on: date
    due_phrase: str
    status_tag: dict
    exception_tag: dict | None
    action_text: str = ""
    action_href: str = ""
    chase_assignment_id: int | None = None
    vulnerable_groups: tuple[str, ...] = ()


def queue_row_for_assignment(
    assignment: AdviceAssignment, today: date, *, action_text: str = "", action_href: str = ""
) -> QueueRow:
    advice_request = assignment.request
    return QueueRow(
        request_id=advice_request.pk,
        reference=advice_request.reference,
        child_name=advice_request.child.full_name,
        local_authority=advice_request.local_authority.name,
        services=f"{assignment.service.name} ({assignment.provider.name})",
        due_on=assignment.due_on,
        due_phrase=assignment_due_phrase(assignment, today),
        status_tag=assignment_status_tag(assignment, today),
        exception_tag=exception_tag(assignment),
        action_text=action_text,
        action_href=action_href,
        chase_assignment_id=assignment.pk if can_chase(assignment) else None,
        vulnerable_groups=tuple(advice_request.child.vulnerable_groups),
    )


def queue_row_for_request(
    advice_request: AdviceRequest,
    assignments: list[AdviceAssignment],
    today: date,
    *,
    action_text: str = "",
    action_href: str = "",
) -> QueueRow:
    """A request row: due is the 6 weeks from health's receipt (reg 8(1)) until routed, then
    the latest of its services' due dates."""
    due_on = (
        max(a.due_on for a in assignments)
        if assignments
        else health_advice_due(advice_request.health_received_on)
    )
    services = ", ".join(a.service.name for a in assignments) or "Not yet routed"
    with_exception = next((a for a in assignments if a.has_exception), None)
    is_new = advice_request.status == RequestStatus.NEW
    return QueueRow(
        request_id=advice_request.pk,
        reference=advice_request.reference,
        child_name=advice_request.child.full_name,
        local_authority=advice_request.local_authority.name,
        services=services,
        due_on=due_on,
        due_phrase=due_phrase(due_on, today) if is_new else "",
        status_tag=request_status_tag(advice_request),
        exception_tag=exception_tag(with_exception) if with_exception else None,
        action_text=action_text,
        action_href=action_href,
        vulnerable_groups=tuple(advice_request.child.vulnerable_groups),
    )
