"""The health service's pages: one request as the service sees it, giving advice and
downloading an advice document (the work tray is ``views.tray``)."""

from __future__ import annotations

from urllib.parse import urlsplit

import rules
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.advice import services
from sendhealth.advice.forms_provider import (
    MAX_PROVISION_LINES,
    AdviceForm,
    ProvisionForm,
    another_line_formset,
    provision_formset,
)
from sendhealth.advice.models import (
    WITH_SERVICE_STATUSES,
    AdviceAssignment,
    AdviceSubmission,
    AssignmentStatus,
    ReviewDecision,
)
from sendhealth.children.models import NeedType
from sendhealth.core.audit import Auditor
from sendhealth.core.forms import date_parts
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import tag
from sendhealth.core.scoping import Scope
from sendhealth.core.uploads import ALLOWED

# -- helpers ---------------------------------------------------------------------------------


def own_services_q(
    scope: Scope, service_field: str = "service_id", provider_field: str = "provider_id"
) -> Q:
    """The services this user acts for: their named services, or all of their provider's."""
    return Q(**{f"{service_field}__in": scope.service_ids}) | Q(
        **{f"{provider_field}__in": scope.provider_ids}
    )


def _acts_for(scope: Scope, assignment: AdviceAssignment) -> bool:
    return (
        assignment.service_id in scope.service_ids or assignment.provider_id in scope.provider_ids
    )


def status_tag(assignment: AdviceAssignment) -> dict:
    """Advice returned for more information needs the service's action: orange, not grey."""
    key = "due_soon" if assignment.status == AssignmentStatus.RETURNED else assignment.status
    return tag(assignment.get_status_display(), key)


def _needs(child) -> list[str]:
    codes = [child.primary_need, *(child.secondary_needs or [])]
    return [NeedType(code).label for code in codes if code in NeedType.values]


# -- one request, as the service sees it -----------------------------------------------------


@require_GET
@rule_required("advice.view_request")
def assignment_detail(request, pk: int):
    """A service's part of a request. The service and the DCO see the advice; the local
    authority sees only where it has got to."""
    scope = Scope.for_user(request.user)
    assignment = get_object_or_404(
        scope.assignments().select_related(
            "request__child__setting", "service__provider", "request__local_authority"
        ),
        pk=pk,
    )
    Auditor.from_request(request).view(assignment)
    context = {"assignment": assignment, "status_tag": status_tag(assignment)}
    acts_for = _acts_for(scope, assignment)
    if not (acts_for or scope.is_dco):
        return render(request, "advice/provider/assignment_status.jinja", context)
    submissions = list(
        scope.submissions()
        .filter(assignment=assignment)
        .prefetch_related("provision")
        .order_by("-submitted_at", "-pk")
    )
    returned = next((s for s in submissions if s.decision == ReviewDecision.RETURNED), None)
    context.update(
        child=assignment.request.child,
        needs=_needs(assignment.request.child),
        submissions=submissions,
        returned=returned if assignment.status == AssignmentStatus.RETURNED else None,
        can_submit=(
            acts_for
            and assignment.status in WITH_SERVICE_STATUSES
            and rules.has_perm("advice.submit_advice", request.user)
        ),
        back_href=_back_href(request, scope, assignment, acts_for),
    )
    return render(request, "advice/provider/assignment.jinja", context)


def _back_href(request, scope: Scope, assignment: AdviceAssignment, acts_for: bool) -> str | None:
    """Back where the journey came from: the service's work tray (which lists its
    assignments), or the request (whose page opens each service's part) for the DCO. The
    address alone leads nowhere nearer than the home page."""
    if acts_for and rules.has_perm("advice.submit_advice", request.user):  # the tray's rule
        return reverse("advice:tray")
    if scope.is_dco:
        return _report_records_came_from(request) or reverse(
            "advice:request", args=[assignment.request_id]
        )
    return None


def _report_records_came_from(request) -> str | None:
    """The report's records page (``reports:figure_records``, which links each piece of
    advice here) the DCO came from, by the Referer (sent only within the site): its path and
    query, if it is on this site and that page; else None. Nothing else is trusted from it."""
    parts = urlsplit(request.META.get("HTTP_REFERER", ""))
    if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
        return None
    try:
        if resolve(parts.path).view_name != "reports:figure_records":
            return None
    except Resolver404:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# -- giving advice ---------------------------------------------------------------------------

_CLOSED_MESSAGES = {
    AssignmentStatus.CANCELLED: "Your service is no longer asked for advice on this request",
    None: "Advice has already been sent for this request",
}


def _error_list(form: AdviceForm, provision) -> list[dict]:
    """The error summary's items, in page order, each linking to its field."""
    items = []
    for field in form:
        suffix = "_day" if field.name == "advice_date" else ""
        items += [{"text": e, "href": f"#{field.auto_id}{suffix}"} for e in field.errors]
    for line in provision.forms:
        items += [{"text": e, "href": f"#{field.auto_id}"} for field in line for e in field.errors]
    general = [*form.non_field_errors(), *provision.non_form_errors()]
    items += [{"text": e, "href": "#provision-lines"} for e in general]
    return items


def _new_line(request, assignment: AdviceAssignment) -> HttpResponse:
    """One blank provision line for htmx's "Add another provision line"."""
    raw = request.GET.get("provision-TOTAL_FORMS", "")
    index = int(raw) if raw.isdigit() else 0
    if index >= MAX_PROVISION_LINES:
        return HttpResponse(status=204)
    line = ProvisionForm(prefix=f"provision-{index}")
    return render(
        request,
        "advice/provider/_new_provision_line.jinja",
        {"line": line, "number": index + 1, "total": index + 1, "assignment": assignment},
    )


