"""Statutory clocks for EHC needs assessments and plans.

Sources: Special Educational Needs and Disability Regulations 2014 (SI 2014/1530, "SEND Regs")
and the Children and Families Act 2014 (CFA). "Weeks" are calendar weeks (6 weeks = 42 days)
and "months" calendar months, clipped to the last day of a shorter month. These clocks never
move for weekends or bank holidays; only tribunal time limits do (see ``tribunal``).
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "EHCDeadlines",
    "add_months",
    "add_weeks",
    "amended_plan_comments_due",
    "amended_plan_due",
    "annual_review_due",
    "draft_plan_comments_due",
    "ehc_deadlines",
    "health_advice_due",
    "phase_transfer_deadline",
    "reassessment_final_plan_due",
    "review_decision_due",
    "review_meeting_notice_by",
]

DECISION_TO_ASSESS_WEEKS = 6  # reg 5(1)
HEALTH_ADVICE_WEEKS = 6  # reg 8(1)
DECISION_NOT_TO_ISSUE_WEEKS = 16  # reg 10(1)
FINAL_PLAN_WEEKS = 20  # reg 13(2)
COMMENTS_DAYS = 15  # reg 13(1)(a), reg 22(3)
REASSESSMENT_FINAL_PLAN_WEEKS = 14  # reg 27(2)
REVIEW_NOTICE_WEEKS = 2  # reg 20(3)-(4)
REVIEW_DECISION_WEEKS = 4  # reg 20(10): secondary sources, not confirmed, so a parameter
AMENDED_PLAN_WEEKS = 8  # reg 22(2)(c)
ANNUAL_REVIEW_MONTHS = 12  # CFA s44(1)


def add_weeks(d: date, weeks: int) -> date:
    """``d`` plus calendar weeks (SEND Regs 2014: weeks are 7 calendar days each)."""
    return d + timedelta(weeks=weeks)


def add_months(d: date, months: int) -> date:
    """``d`` plus calendar months, clipped to the month's last day (31 Jan + 1 = 28/29 Feb).

    "Month" means calendar month (Interpretation Act 1978 Sch 1), counted to the corresponding
    date, or the last day of the month where there is none (Dodds v Walker, House of Lords,
    1981). ``months`` may be negative.
    """
    month_index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last_day))


@dataclass(frozen=True)
class EHCDeadlines:
    """The local authority's deadlines counted from a request for an EHC needs assessment."""

    decision_to_assess: date
    decision_not_to_issue: date
    final_plan: date


def ehc_deadlines(request_received: date) -> EHCDeadlines:
    """Deadlines from the day the local authority received the request for an assessment.

    Decision whether to assess: +6 weeks (SEND Regs reg 5(1)). Decision not to issue a plan
    after assessing: +16 weeks (reg 10(1)). Final EHC plan issued: +20 weeks (reg 13(2)).
    """
    return EHCDeadlines(
        decision_to_assess=add_weeks(request_received, DECISION_TO_ASSESS_WEEKS),
        decision_not_to_issue=add_weeks(request_received, DECISION_NOT_TO_ISSUE_WEEKS),
        final_plan=add_weeks(request_received, FINAL_PLAN_WEEKS),
    )


def health_advice_due(received: date) -> date:
    """Health advice due: 6 weeks (42 days) after the health body received the request.

    SEND Regs 2014 reg 8(1). Received Monday 5 January 2026: due Monday 16 February 2026.
    """
    return add_weeks(received, HEALTH_ADVICE_WEEKS)


def draft_plan_comments_due(served: date) -> date:
    """End of the 15 days a parent or young person has to comment on a draft plan.

    SEND Regs 2014 reg 13(1)(a): "at least 15 days" from the day the draft was served.
    """
    return served + timedelta(days=COMMENTS_DAYS)


def annual_review_due(last_review_or_issue: date) -> date:
    """Latest date for the next review: 12 calendar months after the plan or last review.

    CFA 2014 s44(1)(a)-(b): reviewed within 12 months of the plan being made, then within
    12 months of each previous review. 29 February 2024: 28 February 2025.
    """
    return add_months(last_review_or_issue, ANNUAL_REVIEW_MONTHS)


def review_meeting_notice_by(meeting: date) -> date:
    """Last day to invite people to a review meeting and circulate its advice.

    SEND Regs 2014 reg 20(3)-(4): at least 2 weeks' notice of the meeting, and advice
    circulated at least 2 weeks before it.
    """
    return add_weeks(meeting, -REVIEW_NOTICE_WEEKS)


def review_decision_due(review_meeting: date, *, weeks: int = REVIEW_DECISION_WEEKS) -> date:
    """The local authority's decision after a review meeting: +4 weeks by default.

    SEND Regs 2014 reg 20(10) according to secondary sources; the period is not confirmed, so
    callers pass the configured number of weeks.
    """
    return add_weeks(review_meeting, weeks)


def amended_plan_due(proposed_amendments_sent: date) -> date:
    """Amended final plan due: 8 weeks after the proposed amendments were sent.

    SEND Regs 2014 reg 22(2)(c).
    """
    return add_weeks(proposed_amendments_sent, AMENDED_PLAN_WEEKS)


def amended_plan_comments_due(sent: date) -> date:
    """End of the at least 15 days for comments on proposed amendments (SEND Regs reg 22(3))."""
    return sent + timedelta(days=COMMENTS_DAYS)


def reassessment_final_plan_due(request: date) -> date:
    """Final plan after a re-assessment: 14 weeks after the request (SEND Regs 2014 reg 27(2))."""
    return add_weeks(request, REASSESSMENT_FINAL_PLAN_WEEKS)


def phase_transfer_deadline(transfer_year: int, to_post16: bool) -> date:
    """Plan reviewed and amended before a transfer between phases (SEND Regs 2014 reg 18(1)).

    15 February of the calendar year of the transfer; 31 March where the transfer is from
    secondary school to a post-16 institution.
    """
    if to_post16:
        return date(transfer_year, 3, 31)
    return date(transfer_year, 2, 15)
