"""The DCO service's enquiries log: list (filters, search by POST, figures), a new enquiry, an
enquiry's page, changing it, closing it, and turning it into a request for health advice.

Enquiries are reached only through ``Scope.for_user``; every page that shows a child's name
writes an audit entry."""

from __future__ import annotations

from datetime import timedelta

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from sendhealth.advice.models import OPEN_REQUEST_STATUSES
from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.generic import (
    audit_children,
    form_page,
    posted,
    run_action,
    save_form,
    search_or_page,
)
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.enquiries import services
from sendhealth.enquiries.domain import describe_duration, median_duration
from sendhealth.enquiries.forms import (
    EnquiryFilterForm,
    EnquiryForm,
    EnquirySearchForm,
    ToAdviceForm,
)
from sendhealth.enquiries.presenters import (
    EXPORT_HEADERS,
    enquiry_row,
    export_row,
    first_answer_text,
    status_tag,
)


def _enquiries(scope: Scope):
    return scope.enquiries().select_related("child", "assigned_to")


def _filtered(request, scope: Scope):
    form = EnquiryFilterForm(request.GET or None)
    enquiries = _enquiries(scope)
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("status") == "open":
        enquiries = enquiries.filter(closed_at__isnull=True)
    elif data.get("status") == "closed":
        enquiries = enquiries.filter(closed_at__isnull=False)
    if data.get("topic"):
        enquiries = enquiries.filter(topic=data["topic"])
    if data.get("mine"):
        enquiries = enquiries.filter(assigned_to=request.user)
    return form, enquiries.order_by("-opened_at", "-pk")


def _search(enquiries, words):
    for word in words:
        enquiries = enquiries.filter(
            Q(summary__icontains=word)
            | Q(enquirer__icontains=word)
            | Q(child__given_name__icontains=word)
            | Q(child__family_name__icontains=word)
        )
    return enquiries


def figures(scope: Scope) -> dict:
    """Open enquiries and the median time from opening to the first answer."""
    enquiries = scope.enquiries()
    durations = enquiries.filter(first_answer_micros__isnull=False)
    # The median in the database: the middle one or two of the kept durations, read in the
    # order of their index, so the page reads two rows however many enquiries the log holds.
    answered = durations.count()
    middle = (
        list(
            durations.order_by("first_answer_micros").values_list("first_answer_micros", flat=True)[
                (answered - 1) // 2 : answered // 2 + 1
            ]
        )
        if answered
        else []
    )
    return {
        "open_count": enquiries.filter(closed_at__isnull=True).count(),
        "median_first_answer": describe_duration(
            median_duration(timedelta(microseconds=m) for m in middle)
        ),
    }


@require_http_methods(["GET", "POST"])
@rule_required("enquiries.view_enquiry")
def enquiry_list(request):
    """GET: the log, filtered and paginated. POST: a search of the log."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    filter_form, enquiries = _filtered(request, scope)
    search_form = EnquirySearchForm(posted(request))
    listed = search_or_page(
        request,
        search_form,
        enquiries,
        lambda found, form: _search(found, form.cleaned_data["query"].split()),
        audit_as="enquiries.Enquiry",
    )
    shown = listed.pop("shown")
    audit_children(request, shown, lambda e: e.child if e.child_id else None)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "enquiries/list.jinja",
        {
            **listed,
            "filter_form": filter_form,
            "form": search_form,
            "form_has_errors": search_form.errors,
            "rows": [enquiry_row(e, today) for e in shown],
            "figures": figures(scope),
            "query": query.urlencode(),
        },
    )


@rule_required("enquiries.view_enquiry")
def enquiry_export(request):
    """The filtered log as CSV or XLSX (``?format=xlsx``)."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    _, enquiries = _filtered(request, scope)
    rows = list(enquiries.select_related("advice_request"))
    Auditor.from_request(request).record(AuditAction.VIEW, object_type="enquiries.Enquiry")
    return export_response(
        EXPORT_HEADERS, [export_row(e) for e in rows], filename="enquiries", fmt=fmt
    )


def _render_form(request, form, enquiry=None):
    return form_page(
        request,
        "enquiries/form.jinja",
        form,
        enquiry=enquiry,
        back_href=_detail(enquiry) if enquiry else reverse("enquiries:list"),
    )


def _detail(enquiry) -> str:
    return reverse("enquiries:detail", args=[enquiry.pk])


@require_http_methods(["GET", "POST"])
@rule_required("enquiries.change_enquiry")
def enquiry_new(request):
    scope = Scope.for_user(request.user)
    form = EnquiryForm(posted(request), scope=scope)

    def save(cleaned, *, auditor):
        data = form.data_for_service()
        icb_id = sorted(scope.dco_icb_ids)[0]
        if data["child"] is not None:
            icb_id = data["child"].local_authority.parent_id
        return services.open_enquiry(icb_id=icb_id, auditor=auditor, **data)

    done = save_form(
        request,
        form,
        save,
        done=lambda enquiry: f"Enquiry {enquiry.reference} logged",
        to=_detail,
    )
    return done or _render_form(request, form)


def _scoped(scope: Scope, pk: int):
    return get_object_or_404(
        scope.enquiries().select_related(
            "child__local_authority", "assigned_to", "created_by", "advice_request"
        ),
        pk=pk,
    )


