"""Training figures by topic and by organisation: counts and averages only (no child, no
attendee named), for the DCO, the board and the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Sum

from sendhealth.training.domain import weighted_score
from sendhealth.training.models import Attendance, NeedStatus, Topic, TrainingNeed, TrainingSession


@dataclass(frozen=True)
class TopicRow:
    topic: str
    sessions: int
    attendees: int
    average_score: float | None
    open_needs: int


@dataclass(frozen=True)
class OrganisationRow:
    organisation: str
    sessions: int
    attendees: int
    open_needs: int


def by_topic(icb_ids, start: date, end: date) -> list[TopicRow]:
    sessions = TrainingSession.objects.filter(
        icb_id__in=icb_ids, delivered_on__gte=start, delivered_on__lte=end
    )
    counts = dict(sessions.values("topic").annotate(n=Count("pk")).values_list("topic", "n"))
    people = dict(
        Attendance.objects.filter(session__in=sessions)
        .values("session__topic")
        .annotate(n=Sum("attendees"))
        .values_list("session__topic", "n")
    )
    scores: dict[str, list] = {}
    for topic, evaluations, score in sessions.values_list("topic", "evaluations", "average_score"):
        scores.setdefault(topic, []).append((evaluations, score))
    needs = dict(
        TrainingNeed.objects.filter(icb_id__in=icb_ids, status=NeedStatus.OPEN)
        .values("topic")
        .annotate(n=Count("pk"))
        .values_list("topic", "n")
    )
    return [
        TopicRow(
            label,
            counts.get(key, 0),
            people.get(key) or 0,
            weighted_score(scores.get(key, [])),
            needs.get(key, 0),
        )
        for key, label in Topic.choices
        if counts.get(key) or needs.get(key)
    ]


def by_organisation(icb_ids, start: date, end: date) -> list[OrganisationRow]:
    rows = (
        Attendance.objects.filter(
            session__icb_id__in=icb_ids,
            session__delivered_on__gte=start,
            session__delivered_on__lte=end,
        )
        .values("organisation_id", "organisation__name")
        .annotate(sessions=Count("session", distinct=True), attendees=Sum("attendees"))
        .order_by("organisation__name")
    )
    needs = dict(
        TrainingNeed.objects.filter(icb_id__in=icb_ids, status=NeedStatus.OPEN)
        .values("organisation_id")
        .annotate(n=Count("pk"))
        .values_list("organisation_id", "n")
    )
    return [
        OrganisationRow(
            r["organisation__name"],
            r["sessions"],
            r["attendees"] or 0,
            needs.get(r["organisation_id"], 0),
        )
        for r in rows
    ]


def totals(icb_ids, start: date, end: date) -> dict:
    sessions = TrainingSession.objects.filter(
        icb_id__in=icb_ids, delivered_on__gte=start, delivered_on__lte=end
    )
    return {
        "sessions": sessions.count(),
        "attendees": Attendance.objects.filter(session__in=sessions).aggregate(n=Sum("attendees"))[
            "n"
        ]
        or 0,
        "average_score": weighted_score(sessions.values_list("evaluations", "average_score")),
    }
