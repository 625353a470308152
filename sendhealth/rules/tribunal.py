"""First-tier Tribunal (SEND) time limits and the health answer to its recommendations.

Sources: Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber)
Rules 2008 (SI 2008/2699, "HESC Rules") r20(1) (time for the appeal) and r12(2)-(3)
(deadlines on non-working days, at Christmas and in August); the Special Educational Needs and
Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306).
"""

from datetime import date

from .clocks import add_months, add_weeks
from .working_days import first_working_day_after, next_working_day

__all__ = [
    "extend_tribunal_deadline",
    "tribunal_appeal_deadline",
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
