"""Packages: the list (with CSV/XLSX export), reviews due, a package's page, the DCO team's
forms and the DCO's approval. An LA caseworker sees its children's packages, read-only."""

from __future__ import annotations

from datetime import timedelta

import rules
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.exports import FORMATS, export_response
from sendhealth.core.generic import (
    form_page,
    posted,
    run_action,
    save_form,
    searched_list_page,
)
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.panels import services
from sendhealth.panels.domain import REVIEW_WINDOW_DAYS, ApprovalRefused
from sendhealth.panels.forms import PackageForm
from sendhealth.panels.models import Package, PackageKind, PackageStatus
from sendhealth.panels.presenters import (
    approvals_phrase,
    package_rows,
    package_status_tag,
    review_phrase,
    split_rows,
)


def _filtered(request, scope: Scope):
    """The scoped packages, narrowed by the list's filters (ids and codes, never names)."""
    packages = scope.panels_packages().select_related("child", "local_authority")
    status = request.GET.get("status", "")
    if status in PackageStatus.values:
        packages = packages.filter(status=status)
    kind = request.GET.get("kind", "")
    if kind in PackageKind.values:
        packages = packages.filter(kind=kind)
    la = request.GET.get("la", "")
    if la.isdigit():
        packages = packages.filter(local_authority_id=int(la))
    filters = {"status": status, "kind": kind, "la": la}
    return packages.order_by("-created_at", "-pk"), filters


@require_http_methods(["GET", "POST"])
@rule_required("panels.view_package")
def package_list(request):
    """GET: the filtered list. POST: a search (reference, NHS number or name) within it."""
    scope = Scope.for_user(request.user)
    packages, filters = _filtered(request, scope)
    listed = searched_list_page(request, packages, lambda package: package, prefix="PK")
    return render(
        request,
        "panels/packages.jinja",
        {
            **listed,
            "rows": package_rows(listed["rows"], timezone.localdate()),
            "filters": filters,
            "query": request.GET.urlencode(),
            "status_choices": PackageStatus.choices,
            "kind_choices": PackageKind.choices,
            "local_authorities": list(scope.local_authorities().order_by("name")),
            "can_change": rules.has_perm("panels.change_package", request.user),
        },
    )


@require_GET
@rule_required("panels.view_package")
def package_reviews(request):
    """Packages in place whose review is within 30 days or has passed, soonest first."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    packages = (
        scope.panels_packages()
        .filter(
            status=PackageStatus.APPROVED,
            review_on__lte=today + timedelta(days=REVIEW_WINDOW_DAYS),
        )
        .select_related("child", "local_authority")
        .order_by("review_on", "pk")
    )
    page = paginate(request, packages)
    shown = list(page.object_list)
    Auditor.from_request(request).view_many("children.Child", [p.child for p in shown])
    return render(
        request,
        "panels/reviews.jinja",
        {
            "rows": package_rows(shown, today),
            "page": page,
            "pagination": page_links(request, page),
            "window": REVIEW_WINDOW_DAYS,
        },
    )


EXPORT_HEADERS = (
    "Reference",
    "NHS number",
    "Given name",
    "Family name",
    "Local authority",
    "Kind",
    "Status",
    "Start date",
    "Review date",
    "Cost per year",
    "Health",
    "Education",
    "Social care",
)


@require_GET
@rule_required("panels.view_package")
def package_export(request):
    """The filtered list as CSV or XLSX (``?format=xlsx``), audited as a read of each child."""
    fmt = request.GET.get("format", "csv")
    if fmt not in FORMATS:
        raise Http404
    scope = Scope.for_user(request.user)
    packages, _ = _filtered(request, scope)
    packages = list(packages[:10_000])
    auditor = Auditor.from_request(request)
    auditor.record(AuditAction.EXPORT, object_type="panels.Package")
    auditor.view_many("children.Child", [p.child for p in packages])
    rows = (
        (
            p.reference,
            p.child.nhs_number,
            p.child.given_name,
            p.child.family_name,
            p.local_authority.name,
            p.get_kind_display(),
            p.get_status_display(),
            p.starts_on,
            p.review_on,
            p.cost_per_year,
            p.health_amount,
            p.education_amount,
            p.social_care_amount,
        )
        for p in packages
    )
    return export_response(EXPORT_HEADERS, rows, filename="packages", fmt=fmt)


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_package")
def package_new(request):
    scope = Scope.for_user(request.user)
    form = PackageForm(posted(request), children=scope.children())

    def save(data, *, auditor):
        package = Package()
        form.apply_to(package)
        services.save_package(package, user=request.user, auditor=auditor, changed=[])
        return package

    done = save_form(
        request,
        form,
        save,
        done=lambda package: f"Package {package.reference} proposed",
        to=lambda package: reverse("panels:package", args=[package.pk]),
    )
    return done or _package_form(request, form, package=None)


@require_http_methods(["GET", "POST"])
@rule_required("panels.change_package")
def package_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    package = get_object_or_404(scope.panels_packages().select_related("child"), pk=pk)
    form = PackageForm(*([request.POST] if request.method == "POST" else []), package=package)
    done = save_form(
        request,
        form,
        lambda data, *, auditor: services.save_package(
            package, user=request.user, auditor=auditor, changed=form.apply_to(package)
        ),
        done="Package updated",
        to=reverse("panels:package", args=[package.pk]),
    )
    if done:
        return done
    Auditor.from_request(request).view(package.child)
    return _package_form(request, form, package=package)


def _package_form(request, form, package):
    back = reverse("panels:package", args=[package.pk]) if package else reverse("panels:packages")
    return form_page(
        request,
        "panels/package_form.jinja",
        form,
        package=package,
        back_href=back,
    )


@require_GET
@rule_required("panels.view_package")
def package_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    package = get_object_or_404(
        scope.panels_packages().select_related("child", "local_authority", "created_by"),
        pk=pk,
    )
    Auditor.from_request(request).view(package.child)
    approvals = list(package.approvals.select_related("approver"))
    today = timezone.localdate()
    may_approve = rules.has_perm("panels.approve_package", request.user)
    return render(
        request,
        "panels/package.jinja",
        {
            "package": package,
            "status_tag": package_status_tag(package),
            "split_rows": split_rows(package),
            "review_phrase": review_phrase(package, today),
            "approvals": approvals,
            "approvals_phrase": approvals_phrase(package, len(approvals)),
            "can_approve": may_approve
            and package.status == PackageStatus.PROPOSED
            and all(a.approver_id != request.user.pk for a in approvals),
            "already_approved": any(a.approver_id == request.user.pk for a in approvals),
            "can_change": rules.has_perm("panels.change_package", request.user),
            "back_href": reverse("panels:packages"),
        },
    )


@require_POST
@rule_required("panels.approve_package")
def package_approve(request, pk: int):
    scope = Scope.for_user(request.user)
    packages = scope.panels_packages()
    get_object_or_404(packages, pk=pk)
    return run_action(
        request,
        lambda *, auditor: services.approve_package(
            pk, packages=packages, user=request.user, auditor=auditor
        ),
        done=lambda package: (
            f"Package {package.reference} approved"
            if package.status == PackageStatus.APPROVED
            else "Your approval is recorded. A second, different approver is needed"
        ),
        to=reverse("panels:package", args=[pk]),
        errors=(ApprovalRefused,),
    )
