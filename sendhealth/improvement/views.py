"""The self-evaluation (quarters, ratings with evidence, the parent carer forum's review by a
signed link, the PDF, ratings over time) and the improvement plan (priorities, actions,
milestones, measures, RAG overrides, PDF and XLSX).

Everything is reached through ``Scope.for_user``; nothing here shows a child. Changes go
through ``services`` with their audit entries."""

from __future__ import annotations

from functools import partial

import rules
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sendhealth.core.audit import Auditor
from sendhealth.core.generic import (
    dco_icb,
    form_page,
    initial_from,
    list_page,
    posted,
    run_action,
    save_form,
)
from sendhealth.core.models import AuditAction
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_date, format_datetime, link
from sendhealth.core.scoping import Scope
from sendhealth.core.uploads import document_response
from sendhealth.improvement import documents, services
from sendhealth.improvement.forms import (
    ActionForm,
    EvaluationForm,
    ForumLinkForm,
    ForumReviewForm,
    MeasureForm,
    MilestoneForm,
    PriorityForm,
    RagForm,
    RatingForm,
    SummaryForm,
    WithdrawForm,
)
from sendhealth.improvement.models import Framework, Statement
from sendhealth.improvement.presenters import (
    ACTION_HEAD,
    action_cells,
    action_table_row,
    measure_row,
    measure_values,
    ratings_by_principle,
    ratings_chart,
)
from sendhealth.improvement.queries import evaluation_ratings, evidence_options, plan_actions
from sendhealth.organisations.models import Organisation, OrganisationKind

PDF_TYPE = "application/pdf"
CHARTED = 8  # quarters of ratings over time on the chart


def _can_change(request) -> bool:
    return rules.has_perm("improvement.change", request.user)


# -- self-evaluation --------------------------------------------------------------------------


