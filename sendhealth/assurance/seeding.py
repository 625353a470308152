"""Synthetic quality assurance for the demo and the benchmark (see ``core.seeding``): final
plans' health sections for about 6 in 100 children, a plan audit round for each of the last
three quarters and an advice round for the last, each case audited twice and finished.
``bulk_create`` throughout, no query per row."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.advice.models import AdviceSubmission, ReviewDecision
from sendhealth.assurance import domain, summary
from sendhealth.assurance.models import (
    RATING_POINTS,
    Audit,
    AuditItem,
    AuditRound,
    AuditStatus,
    AuditTool,
    Criterion,
    CriterionRating,
    EhcPlanSections,
    Rating,
    Resolution,
    ToolKind,
)
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.rules import add_months

SHARE = 0.06
NEEDS = (
    "Difficulty understanding and using spoken language, which affects learning in class.",
    "Autism: sensory sensitivity to noise, which makes busy rooms hard to learn in.",
    "Cerebral palsy affecting fine motor skills: writing and using cutlery are hard.",
    "No health needs that relate to special educational needs.",
)
OUTCOMES = (
    "By July 2027 I will follow two-step instructions in class without a prompt.",
    "By the end of year 6 I will use my calm-down plan when the classroom is noisy.",
    "I will be supported with my communication.",
)
PROVISION = (
    "Speech and language therapy: 6 sessions of 45 minutes a term, by an HCPC-registered speech "
    "and language therapist, for 12 months.",
    "Access to occupational therapy as required.",
    "Regular support from the school nurse.",
    "Physiotherapy programme delivered daily for 20 minutes by a teaching assistant trained by an "
    "HCPC-registered physiotherapist, reviewed termly, for one year.",
)
# Ratings weighted towards "met", with the vaguer criteria doing worse.
RATING_WEIGHTS = (
    (Rating.MET, 5),
    (Rating.PARTLY, 3),
    (Rating.NOT_MET, 2),
    (Rating.NOT_APPLICABLE, 1),
)


def _quarter_start(day):
    return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)


def last_quarters(today, count: int) -> list:
    """The first days of the ``count`` whole quarters before today's, oldest first (stepping
    back a day at a time from each start, as quarters are 90 to 92 days long)."""
    starts = [_quarter_start(_quarter_start(today) - timedelta(days=1))]
    while len(starts) < count:
        starts.insert(0, _quarter_start(starts[0] - timedelta(days=1)))
    return starts


def _pick_rating(rng) -> str:
    values, weights = zip(*RATING_WEIGHTS, strict=True)
    return rng.choices(values, weights)[0]


def _finalised_on(area: SeededArea, child, *, draw: bool = True):
    """A plan finalised in the last year, after the child's second birthday (plans are rarely
    made earlier); None, without drawing, for a child too young, to leave out."""
    earliest = max(add_months(child.date_of_birth, 24), area.today - timedelta(days=365))
    if earliest >= area.today:
        return None
    if not draw:
        return earliest
    return earliest + timedelta(days=area.rng.randint(0, (area.today - earliest).days - 1))


def seed(area: SeededArea) -> None:
    rng, today = area.rng, area.today
    count = int(len(area.children) * SHARE)
    chosen = area.sample_children(count)
    plans = [
        EhcPlanSections(
            child_id=child.pk,
            local_authority_id=child.local_authority_id,
            icb_id=area.icb.pk,
            finalised_on=_finalised_on(area, child),
            need_type=child.need,
            section_c=rng.choice(NEEDS),
            section_e=rng.choice(OUTCOMES),
            section_g="\n".join(rng.sample(PROVISION, 2)),
        )
        for child in chosen
        if _finalised_on(area, child, draw=False) is not None
    ]
    plans = write_rows(EhcPlanSections, plans, batch_size=area.batch_size)
    versions = {
        tool.kind: tool.current_version()
        for tool in AuditTool.objects.all()
        if tool.current_version() is not None
    }
    criteria = {
        kind: list(Criterion.objects.filter(section__version=v).values_list("pk", "weight"))
        for kind, v in versions.items()
    }
    # The ICB's own DCO team audit: an LA caseworker would be given children outside their LA.
    auditors = [area.users[u] for u in ("dcoteam", "dco") if u in area.users]
    if len(auditors) < 2 or ToolKind.PLAN not in versions:
        return
    quarter = _quarter_start(today)
    rounds, round_cases = [], []
    for start in last_quarters(today, 3):
        end = (_quarter_start(start + timedelta(days=95))) - timedelta(days=1)
        cases = [p for p in plans if start <= p.finalised_on <= end]
        seed_value = rng.randrange(2**31)
        rounds.append(
            AuditRound(
                icb=area.icb,
                name=f"Plans' health sections, {start:%B} to {end:%B %Y}",
                kind=ToolKind.PLAN,
                tool_version=versions[ToolKind.PLAN],
                period_start=start,
                period_end=end,
                sample_percent=10,
                seed=seed_value,
                created_by_id=area.users.get("dco"),
                created_at=area.at(end + timedelta(days=1)) if end < today else area.now,
            )
        )
        sample = set(
            domain.draw_sample(
                [
                    domain.Candidate(i, (p.local_authority_id, p.need_type))
                    for i, p in enumerate(cases)
                ],
                10,
                seed_value,
            )
        )
        round_cases.append([_plan_item(cases[i]) for i in sorted(sample)])
    if ToolKind.ADVICE in versions:
        start = _quarter_start(quarter - timedelta(days=1))
        accepted = list(
            AdviceSubmission.objects.filter(
                assignment__request__icb=area.icb, decision=ReviewDecision.ACCEPTED
            )
            .order_by("pk")
            .values_list(
                "pk",
                "assignment__request__child_id",
                "assignment__request__local_authority_id",
                "assignment__provider_id",
                "assignment__service_id",
                "assignment__request__child__primary_need",
            )[: 2000 * max(1, int(area.scale))]
        )
        if accepted:
            seed_value = rng.randrange(2**31)
            rounds.append(
                AuditRound(
                    icb=area.icb,
                    name="Health advice, last quarter",
                    kind=ToolKind.ADVICE,
                    tool_version=versions[ToolKind.ADVICE],
                    period_start=start,
                    period_end=quarter - timedelta(days=1),
                    sample_percent=5,
                    seed=seed_value,
                    created_by_id=area.users.get("dco"),
                    created_at=area.now,
                )
            )
            sample = domain.draw_sample(
                [domain.Candidate(i, (row[2], row[5])) for i, row in enumerate(accepted)],
                5,
                seed_value,
            )
            round_cases.append([_advice_item(accepted[i], area.icb.pk) for i in sample])
    rounds = write_rows(AuditRound, rounds)
    items = []
    for audit_round, cases in zip(rounds, round_cases, strict=True):
        for item in cases:
            item.round = audit_round
            items.append(item)
    items = write_rows(AuditItem, items, batch_size=area.batch_size)
    _audit(area, items, rounds, criteria, auditors)


def _plan_item(plan) -> AuditItem:
    return AuditItem(
        plan=plan,
        child_id=plan.child_id,
        icb_id=plan.icb_id,
        local_authority_id=plan.local_authority_id,
        need_type=plan.need_type,
    )


def _advice_item(row, icb_id: int) -> AuditItem:
    pk, child_id, la_id, provider_id, service_id, need = row
    return AuditItem(
        submission_id=pk,
        child_id=child_id,
        icb_id=icb_id,
        local_authority_id=la_id,
        provider_id=provider_id,
        service_id=service_id,
        need_type=need,
    )


def _audit(area: SeededArea, items, rounds, criteria, auditors) -> None:
    rng = area.rng
    kinds = {r.pk: r for r in rounds}
    audits, planned = [], []
    for item in items:
        audit_round = kinds[item.round_id]
        finished = area.at(min(area.today, audit_round.period_end + timedelta(days=20)))
        first = [(c, _pick_rating(rng), w) for c, w in criteria[audit_round.kind]]
        second = [(c, r if rng.random() < 0.85 else _pick_rating(rng), w) for c, r, w in first]
        for auditor_id, ratings in zip(rng.sample(auditors, 2), (first, second), strict=True):
            result = domain.score((r, w) for _, r, w in ratings)
            audits.append(
                Audit(
                    item=item,
                    auditor_id=auditor_id,
                    status=AuditStatus.FINISHED,
                    assigned_at=finished - timedelta(days=10),
                    finished_at=finished,
                    points=result.points,
                    max_points=result.max_points,
                    summary="Clear needs; quantify each provision (who, how often, how long).",
                )
            )
            planned.append(ratings)
    audits = write_rows(Audit, audits, batch_size=area.batch_size)
    write_rows(
        CriterionRating,
        (
            CriterionRating(audit=audit, criterion_id=c, rating=r)
            for audit, ratings in zip(audits, planned, strict=True)
            for c, r, _ in ratings
            if r in RATING_POINTS
        ),
        batch_size=area.batch_size,
    )
    summary.rebuild({item.icb_id for item in items})  # bulk inserts send no signals


def wipe(icb) -> None:
    CriterionRating.objects.filter(audit__item__icb=icb).delete()
    Resolution.objects.filter(item__icb=icb).delete()
    with summary.suspended():
        Audit.objects.filter(item__icb=icb).delete()
    summary.rebuild([icb.pk])
    AuditItem.objects.filter(icb=icb).delete()
    AuditRound.objects.filter(icb=icb).delete()
    EhcPlanSections.objects.filter(icb=icb).delete()
