"""First-tier Tribunal (SEND) time limits and the health answer to its recommendations.

Sources: Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber)
Rules 2008 (SI 2008/2699, "HESC Rules") r20(1) (time for the appeal) and r12(2)-(3)
(deadlines on non-working days, at Christmas and in August); the Special Educational Needs and
Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306); the
Special Educational Needs and Disability Regulations 2014 (SI 2014/1530) reg 44 (the local
authority's time to comply with the tribunal's order).
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .clocks import add_months, add_weeks
from .working_days import first_working_day_after, next_working_day

__all__ = [
    "OrderDeadline",
    "TribunalOrder",
    "extend_tribunal_deadline",
    "tribunal_appeal_deadline",
    "tribunal_order_deadlines",
    "tribunal_recommendation_response_due",
]

APPEAL_MONTHS_AFTER_DECISION = 2  # HESC Rules r20(1)(a)
APPEAL_MONTHS_AFTER_CERTIFICATE = 1  # HESC Rules r20(1)(b)
RECOMMENDATION_RESPONSE_WEEKS = 5  # SI 2017/1306 per LA guidance; not confirmed


def _in_christmas_closure(d: date) -> bool:
    return (d.month, d.day) >= (12, 25) or (d.month, d.day) == (1, 1)


def extend_tribunal_deadline(ends: date) -> date:
    """The day by which an appeal is in time when the time for it ends on ``ends``.

    HESC Rules 2008 r12(3)(a): time ending on a day from 25 December to 1 January inclusive
    runs to the first working day after 1 January; time ending on any day in August runs to the
    first working day after 31 August. Otherwise r12(2): time ending on a day that is not a
    working day runs to the next working day.

    Both rules look at the day the time ends. Time ending on a non-working day just before
    either period (Saturday 31 July, Saturday 24 December) therefore runs only to the next
    working day, even if that falls in August or between Christmas and New Year.
    """
    if _in_christmas_closure(ends):
        new_year = date(ends.year + 1 if ends.month == 12 else ends.year, 1, 1)
        return first_working_day_after(new_year)
    if ends.month == 8:
        return first_working_day_after(date(ends.year, 8, 31))
    return next_working_day(ends)


def tribunal_appeal_deadline(
    decision_letter: date, mediation_certificate: date | None = None
) -> date:
    """Last day for the tribunal to receive an appeal (HESC Rules 2008 r20(1) and r12).

    The later of 2 calendar months after the decision letter (r20(1)(a)) and 1 calendar month
    after the mediation certificate, if there is one (r20(1)(b)), each clipped to the end of a
    shorter month; then moved for Christmas, August and non-working days as
    ``extend_tribunal_deadline`` describes. Decision 25 October 2021: 25 December 2021 moves
    to Tuesday 4 January 2022.
    """
    ends = add_months(decision_letter, APPEAL_MONTHS_AFTER_DECISION)
    if mediation_certificate is not None:
        ends = max(ends, add_months(mediation_certificate, APPEAL_MONTHS_AFTER_CERTIFICATE))
    return extend_tribunal_deadline(ends)


def tribunal_recommendation_response_due(
    recommendation_issued: date, *, weeks: int = RECOMMENDATION_RESPONSE_WEEKS
) -> date:
    """The health body's answer to a tribunal recommendation: +5 weeks by default.

    Owed to the parent or young person and the local authority (SI 2017/1306). Five weeks
    follows local authority guidance; the regulation text is not confirmed, so callers pass
    the configured number of weeks. A calendar-week clock: it does not move for bank holidays.
    """
    return add_weeks(recommendation_issued, weeks)


# -- SEND Regulations 2014 reg 44: complying with the tribunal's order --------------------------
#
# Sources read (December 2026), each period checked against at least one of them:
# - reg 44(1)-(2)(c) quoted in full to "(c)(ii) ... within 11 weeks of the" by
#   sendfamilymagic.mykajabi.com/blog/appeal-guidance (the regulation's text as made);
# - IPSEA, BA v Nottinghamshire CC [2021] EWHC 1348 (Admin) case note: reg 44(2)(e), amended
#   plan within 5 weeks of the order; reg 44(2)(f), the name or type of school or institution
#   only, amended plan within 2 weeks of the order;
# - HM Courts & Tribunals Service, "Carry out an order in special educational needs cases"
#   (SEND18, gov.uk, updated 1 November 2023): start the assessment within 2 weeks, make and
#   maintain or change a plan within 5 weeks, change the school named within 2 weeks, continue
#   to maintain or cease with immediate effect.
# Not read, so not computed: the letters of the other paragraphs of reg 44(2) (only (a), (b),
# (c), (e) and (f) are cited; "continue to maintain" is from SEND18) and reg 44(3), the
# exceptions (SEND18 lists exceptional personal circumstances and an absence from the area of
# 2 weeks or more): a tribunal direction or an exception is the caseworker's to record.


class TribunalOrder(StrEnum):
    """What the tribunal's order requires of the local authority (reg 44(2))."""

    CEASE = "cease"  # (a) an appeal against ceasing to maintain the plan is dismissed
    ASSESS = "assess"  # (b) make an EHC needs assessment or reassessment
    MAKE_PLAN = "make_plan"  # (c) make and maintain an EHC plan
    CONTINUE = "continue"  # continue to maintain the plan (SEND18; paragraph not read)
    AMEND = "amend"  # (e) amend the plan (its needs or provision)
    AMEND_SCHOOL = "amend_school"  # (f) amend only the school or institution named, or its type


