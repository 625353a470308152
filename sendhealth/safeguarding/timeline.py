"""Safeguarding referrals on a child's timeline (see ``core.timeline``): one query, through
the scope, so a provider (who sees the child's page) sees none of them."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils import timezone

from sendhealth.core.presenters import TAG_COLOURS
from sendhealth.core.timeline import TimelineEntry
from sendhealth.safeguarding.domain import FollowUp
from sendhealth.safeguarding.presenters import follow_up_text, state_of

REGISTER = "Safeguarding"
_COLOURS = {
    FollowUp.OVERDUE: TAG_COLOURS["overdue"],
    FollowUp.DUE_SOON: TAG_COLOURS["due_soon"],
    FollowUp.DONE: "green",
}


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    today = timezone.localdate()
    for referral in scope.safeguarding_referrals().filter(child=child).order_by("-referred_on"):
        state = state_of(referral, today)
        yield TimelineEntry(
            on=referral.referred_on,
            register=REGISTER,
            title=(
                f"Safeguarding referral to {referral.get_made_to_display()} ({referral.reference})"
            ),
            href=reverse("safeguarding:detail", args=[referral.pk]),
            detail=f"Follow-up: {follow_up_text(referral, today)}",
            status=state_of(referral, today).name.replace("_", " ").capitalize()
            if state != FollowUp.NONE
            else "",
            status_colour=_COLOURS.get(state, "blue"),
        )
