"""The panels and packages API: ``/api/panels`` and ``/api/packages``, scoped and audited as
the pages are, and checked with the pages' forms."""

from datetime import datetime
from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ChildRef,
    Day,
    Error,
    Id,
    OrganisationRef,
    scoped_list,
)
from sendhealth.panels import services
from sendhealth.panels.domain import ApprovalRefused
from sendhealth.panels.forms import SPLIT_AMOUNTS, PackageForm, PanelForm
from sendhealth.panels.models import (
    CaseDecision,
    Package,
    PackageKind,
    PackageStatus,
    PanelType,
)

panels_router = Router(tags=["Panels"])
packages_router = Router(tags=["Packages"])

PERMISSION_MESSAGES = {
    "panels.view_panel": "Your role does not allow you to see panels",
    "panels.change_panel": "Only the DCO team can record panels",
    "panels.view_package": "Your role does not allow you to see packages",
    "panels.change_package": "Only the DCO team can propose or change packages",
    "panels.approve_package": "Only a DCO can approve a package",
}


# -- schemas -----------------------------------------------------------------------------------


class AttendeeOut(Schema):
    name: str
    organisation: str
    role: str


class CaseOut(Schema):
    id: int
    child: ChildRef
    question: str
    decision: CaseDecision
    health_view: str
    health_view_by: str
    decided_at: datetime | None


class PanelOut(Schema):
    id: int
    reference: str
    held_on: Day
    panel_type: PanelType
    local_authority: OrganisationRef | None


class PanelDetail(PanelOut):
    notes: str
    attendees: list[AttendeeOut]
    cases: list[CaseOut]

    resolve_attendees = scoped_list("attendees")

    resolve_cases = scoped_list("cases")


class PanelIn(Schema):
    held_on: Day
    panel_type: PanelType
    local_authority: Id | None = None
    notes: str = ""


class ApprovalOut(Schema):
    approver: str
    approved_at: datetime

    @staticmethod
    def resolve_approver(obj) -> str:
        return str(obj.approver)


