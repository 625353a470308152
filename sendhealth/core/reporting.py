"""The contract between the reports and the registers: each app may have a
``report_sections.py`` with

    sections(icb, la, start, end) -> list[Section]

(and ``ORDER``, each section's place in the report by key) giving its part of the board's
quarterly and annual reports for the ICB (an ``Organisation``),
optionally one local authority (``la`` or None), from ``start`` to ``end`` (both included).
Sections hold aggregate figures only (never a name, NHS number, date of birth or a child's id):
counts, rates and tables of them. The reports app finds the modules through
``core.plugins.app_modules("report_sections")``, so it names no register; it compares each
``Figure`` (by ``key``) with the previous period, the same period a year before and the
national reference figure of the same key, and suppresses small numbers on every table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sendhealth.core.charts import Chart


@dataclass
class Figure:
    """One headline number. ``unit``: ``count`` (people or cases: small numbers suppressed),
    ``percent`` (with ``numerator``/``denominator`` counts, suppressed with them), ``weeks``,
    ``pounds`` or ``rate`` (per 10,000)."""

    key: str
    label: str
    value: float | None
    unit: str = "count"
    definition: str = ""
    numerator: int | None = None
    denominator: int | None = None
    better: str = ""  # "higher" or "lower": which way is good, for the comparison words
    # Filled in by the reports app:
    previous: float | None = None
    year_ago: float | None = None
    national: float | None = None
    national_source: str = ""


@dataclass
class Table:
    """Rows of cells; ``count_columns`` are counts of people or cases, suppressed when 1 to 4
    (with a complementary cell in the same row or column). ``percent_of`` maps a percentage
    column to its (numerator column, denominator column), suppressed with either."""

    key: str
    caption: str
    head: list[str]
    rows: list[list[Any]]
    count_columns: list[int] = field(default_factory=list)
    percent_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    definition: str = ""


@dataclass
class Section:
    key: str
    title: str
    definition: str = ""
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)  # shown again under "Gaps and risks"
    # Requests for health advice received in the period by local authority id, for the
    # demand section (requests per 10,000 children and young people aged 0 to 25).
    requests_by_la: dict[int, int] = field(default_factory=dict)
    source: str = ""
    placeholder: bool = False
    # The section's place in the report, the same every time (issue 12): each register's
    # ``report_sections.ORDER`` by key (10 timeliness, 20 assessments, 30 Section 23, ... 120
    # commissioning gaps), set as the reports collect the sections.
    order: int = 500

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["charts"] = [c.to_dict() for c in self.charts]
        data["requests_by_la"] = {str(k): v for k, v in self.requests_by_la.items()}
        for table in data["tables"]:
            table["percent_of"] = {str(k): list(v) for k, v in table["percent_of"].items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        data = dict(data)
        data["figures"] = [Figure(**f) for f in data.get("figures", [])]
        tables = []
        for t in data.get("tables", []):
            t = dict(t)
            t["percent_of"] = {int(k): tuple(v) for k, v in t.get("percent_of", {}).items()}
            tables.append(Table(**t))
        data["tables"] = tables
        data["charts"] = [Chart.from_dict(c) for c in data.get("charts", [])]
        data["requests_by_la"] = {int(k): v for k, v in data.get("requests_by_la", {}).items()}
        return cls(**data)


def share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


# -- every figure traceable -------------------------------------------------------------------
#
# A register's ``report_sections.py`` may also give the records behind its figures, for those
# who may see them (the DCO team): ``RECORDS = {figure_key: function}``, each
# ``function(scope, icb, la, start, end) -> Records`` over the register's scoped queryset
# (``scope.<name>()``), never a query of its own. The reports app pages through them.


@dataclass
class Records:
    """The records behind a figure: ``queryset`` (from the scope, ordered), ``head`` and
    ``row(obj) -> list of table cells`` (``{"text": ..., "href": ...}``)."""

    queryset: Any
    head: list[str]
    row: Any
    description: str = ""


def records_for(key: str) -> Any:
    """The function giving the records behind figure ``key``, or None."""
    from sendhealth.core.plugins import app_modules

    for module in app_modules("report_sections"):
        found = getattr(module, "RECORDS", {}).get(key)
        if found is not None:
            return found
    return None
