"""Demo reference data (populations aged 0 to 25, national figures, each with its source) and
two quarters of published quarterly updates, generated from the seeded registers."""

from __future__ import annotations

from decimal import Decimal

from sendhealth.core.audit import Auditor
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.reports import domain, services
from sendhealth.reports.models import NationalFigure, Population, Report, ReportKind

# Illustrative national figures for the demo: labelled as such in their source.
NATIONAL = (
    (
        "advice_on_time_all",
        "Health advice within 6 weeks, all cases",
        Decimal("61.0"),
        "percent",
    ),
    (
        "advice_on_time_excluding",
        "Health advice within 6 weeks, excluding exceptions",
        Decimal("64.0"),
        "percent",
    ),
)
NATIONAL_SOURCE = "Demo reference figure (synthetic; enter the published figure and its source)"
COMMENTARY = (
    "Timeliness of health advice held steady this quarter. The speech and language therapy "
    "service's waits remain above its own target and are on the risk register; a recovery "
    "plan goes to the commissioning group next month.\n\nThe board is asked to note the demand "
    "per 10,000 children and young people and the rise in tribunal recommendations."
)


def seed(area: SeededArea) -> None:
    write_rows(
        Population,
        [
            Population(
                local_authority=la,
                year=area.today.year - 1,
                aged_0_to_25=int(area.rng.randint(90, 140) * 1000),
                source="Demo estimate (synthetic; use the ONS mid-year estimates)",
            )
            for la in area.local_authorities
        ],
    )
    for key, label, value, unit in NATIONAL:
        NationalFigure.objects.get_or_create(
            key=key,
            year=str(area.today.year - 1),
            defaults={"label": label, "value": value, "unit": unit, "source": NATIONAL_SOURCE},
        )
    auditor = Auditor.for_system("demo-seeding")
    latest = domain.last_complete_quarter(area.today)
    for period in (
        domain.previous_quarter(domain.previous_quarter(latest)),
        domain.previous_quarter(latest),
    ):
        report = services.generate(
            icb=area.icb,
            la=None,
            kind=ReportKind.QUARTERLY,
            start=period.start,
            end=period.end,
            auditor=auditor,
        )
        report.commentary = COMMENTARY
        report.save(update_fields=["commentary"])
        services.publish(report, user=None, auditor=auditor)


def wipe(icb) -> None:
    Report.objects.filter(icb=icb).delete()
    Population.objects.filter(local_authority__parent=icb).delete()
