"""Synthetic panels and packages for the demo and the benchmark (see ``core.seeding``).

Everything is invented and written with ``bulk_create``. Packages are in every state: proposed,
waiting for a second approver, approved by one approver or (above the second-approver limit) by
two different ones, the demo's DCO and DMO, declined and ended.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from sendhealth.core.bulk import write_rows
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
from sendhealth.rules import add_months

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
    write_rows(Panel, panels, batch_size=area.batch_size)
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
            and c.date_of_birth + timedelta(days=YOUNGEST_DAYS) < panel.held_on
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
    write_rows(PanelAttendee, attendees, batch_size=area.batch_size)
    write_rows(PanelCase, cases, batch_size=area.batch_size)


# The states every demo shows at least once, in this order, then drawn by STATE_WEIGHTS.
# "awaiting second" is a proposed package above the limit with one approval of two.
FIRST_STATES = (
    "approved_by_two",
    "awaiting_second",
    "proposed",
    "approved",
    "declined",
    "ended",
)
STATE_WEIGHTS = {
    "approved": 5,
    "approved_by_two": 2,
    "awaiting_second": 1,
    "proposed": 1,
    "declined": 1,
    "ended": 1,
}
ABOVE_LIMIT = frozenset({"approved_by_two", "awaiting_second"})
YOUNGEST_DAYS = 30  # nothing is proposed for a child in their first month


def _packages(area: SeededArea, rng, dco: int) -> None:
    """Packages in every state, each dated after the child's birth: proposed (created), then
    approved by one approver, or by two different ones (the DCO and the DMO) above the
    second-approver limit, then started and reviewed once a year; some declined or ended."""
    limit = second_approver_above()
    approvers = [area.users[u] for u in ("dco", "dmo") if u in area.users]
    count = min(len(area.children), max(len(FIRST_STATES), round(PACKAGES * area.scale)))
    packages, approvals = [], []
    for index, child in enumerate(area.sample_children(count)):
        first = max(
            child.date_of_birth + timedelta(days=YOUNGEST_DAYS), area.today - timedelta(700)
        )
        if first > area.today - timedelta(days=2):
            continue
        state = (
            FIRST_STATES[index]
            if index < len(FIRST_STATES)
            else rng.choices(list(STATE_WEIGHTS), list(STATE_WEIGHTS.values()))[0]
        )
        if state in ABOVE_LIMIT and len(approvers) < 2:
            state = "awaiting_second"
        kind = rng.choice(PackageKind.values)
        if state in ABOVE_LIMIT:
            cost = Decimal(rng.randrange(int(limit) + 500, int(limit) + 70_000, 500))
        else:
            cost = Decimal(rng.randrange(4_000, int(limit) + 1, 500))
        if kind == PackageKind.CONTINUING_CARE:
            shares = (Decimal(100), Decimal(0), Decimal(0))
        else:
            health = Decimal(rng.choice((20, 25, 33, 40, 50)))
            education = Decimal(rng.choice((30, 40, 50))).min(Decimal(100) - health)
            shares = (health, education, Decimal(100) - health - education)
        split = split_from_percentages(cost, *shares)
        decided = state in ("approved", "approved_by_two", "ended", "declined")
        # Proposed (created) on a day after birth; decided within a month; never after today.
        latest = area.today - timedelta(days=1 if not decided else 2)
        if state == "ended":
            latest = area.today - timedelta(days=120)
        if latest < first:
            state, decided, latest = "proposed", False, area.today - timedelta(days=1)
        proposed_on = _day(rng, first, latest)
        proposed_at = area.at(proposed_on)
        status = {
            "approved": PackageStatus.APPROVED,
            "approved_by_two": PackageStatus.APPROVED,
            "ended": PackageStatus.APPROVED,
            "declined": PackageStatus.DECLINED,
        }.get(state, PackageStatus.PROPOSED)
        signed = []  # (approver, when), in order
        if state in ("approved", "ended") or state in ABOVE_LIMIT:
            first_at = area.at(
                _day(rng, proposed_on + timedelta(days=1), proposed_on + timedelta(days=14))
            )
            first_at = max(first_at, proposed_at + timedelta(hours=1))
            who = rng.sample(approvers, min(2, len(approvers)))
            signed.append((who[0], first_at))
            if state == "approved_by_two":
                second_at = area.at(
                    _day(
                        rng,
                        first_at.date() + timedelta(days=1),
                        first_at.date() + timedelta(days=10),
                    )
                )
                signed.append((who[1], max(second_at, first_at + timedelta(hours=1))))
        signed = [(who, min(when, area.now)) for who, when in signed]
        approved_at = signed[-1][1] if status == PackageStatus.APPROVED else None
        decided_on = approved_at.date() if approved_at else proposed_on
        starts = decided_on + timedelta(days=rng.randint(0, 30))
        review = add_months(starts, 12)
        if state == "ended":
            status = PackageStatus.ENDED
        elif status == PackageStatus.APPROVED:
            # reviewed every year since it started: the next review is within the year, or
            # at most a few weeks overdue
            while review < area.today - timedelta(days=rng.randint(0, 20)):
                review = add_months(review, 12)
        needed = approvals_needed(cost, limit)
        package = Package(
            child_id=child.pk,
            local_authority_id=child.local_authority_id,
            icb=area.icb,
            kind=kind,
            description=DESCRIPTIONS[PackageKind(kind)],
            starts_on=starts,
            review_on=review,
            cost_per_year=cost,
            health_amount=split.health,
            education_amount=split.education,
            social_care_amount=split.social_care,
            status=status,
            approvals_needed=needed,
            approved_at=approved_at,
            created_by_id=dco,
            created_at=proposed_at,
        )
        packages.append(package)
        approvals.extend((package, who, when) for who, when in signed)
    with _historical_created_at():
        write_rows(Package, packages, batch_size=area.batch_size)
    write_rows(
        PackageApproval,
        (
            PackageApproval(package=p, approver_id=who, approved_at=when)
            for p, who, when in approvals
        ),
        batch_size=area.batch_size,
    )


def _day(rng, first: date, last: date) -> date:
    span = (last - first).days
    return first + timedelta(days=rng.randint(0, span)) if span > 0 else first


@contextmanager
def _historical_created_at():
    """A seeded package was proposed when it was, not now (see core.seeding)."""
    created_at = Package._meta.get_field("created_at")
    created_at.auto_now_add = False
    try:
        yield
    finally:
        created_at.auto_now_add = True


def wipe(icb) -> None:
    PackageApproval.objects.filter(package__icb=icb).delete()
    Package.objects.filter(icb=icb).delete()
    PanelCase.objects.filter(panel__icb=icb).delete()
    PanelAttendee.objects.filter(panel__icb=icb).delete()
    Panel.objects.filter(icb=icb).delete()
