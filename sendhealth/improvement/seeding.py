"""Synthetic self-evaluations and an improvement plan for the demo and the benchmark (see
``core.seeding``): the last four quarters against the area SEND inspection framework, each
rated with evidence and co-signed by the parent carer forum; measures on the registers'
figures; a published plan whose actions are in every state (not started, in progress,
blocked, done, overdue, one RAG set by hand). Everything is invented."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.core.seeding import SeededArea
from sendhealth.improvement.domain import first_reminder_on, previous_quarters
from sendhealth.improvement.loading import ensure_shipped
from sendhealth.improvement.models import (
    Action,
    ActionStatus,
    Direction,
    Evidence,
    EvidenceKind,
    Framework,
    ImprovementPlan,
    Measure,
    Milestone,
    Priority,
    PublicationStatus,
    Rag,
    SelfEvaluation,
    Statement,
    StatementRating,
)

FORUM = "Testshire Parent Carer Forum"
MEASURES = (
    ("advice_on_time", "Health advice within 6 weeks", 90, Direction.HIGHER),
    ("advice_overdue", "Health advice overdue", 0, Direction.LOWER),
    ("ihp_reviews_overdue", "Healthcare plan reviews overdue", 5, Direction.LOWER),
    ("audit_score", "Average audit score", 80, Direction.HIGHER),
)
NOTES = (
    "Evidence from the quarter's figures and audits; discussed at the SEND partnership board.",
    "Better than last quarter, but not yet consistent across services.",
    "Families told us at the forum's coffee morning that this is improving.",
)
FORUM_COMMENTS = (
    "We agree with this rating.",
    "Families still tell us waits are too long; we would rate this lower.",
    "Good to see this evidenced; please share the audit findings with families.",
)
PLAN = (
    (
        "Timely, good-quality health advice",
        "Every service gives advice within six weeks, written for families.",
        (
            (
                "Weekly chase of advice due in the next 7 days",
                ActionStatus.IN_PROGRESS,
                30,
                "advice_overdue",
            ),
            ("Advice-writing training for therapy services", ActionStatus.DONE, -40, "audit_score"),
            (
                "Agree the paediatric advice template with the LAs",
                ActionStatus.IN_PROGRESS,
                -10,
                None,
            ),
        ),
    ),
    (
        "Families' voice in health's quality assurance",
        "The parent carer forum audits with us and co-signs the self-evaluation.",
        (
            ("Forum members trained as guest auditors", ActionStatus.NOT_STARTED, 60, None),
            ("Quarterly co-signing of the self-evaluation", ActionStatus.IN_PROGRESS, 90, None),
        ),
    ),
    (
        "Children with medical conditions supported at school",
        "Every individual healthcare plan is reviewed on time.",
        (
            (
                "School nursing review clinic for overdue plans",
                ActionStatus.BLOCKED,
                20,
                "ihp_reviews_overdue",
            ),
            ("Emergency medication training for settings", ActionStatus.IN_PROGRESS, 45, None),
        ),
    ),
)


def seed(area: SeededArea) -> None:
    ensure_shipped()
    framework = Framework.objects.filter(key="area-send-inspection", is_active=True).first()
    if framework is None:
        return
    rng = area.rng
    icb = area.icb
    dco = area.users.get("dco")
    measures = Measure.objects.bulk_create(
        Measure(icb=icb, figure=figure, name=name, target=target, direction=direction)
        for figure, name, target, direction in MEASURES
    )
    statements = list(Statement.objects.filter(principle__framework=framework))
    levels = list(framework.scale.levels.all())
    quarters = previous_quarters(area.today, 4)
    evaluations = SelfEvaluation.objects.bulk_create(
        SelfEvaluation(
            icb=icb,
            framework=framework,
            year=year,
            quarter=quarter,
            summary="Health's part of the area's SEND arrangements this quarter.",
            status=PublicationStatus.PUBLISHED if i < 3 else PublicationStatus.DRAFT,
            published_at=area.now - timedelta(days=92 * (3 - i)) if i < 3 else None,
            forum_name=FORUM,
            forum_comments="We have reviewed the ratings with families and co-sign them.",
            forum_signed_by=f"{area.fake.name()}, {FORUM}",
            forum_signed_at=area.now - timedelta(days=92 * (3 - i) + 3),
            created_by_id=dco,
        )
        for i, (year, quarter) in enumerate(quarters)
    )
    ratings = []
    for i, evaluation in enumerate(evaluations):
        for statement in statements:
            # Ratings improve over the year, so the chart has a story to tell.
            value = min(len(levels) - 1, max(0, rng.randint(0, 1) + i // 2))
            ratings.append(
                StatementRating(
                    evaluation=evaluation,
                    statement=statement,
                    level=levels[value],
                    notes=rng.choice(NOTES),
                    forum_comment=rng.choice(FORUM_COMMENTS),
                    rated_by_id=dco,
                    rated_at=area.now,
                )
            )
    ratings = StatementRating.objects.bulk_create(ratings, batch_size=area.batch_size)
    Evidence.objects.bulk_create(
        Evidence(
            rating=rating,
            kind=EvidenceKind.MEASURE,
            object_id=measure.pk,
            label=f"Figure: {measure.name}",
            url="/improvement/measures/",
        )
        for rating, measure in ((r, rng.choice(measures)) for r in ratings)
    )
    plan = ImprovementPlan.objects.create(
        icb=icb, status=PublicationStatus.PUBLISHED, published_at=area.now
    )
    by_figure = {m.figure: m for m in measures}
    leads = area.local_authorities + area.providers + [icb]
    for order, (title, description, actions) in enumerate(PLAN, start=1):
        priority = Priority.objects.create(
            plan=plan, order=order, title=title, description=description
        )
        priority.statements.set(rng.sample(statements, min(2, len(statements))))
        for action_title, status, days, figure in actions:
            due = area.today + timedelta(days=days)
            action = Action.objects.create(
                priority=priority,
                title=action_title,
                owner=f"{area.fake.name()}, service lead",
                organisation=rng.choice(leads),
                due_on=due,
                status=status,
                completed_on=due if status == ActionStatus.DONE else None,
                measure=by_figure.get(figure) if figure else None,
                next_reminder_on=first_reminder_on(due, status),
            )
            Milestone.objects.bulk_create(
                [
                    Milestone(
                        action=action,
                        title="Agreed with partners",
                        due_on=due - timedelta(days=30),
                        done_on=due - timedelta(days=32)
                        if due - timedelta(days=32) <= area.today
                        else None,
                    ),
                    Milestone(action=action, title="In place", due_on=due),
                ]
            )
    # One action whose RAG the DCO set by hand, with the reason kept.
    blocked = Action.objects.filter(priority__plan=plan, status=ActionStatus.BLOCKED).first()
    if blocked is not None:
        blocked.rag_override = Rag.RED
        blocked.rag_override_reason = "School nursing vacancies: the clinic cannot start yet."
        blocked.save(update_fields=["rag_override", "rag_override_reason"])


def wipe(icb) -> None:
    Milestone.objects.filter(action__priority__plan__icb=icb).delete()
    Action.objects.filter(priority__plan__icb=icb).delete()
    Priority.objects.filter(plan__icb=icb).delete()
    ImprovementPlan.objects.filter(icb=icb).delete()
    SelfEvaluation.objects.filter(icb=icb).delete()  # its ratings and evidence go with it
    Measure.objects.filter(icb=icb).delete()
