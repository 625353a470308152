"""Each health service's part of a request (an assignment, due 6 weeks after health received
the request, SEND Regulations 2014 reg 8(1)): the provider's tray and the DCO's queue as data,
the service's advice, exceptions to the clock (reg 8(2)), chasing, and the DCO's review of the
advice."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from sendhealth.advice import services
from sendhealth.advice.forms_dco import ExceptionForm, ReviewChoice, ReviewForm
from sendhealth.advice.forms_provider import AdviceForm, provision_formset
from sendhealth.advice.models import WITH_SERVICE_STATUSES, AdviceAssignment
from sendhealth.advice.presenters import can_chase
from sendhealth.advice.schemas import (
    AssignmentDetail,
    AssignmentFilters,
    AssignmentListItem,
    ExceptionIn,
    ExceptionOut,
    ReviewIn,
    SubmissionIn,
    SubmissionOut,
)
from sendhealth.advice.tasks import send_chase
from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS
from sendhealth.core.scoping import Scope
from sendhealth.rules import Regulation, StatutoryException, validate_exception

assignments_router = Router(tags=["Assignments"])
submissions_router = Router(tags=["Advice"])


class Accepted(Schema):
    detail: str


def _assignments(request: HttpRequest):
    return (
        scope_of(request)
        .assignments()
        .select_related("service", "provider", "request__child", "request__local_authority")
    )


def _acts_for(scope: Scope, assignment: AdviceAssignment) -> bool:
    return (
        assignment.service_id in scope.service_ids or assignment.provider_id in scope.provider_ids
    )


@assignments_router.get(
    "", response={200: list[AssignmentListItem], **READ_ERRORS}, summary="List assignments"
)
@paginate(AuditedPage, children_of=lambda row: row.request.child)
def list_assignments(request: HttpRequest, filters: Query[AssignmentFilters]):
    """The assignments you may see, soonest due first: a provider's tray, the DCO's queue."""
    require(request, "advice.view_request")
    rows = _assignments(request).order_by("due_on", "pk")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.service is not None:
        rows = rows.filter(service_id=filters.service)
    if filters.due_before is not None:
        rows = rows.filter(due_on__lte=filters.due_before)
    if filters.due_after is not None:
        rows = rows.filter(due_on__gte=filters.due_after)
    if filters.due == "soon":
        rows = rows.due_soon(timezone.localdate())
    elif filters.due == "overdue":
        rows = rows.overdue(timezone.localdate())
    return rows


@assignments_router.get(
    "/{int:assignment_id}",
    response={200: AssignmentDetail, **READ_ERRORS},
    summary="Read an assignment",
)
def read_assignment(request: HttpRequest, assignment_id: int):
    """One assignment with its exceptions and the advice you may see."""
    require(request, "advice.view_request")
    scope = scope_of(request)
    assignment = get_object_or_404(
        _assignments(request).prefetch_related("exceptions"), pk=assignment_id
    )
    assignment.scoped_submissions = list(
        scope.submissions()
        .filter(assignment=assignment)
        .prefetch_related("provision")
        .order_by("-submitted_at", "-pk")
    )
    auditor(request).view(assignment)
    return assignment


@assignments_router.post(
    "/{int:assignment_id}/submissions",
    response={201: SubmissionOut, **WRITE_ERRORS},
    summary="Submit advice",
)
def submit_advice(request: HttpRequest, assignment_id: int, payload: SubmissionIn):
    """A service gives its advice (reg 6(1)(c)), due within 6 weeks of receiving the request
    (reg 8(1)). Checked as the page checks it: either ``no_health_needs``, or the health needs
    and at least one complete line of provision (what, who, how often, how long). A document
    can only be uploaded through the page."""
    require(request, "advice.submit_advice")
    scope = scope_of(request)
    assignment = get_object_or_404(_assignments(request), pk=assignment_id)
    if not _acts_for(scope, assignment):
        raise Http404
    if assignment.status not in WITH_SERVICE_STATUSES:
        raise ValidationError("Advice has already been sent for this request")
    data = _advice_data(payload)
    provision = provision_formset(data)
    form = AdviceForm(data, assignment=assignment, provision=provision)
    form_ok, provision_ok = form.is_valid(), provision.is_valid()
    if not (form_ok and provision_ok):
        raise_invalid(_advice_errors(form, provision))
    return 201, services.submit_advice(
        assignment,
        author_name=form.cleaned_data["author_name"],
        author_role=form.cleaned_data["author_role"],
        advice_date=form.cleaned_data["advice_date"],
        no_health_needs=form.cleaned_data["no_health_needs"],
        health_needs=form.cleaned_data["health_needs"],
        outcomes=form.cleaned_data["outcomes"],
        provision=form.provision_lines(),
        auditor=auditor(request),
    )


def _advice_data(payload: SubmissionIn) -> dict:
    data = {
        "author_name": payload.author_name,
        "author_role": payload.author_role,
        "advice_date": payload.advice_date,
        "health_needs": payload.health_needs,
        "outcomes": payload.outcomes,
        "provision-TOTAL_FORMS": str(len(payload.provision)),
        "provision-INITIAL_FORMS": "0",
    }
    if payload.no_health_needs:
        data["no_health_needs"] = "on"
    for index, line in enumerate(payload.provision):
        for name, value in line.dict().items():
            data[f"provision-{index}-{name}"] = value
    return data


def _advice_errors(form: AdviceForm, provision) -> dict[str, list[str]]:
    errors = form_errors(form, non_field="provision")
    for index, line_form in enumerate(provision.forms):
        for name, messages in line_form.errors.items():
            errors[f"provision.{index}.{name}"] = list(messages)
    if provision.non_form_errors():
        errors.setdefault("provision", []).extend(provision.non_form_errors())
    return errors


@assignments_router.post(
    "/{int:assignment_id}/exceptions",
    response={201: ExceptionOut, **WRITE_ERRORS},
    summary="Record an exception",
)
def record_exception(request: HttpRequest, assignment_id: int, payload: ExceptionIn):
    """The DCO records why the 6-week limit did not apply (reg 8(2)): exceptional personal
    circumstances, absence from the area for 4 weeks or more, or a missed appointment. A
    waiting list is not an exception. The case is then reported "with exceptions"."""
    require(request, "advice.record_exception")
    assignment = get_object_or_404(_assignments(request), pk=assignment_id)
    form = ExceptionForm(
        {
            "reason": payload.reason.strip(),
            "starts_on": payload.starts_on,
            "ends_on": payload.ends_on,
            "note": payload.note,
        }
    )
    if not form.is_valid():
        raise_invalid(_exception_errors(form, payload))
    return 201, services.record_exception(
        assignment,
        reason=form.cleaned_data["reason"],
        starts_on=form.cleaned_data["starts_on"],
        ends_on=form.cleaned_data["ends_on"],
        note=form.cleaned_data["note"].strip(),
        auditor=auditor(request),
    )


def _exception_errors(form: ExceptionForm, payload: ExceptionIn) -> dict[str, list[str]]:
    """The form's errors, with the rules library's reason for refusing a reason (say, that a
    waiting list is not an exception) instead of the page's "select one of those listed"."""
    errors = form_errors(form)
    if "reason" in errors and payload.reason.strip():
        offered = StatutoryException(
            regulation=Regulation.HEALTH_ADVICE,
            reason=payload.reason.strip(),
            starts=payload.starts_on,
        )
        errors["reason"] = validate_exception(offered)[:1] or errors["reason"]
    return errors


