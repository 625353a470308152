"""The improvement register's queries, shared by its pages, API and inspection pack."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.improvement.models import EvidenceKind


def plan_actions(scope):
    return (
        scope.improvement_actions()
        .select_related("priority__plan__icb", "organisation", "measure")
        .prefetch_related("milestones")
        .order_by("priority__plan_id", "priority__order", "priority_id", "due_on", "pk")
    )


def evaluation_ratings(evaluation):
    return (
        evaluation.ratings.select_related("statement__principle", "level")
        .prefetch_related("evidence")
        .order_by("statement__principle__order", "statement__order", "statement_id")
    )


def evidence_options(scope, icb_id: int) -> dict[str, tuple[str, str, int, str]]:
    """What a rating may link to, by form value: ``(kind, label, object id, url)``: the ICB's
    measures, its reports and its audit rounds (through their registers' scoping)."""
    options: dict[str, tuple[str, str, int, str]] = {}
    for measure in scope.improvement_measures().filter(icb_id=icb_id):
        options[f"measure:{measure.pk}"] = (
            EvidenceKind.MEASURE,
            f"Figure: {measure.name}",
            measure.pk,
            reverse("improvement:measures"),
        )
    for report in scope.reports().filter(icb_id=icb_id).order_by("-period_end")[:20]:
        options[f"report:{report.pk}"] = (
            EvidenceKind.REPORT,
            f"Report: {report}",
            report.pk,
            reverse("reports:detail", args=[report.pk]),
        )
    for audit_round in scope.assurance_rounds().filter(icb_id=icb_id).order_by("-period_end")[:20]:
        options[f"audit_round:{audit_round.pk}"] = (
            EvidenceKind.AUDIT_ROUND,
            f"Audit round: {audit_round.name}",
            audit_round.pk,
            reverse("assurance:round", args=[audit_round.pk]),
        )
    return options
