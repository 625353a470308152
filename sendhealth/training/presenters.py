"""What the training pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.core.figures_table import ShownTable, count_text, figures_table
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


def topic_table(rows: list[TopicRow], totals: dict, suppress: bool) -> ShownTable:
    """The topics and the year's total (the last row) as shown: for the board, counts from 1
    to 4 are "fewer than 5" with a complement, and an average score from a hidden number of
    sessions is not shown (``core.figures_table``)."""
    values = [[r.topic, r.sessions, r.attendees, r.average_score, r.open_needs] for r in rows] + [
        [
            "All topics",
            totals["sessions"],
            totals["attendees"],
            totals["average_score"],
            sum(r.open_needs for r in rows),
        ]
    ]
    return figures_table(
        [h["text"] for h in TOPIC_HEAD],
        values,
        suppress=suppress,
        counts=[1, 2, 4],
        derived={3: (1,)},
        fmt=score_or_count,
    )


def organisation_table(rows: list[OrganisationRow], suppress: bool) -> ShownTable:
    return figures_table(
        [h["text"] for h in ORGANISATION_HEAD],
        [[r.organisation, r.sessions, r.attendees, r.open_needs] for r in rows],
        suppress=suppress,
        counts=[1, 2, 3],
    )


def score_or_count(value) -> str:
    return count_text(value) if isinstance(value, int | str) else score_text(value)


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
