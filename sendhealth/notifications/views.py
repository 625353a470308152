"""Section 23 notifications (Children and Families Act 2014 s23): a provider (or the DCO)
notifies the child's local authority; the local authority acknowledges; the DCO monitors by
provider and service per quarter, and lists children who came to an EHC needs assessment under
compulsory school age with no notification before ("missed notifications").

Reached only through ``Scope.for_user``; every page that shows a child is audited."""

from __future__ import annotations

from collections import Counter

import rules
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from sendhealth.children.forms import DUPLICATE_NHS_NUMBER
from sendhealth.children.services import save_child
from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.forms import date_parts
from sendhealth.core.generic import searched_list_page
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.notifications import services
from sendhealth.notifications.domain import financial_quarter
from sendhealth.notifications.forms import (
    AcknowledgeForm,
    NotificationForm,
    new_child_form,
    resolve_child,
)
from sendhealth.notifications.presenters import (
    EXPORT_HEADERS,
    acknowledgement_tag,
    export_row,
    needs_text,
    notification_row,
)

STATUS_CHOICES = [
    ("", "All"),
    ("awaiting", "Awaiting acknowledgement"),
    ("acknowledged", "Acknowledged"),
]


def _notifications(scope: Scope):
    same_child = (
        scope.notifications()
        .filter(child_id=OuterRef("child_id"))
        .order_by()
        .values("child_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        scope.notifications()
        .select_related("child", "local_authority", "service", "provider")
        .annotate(same_child_count=Coalesce(Subquery(same_child), 1))
    )


def _filtered(request, scope: Scope):
    status = request.GET.get("status", "")
    status = status if status in dict(STATUS_CHOICES) else ""
    rows = _notifications(scope).order_by("-notified_on", "-pk")
    if status == "awaiting":
        rows = rows.filter(acknowledged_on__isnull=True)
    elif status == "acknowledged":
        rows = rows.filter(acknowledged_on__isnull=False)
    return status, rows


@require_http_methods(["GET", "POST"])
@rule_required("notifications.view_notification")
def notification_list(request):
    """The notifications the user may see: a provider's own, a local authority's children's
    (to acknowledge), or the whole ICB's (DCO), with duplicates tagged. POST: a search
    (reference, NHS number or name) within the filtered list."""
    scope = Scope.for_user(request.user)
    status, rows = _filtered(request, scope)
    listed = searched_list_page(request, rows, notification_row, prefix="S23")
    return render(
        request,
        "notifications/list.jinja",
        {
            **listed,
            "status": status,
            "status_choices": STATUS_CHOICES,
            "can_notify": rules.has_perm("notifications.notify", request.user),
            "can_monitor": rules.has_perm("notifications.monitor", request.user),
        },
    )


@rule_required("notifications.view_notification")
def notification_export(request):
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    _, rows = _filtered(request, scope)
    rows = list(rows)
    Auditor.from_request(request).view_many(
        "children.Child", list({n.child_id: n.child for n in rows}.values())
    )
    return export_response(
        EXPORT_HEADERS, [export_row(n) for n in rows], filename="section-23", fmt=fmt
    )


def _enquiry_for(request, scope: Scope):
    pk = request.POST.get("enquiry") or request.GET.get("enquiry")
    if not pk or not str(pk).isdigit() or not scope.is_dco:
        return None
    return scope.enquiries().select_related("child").filter(pk=pk).first()


@require_http_methods(["GET", "POST"])
@rule_required("notifications.notify")
def notification_new(request):
    """Notify the child's local authority (CFA 2014 s23(2)). Refused for a child of compulsory
    school age or older on the date of the opinion."""
    scope = Scope.for_user(request.user)
    enquiry = _enquiry_for(request, scope)
    posted = request.method == "POST"
    data = request.POST.copy() if posted else None
    initial = {}
    if enquiry is not None and not posted:
        initial = {"description": enquiry.summary}
    resolution = resolve_child(
        data,
        scope,
        initial_nhs_number=enquiry.child.nhs_number if enquiry and enquiry.child_id else "",
    )
    find_form, child_form = resolution.find_form, resolution.child_form
    form = NotificationForm(
        data, scope=scope, date_of_birth=resolution.date_of_birth, initial=initial
    )
    if posted and resolution.is_valid and form.is_valid():
        notification = _save(request, form, resolution.child, child_form, enquiry)
        if notification is not None:
            messages.success(
                request,
                f"Notification {notification.reference} sent to "
                f"{notification.local_authority.name}",
            )
            return redirect("notifications:detail", pk=notification.pk)
    if enquiry is not None and enquiry.child_id:
        Auditor.from_request(request).view(enquiry)
    show_child_errors = resolution.show_child_errors
    dob_parts = date_parts(child_form, "date_of_birth")
    if not show_child_errors:
        # Shown again as typed, but not checked: the child was found, or not looked for yet.
        child_form = new_child_form(None, scope)
        child_form.initial = (
            {
                f: data.get(f"child-{f}", "")
                for f in ("given_name", "family_name", "local_authority")
            }
            if data
            else {}
        )
    return render(
        request,
        "notifications/new.jinja",
        {
            "find_form": find_form,
            "child_form": child_form,
            "show_child_errors": show_child_errors,
            "form": form,
            "enquiry": enquiry,
            "form_has_errors": bool(
                find_form.errors or form.errors or (show_child_errors and child_form.errors)
            ),
            "dob_parts": dob_parts,
            "back_href": reverse("notifications:list"),
        },
    )


def _save(request, form, child, child_form, enquiry):
    auditor = Auditor.from_request(request)
    try:
        with transaction.atomic():
            if child is None:
                child = save_child(
                    child_form, auditor=auditor, primary_need=form.cleaned_data["needs"][0]
                )
            return services.notify(
                child=child,
                service=form.cleaned_data["service"],
                enquiry=enquiry,
                auditor=auditor,
                **form.notification_fields(),
            )
    except IntegrityError:
        child_form.add_error("nhs_number", DUPLICATE_NHS_NUMBER)
        return None


def _scoped(scope: Scope, pk: int):
    return get_object_or_404(
        _notifications(scope).select_related("acknowledged_by", "created_by", "enquiry"), pk=pk
    )


@rule_required("notifications.view_notification")
def notification_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    notification = _scoped(scope, pk)
    Auditor.from_request(request).view(notification)
    return render(
        request,
        "notifications/detail.jinja",
        {
            "n": notification,
            "needs": needs_text(notification.needs),
            "status_tag": acknowledgement_tag(notification),
            "duplicate": notification.same_child_count > 1,
            "from_enquiry": notification.enquiry
            if notification.enquiry_id and notification.enquiry.icb_id in scope.dco_icb_ids
            else None,
            "can_acknowledge": notification.acknowledged_on is None
            and notification.local_authority_id in scope.la_ids,
            "can_edit": notification.acknowledged_on is None
            and rules.has_perm("notifications.notify", request.user),
            "back_href": reverse("notifications:list"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("notifications.notify")
def notification_edit(request, pk: int):
    """Correct a notification until the local authority acknowledges it: the notifying
    provider's users (their own services') or the DCO. The child stays the same; the age rule
    and the order of the dates are checked again."""
    scope = Scope.for_user(request.user)
    notification = _scoped(scope, pk)
    if notification.acknowledged_on is not None:
        messages.error(request, "This notification has been acknowledged, so it cannot be changed")
        return redirect("notifications:detail", pk=notification.pk)
    initial = {
        "service": notification.service_id,
        "opinion_on": notification.opinion_on,
        "needs": notification.needs,
        "description": notification.description,
        "parent_told_on": notification.parent_told_on,
        "discussion_offered_on": notification.discussion_offered_on,
        "voluntary_organisation_suggested": "yes"
        if notification.voluntary_organisation_suggested
        else "no",
        "voluntary_organisation": notification.voluntary_organisation,
        "notified_on": notification.notified_on,
    }
    posted = request.method == "POST"
    form = NotificationForm(
        request.POST if posted else None,
        scope=scope,
        date_of_birth=notification.child.date_of_birth,
        initial=initial,
    )
    if posted and form.is_valid():
        try:
            changed = services.correct(
                notification,
                service=form.cleaned_data["service"],
                auditor=Auditor.from_request(request),
                **form.notification_fields(),
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                f"Notification {notification.reference} changed"
                if changed
                else "Nothing was changed",
            )
        return redirect("notifications:detail", pk=notification.pk)
    return render(
        request,
        "notifications/edit.jinja",
        {
            "n": notification,
            "form": form,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("notifications:detail", args=[notification.pk]),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("notifications.acknowledge")
def notification_acknowledge(request, pk: int):
    """The child's local authority confirms it received the notification."""
    scope = Scope.for_user(request.user)
    notification = _scoped(scope, pk)
    if notification.local_authority_id not in scope.la_ids:
        raise Http404
    if notification.acknowledged_on is not None:
        messages.info(request, "This notification has already been acknowledged.")
        return redirect("notifications:detail", pk=notification.pk)
    posted = request.method == "POST"
    form = AcknowledgeForm(
        request.POST if posted else None, initial={"acknowledged_on": timezone.localdate()}
    )
    if posted and form.is_valid():
        try:
            services.acknowledge(
                notification,
                on=form.cleaned_data["acknowledged_on"],
                auditor=Auditor.from_request(request),
            )
        except ValidationError as error:
            form.add_error("acknowledged_on", error)
        else:
            messages.success(request, f"Notification {notification.reference} acknowledged")
            return redirect("notifications:detail", pk=notification.pk)
    Auditor.from_request(request).view(notification)
    return render(
        request,
        "notifications/acknowledge.jinja",
        {
            "n": notification,
            "form": form,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("notifications:detail", args=[notification.pk]),
        },
    )


@rule_required("notifications.monitor")
def notification_quarters(request):
    """Notifications by provider and service per NHS financial quarter (no child shown)."""
    scope = Scope.for_user(request.user)
    rows = (
        scope.notifications()
        .values_list("provider__name", "service__name", "notified_on")
        .order_by()
    )
    counts = Counter(
        (provider, service, financial_quarter(on)) for provider, service, on in rows.iterator()
    )
    quarters = sorted({q for _, _, q in counts}, reverse=True)
    services_seen = sorted({(p, s) for p, s, _ in counts})
    table = [
        {
            "provider": provider,
            "service": service,
            "counts": [counts.get((provider, service, q), 0) for q in quarters],
        }
        for provider, service in services_seen
    ]
    return render(
        request,
        "notifications/quarters.jinja",
        {"quarters": quarters, "lines": table, "back_href": reverse("notifications:list")},
    )


def missed_children(scope: Scope):
    """``(child_id, health first asked on)`` for children who came to an EHC needs assessment
    under compulsory school age with no Section 23 notification on or before then, latest
    first: the kept ``MissedNotification`` rows of the ICBs the DCO covers (an index range,
    counted and paged in the database)."""
    return (
        scope.notifications_missed()
        .order_by("-first_asked_on", "-child_id")
        .values_list("child_id", "first_asked_on")
    )


@rule_required("notifications.monitor")
def missed_notifications(request):
    """Monitoring: children with a request for health advice who were under compulsory school
    age when health was first asked, and had no Section 23 notification before."""
    scope = Scope.for_user(request.user)
    page = paginate(request, missed_children(scope))
    first_on = dict(page.object_list)
    children = scope.children().select_related("local_authority").in_bulk(list(first_on))
    rows = [(children[pk], first_on[pk]) for pk in first_on if pk in children]
    Auditor.from_request(request).view_many("children.Child", [c for c, _ in rows])
    return render(
        request,
        "notifications/missed.jinja",
        {
            "rows": rows,
            "page": page,
            "pagination": page_links(request, page),
            "back_href": reverse("notifications:list"),
        },
    )
