"""What the register's pages show: status tags, the deadline that matters now and its "due in
N days" / "N days overdue" phrase, worked out here so templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sendhealth.core.presenters import due_phrase, tag
from sendhealth.disagreements.domain import Timeliness, response_timeliness
from sendhealth.disagreements.models import Disagreement, Kind, TribunalRecommendation

_TIMELINESS_TAGS = {
    Timeliness.ON_TIME: ("Answered on time", "accepted"),
    Timeliness.LATE: ("Answered late", "withdrawn"),
    Timeliness.DUE: ("Response due", "awaiting"),
    Timeliness.OVERDUE: ("Response overdue", "overdue"),
}


def status_tag(disagreement: Disagreement) -> dict:
    if disagreement.outcome:
        return tag(disagreement.get_outcome_display(), "returned")
    return tag("Open", "new")


def recommendation_tag(recommendation: TribunalRecommendation, today: date) -> dict:
    timeliness = response_timeliness(
        recommendation.response_due_on, recommendation.responded_on, today
    )
    text, key = _TIMELINESS_TAGS[timeliness]
    return tag(text, key)


def recommendation_due_phrase(recommendation: TribunalRecommendation, today: date) -> str:
    """ "due in 5 days" / "3 days overdue" while unanswered; nothing once answered."""
    if recommendation.responded_on is not None:
        return ""
    return due_phrase(recommendation.response_due_on, today)


@dataclass(frozen=True)
class NextDate:
    label: str
    on: date
    phrase: str


def next_date(disagreement: Disagreement, open_due: list[date], today: date) -> NextDate | None:
    """The date that matters now for an open disagreement: the earliest unanswered
    recommendation's response, else the appeal deadline while it is ahead or the hearing."""
    if open_due:
        due = min(open_due)
        return NextDate("Recommendation response", due, due_phrase(due, today))
    if disagreement.outcome:
        return None
    if disagreement.kind == Kind.APPEAL:
        if disagreement.hearing_on and disagreement.hearing_on >= today:
            return NextDate("Hearing", disagreement.hearing_on, "")
        if disagreement.appeal_deadline and disagreement.hearing_on is None:
            deadline = disagreement.appeal_deadline
            return NextDate("Appeal deadline", deadline, due_phrase(deadline, today))
    return None


@dataclass(frozen=True)
class ListRow:
    disagreement: Disagreement
    status: dict
    next: NextDate | None


def list_rows(disagreements, today: date) -> list[ListRow]:
    """Rows for the list; ``open_due_dates`` is annotated on each row by the view's query."""
    rows = []
    for d in disagreements:
        open_due = [r.response_due_on for r in d.open_recommendations]
        rows.append(ListRow(d, status_tag(d), next_date(d, open_due, today)))
    return rows


def sent_to_text(recommendation: TribunalRecommendation) -> str:
    sent = []
    if recommendation.sent_to_parent:
        sent.append("the parent or young person")
    if recommendation.sent_to_la:
        sent.append("the local authority")
    return " and ".join(sent).capitalize() if sent else "Not sent"