def _optional_url(name: str, **query) -> str | None:
    """A link to another register's page if it is installed (checked, not imported)."""
    try:
        href = reverse(name)
    except NoReverseMatch:
        return None
    return href + "?" + "&".join(f"{k}={v}" for k, v in query.items())


def _notifications_from(scope: Scope, enquiry) -> list[dict] | None:
    """The Section 23 notifications made from this enquiry (``?enquiry=`` on the notification
    form records it), as links; None when that register is not installed."""
    if not apps.is_installed("sendhealth.notifications"):
        return None
    made = scope.notifications().filter(enquiry_id=enquiry.pk).order_by("pk")
    return [
        {"reference": n.reference, "href": reverse("notifications:detail", args=[n.pk])}
        for n in made.only("pk")
    ]


def _disagreements_from(scope: Scope, enquiry) -> list[dict] | None:
    """The disagreements recorded from this enquiry, as links; None when that register is not
    installed."""
    if not apps.is_installed("sendhealth.disagreements"):
        return None
    made = scope.disagreements().filter(enquiry_id=enquiry.pk).order_by("pk")
    return [
        {"reference": d.reference, "href": reverse("disagreements:detail", args=[d.pk])}
        for d in made.only("pk")
    ]


@rule_required("enquiries.view_enquiry")
def enquiry_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    enquiry = _scoped(scope, pk)
    today = timezone.localdate()
    Auditor.from_request(request).view(enquiry)
    return render(
        request,
        "enquiries/detail.jinja",
        {
            "enquiry": enquiry,
            "status_tag": status_tag(enquiry, today),
            "first_answer": first_answer_text(enquiry, today),
            "can_convert": enquiry.child_id is not None and enquiry.advice_request_id is None,
            "notification_href": _optional_url("notifications:new", enquiry=enquiry.pk),
            "notifications": _notifications_from(scope, enquiry),
            "disagreement_href": _optional_url("disagreements:new", enquiry=enquiry.pk),
            "disagreements": _disagreements_from(scope, enquiry),
            "back_href": reverse("enquiries:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("enquiries.change_enquiry")
def enquiry_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    enquiry = _scoped(scope, pk)
    initial = {
        "source": enquiry.source,
        "enquirer": enquiry.enquirer,
        "topic": enquiry.topic,
        "child_nhs_number": enquiry.child.nhs_number if enquiry.child_id else "",
        "summary": enquiry.summary,
        "advice_given": enquiry.advice_given,
        "assigned_to": enquiry.assigned_to_id,
    }
    form = EnquiryForm(posted(request), scope=scope, initial=initial)
    done = save_form(
        request,
        form,
        lambda cleaned, *, auditor: services.update_enquiry(
            enquiry, auditor=auditor, **form.data_for_service()
        ),
        done=f"Enquiry {enquiry.reference} updated",
        to=_detail(enquiry),
    )
    if done:
        return done
    Auditor.from_request(request).view(enquiry)
    return _render_form(request, form, enquiry)


@require_POST
@rule_required("enquiries.change_enquiry")
def enquiry_close(request, pk: int):
    """Close an open enquiry, or reopen a closed one."""
    scope = Scope.for_user(request.user)
    enquiry = _scoped(scope, pk)
    closing = enquiry.is_open
    act = services.close_enquiry if closing else services.reopen_enquiry
    return run_action(
        request,
        lambda *, auditor: act(enquiry, auditor=auditor),
        done=f"Enquiry {enquiry.reference} {'closed' if closing else 'reopened'}",
        to=_detail(enquiry),
        errors=(ValidationError,),
    )


@require_http_methods(["GET", "POST"])
@rule_required("enquiries.change_enquiry")
def enquiry_to_advice(request, pk: int):
    """Turn an enquiry about a child into a request for health advice, prefilled from it."""
    scope = Scope.for_user(request.user)
    enquiry = _scoped(scope, pk)
    if enquiry.child_id is None or enquiry.advice_request_id is not None:
        messages.info(
            request, "Only an enquiry about a named child, not yet a request, can become one."
        )
        return redirect("enquiries:detail", pk=enquiry.pk)
    existing = (
        scope.advice_requests()
        .filter(child_id=enquiry.child_id, status__in=OPEN_REQUEST_STATUSES)
        .first()
    )
    questions = enquiry.summary + (
        f"\n\nAdvice already given: {enquiry.advice_given}" if enquiry.advice_given else ""
    )
    form = ToAdviceForm(posted(request), child=enquiry.child, initial={"questions": questions})
    if existing is None:
        done = save_form(
            request,
            form,
            lambda cleaned, *, auditor: services.convert_to_advice_request(
                enquiry, auditor=auditor, **cleaned
            ),
            done=lambda made: f"Request {made.reference} raised from {enquiry.reference}",
            to=lambda made: reverse("advice:request", args=[made.pk]),
            errors=(ValidationError,),
        )
        if done:
            return done
    Auditor.from_request(request).view(enquiry)
    return form_page(
        request,
        "enquiries/to_advice.jinja",
        form,
        enquiry=enquiry,
        child=enquiry.child,
        existing=existing,
        back_href=_detail(enquiry),
    )
