"""The improvement register's part of the inspection pack: the latest self-evaluation as a
PDF, and the improvement plan as a PDF and a spreadsheet. Each part is ``(scope, inspection) ->
[(file name inside the zip, content)]``, given what the scope may see; ``inspection`` is not
needed here."""

from __future__ import annotations

from django.utils import timezone

from sendhealth.improvement import documents
from sendhealth.improvement.presenters import measure_values
from sendhealth.improvement.queries import evaluation_ratings, plan_actions


def latest_self_evaluation(scope, inspection) -> list[tuple[str, bytes]]:
    evaluation = (
        scope.improvement_evaluations()
        .select_related("framework__scale", "icb")
        .order_by("-year", "-quarter", "-pk")
        .first()
    )
    if evaluation is None:
        return []
    content = documents.evaluation_pdf(evaluation, list(evaluation_ratings(evaluation)))
    name = f"self-evaluation/self-evaluation-{evaluation.year}-q{evaluation.quarter}.pdf"
    return [(name, content)]


def improvement_plan(scope, inspection) -> list[tuple[str, bytes]]:
    plan = scope.improvement_plans().select_related("icb").first()
    if plan is None:
        return []
    today = timezone.localdate()
    actions = list(plan_actions(scope).filter(priority__plan=plan))
    values = measure_values({a.measure for a in actions if a.measure_id}, today)
    return [
        ("improvement-plan/improvement-plan.pdf", documents.plan_pdf(plan, actions, today, values)),
        ("improvement-plan/improvement-plan.xlsx", documents.plan_xlsx(actions, today, values)),
    ]


PACK_PARTS = [latest_self_evaluation, improvement_plan]
