"""A report as people see it: every figure with its definition, period and comparisons, every
table and chart with small numbers suppressed (``domain.suppression_mask``). The page, the PDF
and the Word document all present from here, so whoever reads a report (a board viewer, or a
board paper circulated further) sees the same suppressed figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from sendhealth.core.charts import Chart
from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Section, Table
from sendhealth.core.suppression import suppressed_chart, suppressed_rows
from sendhealth.reports import domain
from sendhealth.reports.models import Report
from sendhealth.reports.services import title as report_title

NOT_SHOWN = "not shown (small numbers)"


@dataclass
class ShownFigure:
    label: str
    value: str
    definition: str
    comparisons: list[str]
    key: str = ""


@dataclass
class ShownTable:
    key: str
    caption: str
    head: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    definition: str = ""


@dataclass
class ShownSection:
    key: str
    title: str
    definition: str
    figures: list[ShownFigure] = field(default_factory=list)
    tables: list[ShownTable] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    placeholder: bool = False


@dataclass
class ShownReport:
    report: Report
    title: str
    period: str
    sections: list[ShownSection]
    commentary: str


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "no data"
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "weeks":
        return f"{value:.1f} weeks"
    if unit == "pounds":
        return f"£{value:,.0f}"
    if unit == "rate":
        return f"{value:.1f}"
    return f"{value:,.0f}"


def figure_value(figure: Figure) -> str:
    if figure.unit == "count" and figure.value is not None and domain.is_small(int(figure.value)):
        return domain.FEWER_THAN_5
    if figure.unit == "percent" and figure.numerator is not None:
        rest = (figure.denominator or 0) - figure.numerator
        if domain.is_small(figure.numerator) or domain.is_small(rest):
            return NOT_SHOWN
    return number(figure.value, figure.unit)


def _compared(value: float | None, unit: str) -> str:
    if unit == "count" and value is not None and domain.is_small(int(value)):
        return domain.FEWER_THAN_5
    return number(value, unit)


def comparisons(figure: Figure, kind: str) -> list[str]:
    before = "Previous quarter" if kind == "quarterly" else "Previous year"
    out = [f"{before}: {_compared(figure.previous, figure.unit)}"]
    if kind == "quarterly":
        out.append(f"Same quarter last year: {_compared(figure.year_ago, figure.unit)}")
    if figure.national is not None:
        out.append(f"England: {number(figure.national, figure.unit)} ({figure.national_source})")
    return out


def table(t: Table) -> ShownTable:
    rows = suppressed_rows(
        t.rows,
        t.count_columns,
        t.percent_of,
        fmt=lambda value: _cell(value, ""),
        hidden_text=NOT_SHOWN,
    )
    for row, original in zip(rows, t.rows, strict=True):
        for c in t.percent_of:
            if c < len(row) and row[c] != NOT_SHOWN:
                row[c] = _cell(original[c], "percent")
    numeric = [c > 0 and (c in t.count_columns or c in t.percent_of) for c in range(len(t.head))]
    return ShownTable(t.key, t.caption, t.head, rows, numeric, t.definition)


def _cell(value, unit: str) -> str:
    if value is None:
        return "no data" if unit == "percent" else ""
    if isinstance(value, float) and unit == "percent":
        return f"{value:.1f}%"
    if isinstance(value, int | float):
        return f"{value:,}"
    return str(value)


def chart(c: Chart) -> Chart:
    return suppressed_chart(c)


def section(s: Section, kind: str) -> ShownSection:
    return ShownSection(
        key=s.key,
        title=s.title,
        definition=s.definition,
        figures=[
            ShownFigure(f.label, figure_value(f), f.definition, comparisons(f, kind), f.key)
            for f in s.figures
        ],
        tables=[table(t) for t in s.tables],
        charts=[chart(c) for c in s.charts],
        notes=list(s.notes),
        placeholder=s.placeholder,
    )


def present(report: Report) -> ShownReport:
    period = f"{report.period_start:%-d %B %Y} to {report.period_end:%-d %B %Y}"
    return ShownReport(
        report=report,
        title=report_title(report),
        period=period,
        sections=[section(Section.from_dict(d), report.kind) for d in report.content],
        commentary=report.commentary,
    )


def filename(report: Report, extension: str) -> str:
    return f"send-health-{report.kind}-{report.period_start:%Y-%m}-{report.reference}.{extension}"


def find_figure(report: Report, key: str) -> tuple[Section, Figure] | None:
    for data in report.content:
        section_ = Section.from_dict(data)
        for figure in section_.figures:
            if figure.key == key:
                return section_, figure
    return None


def figure_csv_rows(report: Report, section_: Section, figure: Figure) -> list[list[str]]:
    """One figure as CSV: what it is, its value (suppressed as on the page), its parts, its
    period, its comparisons and its definition."""
    shown = comparisons(figure, report.kind)
    return [
        ["Figure", figure.label],
        ["Key", figure.key],
        ["Value", figure_value(figure)],
        *(
            [["Numerator", figure_value(Figure("", "", figure.numerator))]]
            if figure.numerator is not None
            else []
        ),
        *(
            [["Denominator", figure_value(Figure("", "", figure.denominator))]]
            if figure.denominator is not None
            else []
        ),
        ["Period", f"{format_date(report.period_start)} to {format_date(report.period_end)}"],
        ["Report", f"{report.reference}: {report_title(report)}"],
        *[c.split(": ", 1) for c in shown],
        ["Section", section_.title],
        ["Definition", figure.definition or section_.definition],
    ]
