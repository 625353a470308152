"""Statutory rules for SEND health work in England, as pure functions (no Django).

Each rule cites the regulation or section it implements in its docstring. The modules:
``nhs_number`` (NHS number check digit), ``ages`` (compulsory school age, young person),
``clocks`` (SEND Regulations 2014 week and month clocks), ``working_days`` and ``tribunal``
(HESC Rules 2008 time limits; SEND Regs 2014 reg 44, complying with the tribunal's order),
``exceptions`` and ``reporting`` (regs 5(4), 8(2), 10(4), 13(3) and DfE reporting),
``display`` (dates in words), ``reminders`` (when the next reminder goes).
"""

from .ages import (
    AgeStatus,
    Post25Provision,
    age_on,
    birthday_in,
    compulsory_school_age_end,
    compulsory_school_age_start,
    plan_may_continue_until,
    school_leaving_date,
    status_on,
)
from .clocks import (
    EHCDeadlines,
    add_months,
    add_weeks,
    amended_plan_comments_due,
    amended_plan_due,
    annual_review_due,
    draft_plan_comments_due,
    ehc_deadlines,
    health_advice_due,
    phase_transfer_deadline,
    reassessment_final_plan_due,
    review_decision_due,
    review_meeting_notice_by,
)
from .display import due_phrase, due_when, format_date, format_date_short
from .exceptions import (
    MINIMUM_PERIOD_DAYS,
    WAITING_LIST_MESSAGE,
    ExceptionReason,
    Regulation,
    StatutoryException,
    allowed_reasons,
    counts_as_with_exceptions,
    validate_exception,
)
from .nhs_number import (
    format_nhs_number,
    generate_test_nhs_number,
    nhs_number_is_valid,
    normalise_nhs_number,
)
from .reminders import REMIND_EVERY_DAYS, next_reminder_after
from .reporting import (
    Timeliness,
    TimelinessRates,
    is_on_time,
    timeliness,
    timeliness_rates,
)
from .tribunal import (
    OrderDeadline,
    TribunalOrder,
    extend_tribunal_deadline,
    tribunal_appeal_deadline,
    tribunal_order_deadlines,
    tribunal_recommendation_response_due,
)
from .working_days import (
    bank_holidays,
    first_working_day_after,
    is_working_day,
    next_working_day,
)

__all__ = [
    "MINIMUM_PERIOD_DAYS",
    "REMIND_EVERY_DAYS",
    "WAITING_LIST_MESSAGE",
    "AgeStatus",
    "EHCDeadlines",
    "ExceptionReason",
    "OrderDeadline",
    "Post25Provision",
    "Regulation",
    "StatutoryException",
    "Timeliness",
    "TimelinessRates",
    "TribunalOrder",
    "add_months",
    "add_weeks",
    "age_on",
    "allowed_reasons",
    "amended_plan_comments_due",
    "amended_plan_due",
    "annual_review_due",
    "bank_holidays",
    "birthday_in",
    "compulsory_school_age_end",
    "compulsory_school_age_start",
    "counts_as_with_exceptions",
    "draft_plan_comments_due",
    "due_phrase",
    "due_when",
    "ehc_deadlines",
    "extend_tribunal_deadline",
    "first_working_day_after",
    "format_date",
    "format_date_short",
    "format_nhs_number",
    "generate_test_nhs_number",
    "health_advice_due",
    "is_on_time",
    "is_working_day",
    "next_reminder_after",
    "next_working_day",
    "nhs_number_is_valid",
    "normalise_nhs_number",
    "phase_transfer_deadline",
    "plan_may_continue_until",
    "reassessment_final_plan_due",
    "review_decision_due",
    "review_meeting_notice_by",
    "school_leaving_date",
    "status_on",
    "timeliness",
    "timeliness_rates",
    "tribunal_appeal_deadline",
    "tribunal_order_deadlines",
    "tribunal_recommendation_response_due",
    "validate_exception",
]
