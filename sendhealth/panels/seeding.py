"""Synthetic panels and packages for the demo and the benchmark (see ``core.seeding``).

Everything is invented and written with ``bulk_create``. Approved packages cost no more than
the second-approver limit (the demo has one DCO); some above it wait for a second approver.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sendhealth.core.seeding import SeededArea
from sendhealth.panels.domain import approvals_needed, split_from_percentages
from sendhealth.panels.models import (
    CaseDecision,
    Package,
    PackageApproval,
    PackageKind,
    PackageStatus,
    Panel,
    PanelAttendee,
    PanelCase,
    PanelType,
)
from sendhealth.panels.services import second_approver_above

PANELS = 24  # at scale 1.0, over the last year
CASES_PER_PANEL = (3, 8)
PACKAGES = 60

QUESTIONS = {
    PanelType.DECISION_TO_ASSESS: "Should the local authority carry out an EHC needs assessment?",
    PanelType.DECISION_TO_ISSUE: "Should the local authority issue an EHC plan?",
    PanelType.FUNDING: "Should health, education and social care jointly fund the placement?",
    PanelType.CONTINUING_CARE: "Is the child eligible for children's continuing care?",
}
HEALTH_VIEWS = (
    "Health agrees: the advice shows needs that call for the provision described.",
    "Health does not agree: the needs are met by universal and targeted services.",
    "Health asks for the paediatric advice before it can give a view.",
)
ATTENDEES = (
    ("SEN manager", "local authority"),
    ("Educational psychologist", "local authority"),
    ("Social care team manager", "local authority"),
    ("Designated clinical officer", "integrated care board"),
)
DESCRIPTIONS = {
    PackageKind.CONTINUING_CARE: "Overnight nursing care at home, four nights a week.",
    PackageKind.PERSONAL_HEALTH_BUDGET: "Personal health budget for a personal assistant.",
    PackageKind.JOINT_PLACEMENT: "Residential special school placement, 52 weeks.",
    PackageKind.JOINT_PROVISION: "Specialist therapy provision in school, jointly funded.",
}


def seed(area: SeededArea) -> None:
    rng, fake = area.rng, area.fake
    dco = area.users.get("dco")
    if not area.children or dco is None:
        return
    _panels(area, rng, fake, dco)
    _packages(area, rng, dco)


def _panels(area: SeededArea, rng, fake, dco: int) -> None:
    count = max(1, round(PANELS * area.scale))
    la_names = {la.pk: la.name for la in area.local_authorities}
    panels = []
    for _ in range(count):
        la = rng.choice([None, *area.local_authorities])
        panels.append(
            Panel(
                icb=area.icb,
                local_authority=la,
                held_on=area.today - timedelta(days=rng.randint(0, 365)),
                panel_type=rng.choice(PanelType.values),
                created_by_id=dco,
            )
        )
    Panel.objects.bulk_create(panels, batch_size=area.batch_size)
    attendees, cases = [], []
    for panel in panels:
        for role, kind in ATTENDEES:
            org = (
                area.icb.name
                if kind == "integrated care board"
                else la_names.get(panel.local_authority_id, "Northshire Council")
            )
            attendees.append(
                PanelAttendee(panel=panel, name=fake.name(), organisation=org, role=role)
            )
        pool = [
            c
            for c in rng.sample(area.children, min(len(area.children), 40))
            if panel.local_authority_id in (None, c.local_authority_id)
        ]
        for child in pool[: rng.randint(*CASES_PER_PANEL)]:
            past = panel.held_on < area.today
            decision = (
                rng.choice([CaseDecision.AGREED, CaseDecision.NOT_AGREED, CaseDecision.DEFERRED])
                if past
                else CaseDecision.PENDING
            )
            cases.append(
                PanelCase(
                    panel=panel,
                    child_id=child.pk,
                    local_authority_id=child.local_authority_id,
                    question=QUESTIONS[PanelType(panel.panel_type)],
                    decision=decision,
                    health_view=rng.choice(HEALTH_VIEWS) if past else "",
                    health_view_by="Designated Clinical Officer" if past else "",
                    decided_by_id=dco if past else None,
                    decided_at=area.at(panel.held_on) if past else None,
                )
            )
    PanelAttendee.objects.bulk_create(attendees, batch_size=area.batch_size)
    PanelCase.objects.bulk_create(cases, batch_size=area.batch_size)


def _packages(area: SeededArea, rng, dco: int) -> None:
    limit = second_approver_above()
    count = min(len(area.children), max(1, round(PACKAGES * area.scale)))
    packages = []
    for child in area.sample_children(count):
        kind = rng.choice(PackageKind.values)
        cost = Decimal(rng.randrange(4_000, 120_000, 500))
        if kind == PackageKind.CONTINUING_CARE:
            shares = (Decimal(100), Decimal(0), Decimal(0))
        else:
            health = Decimal(rng.choice((20, 25, 33, 40, 50)))
            education = Decimal(rng.choice((30, 40, 50))).min(Decimal(100) - health)
            shares = (health, education, Decimal(100) - health - education)
        split = split_from_percentages(cost, *shares)
        starts = area.today - timedelta(days=rng.randint(-60, 700))
        status = rng.choices(
            [PackageStatus.APPROVED, PackageStatus.PROPOSED, PackageStatus.DECLINED,
             PackageStatus.ENDED],
            weights=[6, 2, 1, 1],
        )[0]  # fmt: skip
        needed = approvals_needed(cost, limit)
        if status == PackageStatus.APPROVED and needed == 2:
            status = PackageStatus.PROPOSED
        packages.append(
            Package(
                child_id=child.pk,
                local_authority_id=child.local_authority_id,
                icb=area.icb,
                kind=kind,
                description=DESCRIPTIONS[PackageKind(kind)],
                starts_on=starts,
                review_on=area.today + timedelta(days=rng.randint(-20, 300)),
                cost_per_year=cost,
                health_amount=split.health,
                education_amount=split.education,
                social_care_amount=split.social_care,
                status=status,
                approvals_needed=needed,
                approved_at=area.at(min(starts, area.today))
                if status in (PackageStatus.APPROVED, PackageStatus.ENDED)
                else None,
                created_by_id=dco,
            )
        )
    Package.objects.bulk_create(packages, batch_size=area.batch_size)
    approvals = [
        PackageApproval(package=p, approver_id=dco, approved_at=p.approved_at or area.now)
        for p in packages
        if p.approved_at is not None
        or (p.status == PackageStatus.PROPOSED and p.approvals_needed == 2 and rng.random() < 0.5)
    ]
    PackageApproval.objects.bulk_create(approvals, batch_size=area.batch_size)


def wipe(icb) -> None:
    PackageApproval.objects.filter(package__icb=icb).delete()
    Package.objects.filter(icb=icb).delete()
    PanelCase.objects.filter(panel__icb=icb).delete()
    PanelAttendee.objects.filter(panel__icb=icb).delete()
    Panel.objects.filter(icb=icb).delete()