@dataclass(frozen=True)
class OrderDeadline:
    action: str  # what the local authority must do, in words
    due: date  # the last day (the order's date itself for "immediately")
    source: str  # the provision, as cited


ORDER_PERIODS: dict[TribunalOrder, tuple[tuple[str, int, str], ...]] = {
    # (action, weeks from the order, provision); 0 weeks: immediately.
    TribunalOrder.CEASE: (("Cease to maintain the EHC plan", 0, "reg 44(2)(a)"),),
    TribunalOrder.ASSESS: (
        ("Tell the parent or young person the assessment will be made", 2, "reg 44(2)(b)"),
        ("If no plan is needed: the decision, with reasons", 10, "reg 44(2)(b)(i)"),
        ("If a plan is needed: the final EHC plan", 14, "reg 44(2)(b)(ii)"),
    ),
    TribunalOrder.MAKE_PLAN: (
        ("Issue the draft EHC plan", 5, "reg 44(2)(c)(i)"),
        ("Send the final EHC plan", 11, "reg 44(2)(c)(ii)"),
    ),
    TribunalOrder.CONTINUE: (
        ("Continue to maintain the EHC plan", 0, "reg 44; HMCTS SEND18 (immediate effect)"),
    ),
    TribunalOrder.AMEND: (("Issue the amended EHC plan", 5, "reg 44(2)(e)"),),
    TribunalOrder.AMEND_SCHOOL: (("Issue the amended EHC plan", 2, "reg 44(2)(f)"),),
}


def tribunal_order_deadlines(order_made: date, order: TribunalOrder | str) -> list[OrderDeadline]:
    """The days by which the local authority must act on the tribunal's order (SEND Regs 2014
    reg 44(1)-(2)), counted from the day the order was made: calendar weeks ("within 5 weeks
    of the order being made": an order made on Monday 2 March 2026 gives Monday 6 April 2026,
    Easter Monday;
    the day itself is in time, the next day is late), or the order's own day where the
    regulation says "immediately". Not moved for bank holidays. Subject to any direction of
    the tribunal and to the exceptions of reg 44(3), which the caller records."""
    return [
        OrderDeadline(action, add_weeks(order_made, weeks), source)
        for action, weeks, source in ORDER_PERIODS[TribunalOrder(order)]
    ]
