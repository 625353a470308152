"""What changes panels and packages: every change in one transaction with its audit entry."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sendhealth.core.audit import Auditor, model_changes
from sendhealth.panels import messages
from sendhealth.panels.domain import ApprovalRefused, approvals_needed, check_approval
from sendhealth.panels.models import (
    CaseDecision,
    Package,
    PackageApproval,
    PackageStatus,
    Panel,
    PanelAttendee,
    PanelCase,
)

PANEL_FIELDS = ["local_authority", "held_on", "panel_type", "notes"]
PACKAGE_FIELDS = [
    "kind",
    "description",
    "starts_on",
    "cost_per_year",
    "health_amount",
    "education_amount",
    "social_care_amount",
    "review_on",
    "status",
]
MONEY_FIELDS = ("cost_per_year", "health_amount", "education_amount", "social_care_amount")


def second_approver_above() -> Decimal:
    return Decimal(settings.PACKAGE_SECOND_APPROVER_ABOVE)


# -- panels ------------------------------------------------------------------------------------


def save_panel(panel: Panel, *, user, auditor: Auditor) -> Panel:
    creating = panel.pk is None
    with transaction.atomic():
        if creating:
            panel.created_by = user
        panel.save()
        (auditor.create if creating else auditor.update)(panel, model_changes(panel, PANEL_FIELDS))
    return panel


def add_attendee(panel: Panel, *, auditor: Auditor, **fields) -> PanelAttendee:
    with transaction.atomic():
        attendee = PanelAttendee.objects.create(panel=panel, **fields)
        auditor.update(panel, {"attendee_added": attendee.pk})
    return attendee


def add_case(panel: Panel, *, child, question: str, auditor: Auditor) -> PanelCase:
    with transaction.atomic():
        case = PanelCase.objects.create(
            panel=panel, child=child, local_authority_id=child.local_authority_id, question=question
        )
        auditor.create(case, {"panel": panel.pk, "question": "entered"})
    return case


def record_decision(
    case: PanelCase, *, decision: str, health_view: str, health_view_by: str, user, auditor
) -> PanelCase:
    with transaction.atomic():
        case.decision = decision
        case.health_view = health_view
        case.health_view_by = health_view_by
        if decision == CaseDecision.PENDING:
            case.decided_by, case.decided_at = None, None
        else:
            case.decided_by, case.decided_at = user, timezone.now()
        case.save()
        auditor.update(case, {"decision": decision, "health_view_by": health_view_by})
    return case


# -- packages ----------------------------------------------------------------------------------


def save_package(package: Package, *, user, auditor: Auditor, changed: list[str]) -> Package:
    """Create or change a package. A change to the money of a package that is approved or
    awaiting a second approval withdraws its approvals: it must be approved again."""
    creating = package.pk is None
    with transaction.atomic():
        if creating:
            package.created_by = user
            package.icb_id = package.child.local_authority.parent_id
            package.local_authority_id = package.child.local_authority_id
        package.approvals_needed = approvals_needed(package.cost_per_year, second_approver_above())
        withdrawn = 0
        if not creating and set(changed) & set(MONEY_FIELDS):
            withdrawn, _ = PackageApproval.objects.filter(package=package).delete()
            if package.status == PackageStatus.APPROVED:
                package.status = PackageStatus.PROPOSED
                package.approved_at = None
        package.save()
        changes = {"fields": changed or PACKAGE_FIELDS}
        if withdrawn:
            changes["approvals_withdrawn"] = withdrawn
        (auditor.create if creating else auditor.update)(package, changes)
    return package


def approve_package(package_id: int, *, packages, user, auditor: Auditor) -> Package:
    """Record ``user``'s approval. The package is approved once it has the approvals it needs:
    one, or two different approvers above ``PACKAGE_SECOND_APPROVER_ABOVE`` a year. Raises
    ``ApprovalRefused`` (the same person twice, or a package that is not proposed)."""
    with transaction.atomic():
        package = packages.select_for_update().get(pk=package_id)
        approver_ids = list(
            PackageApproval.objects.filter(package=package).values_list("approver_id", flat=True)
        )
        needed = approvals_needed(package.cost_per_year, second_approver_above())
        check_approval(
            status=package.status, approver_id=user.pk, approver_ids=approver_ids, needed=needed
        )
        now = timezone.now()
        PackageApproval.objects.create(package=package, approver=user, approved_at=now)
        package.approvals_needed = needed
        if len(approver_ids) + 1 >= needed:
            package.status = PackageStatus.APPROVED
            package.approved_at = now
        package.save(update_fields=["status", "approved_at", "approvals_needed"])
        auditor.update(package, {"approved_by": user.pk, "status": package.status})
        if package.status == PackageStatus.PROPOSED:
            messages.awaits_second_approval(package, user)
    return package


__all__ = [
    "ApprovalRefused",
    "add_attendee",
    "add_case",
    "approve_package",
    "record_decision",
    "save_package",
    "save_panel",
]
