"""The rules library's clocks with this deployment's settings applied.

``domain.md`` marks two values "not confirmed"; they are settings, and Django code asks for
these two clocks here rather than calling ``sendhealth.rules`` with the library's defaults.
"""

from datetime import date

from django.conf import settings

from sendhealth import rules


def review_decision_due(review_meeting: date) -> date:
    """LA decision after an annual review meeting (reg 20(10); weeks from
    ``SENDHEALTH_REVIEW_DECISION_WEEKS``, default 4)."""
    return rules.review_decision_due(review_meeting, weeks=settings.REVIEW_DECISION_WEEKS)


def tribunal_recommendation_response_due(recommendation_issued: date) -> date:
    """Health's answer to a tribunal recommendation (SI 2017/1306; weeks from
    ``SENDHEALTH_TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS``, default 5)."""
    return rules.tribunal_recommendation_response_due(
        recommendation_issued, weeks=settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS
    )
