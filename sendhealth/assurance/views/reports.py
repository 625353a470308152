"""Feedback to the services that wrote the advice, figures over time, and the guidance."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from sendhealth.assurance import reports, services
from sendhealth.assurance.models import AuditTool
from sendhealth.assurance.presenters import bar_chart
from sendhealth.core.audit import Auditor
from sendhealth.core.exports import export_response
from sendhealth.core.figures_table import ShownTable, figures_table, hides
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.core.suppression import NOT_SHOWN


@require_GET
@rule_required("assurance.view_feedback")
def feedback(request):
    """Finished audits of the services you act for (all of the area's, for the DCO)."""
    scope = Scope.for_user(request.user)
    audits = (
        scope.assurance_feedback()
        .select_related("item__service", "item__provider", "item__round")
        .order_by("-finished_at", "-pk")
    )
    page = paginate(request, audits)
    return render(
        request,
        "assurance/feedback.jinja",
        {"page": page, "pagination": page_links(request, page)},
    )


@require_GET
@rule_required("assurance.view_feedback")
def feedback_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    audit = get_object_or_404(
        scope.assurance_feedback().select_related(
            "item__service", "item__provider", "item__round__tool_version__tool"
        ),
        pk=pk,
    )
    Auditor.from_request(request).record("view", audit, child_id=audit.item.child_id)
    ratings = audit.ratings.select_related("criterion__section").order_by(
        "criterion__section__order", "criterion__order", "criterion_id"
    )
    return render(
        request, "assurance/feedback_detail.jinja", {"audit": audit, "ratings": list(ratings)}
    )


EXPORT_HEAD = ["Dimension", "Name", "Quarter", "Audits", "Score (%)"]


def _score(value) -> str:
    return "No score" if value is None else (f"{value}%" if isinstance(value, int) else str(value))


def _scores_table(rows: list[reports.FigureRow], suppress: bool) -> ShownTable:
    """Scores with the audits (or ratings) behind them: for the board, a count of 1 to 4 is
    "fewer than 5" (with a complement among the same quarter's rows) and its score is hidden."""
    quarters: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        quarters.setdefault(r.quarter, []).append(i)
    return figures_table(
        EXPORT_HEAD,
        [[r.dimension, r.name, reports.quarter_name(r.quarter), r.audits, r.percent] for r in rows],
        suppress=suppress,
        counts=[3],
        derived={4: (3,)},
        groups=list(quarters.values()),
        fmt=_score,
    )


def _figures(scope: Scope) -> dict:
    icb_ids = scope.figure_icb_ids
    suppress = scope.suppresses_small_numbers
    criteria = reports.criterion_scores(icb_ids)
    quarter = reports.quarter_of(timezone.localdate())
    criteria_table = _scores_table(criteria, suppress)
    # The weakest are ranked among the scores shown, so a hidden one's rank gives nothing away.
    position = {(r.name, r.quarter): i for i, r in enumerate(criteria)}
    ranked = [
        r for r, hidden in zip(criteria, criteria_table.hidden, strict=True) if not any(hidden)
    ]
    overall = [
        (label, None if hides(n, suppress) else score, hides(n, suppress))
        for label, score, n in reports.overall_by_quarter(icb_ids)
    ]
    return {
        "overall": [
            (reports.quarter_name(label), NOT_SHOWN if hidden else _score(score))
            for label, score, hidden in overall
        ],
        "chart": bar_chart(
            [(reports.quarter_name(label, short=True), score) for label, score, _ in overall]
        ),
        "groups": {
            key: _scores_table(reports.scores_over_time(icb_ids, key), suppress)
            for key in reports.GROUPS
        },
        "criteria": criteria_table,
        "weakest": [
            criteria_table.rows[position[(r.name, r.quarter)]]
            for r in reports.weakest_of(ranked, quarter)
        ],
        "quarter": reports.quarter_name(quarter),
        "suppress": suppress,
    }


@require_GET
@rule_required("assurance.view_figures")
def figures(request):
    figures = _figures(Scope.for_user(request.user))
    return render(request, "assurance/figures.jinja", {**figures, "group_labels": reports.GROUPS})


def _export(request, fmt: str):
    """The scores as on the page: small numbers suppressed for the board."""
    figures = _figures(Scope.for_user(request.user))
    tables = [figures["groups"][key] for key in reports.GROUPS] + [figures["criteria"]]
    return export_response(
        EXPORT_HEAD,
        (row for table in tables for row in table.values),
        filename="quality-assurance-scores",
        fmt=fmt,
    )


@require_GET
@rule_required("assurance.view_figures")
def figures_csv(request):
    return _export(request, "csv")


@require_GET
@rule_required("assurance.view_figures")
def figures_xlsx(request):
    return _export(request, "xlsx")


@require_GET
@login_required
def guidance(request):
    """What each automatic check looks for and why, one section per check (``#anchor``)."""
    try:
        from sendhealth.assurance.checks import CHECKS
    except ImportError:
        CHECKS = {}
    return render(
        request,
        "assurance/guidance.jinja",
        {"checks": sorted(CHECKS.values(), key=lambda c: c.title)},
    )


@require_GET
@rule_required("assurance.view_tools")
def tools(request):
    tools = []
    for tool in AuditTool.objects.order_by("pk"):
        version = tool.current_version()
        tools.append((tool, version, services.criteria_of(version) if version else []))
    return render(request, "assurance/tools.jinja", {"tools": tools})
