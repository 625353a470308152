"""The register's pure rules: deadlines and the checks a disagreement or a response must pass.
No ORM here; forms, the API and the services call these.

Statutory clocks come from ``sendhealth.rules``: the appeal deadline (HESC Rules 2008 r20(1),
r12) and the 5-week answer to a tribunal health recommendation (SI 2017/1306; the number of
weeks is the ``TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS`` setting, as it is not confirmed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sendhealth.rules import (
    format_date,
    tribunal_appeal_deadline,
    tribunal_recommendation_response_due,
)

MEDIATION_ONLY_OUTCOMES = frozenset({"resolved", "not_resolved"})
APPEAL = "appeal"
MEDIATION = "mediation"


def appeal_deadline(kind: str, decision_letter: date | None, certificate: date | None):
    """The last day for the tribunal to receive an appeal, for an appeal with a decision letter;
    None otherwise (mediation and complaints have no tribunal deadline)."""
    if kind != APPEAL or decision_letter is None:
        return None
    return tribunal_appeal_deadline(decision_letter, certificate)


WITHDRAWN = "withdrawn"


def recommendation_refusal(kind: str, outcome: str, outcome_on: date | None) -> str | None:
    """Why a tribunal health recommendation cannot be recorded on this disagreement; None if it
    can. The tribunal makes recommendations on health in its decision on an appeal (SI
    2017/1306), so there is none on a mediation or complaint, on an appeal not yet decided, or
    on one withdrawn or conceded (the tribunal decided nothing)."""
    if kind != APPEAL:
        return "Only a tribunal appeal has tribunal recommendations"
    if not outcome or outcome_on is None:
        return (
            "The tribunal has not decided this appeal yet. Record the appeal's outcome and its "
            "date first: a health recommendation comes with the tribunal's decision"
        )
    if outcome == WITHDRAWN:
        return (
            "This appeal was withdrawn or conceded, so the tribunal made no decision and no "
            "recommendation"
        )
    return None


def recommendation_issued_error(issued: date, outcome_on: date) -> str | None:
    """A recommendation is issued with the tribunal's decision: not before it."""
    if issued < outcome_on:
        return (
            "Date the recommendation was issued must be on or after the date of the tribunal's "
            f"decision ({format_date(outcome_on)})"
        )
    return None


def response_due(issued: date, weeks: int) -> date:
    """When the ICB's answer to a tribunal recommendation is due (SI 2017/1306)."""
    return tribunal_recommendation_response_due(issued, weeks=weeks)


@dataclass(frozen=True)
class DisagreementDates:
    kind: str
    registered: date | None
    decision_letter: date | None = None
    certificate: date | None = None
    hearing: date | None = None
    outcome: str = ""
    outcome_on: date | None = None


def disagreement_errors(d: DisagreementDates, today: date) -> dict[str, str]:
    """What is wrong with a disagreement's dates and outcome, by field name (empty if nothing).

    The dates must be in the order events happen: decision letter, mediation certificate,
    registration, hearing, outcome. Only an appeal has a hearing and needs a decision letter;
    "resolved at mediation" and "not resolved" are outcomes of mediation only."""
    errors: dict[str, str] = {}
    if d.kind == APPEAL and d.decision_letter is None:
        errors["decision_letter_on"] = "Enter the date of the decision letter for an appeal"
    if d.registered and d.registered > today:
        errors["registered_on"] = "Date registered must be today or in the past"
    if d.decision_letter:
        if d.decision_letter > today:
            errors["decision_letter_on"] = "Decision letter date must be today or in the past"
        if d.certificate and d.certificate < d.decision_letter:
            errors["mediation_certificate_on"] = (
                "Mediation certificate date must be on or after the decision letter"
            )
        if d.registered and d.registered < d.decision_letter:
            errors.setdefault(
                "registered_on", "Date registered must be on or after the decision letter"
            )
    if d.certificate and d.certificate > today:
        errors["mediation_certificate_on"] = (
            "Mediation certificate date must be today or in the past"
        )
    if d.hearing:
        if d.kind != APPEAL:
            errors["hearing_on"] = "Only a tribunal appeal has a hearing date"
        elif d.decision_letter and d.hearing < d.decision_letter:
            errors["hearing_on"] = "Hearing date must be after the decision letter"
        elif d.registered and d.hearing < d.registered:
            errors["hearing_on"] = "Hearing date must be on or after the date registered"
    if d.outcome and d.outcome in MEDIATION_ONLY_OUTCOMES and d.kind != MEDIATION:
        errors["outcome"] = "Resolved or not resolved at mediation is an outcome of mediation only"
    if d.outcome and d.outcome_on is None:
        errors["outcome_on"] = "Enter the outcome date"
    if d.outcome_on:
        if not d.outcome:
            errors["outcome"] = "Select the outcome"
        if d.outcome_on > today:
            errors["outcome_on"] = "Outcome date must be today or in the past"
        elif d.registered and d.outcome_on < d.registered:
            errors["outcome_on"] = "Outcome date must be on or after the date registered"
    return errors


@dataclass(frozen=True)
class ResponseFacts:
    issued: date
    response: str
    reasons: str
    responded_on: date | None
    sent_to_parent: bool
    sent_to_la: bool


def response_errors(r: ResponseFacts, today: date) -> dict[str, str]:
    """What is wrong with the ICB's answer to a recommendation. Reasons are required when the
    ICB does not agree, and the answer goes to both the parent or young person and the local
    authority (SI 2017/1306)."""
    errors: dict[str, str] = {}
    if r.response == "not_agree" and not r.reasons.strip():
        errors["reasons"] = "Give the reasons the ICB does not agree"
    if r.responded_on is None:
        errors["responded_on"] = "Enter the date of the response"
    elif r.responded_on > today:
        errors["responded_on"] = "Date of the response must be today or in the past"
    elif r.responded_on < r.issued:
        errors["responded_on"] = (
            "Date of the response must be on or after the date the recommendation was issued"
        )
    if not (r.sent_to_parent and r.sent_to_la):
        errors["sent_to"] = (
            "Send the response to both the parent or young person and the local authority"
        )
    return errors


class Timeliness(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    DUE = "due"
    OVERDUE = "overdue"


def response_timeliness(due: date, responded_on: date | None, today: date) -> Timeliness:
    """On time if answered by the due date; late after it; while unanswered, due or overdue."""
    if responded_on is not None:
        return Timeliness.ON_TIME if responded_on <= due else Timeliness.LATE
    return Timeliness.DUE if today <= due else Timeliness.OVERDUE
