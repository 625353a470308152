"""Individual healthcare plans: the list, recording one (a child found by NHS number and date
of birth), a plan's page, its review and staff training, the schools and colleges with their
plans and training gaps, and the figures.

Plans are reached only through ``Scope.for_user`` and every page that shows a child writes an
audit entry. Filters are ids and codes in the query string, never personal data.
"""

from __future__ import annotations

from functools import partial

import rules
from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.generic import form_page, initial_from, posted, save_form
from sendhealth.core.models import AuditAction
from sendhealth.core.pagination import page_links, paginate
from sendhealth.core.permissions import rule_required
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope
from sendhealth.enquiries.models import Topic
from sendhealth.medicalconditions import figures, services
from sendhealth.medicalconditions.forms import (
    FindChildForm,
    PlanFilterForm,
    PlanForm,
    ReviewForm,
    TrainingForm,
)
from sendhealth.medicalconditions.presenters import (
    TABLE_HEAD,
    plan_row,
    review_history_rows,
    review_tag,
    summary_rows,
    table_rows,
    training_tag,
)
from sendhealth.medicalconditions.queries import (
    by_setting,
    due_soon_q,
    open_q,
    overdue_q,
    plans,
    setting_counts,
    training_gap_q,
    training_months,
)
from sendhealth.organisations.models import Organisation, OrganisationKind

SESSION_CHILD = "medicalconditions_child"


def _filtered(request, scope: Scope, today):
    form = PlanFilterForm(request.GET or None)
    found = plans(scope)
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("review") == "overdue":
        found = found.filter(overdue_q(today))
    elif data.get("review") == "due_soon":
        found = found.filter(due_soon_q(today))
    if data.get("training") == "gap":
        found = found.filter(training_gap_q(today))
    if data.get("area"):
        found = found.filter(condition_area=data["area"])
    return form, found.order_by("review_due_on", "pk")


