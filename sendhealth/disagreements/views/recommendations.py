"""Tribunal health recommendations on an appeal, and the ICB's response to each
(SI 2017/1306: the answer is due 5 weeks after issue, to the parent or young person and the
local authority)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sendhealth.core.audit import Auditor
from sendhealth.core.permissions import rule_required
from sendhealth.core.scoping import Scope
from sendhealth.disagreements import services
from sendhealth.disagreements.domain import recommendation_refusal
from sendhealth.disagreements.forms import RecommendationForm, ResponseForm
from sendhealth.disagreements.views.disagreement import scoped_disagreement


@require_http_methods(["GET", "POST"])
@rule_required("disagreements.change_disagreement")
def add_recommendation(request, pk: int):
    scope = Scope.for_user(request.user)
    disagreement = scoped_disagreement(scope, pk)
    refusal = recommendation_refusal(
        disagreement.kind, disagreement.outcome, disagreement.outcome_on
    )
    if refusal:
        messages.error(request, refusal)
        return redirect("disagreements:detail", pk=disagreement.pk)
    auditor = Auditor.from_request(request)
    form = RecommendationForm(
        request.POST if request.method == "POST" else None, disagreement=disagreement
    )
    if request.method == "POST" and form.is_valid():
        recommendation = services.add_recommendation(
            disagreement,
            text=form.cleaned_data["text"],
            issued_on=form.cleaned_data["issued_on"],
            auditor=auditor,
        )
        messages.success(request, "Recommendation added")
        return redirect(f"{disagreement_url(disagreement)}#recommendation-{recommendation.pk}")
    auditor.view(disagreement.child)
    return render(
        request,
        "disagreements/recommendation.jinja",
        {
            "d": disagreement,
            "child": disagreement.child,
            "form": form,
            "weeks": settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS,
        },
    )


def disagreement_url(disagreement) -> str:
    return reverse("disagreements:detail", kwargs={"pk": disagreement.pk})


@require_http_methods(["GET", "POST"])
@rule_required("disagreements.change_disagreement")
def respond(request, pk: int):
    """Record (or correct) the ICB's answer: agree, or not agree with reasons."""
    scope = Scope.for_user(request.user)
    recommendation = get_object_or_404(
        scope.disagreements_recommendations().select_related(
            "disagreement__child", "disagreement__local_authority"
        ),
        pk=pk,
    )
    disagreement = recommendation.disagreement
    auditor = Auditor.from_request(request)
    if request.method == "POST":
        form = ResponseForm(request.POST, recommendation=recommendation)
        if form.is_valid():
            services.record_response(recommendation, auditor=auditor, **form.response_fields)
            messages.success(request, "Response recorded")
            return redirect(f"{disagreement_url(disagreement)}#recommendation-{recommendation.pk}")
    else:
        sent_to = [
            key
            for key, sent in (
                ("parent", recommendation.sent_to_parent),
                ("la", recommendation.sent_to_la),
            )
            if sent
        ]
        form = ResponseForm(
            initial={
                "response": recommendation.response,
                "reasons": recommendation.reasons,
                "responded_on": recommendation.responded_on,
                "sent_to": sent_to,
            },
            recommendation=recommendation,
        )
    auditor.view(disagreement.child)
    return render(
        request,
        "disagreements/respond.jinja",
        {
            "d": disagreement,
            "child": disagreement.child,
            "r": recommendation,
            "form": form,
        },
    )