@require_GET
@rule_required("improvement.view")
def home(request):
    scope = Scope.for_user(request.user)
    found = scope.improvement_evaluations().select_related("framework", "icb")
    listed = list_page(
        request,
        found.order_by("-year", "-quarter", "framework__name", "pk"),
        lambda e: [
            {"text": e.quarter_label, "href": reverse("improvement:evaluation", args=[e.pk])},
            {"text": f"{e.framework.name} ({e.framework.version})"},
            {"text": e.get_status_display()},
            {"text": "Co-signed" if e.forum_signed_at else "Not yet"},
        ],
    )
    charts = []
    # Ratings over time: each framework's last eight quarters the user may see.
    for framework in Framework.objects.filter(
        pk__in=found.values("framework_id").distinct()
    ).order_by("name", "version"):
        shown = list(found.filter(framework=framework).order_by("-year", "-quarter")[:CHARTED])
        ratings = (
            scope.improvement_ratings()
            .filter(evaluation__in=[e.pk for e in shown])
            .select_related("statement__principle", "level")
        )
        chart = ratings_chart(framework, shown, ratings)
        if chart is not None:
            charts.append(chart)
    return render(
        request,
        "improvement/home.jinja",
        {
            **listed,
            "charts": charts,
            "frameworks": Framework.objects.filter(is_active=True),
            "can_change": _can_change(request),
            "can_see_measures": rules.has_perm("improvement.view_measures", request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def evaluation_new(request):
    scope = Scope.for_user(request.user)
    form = EvaluationForm(posted(request))
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.start_evaluation(
            dco_icb(scope),
            data["framework"],
            data["year"],
            data["quarter"],
            auditor=auditor,
            user=request.user,
        ),
        done=lambda evaluation: f"Self-evaluation {evaluation.quarter_label} started",
        to=lambda evaluation: reverse("improvement:evaluation", args=[evaluation.pk]),
        errors=(services.EvaluationError,),
    )
    return saved or form_page(request, "improvement/evaluation_new.jinja", form)


def _evaluation(scope: Scope, pk: int):
    return get_object_or_404(
        scope.improvement_evaluations().select_related("framework__scale", "icb"), pk=pk
    )


def _dco_evaluation(scope: Scope, pk: int):
    return get_object_or_404(
        scope.improvement_evaluations()
        .filter(icb_id__in=scope.dco_icb_ids)
        .select_related("framework__scale", "icb"),
        pk=pk,
    )


@require_GET
@rule_required("improvement.view")
def evaluation_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    evaluation = _evaluation(scope, pk)
    ratings = list(evaluation_ratings(evaluation))
    can_change = _can_change(request) and not evaluation.is_published
    return render(
        request,
        "improvement/evaluation.jinja",
        {
            "evaluation": evaluation,
            "groups": ratings_by_principle(ratings),
            "can_change": can_change,
            "is_dco": _can_change(request),
            "unrated": sum(1 for r in ratings if r.level_id is None),
            "forum_signed_at": format_datetime(evaluation.forum_signed_at),
            "forum_expires": format_datetime(evaluation.forum_expires_at),
            "forum_link_open": evaluation.forum_link_valid(),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def rate(request, pk: int):
    scope = Scope.for_user(request.user)
    rating = get_object_or_404(
        scope.improvement_ratings()
        .filter(evaluation__icb_id__in=scope.dco_icb_ids)
        .select_related("evaluation__framework__scale", "statement__principle"),
        pk=pk,
    )
    evaluation = rating.evaluation
    options = evidence_options(scope, evaluation.icb_id)
    form = RatingForm(
        posted(request),
        request.FILES if request.method == "POST" else None,
        initial={"level": rating.level_id, "notes": rating.notes},
        levels=evaluation.framework.scale.levels.all(),
        evidence_choices=[(key, value[1]) for key, value in options.items()],
    )

    def save(data, auditor):
        evidence = []
        if data["evidence"]:
            kind, label, object_id, url = options[data["evidence"]]
            evidence.append({"kind": kind, "label": label, "object_id": object_id, "url": url})
        if data["document"]:
            evidence.append(
                {
                    "kind": "document",
                    "label": data["document_label"],
                    "upload": data["document"],
                    "document_type": form.document_type,
                }
            )
        services.rate(rating, data, evidence, auditor=auditor, user=request.user)

    saved = save_form(
        request,
        form,
        save,
        done="Rating saved",
        to=reverse("improvement:evaluation", args=[evaluation.pk]),
        errors=(services.EvaluationError,),
    )
    return saved or form_page(
        request,
        "improvement/rate.jinja",
        form,
        rating=rating,
        evaluation=evaluation,
        evidence=list(rating.evidence.all()),
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def evaluation_summary(request, pk: int):
    scope = Scope.for_user(request.user)
    evaluation = _dco_evaluation(scope, pk)
    form = SummaryForm(posted(request), initial={"summary": evaluation.summary})
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.save_summary(evaluation, data["summary"], auditor=auditor),
        done="Summary saved",
        to=reverse("improvement:evaluation", args=[evaluation.pk]),
        errors=(services.EvaluationError,),
    )
    return saved or form_page(request, "improvement/summary.jinja", form, evaluation=evaluation)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def forum_link(request, pk: int):
    """A link for the parent carer forum's representative, shown once."""
    scope = Scope.for_user(request.user)
    evaluation = _dco_evaluation(scope, pk)
    form = ForumLinkForm(posted(request))
    forum_url = None
    if request.method == "POST" and form.is_valid():
        try:
            raw = services.issue_forum_link(
                evaluation,
                form.cleaned_data["name"],
                form.cleaned_data["days"],
                auditor=Auditor.from_request(request),
            )
        except services.EvaluationError as error:
            form.add_error(None, str(error))
        else:
            forum_url = request.build_absolute_uri(reverse("improvement:forum", args=[raw]))
    return render(
        request,
        "improvement/forum_link.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "evaluation": evaluation,
            "forum_url": forum_url,
        },
    )


@require_POST
@rule_required("improvement.change")
def evaluation_publish(request, pk: int):
    scope = Scope.for_user(request.user)
    evaluation = _dco_evaluation(scope, pk)
    return run_action(
        request,
        partial(services.publish_evaluation, evaluation),
        done=f"Self-evaluation {evaluation.quarter_label} published",
        to=reverse("improvement:evaluation", args=[evaluation.pk]),
        errors=(services.EvaluationError,),
    )


@require_GET
@rule_required("improvement.view")
def evaluation_pdf(request, pk: int):
    scope = Scope.for_user(request.user)
    evaluation = _evaluation(scope, pk)
    content = documents.evaluation_pdf(evaluation, list(evaluation_ratings(evaluation)))
    Auditor.from_request(request).record(AuditAction.EXPORT, evaluation, changes={"format": "pdf"})
    response = HttpResponse(content, content_type=PDF_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="self-evaluation-{evaluation.year}-q{evaluation.quarter}.pdf"'
    )
    return response


@require_http_methods(["GET", "POST"])
def forum(request, token: str):
    """The parent carer forum's review, reached without an account through a time-limited link.
    An unknown, expired or signed link sends a visitor to sign in and a signed-in user to "page
    not found", so a token can never be told apart from a bad one."""
    evaluation = services.evaluation_for_forum_token(token)
    if evaluation is None:
        if not request.user.is_authenticated:
            return redirect_to_login("/")
        raise Http404
    auditor = Auditor(
        system=f"forum-review-{evaluation.pk}"[:50],
        ip_address=request.META.get("REMOTE_ADDR") or None,
    )
    ratings = list(evaluation_ratings(evaluation))
    initial = {"overall": evaluation.forum_comments}
    initial.update({f"comment_{r.pk}": r.forum_comment for r in ratings})
    form = ForumReviewForm(posted(request), initial=initial, ratings=ratings)
    if request.method == "POST" and form.is_valid():
        sign_as = form.cleaned_data["sign_as"].strip()
        services.forum_review(
            evaluation,
            form.comments(),
            form.cleaned_data["overall"],
            sign_as=sign_as,
            auditor=auditor,
        )
        if sign_as:
            return render(request, "improvement/forum_done.jinja", {"evaluation": evaluation})
        messages.success(request, "Your comments are saved")
        return redirect(request.path)
    auditor.view(evaluation)
    fields = {rating.pk: form[name] for rating, name in form.rating_fields}
    return render(
        request,
        "improvement/forum.jinja",
        {
            "evaluation": evaluation,
            "form": form,
            "form_has_errors": bool(form.errors),
            "groups": ratings_by_principle(ratings),
            "fields": fields,
            "expires": format_datetime(evaluation.forum_expires_at),
        },
    )


# -- the improvement plan ---------------------------------------------------------------------


@require_GET
@rule_required("improvement.view")
def plan(request):
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    plans = list(scope.improvement_plans().select_related("icb"))
    actions = list(plan_actions(scope))
    values = measure_values({a.measure for a in actions if a.measure_id}, today)
    priorities = list(
        scope.improvement_priorities().prefetch_related("statements").order_by("plan_id", "order")
    )
    by_priority: dict[int, list] = {}
    for action in actions:
        by_priority.setdefault(action.priority_id, []).append(
            action_table_row(action, today, values, reverse("improvement:action", args=[action.pk]))
        )
    return render(
        request,
        "improvement/plan.jinja",
        {
            "plans": plans,
            "priorities": [(p, by_priority.get(p.pk, [])) for p in priorities],
            "head": ACTION_HEAD,
            "can_change": _can_change(request),
        },
    )


@require_POST
@rule_required("improvement.change")
def plan_publish(request):
    scope = Scope.for_user(request.user)
    plan = services.plan_for(dco_icb(scope))
    return run_action(
        request,
        partial(services.publish_plan, plan),
        done="Improvement plan published",
        to=reverse("improvement:plan"),
    )


def _plan_export(request, fmt: str) -> HttpResponse:
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    actions = list(plan_actions(scope))
    values = measure_values({a.measure for a in actions if a.measure_id}, today)
    Auditor.from_request(request).record(
        AuditAction.EXPORT, object_type="improvement.ImprovementPlan", changes={"format": fmt}
    )
    if fmt == "pdf":
        plans = list(scope.improvement_plans().select_related("icb"))
        if not plans:
            raise Http404
        content = documents.plan_pdf(plans[0], actions, today, values)
        response = HttpResponse(content, content_type=PDF_TYPE)
    else:
        content = documents.plan_xlsx(actions, today, values)
        response = HttpResponse(
            content,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="improvement-plan.{fmt}"'
    return response


@require_GET
@rule_required("improvement.view")
def plan_pdf(request):
    return _plan_export(request, "pdf")


@require_GET
@rule_required("improvement.view")
def plan_xlsx(request):
    return _plan_export(request, "xlsx")


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def priority_new(request):
    scope = Scope.for_user(request.user)
    form = PriorityForm(posted(request), statements=_priority_statements())
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.add_priority(dco_icb(scope), data, auditor=auditor),
        done=lambda priority: f"Priority added: {priority.title}",
        to=reverse("improvement:plan"),
    )
    return saved or form_page(request, "improvement/priority_new.jinja", form, priority=None)


def _action_form(request, scope: Scope, icb_id: int, initial=None):
    organisations = Organisation.objects.filter(
        Q(pk=icb_id)
        | Q(
            parent_id=icb_id, kind__in=[OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.PROVIDER]
        )
    ).order_by("name")
    return ActionForm(
        posted(request),
        initial=initial,
        organisations=organisations,
        measures=scope.improvement_measures().filter(icb_id=icb_id),
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def action_new(request, pk: int):
    scope = Scope.for_user(request.user)
    priority = get_object_or_404(
        scope.improvement_priorities().filter(plan__icb_id__in=scope.dco_icb_ids), pk=pk
    )
    form = _action_form(request, scope, priority.plan.icb_id)
    saved = save_form(
        request,
        form,
        partial(services.add_action, priority),
        done=lambda action: f"Action {action.reference} added",
        to=lambda action: reverse("improvement:action", args=[action.pk]),
    )
    return saved or _action_page(request, form, priority, None)


def _action_page(request, form, priority, action):
    return form_page(
        request,
        "improvement/action_form.jinja",
        form,
        priority=priority,
        action=action,
    )


def _action(scope: Scope, pk: int, *, dco: bool = False):
    found = scope.improvement_actions()
    if dco:
        found = found.filter(priority__plan__icb_id__in=scope.dco_icb_ids)
    return get_object_or_404(
        found.select_related("priority__plan", "organisation", "measure"), pk=pk
    )


@require_GET
@rule_required("improvement.view")
def action_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    action = _action(scope, pk)
    today = timezone.localdate()
    values = measure_values([action.measure] if action.measure_id else [], today)
    cells = action_cells(action, today, values)
    measure = (
        measure_row(
            action.measure, values[action.measure_id], suppress=scope.suppresses_small_numbers
        )
        if action.measure_id
        else None
    )
    can_change = _can_change(request)
    milestones = [
        [
            {"text": m.title},
            {"text": format_date(m.due_on)},
            {"text": format_date(m.done_on) if m.done_on else "Not yet"},
        ]
        + (
            [
                {
                    "html": link(
                        reverse("improvement:milestone_edit", args=[m.pk]), "Change", m.title
                    )
                    + " "
                    + link(reverse("improvement:milestone_remove", args=[m.pk]), "Remove", m.title)
                }
            ]
            if can_change
            else []
        )
        for m in action.milestones.all()
    ]
    return render(
        request,
        "improvement/action.jinja",
        {
            "action": action,
            "cells": cells,
            "measure": measure,
            "milestones": milestones,
            "statements": list(action.priority.statements.all()),
            "can_change": can_change,
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def action_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    action = _action(scope, pk, dco=True)
    initial = initial_from(action, services.ACTION_FIELDS)
    form = _action_form(request, scope, action.priority.plan.icb_id, initial=initial)
    saved = save_form(
        request,
        form,
        partial(services.update_action, action),
        done=f"Action {action.reference} updated",
        to=reverse("improvement:action", args=[action.pk]),
    )
    return saved or _action_page(request, form, action.priority, action)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def action_rag(request, pk: int):
    """Set the RAG status by hand, with a reason (audited), or give it back to the measure."""
    scope = Scope.for_user(request.user)
    action = _action(scope, pk, dco=True)
    form = RagForm(
        posted(request), initial={"rag": action.rag_override, "reason": action.rag_override_reason}
    )
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.override_rag(
            action, data["rag"], data["reason"], auditor=auditor
        ),
        done=f"RAG status of {action.reference} saved",
        to=reverse("improvement:action", args=[action.pk]),
    )
    return saved or form_page(request, "improvement/rag.jinja", form, action=action)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def milestone_new(request, pk: int):
    scope = Scope.for_user(request.user)
    action = _action(scope, pk, dco=True)
    form = MilestoneForm(posted(request))
    saved = save_form(
        request,
        form,
        partial(services.add_milestone, action),
        done="Milestone added",
        to=reverse("improvement:action", args=[action.pk]),
    )
    return saved or _milestone_page(request, form, action, None)


def _milestone_page(request, form, action, milestone):
    return form_page(
        request,
        "improvement/milestone.jinja",
        form,
        action=action,
        milestone=milestone,
    )


@require_GET
@rule_required("improvement.view_measures")
def measures(request):
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    found = list(scope.improvement_measures())
    values = measure_values(found, today)
    return render(
        request,
        "improvement/measures.jinja",
        {
            "rows": [
                measure_row(m, values[m.pk], suppress=scope.suppresses_small_numbers) for m in found
            ],
            "can_change": _can_change(request),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def measure_new(request):
    scope = Scope.for_user(request.user)
    form = MeasureForm(posted(request))
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.add_measure(dco_icb(scope), data, auditor=auditor),
        done="Measure added",
        to=reverse("improvement:measures"),
    )
    return saved or form_page(request, "improvement/measure_new.jinja", form, measure=None)


# -- changing and removing, and withdrawing a publication ------------------------------------


def _remove_page(request, *, title: str, what: str, back: str, note: str = ""):
    return render(
        request,
        "improvement/remove.jinja",
        {"page_title": title, "what": what, "back": back, "note": note},
    )


def _dco_priority(scope: Scope, pk: int):
    return get_object_or_404(
        scope.improvement_priorities().filter(plan__icb_id__in=scope.dco_icb_ids), pk=pk
    )


def _priority_statements():
    return Statement.objects.filter(principle__framework__is_active=True).select_related(
        "principle__framework"
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def priority_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    priority = _dco_priority(scope, pk)
    initial = {
        "title": priority.title,
        "description": priority.description,
        "statements": list(priority.statements.values_list("pk", flat=True)),
    }
    form = PriorityForm(posted(request), initial=initial, statements=_priority_statements())
    saved = save_form(
        request,
        form,
        partial(services.update_priority, priority),
        done=lambda _: f"Priority updated: {form.cleaned_data['title']}",
        to=reverse("improvement:plan"),
    )
    return saved or form_page(request, "improvement/priority_new.jinja", form, priority=priority)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def priority_remove(request, pk: int):
    scope = Scope.for_user(request.user)
    priority = _dco_priority(scope, pk)
    if request.method == "POST":
        return run_action(
            request,
            partial(services.remove_priority, priority),
            done=f"Priority removed: {priority.title}",
            to=reverse("improvement:plan"),
            errors=(services.PlanError,),
        )
    has_actions = priority.actions.exists()
    return _remove_page(
        request,
        title="Remove the priority",
        what=priority.title,
        back=reverse("improvement:plan"),
        note="It has actions: remove them first." if has_actions else "",
    )


def _dco_measure(scope: Scope, pk: int):
    return get_object_or_404(
        scope.improvement_measures().filter(icb_id__in=scope.dco_icb_ids), pk=pk
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def measure_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    measure = _dco_measure(scope, pk)
    form = MeasureForm(posted(request), initial=initial_from(measure, services.MEASURE_FIELDS))
    saved = save_form(
        request,
        form,
        partial(services.update_measure, measure),
        done="Measure updated",
        to=reverse("improvement:measures"),
    )
    return saved or form_page(request, "improvement/measure_new.jinja", form, measure=measure)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def measure_remove(request, pk: int):
    scope = Scope.for_user(request.user)
    measure = _dco_measure(scope, pk)
    if request.method == "POST":
        return run_action(
            request,
            partial(services.remove_measure, measure),
            done=f"Measure removed: {measure.name}",
            to=reverse("improvement:measures"),
        )
    count = measure.actions.count()
    return _remove_page(
        request,
        title="Remove the measure",
        what=measure.name,
        back=reverse("improvement:measures"),
        note=(
            f"It sets the RAG status of {count} action{'s' if count != 1 else ''}: "
            "they will take it from their due date alone."
            if count
            else ""
        ),
    )


def _dco_milestone(scope: Scope, pk: int):
    return get_object_or_404(
        scope.improvement_milestones()
        .filter(action__priority__plan__icb_id__in=scope.dco_icb_ids)
        .select_related("action"),
        pk=pk,
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def milestone_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    milestone = _dco_milestone(scope, pk)
    initial = initial_from(milestone, services.MILESTONE_FIELDS)
    form = MilestoneForm(posted(request), initial=initial)
    saved = save_form(
        request,
        form,
        partial(services.update_milestone, milestone),
        done="Milestone updated",
        to=reverse("improvement:action", args=[milestone.action_id]),
    )
    return saved or _milestone_page(request, form, milestone.action, milestone)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def milestone_remove(request, pk: int):
    scope = Scope.for_user(request.user)
    milestone = _dco_milestone(scope, pk)
    if request.method == "POST":
        return run_action(
            request,
            partial(services.remove_milestone, milestone),
            done="Milestone removed",
            to=reverse("improvement:action", args=[milestone.action_id]),
        )
    return _remove_page(
        request,
        title=f"Remove a milestone of {milestone.action.reference}",
        what=milestone.title,
        back=reverse("improvement:action", args=[milestone.action_id]),
    )


def _withdraw_page(request, form, *, title: str, back: str):
    return form_page(request, "improvement/withdraw.jinja", form, page_title=title, back=back)


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def evaluation_withdraw(request, pk: int):
    """Undo a publication, with a reason (audited): the quarter is a draft again."""
    scope = Scope.for_user(request.user)
    evaluation = _dco_evaluation(scope, pk)
    form = WithdrawForm(posted(request))
    if request.method == "POST" and form.is_valid():
        return run_action(
            request,
            partial(services.withdraw_evaluation, evaluation, form.cleaned_data["reason"]),
            done=f"Publication of self-evaluation {evaluation.quarter_label} withdrawn",
            to=reverse("improvement:evaluation", args=[evaluation.pk]),
            errors=(services.EvaluationError,),
        )
    return _withdraw_page(
        request,
        form,
        title=f"Withdraw the publication of self-evaluation {evaluation.quarter_label}",
        back=reverse("improvement:evaluation", args=[evaluation.pk]),
    )


@require_http_methods(["GET", "POST"])
@rule_required("improvement.change")
def plan_withdraw(request):
    scope = Scope.for_user(request.user)
    plan = services.plan_for(dco_icb(scope))
    form = WithdrawForm(posted(request))
    if request.method == "POST" and form.is_valid():
        return run_action(
            request,
            partial(services.withdraw_plan, plan, form.cleaned_data["reason"]),
            done="Publication of the improvement plan withdrawn",
            to=reverse("improvement:plan"),
            errors=(services.EvaluationError,),
        )
    return _withdraw_page(
        request,
        form,
        title="Withdraw the publication of the improvement plan",
        back=reverse("improvement:plan"),
    )


@require_GET
@rule_required("improvement.view")
def evidence_document(request, pk: int):
    """A document uploaded as evidence, to whoever may see its self-evaluation (audited)."""
    scope = Scope.for_user(request.user)
    item = get_object_or_404(
        scope.improvement_evidence().exclude(document="").select_related("rating__evaluation"),
        pk=pk,
    )
    Auditor.from_request(request).record(AuditAction.DOWNLOAD, item)
    evaluation = item.rating.evaluation
    return document_response(
        item.document,
        item.document_type,
        f"self-evaluation-{evaluation.year}-q{evaluation.quarter}-evidence-{item.pk}",
    )