@require_GET
@rule_required("medicalconditions.view_plan")
def plan_list(request):
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    form, found = _filtered(request, scope, today)
    page = paginate(request, found)
    shown = list(page.object_list)
    Auditor.from_request(request).view_many(
        "children.Child", list({p.child_id: p.child for p in shown}.values())
    )
    return render(
        request,
        "medicalconditions/list.jinja",
        {
            "filter_form": form,
            "head": TABLE_HEAD,
            "rows": table_rows([plan_row(p, today) for p in shown]),
            "page": page,
            "pagination": page_links(request, page),
            "can_change": rules.has_perm("medicalconditions.change_plan", request.user),
            "can_see_figures": rules.has_perm("medicalconditions.view_figures", request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("medicalconditions.change_plan")
def find_child(request):
    """Find the pupil by NHS number and date of birth together (a POST; audited without what
    was typed), among the children of the ICB the user works in."""
    scope = Scope.for_user(request.user)
    form = FindChildForm(posted(request))
    not_found = False
    if request.method == "POST" and form.is_valid():
        Auditor.from_request(request).record(AuditAction.SEARCH, object_type="children.Child")
        child = scope.healthcare_plan_child(
            form.cleaned_data["nhs_number"], form.cleaned_data["date_of_birth"]
        )
        if child is not None:
            request.session[SESSION_CHILD] = child.pk
            return redirect("medicalconditions:new")
        not_found = True
    return render(
        request,
        "medicalconditions/find.jinja",
        {
            "form": form,
            "form_has_errors": bool(form.errors),
            "not_found": not_found,
            "back_href": reverse("medicalconditions:list"),
        },
    )


def _plan_form(request, scope: Scope, child, *, initial=None, with_end=False):
    settings_qs = Organisation.objects.filter(
        kind=OrganisationKind.SETTING, parent_id=child.local_authority_id
    )
    return PlanForm(
        posted(request),
        initial=initial,
        settings_qs=settings_qs,
        services_qs=scope.services().filter(is_active=True),
        with_end=with_end,
    )


def _render_plan_form(request, form, child, plan=None):
    return render(
        request,
        "medicalconditions/form.jinja",
        {
            "form": form,
            "child": child,
            "plan": plan,
            "form_has_errors": bool(form.errors),
            "back_href": reverse("medicalconditions:detail", args=[plan.pk])
            if plan
            else reverse("medicalconditions:find"),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("medicalconditions.change_plan")
def plan_new(request):
    """Record a plan for the pupil found on the previous page."""
    scope = Scope.for_user(request.user)
    child_id = request.session.get(SESSION_CHILD)
    child = scope.healthcare_plan_child_by_id(child_id) if child_id else None
    if child is None:
        return redirect("medicalconditions:find")
    initial = {"setting": child.setting_id} if child.setting_id else None
    form = _plan_form(request, scope, child, initial=initial)
    auditor = Auditor.from_request(request)
    if request.method == "POST" and form.is_valid():
        plan = services.record_plan(child, form.cleaned_data, auditor=auditor, user=request.user)
        request.session.pop(SESSION_CHILD, None)
        messages.success(request, f"Individual healthcare plan {plan.reference} recorded")
        return redirect("medicalconditions:detail", pk=plan.pk)
    auditor.view(child)
    return _render_plan_form(request, form, child)


def _scoped(scope: Scope, pk: int):
    return get_object_or_404(plans(scope).select_related("created_by"), pk=pk)


@require_GET
@rule_required("medicalconditions.view_plan")
def plan_detail(request, pk: int):
    scope = Scope.for_user(request.user)
    plan = _scoped(scope, pk)
    today = timezone.localdate()
    Auditor.from_request(request).view(plan)
    reviews = list(scope.healthcare_plan_reviews().filter(plan=plan))
    return render(
        request,
        "medicalconditions/detail.jinja",
        {
            "plan": plan,
            "rows": summary_rows(plan, today),
            "review_tag": review_tag(plan, today),
            "training_tag": training_tag(plan, today),
            "reviews": review_history_rows(reviews),
            "can_change": rules.has_perm("medicalconditions.change_plan", request.user),
            "sees_child": scope.children().filter(pk=plan.child_id).exists(),
        },
    )


@require_http_methods(["GET", "POST"])
@rule_required("medicalconditions.change_plan")
def plan_edit(request, pk: int):
    scope = Scope.for_user(request.user)
    plan = _scoped(scope, pk)
    initial = initial_from(plan, services.EDIT_FIELDS)
    initial["emergency_medication"] = "yes" if plan.emergency_medication else "no"
    form = _plan_form(request, scope, plan.child, initial=initial, with_end=True)
    saved = save_form(
        request,
        form,
        partial(services.update_plan, plan),
        done=f"Individual healthcare plan {plan.reference} updated",
        to=reverse("medicalconditions:detail", args=[plan.pk]),
    )
    if saved:
        return saved
    Auditor.from_request(request).view(plan)
    return _render_plan_form(request, form, plan.child, plan)


@require_http_methods(["GET", "POST"])
@rule_required("medicalconditions.change_plan")
def plan_review(request, pk: int):
    """The review was done: its date and the next review date."""
    scope = Scope.for_user(request.user)
    plan = _scoped(scope, pk)
    form = ReviewForm(posted(request), agreed_on=plan.agreed_on)
    back = reverse("medicalconditions:detail", args=[plan.pk])
    saved = save_form(
        request,
        form,
        lambda data, auditor: services.record_review(
            plan, data["done_on"], data["next_due_on"], auditor=auditor, user=request.user
        ),
        done=f"Review of {plan.reference} recorded",
        to=back,
    )
    if saved:
        return saved
    Auditor.from_request(request).view(plan)
    return form_page(
        request,
        "medicalconditions/review.jinja",
        form,
        plan=plan,
        back_href=back,
    )


@require_http_methods(["GET", "POST"])
@rule_required("medicalconditions.change_plan")
def plan_training(request, pk: int):
    """Staff trained for the plan: how many, when, and who delivered the training."""
    scope = Scope.for_user(request.user)
    plan = _scoped(scope, pk)
    initial = {
        "trained_staff": plan.trained_staff or None,
        "trained_on": plan.trained_on,
        "training_delivered_by": plan.training_delivered_by,
    }
    form = TrainingForm(posted(request), initial=initial)
    back = reverse("medicalconditions:detail", args=[plan.pk])
    saved = save_form(
        request,
        form,
        partial(services.record_training, plan),
        done=f"Staff training for {plan.reference} recorded",
        to=back,
    )
    if saved:
        return saved
    Auditor.from_request(request).view(plan)
    return form_page(
        request,
        "medicalconditions/training.jinja",
        form,
        plan=plan,
        back_href=back,
    )


# -- by school or college ---------------------------------------------------------------------


def _setting_row(row: dict) -> list[dict]:
    return [
        {
            "text": row["setting__name"],
            "href": reverse("medicalconditions:setting", args=[row["setting_id"]]),
        },
        {"text": row["setting__parent__name"] or ""},
        {"text": row["plans"]},
        {"text": row["due_soon"]},
        {"text": row["overdue"]},
        {"text": row["trained_in_date"]},
        {"text": row["training_lapsed"]},
        {"text": f"Training gap ({row['gaps']})" if row["gaps"] else "None"},
    ]


SETTING_HEAD = [
    {"text": "School or college"},
    {"text": "Local authority"},
    {"text": "Pupils with plans", "format": "numeric"},
    {"text": "Reviews due soon", "format": "numeric"},
    {"text": "Reviews overdue", "format": "numeric"},
    {"text": "Training in date", "format": "numeric"},
    {"text": "Training out of date", "format": "numeric"},
    {"text": "Emergency medication without training in date"},
]


@require_GET
@rule_required("medicalconditions.view_plan")
def setting_list(request):
    """Each school or college with plans the user may see: counts only, no pupil named."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    page = paginate(request, by_setting(scope.healthcare_plans(), today))
    return render(
        request,
        "medicalconditions/settings.jinja",
        {
            "head": SETTING_HEAD,
            "rows": [_setting_row(row) for row in page.object_list],
            "page": page,
            "pagination": page_links(request, page),
        },
    )


def _visible_settings(scope: Scope):
    return Organisation.objects.filter(kind=OrganisationKind.SETTING).filter(
        Q(pk__in=scope.settings_for_children().values("pk"))
        | Q(pk__in=scope.healthcare_plans().values("setting_id"))
    )


@require_GET
@rule_required("medicalconditions.view_plan")
def setting_detail(request, pk: int):
    """One school or college: its pupils with plans by condition area, reviews due and overdue,
    staff training, the flag for a training gap, and (for the DCO) the enquiries about medical
    conditions from it or about its pupils."""
    scope = Scope.for_user(request.user)
    today = timezone.localdate()
    setting = get_object_or_404(_visible_settings(scope).select_related("parent"), pk=pk)
    at_setting = scope.healthcare_plans().filter(setting=setting)
    counts = at_setting.aggregate(**setting_counts(at_setting, today))
    by_area = list(
        at_setting.filter(open_q(today))
        .values("condition_area__name")
        .annotate(
            pupils=Count("pk"),
            emergency=Count("pk", filter=Q(emergency_medication=True)),
            gaps=Count("pk", filter=training_gap_q(today)),
        )
        .order_by("condition_area__order", "condition_area__name")
    )
    page = paginate(request, plans(scope).filter(setting=setting).filter(open_q(today)))
    shown = list(page.object_list)
    Auditor.from_request(request).view_many(
        "children.Child", list({p.child_id: p.child for p in shown}.values())
    )
    enquiries = []
    if scope.is_dco:
        enquiries = list(
            scope.enquiries()
            .filter(topic=Topic.MEDICAL_CONDITIONS)
            .filter(Q(child__setting=setting) | Q(enquirer__icontains=setting.name))
            .order_by("-opened_at")[:20]
        )
    return render(
        request,
        "medicalconditions/setting.jinja",
        {
            "setting": setting,
            "counts": counts,
            "flagged": bool(counts["gaps"]),
            "area_rows": [
                [
                    {"text": r["condition_area__name"]},
                    {"text": r["pupils"]},
                    {"text": r["emergency"]},
                    {"text": r["gaps"]},
                ]
                for r in by_area
            ],
            "head": TABLE_HEAD,
            "rows": table_rows([plan_row(p, today) for p in shown]),
            "page": page,
            "pagination": page_links(request, page),
            "enquiry_rows": [
                [
                    {"text": e.reference, "href": reverse("enquiries:detail", args=[e.pk])},
                    {"text": format_date(e.opened_at)},
                    {"text": e.get_source_display()},
                    {"text": "Answered" if e.first_answered_at else "Not yet answered"},
                    {"text": "Closed" if e.closed_at else "Open"},
                ]
                for e in enquiries
            ],
            "sees_enquiries": scope.is_dco,
        },
    )


@require_GET
@rule_required("medicalconditions.view_figures")
def figures_page(request):
    scope = Scope.for_user(request.user)
    if not scope.is_dco:
        raise Http404
    return render(
        request,
        "medicalconditions/figures.jinja",
        {
            "figures": figures.figures(scope, timezone.localdate()),
            "training_months": training_months(),
        },
    )
