"""Building a report's sections: every app's ``report_sections.sections(...)`` (found through
``core.plugins``, so this names no register) for the period, the period before and the same
period a year earlier, then the comparisons, the national figures, demand per 10,000 and the
gaps and risks gathered from every section."""

from __future__ import annotations

from datetime import date

from sendhealth.core.plugins import app_modules
from sendhealth.core.reporting import Figure, Section, Table
from sendhealth.organisations.models import Organisation
from sendhealth.reports import domain
from sendhealth.reports.models import NationalFigure, Population

# The places in the report (``core.reporting``) of the sections the reports make themselves.
ORDER = {"assessments": 20, "demand": 100, "gaps": 120}
ASSESSMENTS_PLACEHOLDER = Section(
    key="assessments",
    title="Assessments and the 20-week pathway",
    definition=(
        "EHC needs assessments and how many reach a final plan within 20 weeks of the request "
        "(SEND Regulations 2014 regulation 13(2)). The figures come from the assessments "
        "register when it is present."
    ),
    notes=[
        "The assessments register is not part of this service yet, so there are no figures "
        "for this section. They will appear here, from the register, once it is installed."
    ],
    placeholder=True,
)


def collect(icb: Organisation, la: Organisation | None, start: date, end: date) -> list[Section]:
    found: list[Section] = []
    for module in app_modules("report_sections"):
        order = getattr(module, "ORDER", {})
        for section in module.sections(icb, la, start, end):
            section.order = order.get(section.key, section.order)
            found.append(section)
    return found


def build(icb: Organisation, la: Organisation | None, kind: str, start: date, end: date):
    period = domain.ReportPeriod(start, end)
    current = collect(icb, la, start, end)
    before = domain.period_before(period, kind)
    year_ago = domain.year_before(period)
    previous = _figures(collect(icb, la, before.start, before.end))
    last_year = (
        previous if kind == "annual" else _figures(collect(icb, la, year_ago.start, year_ago.end))
    )
    national = _national()
    for section in current:
        for figure in section.figures:
            if figure.key in previous:
                figure.previous = previous[figure.key]
            if figure.key in last_year:
                figure.year_ago = last_year[figure.key]
            if figure.key in national:
                figure.national, figure.national_source = national[figure.key]
    if not any(s.key == "assessments" for s in current):
        current.append(_copy(ASSESSMENTS_PLACEHOLDER))
    current.append(demand(icb, la, current, start, end))
    current.append(gaps(current))
    for section in current:
        section.order = ORDER.get(section.key, section.order)
    return sorted(current, key=lambda s: s.order)


def _copy(section: Section) -> Section:
    return Section.from_dict(section.to_dict())


def _figures(sections: list[Section]) -> dict[str, float | None]:
    return {f.key: f.value for s in sections for f in s.figures}


def _national() -> dict[str, tuple[float, str]]:
    found = {}
    for row in NationalFigure.objects.order_by("key", "year"):  # the latest year wins
        found[row.key] = (float(row.value), f"{row.source}, {row.year}")
    return found


def demand(icb, la, sections: list[Section], start: date, end: date) -> Section:
    """Requests for health advice per 10,000 children and young people aged 0 to 25, by local
    authority, with the population the DCO team entered for the year the period ends in."""
    requests: dict[int, int] = {}
    for section in sections:
        for la_id, count in section.requests_by_la.items():
            requests[la_id] = requests.get(la_id, 0) + count
    las = Organisation.objects.filter(parent=icb, kind="la").order_by("name")
    if la is not None:
        las = las.filter(pk=la.pk)
    populations = {}
    for row in Population.objects.filter(local_authority__in=las, year__lte=end.year).order_by(
        "year"
    ):
        populations[row.local_authority_id] = row.aged_0_to_25
    rows, total_requests, total_population = [], 0, 0
    for org in las:
        count, population = requests.get(org.pk, 0), populations.get(org.pk)
        total_requests += count
        total_population += population or 0
        rate = domain.per_10000(count, population)
        rows.append(
            [
                org.name,
                count,
                f"{population:,}" if population else "not entered",
                "" if rate is None else f"{rate:.1f}",
            ]
        )
    rate = domain.per_10000(total_requests, total_population)
    return Section(
        key="demand",
        title="Demand",
        definition=(
            "Requests for health advice for EHC needs assessments received by health in the "
            "period, per 10,000 children and young people aged 0 to 25 living in the local "
            "authority (population entered by the DCO team)."
        ),
        figures=[
            Figure(
                key="demand_per_10000",
                label="Requests for health advice per 10,000 aged 0 to 25",
                value=rate,
                unit="rate",
                definition="Requests received in the period x 10,000 / population aged 0 to 25",
            )
        ],
        tables=[
            Table(
                key="demand_by_la",
                caption="Requests for health advice per 10,000 aged 0 to 25, by local authority",
                head=["Local authority", "Requests", "Population 0 to 25", "Per 10,000"],
                rows=rows,
                count_columns=[1],
            )
        ],
        notes=[] if populations else ["No population has been entered for these areas yet."],
    )


def gaps(sections: list[Section]) -> Section:
    risks = [risk for s in sections for risk in s.risks]
    return Section(
        key="gaps",
        title="Gaps and risks",
        definition=(
            "Gathered from the sections above: services whose waits are over their target, "
            "timeliness below the national figure, overdue follow-ups and responses. The DCO's "
            "commentary says what is being done."
        ),
        notes=risks or ["No gaps or risks were found in the figures for this period."],
    )