@assignments_router.post(
    "/{int:assignment_id}/chase",
    response={202: Accepted, **WRITE_ERRORS},
    summary="Chase a service",
)
def chase(request: HttpRequest, assignment_id: int):
    """The DCO asks the service for its advice. The email is sent in the background and the
    chase appears on the request's timeline."""
    require(request, "advice.chase")
    assignment = get_object_or_404(_assignments(request), pk=assignment_id)
    if not can_chase(assignment):
        raise ValidationError("Only a service that still has to give its advice can be chased")
    if not (assignment.service.email or assignment.provider.email):
        raise ValidationError(
            f"{assignment.service.name} has no email address for chasers. Contact the service "
            "another way, or ask your system administrator to add its address"
        )
    send_chase.enqueue(assignment_id=assignment.pk, user_id=caller(request).pk)
    return 202, {"detail": f"{assignment.service.name} will be chased by email"}


@submissions_router.post(
    "/{int:submission_id}/review",
    response={200: SubmissionOut, **WRITE_ERRORS},
    summary="Review advice",
)
def review_advice(request: HttpRequest, submission_id: int, payload: ReviewIn):
    """The DCO accepts the advice, or returns it to the service with the reasons. When every
    service's advice is accepted, the request is ready to return to the local authority."""
    require(request, "advice.review_advice")
    submission = get_object_or_404(
        scope_of(request).submissions().select_related("assignment__request"), pk=submission_id
    )
    decision = ReviewChoice.ACCEPT if payload.accept else ReviewChoice.RETURN
    form = ReviewForm({"decision": decision, "reasons": payload.reasons})
    if not form.is_valid():
        raise_invalid(form_errors(form))
    services.review_advice(
        submission,
        accept=form.accepts,
        reasons=form.cleaned_data["reasons"].strip(),
        auditor=auditor(request),
    )
    return scope_of(request).submissions().prefetch_related("provision").get(pk=submission.pk)
