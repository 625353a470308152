"""Disagreements, tribunals and health recommendations for the board's reports (see
``core.reporting``): counts by kind and outcome, and recommendations answered within the
5 weeks ``rules.tribunal_recommendation_response_due`` sets."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table, share
from sendhealth.disagreements.models import (
    Disagreement,
    Kind,
    Outcome,
    TribunalRecommendation,
)

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"disagreements": 40}


def sections(icb, la, start, end) -> list[Section]:
    found = Disagreement.objects.filter(icb=icb)
    recommendations = TribunalRecommendation.objects.filter(disagreement__icb=icb)
    if la is not None:
        found = found.filter(local_authority=la)
        recommendations = recommendations.filter(disagreement__local_authority=la)
    registered = dict(
        found.filter(registered_on__gte=start, registered_on__lte=end)
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    outcomes = {
        (kind, outcome): n
        for kind, outcome, n in found.filter(outcome_on__gte=start, outcome_on__lte=end)
        .order_by()
        .values_list("kind", "outcome")
        .annotate(n=Count("pk"))
    }
    due = list(
        recommendations.filter(response_due_on__gte=start, response_due_on__lte=end).values_list(
            "response_due_on", "responded_on"
        )
    )
    answered_in_time = sum(1 for due_on, done in due if done is not None and done <= due_on)
    late_or_open = len(due) - answered_in_time
    outcome_labels = [label for value, label in Outcome.choices]
    rows = [
        [
            label,
            registered.get(kind, 0),
            *[outcomes.get((kind, value), 0) for value, _ in Outcome.choices],
        ]
        for kind, label in Kind.choices
    ]
    return [
        Section(
            key="disagreements",
            title="Disagreements, tribunals and health recommendations",
            definition=(
                "Mediation, complaints and SEND Tribunal appeals with a health element, by the "
                "date registered, and their outcomes by the date decided; the tribunal's health "
                "recommendations whose response fell due in the period, and the share answered "
                "by the ICB within 5 weeks of the decision."
            ),
            figures=[
                Figure(
                    key="disagreements_registered",
                    label="Disagreements registered",
                    value=sum(registered.values()),
                    definition="Mediation, complaints and appeals registered in the period",
                ),
                Figure(
                    key="appeals_registered",
                    label="Tribunal appeals with a health element",
                    value=registered.get(Kind.APPEAL, 0),
                    definition="SEND Tribunal appeals registered in the period",
                ),
                Figure(
                    key="recommendations_answered_5_weeks",
                    label="Health recommendations answered within 5 weeks",
                    value=share(answered_in_time, len(due)),
                    unit="percent",
                    numerator=answered_in_time,
                    denominator=len(due),
                    better="higher",
                    definition=(
                        "Of the recommendations whose response was due in the period, the "
                        "share answered on or before the due date"
                    ),
                ),
            ],
            tables=[
                Table(
                    key="disagreements_by_kind",
                    caption="Registered and decided, by kind and outcome",
                    head=["Kind", "Registered", *outcome_labels],
                    rows=rows,
                    count_columns=list(range(1, 2 + len(outcome_labels))),
                )
            ],
            risks=(
                [
                    f"{late_or_open} tribunal health recommendation(s) due in the period were "
                    "not answered within 5 weeks."
                ]
                if late_or_open
                else []
            ),
        )
    ]


def _registered(scope, icb, la, start, end, kind=None) -> Records:
    found = scope.disagreements().filter(icb=icb, registered_on__gte=start, registered_on__lte=end)
    if la is not None:
        found = found.filter(local_authority=la)
    if kind is not None:
        found = found.filter(kind=kind)
    return Records(
        found.select_related("local_authority").order_by("registered_on", "pk"),
        ["Reference", "Kind", "Local authority", "Registered", "Outcome"],
        lambda d: [
            {"text": d.reference, "href": reverse("disagreements:detail", args=[d.pk])},
            {"text": d.get_kind_display()},
            {"text": d.local_authority.name},
            {"text": f"{format_date(d.registered_on)}"},
            {"text": d.get_outcome_display() or "Not yet"},
        ],
    )


RECORDS = {
    "disagreements_registered": _registered,
    "appeals_registered": lambda scope, icb, la, start, end: _registered(
        scope, icb, la, start, end, kind=Kind.APPEAL
    ),
}
