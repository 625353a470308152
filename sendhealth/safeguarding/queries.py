"""Scoped lists of referrals shared by the pages, the DCO queue and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from sendhealth.core.scoping import Scope
from sendhealth.core.worklist import most_urgent
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.safeguarding.presenters import ReferralRow, referral_row

QUEUE_LIMIT = 5


def referrals(scope: Scope) -> QuerySet[SafeguardingReferral]:
    return scope.safeguarding_referrals().select_related("child", "local_authority")


def overdue(referrals: QuerySet[SafeguardingReferral], today: date):
    """Follow-ups whose due date has passed and that are not done, most overdue first."""
    return referrals.filter(follow_up_done_on__isnull=True, follow_up_due_on__lt=today).order_by(
        "follow_up_due_on", "pk"
    )


@dataclass(frozen=True)
class OverdueFollowUps:
    count: int
    rows: list[ReferralRow]
    children: list  # the children shown, for the audit trail


def overdue_follow_ups(scope: Scope, today: date, limit: int = QUEUE_LIMIT) -> OverdueFollowUps:
    """The DCO queue's section: how many follow-ups are overdue and the most overdue few
    (two queries whatever the number)."""
    if not scope.is_dco:
        return OverdueFollowUps(0, [], [])
    late = overdue(referrals(scope).filter(icb_id__in=scope.dco_icb_ids), today)
    shown, count = most_urgent(late, limit)
    return OverdueFollowUps(
        count=count,
        rows=[referral_row(r, today) for r in shown],
        children=list({r.child_id: r.child for r in shown}.values()),
    )
