"""A disagreement's page, and recording or editing one (the DCO and DCO team)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.permissions import rule_required, user_can
from sendhealth.core.scoping import Scope
from sendhealth.disagreements import domain, services
from sendhealth.disagreements.forms import DisagreementForm, NewDisagreementForm
from sendhealth.disagreements.models import Kind
from sendhealth.disagreements.presenters import (
    next_date,
    recommendation_due_phrase,
    recommendation_tag,
    sent_to_text,
    status_tag,
)
from sendhealth.rules import format_nhs_number


def scoped_disagreement(scope: Scope, pk: int):
    return get_object_or_404(
        scope.disagreements().select_related("child", "local_authority"), pk=pk
    )


def _enquiry(request, scope: Scope):
    """The enquiry of ``?enquiry=<pk>`` (or the form's hidden field), if the user may see it."""
    enquiry_pk = request.POST.get("enquiry") or request.GET.get("enquiry", "")
    if not enquiry_pk.isdigit():
        return None
    return scope.enquiries().select_related("child").filter(pk=enquiry_pk).first()


def _prefill(request, scope: Scope) -> tuple[dict, object | None]:
    """Initial values from ``?enquiry=<pk>`` (an enquiry of the enquiries register, in scope)
    or ``?child=<pk>``: the child and the issues."""
    initial, child = {}, None
    enquiry = _enquiry(request, scope)
    if enquiry is not None:
        initial["issues"] = enquiry.summary
        child = enquiry.child
    child_pk = request.GET.get("child", "")
    if child is None and child_pk.isdigit():
        child = scope.children().filter(pk=child_pk).first()
    if child is not None and not scope.children().filter(pk=child.pk).exists():
        child = None
    if child is not None:
        initial["nhs_number"] = format_nhs_number(child.nhs_number)
    return initial, child


def _form_context(form) -> dict:
    return {"form": form}


@require_http_methods(["GET", "POST"])
@rule_required("disagreements.change_disagreement")
def new(request):
    """Record a mediation, complaint or tribunal appeal with a health element for a child."""
    scope = Scope.for_user(request.user)
    auditor = Auditor.from_request(request)
    children = scope.children().select_related("local_authority")
    if request.method == "POST":
        form = NewDisagreementForm(request.POST, children=children)
        if form.is_valid():
            disagreement = services.record_disagreement(
                child=form.child,
                auditor=auditor,
                enquiry=_enquiry(request, scope),
                **form.record_fields,
            )
            messages.success(request, f"Disagreement {disagreement.reference} recorded")
            return redirect("disagreements:detail", pk=disagreement.pk)
        child = None
    else:
        initial, child = _prefill(request, scope)
        form = NewDisagreementForm(initial=initial, children=children)
        if child is not None:
            auditor.view(child)
    return render(
        request,
        "disagreements/form.jinja",
        {**_form_context(form), "child": child, "new": True, "enquiry": _enquiry(request, scope)},
    )


@require_http_methods(["GET", "POST"])
@rule_required("disagreements.change_disagreement")
def edit(request, pk: int):
    """Change a disagreement's facts, hearing and outcome; the appeal deadline follows."""
    scope = Scope.for_user(request.user)
    disagreement = scoped_disagreement(scope, pk)
    auditor = Auditor.from_request(request)
    if request.method == "POST":
        form = DisagreementForm(request.POST)
        if form.is_valid():
            services.update_disagreement(disagreement, auditor=auditor, **form.record_fields)
            messages.success(request, f"Disagreement {disagreement.reference} updated")
            return redirect("disagreements:detail", pk=disagreement.pk)
    else:
        initial = {name: getattr(disagreement, name) for name in DisagreementForm.base_fields}
        form = DisagreementForm(initial=initial)
    auditor.view(disagreement.child)
    return render(
        request,
        "disagreements/form.jinja",
        {**_form_context(form), "child": disagreement.child, "disagreement": disagreement},
    )


@require_GET
@rule_required("disagreements.view_disagreement")
def detail(request, pk: int):
    """The disagreement, health's position and evidence, the deadlines, and the tribunal's
    health recommendations with the ICB's responses (due 5 weeks after issue)."""
    scope = Scope.for_user(request.user)
    disagreement = scoped_disagreement(scope, pk)
    today = timezone.localdate()
    recommendations = list(
        scope.disagreements_recommendations()
        .filter(disagreement=disagreement)
        .order_by("issued_on", "pk")
    )
    open_due = [r.response_due_on for r in recommendations if r.responded_on is None]
    Auditor.from_request(request).view(disagreement)
    return render(
        request,
        "disagreements/detail.jinja",
        {
            "d": disagreement,
            "child": disagreement.child,
            "status": status_tag(disagreement),
            "next": next_date(disagreement, open_due, today),
            "is_appeal": disagreement.kind == Kind.APPEAL,
            "recommendation_refusal": domain.recommendation_refusal(
                disagreement.kind, disagreement.outcome, disagreement.outcome_on
            ),
            "recommendations": [
                {
                    "r": r,
                    "tag": recommendation_tag(r, today),
                    "due_phrase": recommendation_due_phrase(r, today),
                    "sent_to": sent_to_text(r),
                }
                for r in recommendations
            ],
            "can": user_can(request.user, "disagreements.change_disagreement"),
            "weeks": settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS,
        },
    )
