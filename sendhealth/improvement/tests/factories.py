import datetime

from sendhealth.improvement import services
from sendhealth.improvement.loading import ensure_shipped
from sendhealth.improvement.models import (
    Action,
    ActionStatus,
    Direction,
    Framework,
    Measure,
    Priority,
    PublicationStatus,
    SelfEvaluation,
)


def inspection_framework() -> Framework:
    """The shipped area SEND inspection framework (loaded again if a flush removed it)."""
    ensure_shipped()
    return Framework.objects.get(key="area-send-inspection")


def make_evaluation(icb, *, year=2026, quarter=1, published=False, user=None) -> SelfEvaluation:
    from sendhealth.core.audit import Auditor

    evaluation = services.start_evaluation(
        icb, inspection_framework(), year, quarter, auditor=Auditor.for_system("test"), user=user
    )
    if published:
        levels = list(evaluation.framework.scale.levels.all())
        evaluation.ratings.update(level=levels[-1])
        evaluation.status = PublicationStatus.PUBLISHED
        evaluation.save(update_fields=["status"])
    return evaluation


def make_measure(icb, *, figure="advice_overdue", target=0, direction=Direction.LOWER) -> Measure:
    return Measure.objects.create(
        icb=icb, figure=figure, name="Health advice overdue", target=target, direction=direction
    )


def make_action(
    icb,
    organisation,
    *,
    published=False,
    due_on=datetime.date(2030, 1, 1),
    status=ActionStatus.IN_PROGRESS,
    measure=None,
) -> Action:
    plan = services.plan_for(icb)
    if published and plan.status != PublicationStatus.PUBLISHED:
        plan.status = PublicationStatus.PUBLISHED
        plan.save(update_fields=["status"])
    priority = Priority.objects.create(plan=plan, title="Timely health advice")
    return Action.objects.create(
        priority=priority,
        title="Weekly chase of advice due soon",
        owner="Sam Patel, service lead",
        organisation=organisation,
        due_on=due_on,
        status=status,
        measure=measure,
    )
