"""Safeguarding follow-ups for the board's reports (see ``core.reporting``): referrals made
or seen in the period and the follow-ups done on time, late, or still open and overdue."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table, share
from sendhealth.safeguarding.models import Origin, SafeguardingReferral

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"safeguarding": 60}


def sections(icb, la, start, end) -> list[Section]:
    found = SafeguardingReferral.objects.filter(icb=icb)
    if la is not None:
        found = found.filter(local_authority=la)
    by_origin = dict(
        found.filter(referred_on__gte=start, referred_on__lte=end)
        .order_by()
        .values_list("origin")
        .annotate(n=Count("pk"))
    )
    due = list(
        found.filter(follow_up_due_on__gte=start, follow_up_due_on__lte=end).values_list(
            "follow_up_due_on", "follow_up_done_on"
        )
    )
    on_time = sum(1 for d, done in due if done is not None and done <= d)
    late = sum(1 for d, done in due if done is not None and done > d)
    open_overdue = sum(1 for d, done in due if done is None or done > end)
    return [
        Section(
            key="safeguarding",
            title="Safeguarding follow-ups",
            definition=(
                "Safeguarding referrals the DCO service made or saw, by the date referred, and "
                "the follow-ups whose due date fell in the period: done by the due date, done "
                "late, or not done by the end of the period."
            ),
            figures=[
                Figure(
                    key="safeguarding_referrals",
                    label="Referrals made or seen",
                    value=sum(by_origin.values()),
                ),
                Figure(
                    key="safeguarding_follow_ups_on_time",
                    label="Follow-ups done by their due date",
                    value=share(on_time, len(due)),
                    unit="percent",
                    numerator=on_time,
                    denominator=len(due),
                    better="higher",
                ),
            ],
            tables=[
                Table(
                    key="safeguarding_by_origin",
                    caption="Referrals by how the DCO service came to them",
                    head=["Origin", "Referrals"],
                    rows=[[label, by_origin.get(value, 0)] for value, label in Origin.choices],
                    count_columns=[1],
                ),
                Table(
                    key="safeguarding_follow_ups",
                    caption="Follow-ups due in the period",
                    head=["Done by the due date", "Done late", "Not done by the period's end"],
                    rows=[[on_time, late, open_overdue]],
                    count_columns=[0, 1, 2],
                ),
            ],
            risks=(
                [f"{open_overdue} safeguarding follow-up(s) due in the period were not done."]
                if open_overdue
                else []
            ),
        )
    ]


def _referrals(scope, icb, la, start, end) -> Records:
    found = scope.safeguarding_referrals().filter(
        icb=icb, referred_on__gte=start, referred_on__lte=end
    )
    if la is not None:
        found = found.filter(local_authority=la)
    return Records(
        found.order_by("referred_on", "pk"),
        ["Reference", "Referred", "Made to", "Follow-up due", "Follow-up done"],
        lambda r: [
            {"text": r.reference, "href": reverse("safeguarding:detail", args=[r.pk])},
            {"text": f"{format_date(r.referred_on)}"},
            {"text": r.get_made_to_display()},
            {"text": f"{format_date(r.follow_up_due_on)}" if r.follow_up_due_on else ""},
            {"text": f"{format_date(r.follow_up_done_on)}" if r.follow_up_done_on else "Not yet"},
        ],
    )


RECORDS = {"safeguarding_referrals": _referrals}
