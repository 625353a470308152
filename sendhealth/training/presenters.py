"""What the training pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.training.figures import OrganisationRow, TopicRow
from sendhealth.training.models import TrainingNeed, TrainingSession

SESSION_HEAD = [
    {"text": "Session"},
    {"text": "Topic"},
    {"text": "Date"},
    {"text": "Attendees", "format": "numeric"},
    {"text": "Average score", "format": "numeric"},
]
NEED_HEAD = [
    {"text": "Organisation"},
    {"text": "Topic"},
    {"text": "Who needs it"},
    {"text": "Identified"},
    {"text": "Status"},
]
TOPIC_HEAD = [
    {"text": "Topic"},
    {"text": "Sessions", "format": "numeric"},
    {"text": "Attendees", "format": "numeric"},
    {"text": "Average score", "format": "numeric"},
    {"text": "Needs not yet planned", "format": "numeric"},
]
ORGANISATION_HEAD = [
    {"text": "Organisation"},
    {"text": "Sessions attended", "format": "numeric"},
    {"text": "Attendees", "format": "numeric"},
    {"text": "Needs not yet planned", "format": "numeric"},
]


def score_text(score) -> str:
    return f"{float(score):.1f}" if score is not None else "No evaluations"


def session_row(session: TrainingSession) -> list[dict]:
    return [
        {
            "text": f"{session.reference}: {session.title}",
            "href": reverse("training:detail", args=[session.pk]),
        },
        {"text": session.get_topic_display()},
        {"text": format_date(session.delivered_on)},
        {"text": getattr(session, "people", None) or 0, "format": "numeric"},
        {"text": score_text(session.average_score), "format": "numeric"},
    ]


def need_row(need: TrainingNeed, *, can_change: bool) -> list[dict]:
    cell = {"text": need.organisation.name}
    if can_change:
        cell["href"] = reverse("training:need", args=[need.pk])
    return [
        cell,
        {"text": need.get_topic_display()},
        {"text": need.get_role_display()},
        {"text": format_date(need.identified_on)},
        {"text": need.get_status_display()},
    ]


def topic_rows(rows: list[TopicRow]) -> list[list[dict]]:
    return [
        [
            {"text": r.topic},
            {"text": r.sessions, "format": "numeric"},
            {"text": r.attendees, "format": "numeric"},
            {"text": score_text(r.average_score), "format": "numeric"},
            {"text": r.open_needs, "format": "numeric"},
        ]
        for r in rows
    ]


def organisation_rows(rows: list[OrganisationRow]) -> list[list[dict]]:
    return [
        [
            {"text": r.organisation},
            {"text": r.sessions, "format": "numeric"},
            {"text": r.attendees, "format": "numeric"},
            {"text": r.open_needs, "format": "numeric"},
        ]
        for r in rows
    ]


def summary_rows(session: TrainingSession) -> list[dict]:
    def row(key, value):
        return {"key": {"text": key}, "value": {"text": value}}

    return [
        row("Topic", session.get_topic_display()),
        row("Date delivered", format_date(session.delivered_on)),
        row("Delivered by", session.delivered_by or "Not recorded"),
        row("Evaluations returned", str(session.evaluations)),
        row("Average score (1 to 5)", score_text(session.average_score)),
        row("Notes", session.notes or "None"),
    ]