def _form_page(request, assignment, form, provision, *, errors, advice_date_parts, returned):
    """The advice form; it shows the child's name and date of birth, so it is audited. Advice
    returned for more information shows the DCO team's reasons above it."""
    Auditor.from_request(request).view(assignment)
    return render(
        request,
        "advice/provider/submit.jinja",
        {
            "assignment": assignment,
            "child": assignment.request.child,
            "form": form,
            "provision": provision,
            "errors": errors,
            "advice_date_parts": advice_date_parts,
            "max_lines": MAX_PROVISION_LINES,
            "returned": returned,
        },
    )


def _with_another_line(request, assignment, returned):
    """Without JavaScript, "Add another provision line" posts the form: show it again as typed,
    with one more blank line, and check nothing yet (nothing is saved). A chosen file is not
    kept, so the page asks for it again."""
    posted = AdviceForm(
        request.POST, assignment=assignment, provision=provision_formset(), previous=returned
    )
    kept = ("author_name", "author_role", "no_health_needs", "health_needs", "outcomes")
    kept += ("drop_document",) if "drop_document" in posted.fields else ()
    form = AdviceForm(
        initial={name: posted[name].value() for name in kept},
        assignment=assignment,
        provision=another_line_formset(request.POST),
        previous=returned,
    )
    return _form_page(
        request,
        assignment,
        form,
        form.provision,
        errors=[],
        advice_date_parts=date_parts(posted, "advice_date"),
        returned=returned,
    )


@require_http_methods(["GET", "POST"])
@rule_required("advice.submit_advice")
def submit_advice(request, pk: int):
    """A service gives its advice (SEND Regulations 2014 reg 6(1)(c)), due within 6 weeks of
    receiving the request (reg 8(1))."""
    scope = Scope.for_user(request.user)
    assignment = get_object_or_404(
        scope.assignments().select_related("request__child", "service"), pk=pk
    )
    if not _acts_for(scope, assignment):
        raise Http404
    if assignment.status not in WITH_SERVICE_STATUSES:
        messages.info(request, _CLOSED_MESSAGES.get(assignment.status, _CLOSED_MESSAGES[None]))
        return redirect("advice:assignment", pk=assignment.pk)
    if request.htmx and request.method == "GET" and request.GET.get("add_line"):
        return _new_line(request, assignment)
    returned = _returned_advice(scope, assignment)
    if request.method == "GET":
        return _first_form(request, assignment, returned)
    if "add_line" in request.POST:
        return _with_another_line(request, assignment, returned)
    return _submit(request, assignment, returned)


def _returned_advice(scope: Scope, assignment: AdviceAssignment) -> AdviceSubmission | None:
    """The advice the DCO team last returned for more information, while it is with the
    service again; None for a first submission."""
    if assignment.status != AssignmentStatus.RETURNED:
        return None
    return (
        scope.submissions()
        .filter(assignment=assignment, decision=ReviewDecision.RETURNED)
        .select_related("reviewed_by")
        .prefetch_related("provision")
        .order_by("-submitted_at", "-pk")
        .first()
    )


def _first_form(request, assignment, returned):
    """A blank form with the user's name, or the returned advice as it was sent, to change."""
    if returned is not None:
        form = AdviceForm.resubmission(returned, assignment=assignment)
    else:
        form = AdviceForm(
            initial={"author_name": request.user.full_name},
            assignment=assignment,
            provision=provision_formset(),
        )
    return _form_page(
        request,
        assignment,
        form,
        form.provision,
        errors=[],
        advice_date_parts=date_parts(form, "advice_date"),
        returned=returned,
    )


def _submit(request, assignment, returned):
    """Check everything, then write through ``services.submit_advice``; bad input writes
    nothing (no submission, no provision, no stored file)."""
    provision = provision_formset(request.POST)
    form = AdviceForm(
        request.POST, request.FILES, assignment=assignment, provision=provision, previous=returned
    )
    if not (form.is_valid() and provision.is_valid()):
        return _form_page(
            request,
            assignment,
            form,
            provision,
            errors=_error_list(form, provision),
            advice_date_parts=date_parts(form, "advice_date"),
            returned=returned,
        )
    try:
        services.submit_advice(
            assignment,
            author_name=form.cleaned_data["author_name"],
            author_role=form.cleaned_data["author_role"],
            advice_date=form.cleaned_data["advice_date"],
            no_health_needs=form.cleaned_data["no_health_needs"],
            health_needs=form.cleaned_data["health_needs"],
            outcomes=form.cleaned_data["outcomes"],
            provision=form.provision_lines(),
            document=form.cleaned_data["document"] or None,
            document_type=form.document_type,
            keep_document_of=form.kept_document,
            auditor=Auditor.from_request(request),
        )
    except ValidationError as error:  # someone else sent it first
        messages.info(request, error.messages[0])
    else:
        reference = assignment.request.reference
        messages.success(request, f"Advice for {reference} sent to the DCO team for review")
    return redirect("advice:assignment", pk=assignment.pk)


# -- documents -------------------------------------------------------------------------------


@require_GET
@rule_required("advice.view_request")
def download_document(request, pk: int):
    """An advice document, as an attachment whose name holds no personal data."""
    scope = Scope.for_user(request.user)
    submission = get_object_or_404(
        scope.submissions().select_related("assignment__request").exclude(document=""), pk=pk
    )
    if submission.document_type not in ALLOWED:
        raise Http404
    Auditor.from_request(request).record(AuditAction.DOWNLOAD, submission)
    reference = submission.assignment.request.reference
    response = FileResponse(
        submission.document.open("rb"),
        as_attachment=True,
        filename=f"{reference}-advice-{submission.pk}.{submission.document_type}",
        content_type=ALLOWED[submission.document_type],
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
