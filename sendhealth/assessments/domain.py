"""The 20-week pathway's own logic: the DfE's definitions of the SEN2 timeliness figures, and
health's part in the clock. Every date comes from ``sendhealth.rules``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sendhealth import rules

AT_RISK_DAYS = 42  # an open assessment whose 20-week date is this near, with advice overdue

# SEN2 codes after which no later statutory clock runs (guide items 2.5 and 3.1): a request the
# LA decided not to assess, or that was withdrawn before that decision, has no 16- or 20-week
# date; an assessment that ended without a plan (decided not to issue, or withdrawn) has no
# 20-week date either.
NOT_ASSESSED = {
    "N": "the local authority decided not to assess",
    "W": "the request was withdrawn before the decision whether to assess",
}
NO_PLAN = {
    "N": "the local authority decided not to issue a plan",
    "W": "the request was withdrawn before the decision whether to issue a plan",
}


def not_assessed(request_outcome: str) -> str | None:
    """Why the assessment never started (so no 16- or 20-week date applies), or None."""
    return NOT_ASSESSED.get(request_outcome)


def clock_ended(request_outcome: str, assessment_outcome: str) -> str | None:
    """Why no final plan is due (reg 13(2) no longer applies), or None while it is."""
    return NOT_ASSESSED.get(request_outcome) or NO_PLAN.get(assessment_outcome)


DEFINITIONS = {
    "plans_including": (
        "EHC plans issued within 20 weeks, including exception cases: of the new plans issued "
        "in the calendar year (SEN2 module 3 outcome date, where module 4a names a plan), the "
        "share issued on or before the day 20 weeks after the request was received (received "
        "+ 140 days, SEND Regulations 2014 reg 13(2)). Every plan counts."
    ),
    "plans_excluding": (
        "EHC plans issued within 20 weeks, excluding exception cases: the same share, leaving "
        'out the plans the LA marked "20-week exceptions apply" (SEN2 week20; regs 5(4), '
        "10(4), 13(3)) from both the plans within 20 weeks and all plans."
    ),
    "requests_6_weeks": (
        "Requests decided within 6 weeks: of the requests with a decision whether to assess "
        "(SEN2 module 2 outcome date) in the calendar year, the share decided on or before "
        "received + 42 days (reg 5(1))."
    ),
    "reviews_4_weeks": (
        "Annual review decisions within 4 weeks: of the review decisions (SEN2 5a decision date) "
        "in the calendar year, the share made on or before the meeting + 4 weeks (reg 20(10), "
        "the period set by SENDHEALTH_REVIEW_DECISION_WEEKS)."
    ),
}


def plan_within_20_weeks(received: date, issued: date) -> bool:
    return rules.is_on_time(rules.ehc_deadlines(received).final_plan, issued)


def request_within_6_weeks(received: date, decided: date) -> bool:
    return rules.is_on_time(rules.ehc_deadlines(received).decision_to_assess, decided)


def review_within_4_weeks(meeting: date, decided: date, weeks: int = 4) -> bool:
    return rules.is_on_time(rules.review_decision_due(meeting, weeks=weeks), decided)


@dataclass(frozen=True)
class Share:
    within: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.within / self.total if self.total else None

    @property
    def text(self) -> str:
        if not self.total:
            return "No cases"
        return f"{100 * self.within / self.total:.1f}% ({self.within} of {self.total})"


def plan_shares(cases: Iterable[tuple[date, date, bool | None]]) -> tuple[Share, Share]:
    """(including exceptions, excluding exceptions) for (received, issued, week20) cases."""
    within = total = within_ex = total_ex = 0
    for received, issued, week20 in cases:
        on_time = plan_within_20_weeks(received, issued)
        total += 1
        within += on_time
        if not week20:
            total_ex += 1
            within_ex += on_time
    return Share(within, total), Share(within_ex, total_ex)


def share(flags: Iterable[bool]) -> Share:
    values = list(flags)
    return Share(sum(values), len(values))


def advice_on_time(assignments: Iterable) -> bool | None:
    """Health's advice for an assessment was within 6 weeks (reg 8(1)): every service's advice
    completed by its due date, or late with a reg 8(2) exception. None while any is open or
    when no advice was asked of health."""
    items = list(assignments)
    if not items:
        return None
    if any(a.completed_on is None for a in items):
        return None
    return all(a.completed_on <= a.due_on or a.has_exception for a in items)


def advice_overdue(assignments: Iterable, today: date) -> bool:
    return any(a.completed_on is None and a.due_on < today for a in assignments)


def at_risk(final_due: date | None, issued: bool, overdue: bool, today: date) -> bool:
    """Health advice overdue with the 20-week date near (within AT_RISK_DAYS) or passed."""
    if final_due is None or issued or not overdue:
        return False
    return (final_due - today).days <= AT_RISK_DAYS


def step_errors(received: date, data: dict) -> dict[str, str]:
    """What is wrong with the steps of an assessment typed by hand, by field: each date in the
    order the law runs them (request, decision whether to assess, draft, outcome, cease)."""
    errors: dict[str, str] = {}
    decision, decided = data.get("decision"), data.get("decided_on")
    outcome, outcome_on = data.get("outcome"), data.get("outcome_on")
    draft, ceased = data.get("draft_plan_on"), data.get("ceased_on")
    if decision in ("assess", "not_assess") and decided is None:
        errors["decided_on"] = "Enter the date of the decision whether to assess"
    if decision == "not_yet" and decided is not None:
        errors["decision"] = "Select the decision whether to assess, or remove its date"
    if decided is not None and decided < received:
        errors["decided_on"] = (
            "The decision whether to assess must be on or after the date the request was "
            f"received ({rules.format_date(received)})"
        )
    if outcome in ("plan", "no_plan"):
        if decision != "assess":
            errors["outcome"] = (
                "Record the decision to assess first: an assessment has an outcome only after it"
            )
        if outcome_on is None:
            errors["outcome_on"] = "Enter the date of the outcome"
    if outcome == "not_yet" and outcome_on is not None:
        errors["outcome"] = "Select the outcome of the assessment, or remove its date"
    if outcome_on is not None and decided is not None and outcome_on < decided:
        errors["outcome_on"] = "The outcome must be on or after the decision to assess"
    if draft is not None:
        if decision != "assess":
            errors["draft_plan_on"] = "A draft plan follows a decision to assess: record it first"
        elif decided is not None and draft < decided:
            errors["draft_plan_on"] = "The draft plan must be on or after the decision to assess"
        elif outcome == "plan" and outcome_on is not None and draft > outcome_on:
            errors["draft_plan_on"] = "The draft plan must be on or before the final plan"
    if ceased is not None:
        if outcome != "plan":
            errors["ceased_on"] = "Only an issued plan can cease: remove the date"
        elif outcome_on is not None and ceased < outcome_on:
            errors["ceased_on"] = "The plan must cease on or after the date it was issued"
        elif not data.get("cease_reason"):
            errors["cease_reason"] = "Select why the plan ceased"
    elif data.get("cease_reason"):
        errors["ceased_on"] = "Enter the date the plan ceased, or remove the reason"
    errors.update({k: v for k, v in dispute_errors(received, data).items() if k not in errors})
    return errors


def dispute_errors(received: date, data: dict) -> dict[str, str]:
    """What is wrong with the mediation and tribunal dates: each needs the yes/no SEN2
    carries (what the dispute is about), and they run in order (mediation, certificate,
    appeal registered, hearing, decision), none before the request."""
    errors: dict[str, str] = {}
    disputes = set(data.get("disputes") or ())
    mediation, certificate = data.get("mediation_on"), data.get("mediation_certificate_on")
    registered, hearing = data.get("appeal_registered_on"), data.get("hearing_on")
    decided, outcome = data.get("tribunal_decision_on"), data.get("tribunal_outcome")
    named = {
        "mediation_on": mediation,
        "mediation_certificate_on": certificate,
        "appeal_registered_on": registered,
        "hearing_on": hearing,
        "tribunal_decision_on": decided,
    }
    for name, day in named.items():
        if day is not None and day < received:
            errors[name] = (
                "Must be on or after the date the request was received "
                f"({rules.format_date(received)})"
            )
    if (mediation or certificate) and not disputes & {"request_mediation", "assessment_mediation"}:
        errors["disputes"] = (
            "Select what the mediation was about (the decision whether to assess, or the "
            "assessment's outcome)"
        )
    if (registered or hearing or decided or outcome) and not disputes & {
        "request_tribunal",
        "assessment_tribunal",
    }:
        errors["disputes"] = (
            "Select what the tribunal appeal was about (the decision whether to assess, or "
            "the assessment's outcome)"
        )
    if mediation and certificate and certificate < mediation:
        errors.setdefault(
            "mediation_certificate_on",
            "The mediation certificate must be on or after the mediation meeting",
        )
    if (hearing or decided) and registered is None:
        errors.setdefault(
            "appeal_registered_on", "Enter the date the tribunal registered the appeal"
        )
    if registered and hearing and hearing < registered:
        errors.setdefault("hearing_on", "The hearing must be on or after the appeal was registered")
    if decided and registered and decided < registered:
        errors.setdefault(
            "tribunal_decision_on", "The decision must be on or after the appeal was registered"
        )
    if decided and hearing and decided < hearing:
        errors.setdefault("tribunal_decision_on", "The decision must be on or after the hearing")
    if outcome and decided is None:
        errors.setdefault("tribunal_decision_on", "Enter the date of the tribunal decision")
    if decided and not outcome:
        errors.setdefault("tribunal_outcome", "Select the outcome of the appeal")
    if data.get("tribunal_order") and decided is None:
        errors.setdefault(
            "tribunal_decision_on",
            "Enter the date of the tribunal decision: the order's deadlines run from it",
        )
    return errors


def review_errors(issued: date | None, data: dict) -> dict[str, str]:
    """What is wrong with an annual review typed by hand: it follows an issued plan, the
    decision follows the meeting, and a phase transfer names its year and kind together."""
    errors: dict[str, str] = {}
    meeting, decided = data.get("review_meeting_on"), data.get("review_decided_on")
    year, kind = data.get("next_transfer_year"), data.get("transfer_kind")
    if issued is None:
        errors["review_meeting_on"] = (
            "Record the final plan first: an annual review follows an issued plan"
        )
    elif meeting is not None and meeting < issued:
        errors["review_meeting_on"] = (
            "The review meeting must be on or after the plan was issued "
            f"({rules.format_date(issued)})"
        )
    if decided is not None and meeting is not None and decided < meeting:
        errors["review_decided_on"] = "The review decision must be on or after the meeting"
    if year and not kind:
        errors["transfer_kind"] = "Select the kind of transfer"
    if kind and not year:
        errors["next_transfer_year"] = "Enter the year of the transfer"
    if data.get("phase_transfer_final_on") and not year:
        errors.setdefault("next_transfer_year", "Enter the year of the transfer")
    return errors


def phase_transfer_due(year: int | None, to_post16: bool) -> date | None:
    """The plan reviewed and amended before the transfer (SEND Regs 2014 reg 18(1))."""
    return rules.phase_transfer_deadline(year, to_post16) if year else None