class PackageOut(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    kind: PackageKind
    description: str
    starts_on: Day
    review_on: Day
    cost_per_year: Decimal
    health_amount: Decimal
    education_amount: Decimal
    social_care_amount: Decimal
    status: PackageStatus
    approvals_needed: int
    approved_at: datetime | None


class PackageDetail(PackageOut):
    approvals: list[ApprovalOut]

    resolve_approvals = scoped_list("approvals")


class PackageIn(Schema):
    nhs_number: str
    kind: PackageKind
    description: str
    starts_on: Day
    review_on: Day
    cost_per_year: Decimal
    health_amount: Decimal
    education_amount: Decimal
    social_care_amount: Decimal


# -- panels ------------------------------------------------------------------------------------


@panels_router.get("", response={200: list[PanelOut], **READ_ERRORS}, summary="List panels")
@paginate(AuditedPage)
def list_panels(request: HttpRequest, panel_type: PanelType | None = None):
    """Panels you may see, latest first: all of the area's (DCO), or those that heard your
    local authority's children."""
    require(request, "panels.view_panel")
    panels = scope_of(request).panels().select_related("local_authority")
    if panel_type is not None:
        panels = panels.filter(panel_type=panel_type)
    return panels.order_by("-held_on", "-pk")


@panels_router.get(
    "/{int:panel_id}", response={200: PanelDetail, **READ_ERRORS}, summary="Read a panel"
)
def read_panel(request: HttpRequest, panel_id: int):
    """A panel with its attendance and the cases you may see (a local authority sees only
    its own children's)."""
    require(request, "panels.view_panel")
    scope = scope_of(request)
    panel = get_object_or_404(scope.panels().select_related("local_authority"), pk=panel_id)
    panel.scoped_attendees = list(panel.attendees.all())
    panel.scoped_cases = list(
        scope.panels_cases().filter(panel=panel).select_related("child").order_by("pk")
    )
    auditor(request).view_many("children.Child", [c.child for c in panel.scoped_cases])
    return panel


@panels_router.post("", response={201: PanelOut, **WRITE_ERRORS}, summary="Record a panel")
def create_panel(request: HttpRequest, payload: PanelIn):
    require(request, "panels.change_panel")
    scope = scope_of(request)
    data = {
        "held_on": payload.held_on,
        "panel_type": payload.panel_type,
        "local_authority": "" if payload.local_authority is None else payload.local_authority,
        "notes": payload.notes,
    }
    form = PanelForm(data, scope=scope)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    panel = form.save(commit=False)
    panel.icb_id = (
        panel.local_authority.parent_id if panel.local_authority else min(scope.dco_icb_ids)
    )
    services.save_panel(panel, user=caller(request), auditor=auditor(request))
    return 201, panel


# -- packages ----------------------------------------------------------------------------------


def _packages(request: HttpRequest):
    return scope_of(request).panels_packages().select_related("child", "local_authority")


@packages_router.get("", response={200: list[PackageOut], **READ_ERRORS}, summary="List packages")
@paginate(AuditedPage, children_of=lambda package: package.child)
def list_packages(
    request: HttpRequest, status: PackageStatus | None = None, kind: PackageKind | None = None
):
    """Packages you may see, newest first: the area's (DCO), or your local authority's
    children's."""
    require(request, "panels.view_package")
    packages = _packages(request)
    if status is not None:
        packages = packages.filter(status=status)
    if kind is not None:
        packages = packages.filter(kind=kind)
    return packages.order_by("-created_at", "-pk")


def _detail(request: HttpRequest, package: Package) -> Package:
    package.scoped_approvals = list(package.approvals.select_related("approver"))
    return package


@packages_router.get(
    "/{int:package_id}", response={200: PackageDetail, **READ_ERRORS}, summary="Read a package"
)
def read_package(request: HttpRequest, package_id: int):
    require(request, "panels.view_package")
    package = get_object_or_404(_packages(request), pk=package_id)
    auditor(request).view(package.child)
    return _detail(request, package)


@packages_router.post(
    "", response={201: PackageDetail, **WRITE_ERRORS}, summary="Propose a package"
)
def create_package(request: HttpRequest, payload: PackageIn):
    """Checked as the page checks it: a child you may see, a review after the start, and
    health, education and social care's amounts adding up to the cost per year."""
    require(request, "panels.change_package")
    data = {
        "child": payload.nhs_number,
        "kind": payload.kind,
        "description": payload.description,
        "starts_on": payload.starts_on,
        "review_on": payload.review_on,
        "cost_per_year": str(payload.cost_per_year),
        "split_as": SPLIT_AMOUNTS,
        "health_share": str(payload.health_amount),
        "education_share": str(payload.education_amount),
        "social_care_share": str(payload.social_care_amount),
    }
    form = PackageForm(data, children=scope_of(request).children())
    if not form.is_valid():
        errors = form_errors(form)
        renames = {"child": "nhs_number", "health_share": "health_amount"}
        raise_invalid({renames.get(k, k): v for k, v in errors.items()})
    package = Package()
    form.apply_to(package)
    services.save_package(package, user=caller(request), auditor=auditor(request), changed=[])
    return 201, _detail(request, package)


@packages_router.post(
    "/{int:package_id}/approve",
    response={200: PackageDetail, 409: Error, **READ_ERRORS},
    summary="Approve a package",
)
def approve_package(request: HttpRequest, package_id: int):
    """Record your approval. Above ``PACKAGE_SECOND_APPROVER_ABOVE`` a year a package needs
    two different approvers; approving twice answers 409."""
    require(request, "panels.approve_package")
    packages = scope_of(request).panels_packages()
    get_object_or_404(packages, pk=package_id)
    try:
        services.approve_package(
            package_id, packages=packages, user=caller(request), auditor=auditor(request)
        )
    except ApprovalRefused as refusal:
        raise HttpError(409, str(refusal)) from None
    package = get_object_or_404(_packages(request), pk=package_id)
    return _detail(request, package)


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/panels", panels_router), ("/packages", packages_router)]
TAGS = [
    {"name": "Panels", "description": "Multi-agency panel meetings, cases heard and decisions."},
    {
        "name": "Packages",
        "description": "Continuing care, personal health budgets and jointly funded provision, "
        "with their cost split and approvals.",
    },
]
