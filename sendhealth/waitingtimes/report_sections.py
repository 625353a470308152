"""Waiting times and capacity for the board's reports (see ``core.reporting``): each
service's position in the last month of the period, waits over target flagged."""

from __future__ import annotations

from sendhealth.core.reporting import Figure, Section, Table
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.figures import bands_chart, latest_by_service
from sendhealth.waitingtimes.models import ServicePosition

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"waiting": 110}


def sections(icb, la, start, end) -> list[Section]:
    positions = ServicePosition.objects.filter(icb=icb, month__gte=domain.first_of_month(start))
    latest = latest_by_service(positions.select_related("service__provider"), end)
    over = [i.position for i in latest if i.position.over_target]
    rows = [
        [
            f"{i.position.service.name} ({i.position.service.provider.name})",
            i.position.month.strftime("%B %Y"),
            i.position.referrals_received,
            i.position.caseload,
            i.position.waiting_total,
            i.position.waiting_over_52,
            f"{i.position.median_wait_weeks:.1f}",
            f"{i.position.p92_wait_weeks:.1f}",
            i.position.target_weeks,
            "Over target" if i.position.over_target else "Within target",
        ]
        for i in latest
    ]
    waiting = sum(i.position.waiting_total for i in latest)
    note = (
        []
        if la is None
        else ["Waiting times are recorded by service for the whole ICB, not by local authority."]
    )
    return [
        Section(
            key="waiting",
            title="Waiting times",
            definition=(
                "Each health service's position in the last month of the period it recorded: "
                "the waiting list by weeks waited in the bands of NHS England's community "
                "health services waiting list publication, the median and 92nd percentile wait "
                "and the service's own target. Over target: the 92nd percentile wait is longer "
                "than the target."
            ),
            figures=[
                Figure(
                    key="waiting_total",
                    label="Children and young people waiting",
                    value=waiting,
                    definition="On the services' waiting lists at the end of the latest month",
                    better="lower",
                ),
                Figure(
                    key="waiting_services_over_target",
                    label="Services over target",
                    value=len(over),
                    unit="services",
                    definition="Services whose 92nd percentile wait is longer than their target",
                    better="lower",
                ),
            ],
            tables=[
                Table(
                    key="waiting_by_service",
                    caption="Latest month by service",
                    head=[
                        "Service",
                        "Month",
                        "Referrals",
                        "Caseload",
                        "Waiting",
                        "Over 52 weeks",
                        "Median (weeks)",
                        "92nd percentile (weeks)",
                        "Target (weeks)",
                        "Against target",
                    ],
                    rows=rows,
                    count_columns=[2, 3, 4, 5],
                )
            ],
            charts=[bands_chart(latest, "Waiting by weeks waited, all services")] if latest else [],
            notes=note,
            risks=[
                f"{p.service.name}: 92nd percentile wait {p.p92_wait_weeks:.1f} weeks against a "
                f"target of {p.target_weeks} weeks."
                for p in over
            ],
        )
    ]
