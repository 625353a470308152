"""Assessments and the 20-week pathway for the board's reports (see ``core.reporting``), by
the DfE's definitions (``domain.DEFINITIONS``) applied to the report's period rather than the
calendar year: requests decided within 6 weeks, plans issued within 20 weeks with and without
exceptions, by local authority."""

from __future__ import annotations

from collections import defaultdict

from django.urls import reverse

from sendhealth.assessments import domain
from sendhealth.assessments.models import Assessment
from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"assessments": 20}


def sections(icb, la, start, end) -> list[Section]:
    found = Assessment.objects.filter(icb=icb)
    if la is not None:
        found = found.filter(local_authority=la)
    received: dict[str, int] = defaultdict(int)
    plans: dict[str, list] = defaultdict(list)
    decisions: dict[str, list[bool]] = defaultdict(list)
    names: set[str] = set()
    for name, got, decided, outcome_on, plan_start, named, plan_id, week20 in found.values_list(
        "local_authority__name",
        "received_on",
        "request_outcome_on",
        "assessment_outcome_on",
        "plan_start_on",
        "named_plan_table_id",
        "final_plan_id",
        "week20",
    ).iterator(chunk_size=5000):
        if got is None:
            continue
        names.add(name)
        if start <= got <= end:
            received[name] += 1
        if decided is not None and start <= decided <= end:
            decisions[name].append(domain.request_within_6_weeks(got, decided))
        issued = outcome_on or plan_start
        if (named or plan_id) and issued is not None and start <= issued <= end:
            plans[name].append((got, issued, week20))
    rows, every_plan, every_decision = [], [], []
    for name in sorted(names):
        including, excluding = domain.plan_shares(plans[name])
        decided = domain.share(decisions[name])
        every_plan += plans[name]
        every_decision += decisions[name]
        rows.append(
            [
                name,
                received[name],
                decided.within,
                decided.total,
                including.within,
                including.total,
                excluding.within,
                excluding.total,
            ]
        )
    including, excluding = domain.plan_shares(every_plan)
    decided = domain.share(every_decision)

    def percent(share) -> float | None:
        return None if share.rate is None else round(100 * share.rate, 1)

    return [
        Section(
            key="assessments",
            title="Assessments and the 20-week pathway",
            definition=(
                "EHC needs assessments of the ICB's local authorities, from their SEN2 returns "
                "and the assessments recorded here. "
                + domain.DEFINITIONS["plans_including"].replace("calendar year", "period")
            ),
            figures=[
                Figure(
                    key="assessment_requests",
                    label="Requests for an EHC needs assessment received",
                    value=sum(received.values()),
                ),
                Figure(
                    key="requests_decided_6_weeks",
                    label="Requests decided within 6 weeks",
                    value=percent(decided),
                    unit="percent",
                    numerator=decided.within,
                    denominator=decided.total,
                    better="higher",
                    definition=domain.DEFINITIONS["requests_6_weeks"],
                ),
                Figure(
                    key="plans_20_weeks_including",
                    label="EHC plans issued within 20 weeks, including exceptions",
                    value=percent(including),
                    unit="percent",
                    numerator=including.within,
                    denominator=including.total,
                    better="higher",
                    definition=domain.DEFINITIONS["plans_including"],
                ),
                Figure(
                    key="plans_20_weeks_excluding",
                    label="EHC plans issued within 20 weeks, excluding exceptions",
                    value=percent(excluding),
                    unit="percent",
                    numerator=excluding.within,
                    denominator=excluding.total,
                    better="higher",
                    definition=domain.DEFINITIONS["plans_excluding"],
                ),
            ],
            tables=[
                Table(
                    key="assessments_by_la",
                    caption="By local authority",
                    head=[
                        "Local authority",
                        "Requests received",
                        "Decided within 6 weeks",
                        "Decided",
                        "Plans within 20 weeks",
                        "Plans issued",
                        "Within 20 weeks, excluding exceptions",
                        "Plans issued, excluding exceptions",
                    ],
                    rows=rows,
                    count_columns=[1, 2, 3, 4, 5, 6, 7],
                )
            ],
        )
    ]


def _requests(scope, icb, la, start, end) -> Records:
    found = scope.assessments().filter(icb=icb, received_on__gte=start, received_on__lte=end)
    if la is not None:
        found = found.filter(local_authority=la)
    return Records(
        found.select_related("local_authority").order_by("received_on", "pk"),
        ["Assessment", "Local authority", "Request received", "Plan issued"],
        lambda a: [
            {"text": a.reference, "href": reverse("assessments:detail", args=[a.pk])},
            {"text": a.local_authority.name},
            {"text": f"{format_date(a.received_on)}"},
            {"text": f"{format_date(a.plan_issued_on)}" if a.plan_issued_on else "Not yet"},
        ],
    )


RECORDS = {"assessment_requests": _requests}
