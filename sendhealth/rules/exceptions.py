"""Exceptions to the statutory time limits (SEND Regulations 2014 regs 5(4), 8(2), 10(4), 13(3)).

Where an exception applies the clock's time limit does not apply, and the case is reported as
late "with exceptions". A waiting list for an assessment or appointment is NOT an exception and
has no ``ExceptionReason``; ``validate_exception`` says so if one is offered as a reason.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

__all__ = [
    "MINIMUM_PERIOD_DAYS",
    "WAITING_LIST_MESSAGE",
    "ExceptionReason",
    "Regulation",
    "StatutoryException",
    "allowed_reasons",
    "counts_as_with_exceptions",
    "validate_exception",
]

MINIMUM_PERIOD_DAYS = 28  # "4 weeks or more" for an absence or a setting's closure


class Regulation(StrEnum):
    """The clocks whose time limits admit exceptions, named by what they time."""

    DECISION_TO_ASSESS = "decision_to_assess"
    HEALTH_ADVICE = "health_advice"
    DECISION_NOT_TO_ISSUE = "decision_not_to_issue"
    FINAL_PLAN = "final_plan"

    @property
    def citation(self) -> str:
        """Where the exceptions are listed."""
        return _CITATIONS[self]

    @property
    def label(self) -> str:
        """Plain-English name for screens."""
        return _REGULATION_LABELS[self]


_CITATIONS = {
    Regulation.DECISION_TO_ASSESS: "SEND Regulations 2014 reg 5(4)",
    Regulation.HEALTH_ADVICE: "SEND Regulations 2014 reg 8(2)",
    Regulation.DECISION_NOT_TO_ISSUE: "SEND Regulations 2014 reg 10(4)",
    Regulation.FINAL_PLAN: "SEND Regulations 2014 reg 13(3)",
}

_REGULATION_LABELS = {
    Regulation.DECISION_TO_ASSESS: "Decision whether to assess (6 weeks)",
    Regulation.HEALTH_ADVICE: "Health advice (6 weeks)",
    Regulation.DECISION_NOT_TO_ISSUE: "Decision not to issue a plan (16 weeks)",
    Regulation.FINAL_PLAN: "Final EHC plan (20 weeks)",
}


class ExceptionReason(StrEnum):
    """Why a time limit did not apply. Which reasons a clock admits: ``allowed_reasons``."""

    SETTING_CLOSURE = "setting_closure"
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES = "exceptional_personal_circumstances"
    ABSENT_FROM_AREA = "absent_from_area"
    MISSED_APPOINTMENT = "missed_appointment"

    @property
    def label(self) -> str:
        """Plain-English description for screens and reports."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    ExceptionReason.SETTING_CLOSURE: (
        "The school, college or early years provider was asked for advice in the week before "
        "it closed for 4 weeks or more"
    ),
    ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES: (
        "Exceptional personal circumstances of the child, young person or parent"
    ),
    ExceptionReason.ABSENT_FROM_AREA: (
        "The child, young person or parent was away from the area for 4 weeks or more"
    ),
    ExceptionReason.MISSED_APPOINTMENT: (
        "The child, young person or parent did not keep an appointment for an examination or test"
    ),
}

_LA_CLOCK_REASONS = frozenset(
    {
        ExceptionReason.SETTING_CLOSURE,  # regs 5(4)(a), 10(4)(a), 13(3)(a)
        ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,  # (b)
        ExceptionReason.ABSENT_FROM_AREA,  # (c)
    }
)

_ALLOWED_REASONS = {
    Regulation.DECISION_TO_ASSESS: _LA_CLOCK_REASONS,
    Regulation.DECISION_NOT_TO_ISSUE: _LA_CLOCK_REASONS,
    Regulation.FINAL_PLAN: _LA_CLOCK_REASONS,
    Regulation.HEALTH_ADVICE: frozenset(
        {
            ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,  # reg 8(2)(a)
            ExceptionReason.ABSENT_FROM_AREA,  # reg 8(2)(b)
            ExceptionReason.MISSED_APPOINTMENT,  # reg 8(2)(c)
        }
    ),
}

_MINIMUM_PERIOD_MESSAGES = {
    ExceptionReason.ABSENT_FROM_AREA: (
        "An absence from the area is only an exception if it lasts 4 weeks (28 days) or more."
    ),
    ExceptionReason.SETTING_CLOSURE: (
        "A closure is only an exception if the setting closed for 4 weeks (28 days) or more."
    ),
}

WAITING_LIST_MESSAGE = (
    "A waiting list is not an exception to the statutory time limit. The case is still "
    "counted as late."
)


def allowed_reasons(regulation: Regulation) -> frozenset[ExceptionReason]:
    """The reasons the clock's regulation admits (SEND Regs 2014 regs 5(4), 8(2), 10(4), 13(3)).

    Regs 5(4), 10(4) and 13(3): a school, college or early years provider asked for advice in
    the week before it closed for 4 weeks or more; exceptional personal circumstances; absence
    from the area for 4 weeks or more. Reg 8(2), health advice: exceptional circumstances;
    absence from the area for 4 weeks or more; a missed appointment for an examination or test.
    """
    return _ALLOWED_REASONS[Regulation(regulation)]


@dataclass(frozen=True)
class StatutoryException:
    """An exception recorded against one clock of one case.

    ``starts`` and ``ends`` bound the circumstance (the absence, the closure, the appointment);
    ``ends`` is the last day of it, inclusive, and None while it is ongoing or for a single
    day. Values may be the Enums or their stored strings, as a form or database gives them.
    """

    regulation: Regulation
    reason: ExceptionReason
    starts: date
    ends: date | None = None
    note: str = ""


def validate_exception(exc: StatutoryException) -> list[str]:
    """Plain-English problems with a recorded exception; an empty list means it is valid.

    Checks the reason is one the regulation admits (SEND Regs 2014 regs 5(4), 8(2), 10(4),
    13(3)), that a waiting list is not offered as a reason, that the period does not end before
    it starts, and that an absence or closure lasts at least 4 weeks when both dates are known.
    """
    try:
        regulation = Regulation(exc.regulation)
    except ValueError:
        return [f'"{exc.regulation}" is not a time limit that admits exceptions.']
    try:
        reason = ExceptionReason(exc.reason)
    except ValueError:
        if "waiting" in str(exc.reason).lower():
            return [WAITING_LIST_MESSAGE]
        return [f'"{exc.reason}" is not an exception to the statutory time limit.']

    errors = []
    if reason not in allowed_reasons(regulation):
        errors.append(f'"{reason.label}" is not an exception under {regulation.citation}.')
    if exc.ends is None:
        return errors
    if exc.ends < exc.starts:
        errors.append("The end date must be on or after the start date.")
    elif (
        reason in _MINIMUM_PERIOD_MESSAGES
        and _days_inclusive(exc.starts, exc.ends) < MINIMUM_PERIOD_DAYS
    ):
        errors.append(_MINIMUM_PERIOD_MESSAGES[reason])
    return errors


def _days_inclusive(starts: date, ends: date) -> int:
    return (ends - starts).days + 1


def counts_as_with_exceptions(
    exceptions: Iterable[StatutoryException], regulation: Regulation
) -> bool:
    """Whether any valid exception is recorded for ``regulation``'s clock.

    An exception recorded for a different clock, or one ``validate_exception`` rejects, does
    not count (SEND Regs 2014 regs 5(4), 8(2), 10(4), 13(3)).
    """
    return any(exc.regulation == regulation and not validate_exception(exc) for exc in exceptions)
