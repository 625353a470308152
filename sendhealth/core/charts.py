# ruff: noqa: E501 (one SVG element a line reads better than wrapped attribute lists)
"""Charts drawn on the server as SVG: no script, nothing inline that the content security
policy refuses (presentation attributes only), in the NHS.UK colours, each with its data as a
table beside it for screen readers (``chart_table``). Used by the dashboard, the registers'
pages and the reports (the PDF embeds the same SVG).

Following the NHS.UK and GOV.UK guidance on charts: a title that says what the chart shows, a
zero baseline for bars, few colours with the data labelled directly, no 3D, no pie charts, the
numbers also given as a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

# NHS.UK identity colours (service-manual.nhs.uk/design-system/styles/colour).
NHS_BLUE = "#005eb8"
NHS_DARK_BLUE = "#003087"
NHS_WARM_YELLOW = "#ffb81c"
NHS_AQUA_GREEN = "#00a499"
NHS_PURPLE = "#330072"
NHS_DARK_PINK = "#7c2855"
NHS_DARK_GREY = "#425563"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#e8edee"
NHS_RED = "#d5281b"
NHS_BLACK = "#212b32"
SERIES_COLOURS = (NHS_BLUE, NHS_WARM_YELLOW, NHS_AQUA_GREEN, NHS_PURPLE, NHS_DARK_PINK)
FONT = "Arial, Helvetica, sans-serif"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    """``kind`` is ``bar`` (horizontal bars, one group per category) or ``line`` (categories
    are points in time, left to right). ``reference`` draws a dashed line (a target)."""

    title: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""
    reference: float | None = None
    reference_label: str = ""
    key: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    counts: bool = False  # counts of people or cases: the reports suppress small numbers
    missing_label: str = "no data"

    def svg_markup(self, chart_id: str = "chart") -> Markup:
        return svg(self, chart_id=chart_id)

    def table(self) -> tuple[list[str], list[list[str]]]:
        return chart_table(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "categories": list(self.categories),
            "series": [{"name": s.name, "values": list(s.values)} for s in self.series],
            "unit": self.unit,
            "reference": self.reference,
            "reference_label": self.reference_label,
            "key": self.key,
            "counts": self.counts,
            "missing_label": self.missing_label,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chart:
        return cls(
            title=data["title"],
            kind=data["kind"],
            categories=tuple(data["categories"]),
            series=tuple(Series(s["name"], tuple(s["values"])) for s in data["series"]),
            unit=data.get("unit", ""),
            reference=data.get("reference"),
            reference_label=data.get("reference_label", ""),
            key=data.get("key", ""),
            counts=data.get("counts", False),
            missing_label=data.get("missing_label", "no data"),
        )


def _number(value: float | None, unit: str = "", missing: str = "no data") -> str:
    if value is None:
        return missing
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text}{unit}" if unit == "%" else text


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 50000):
        if value <= step * 5:
            return step * 5 if value > step * 4 else step * max(1, -(-value // step))
    return value


def _ticks(top: float) -> list[float]:
    return [top * i / 4 for i in range(5)]


def _a(**attrs: object) -> str:
    return " ".join(
        f"{k.rstrip('_').replace('_', '-')}={quoteattr(str(v))}" for k, v in attrs.items()
    )


def svg(chart: Chart, *, chart_id: str = "chart") -> Markup:
    """The chart as an ``<svg>`` element (role img, titled, described by its table)."""
    body = _bars(chart) if chart.kind == "bar" else _lines(chart)
    width, height, inner = body
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    desc = f"{chart.title}. The same figures are in the table that follows the chart."
    parts = [
        f"<svg {_a(xmlns='http://www.w3.org/2000/svg', viewBox=f'0 0 {width} {height}', width=width, height=height, role='img', aria_labelledby=f'{title_id} {desc_id}', class_='sh-chart', font_family=FONT, font_size=14)}>",
        f"<title id={quoteattr(title_id)}>{escape(chart.title)}</title>",
        f"<desc id={quoteattr(desc_id)}>{escape(desc)}</desc>",
        f"<rect {_a(x=0, y=0, width=width, height=height, fill='#ffffff')}/>",
        *inner,
        "</svg>",
    ]
    return Markup("".join(parts))  # noqa: S704 (every text and attribute escaped above)


def _legend(chart: Chart, x: float, y: float) -> list[str]:
    out = []
    if len(chart.series) > 1:
        for i, s in enumerate(chart.series):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            out.append(f"<rect {_a(x=x, y=y + i * 20, width=14, height=14, fill=colour)}/>")
            out.append(
                f"<text {_a(x=x + 20, y=y + i * 20 + 12, fill=NHS_BLACK)}>{escape(s.name)}</text>"
            )
    if chart.reference is not None:
        ly = y + len(chart.series) * 20 + 7 if len(chart.series) > 1 else y + 7
        out.append(
            f"<line {_a(x1=x, y1=ly, x2=x + 14, y2=ly, stroke=NHS_RED, stroke_width=3, stroke_dasharray='4 2')}/>"
        )
        out.append(
            f"<text {_a(x=x + 20, y=ly + 5, fill=NHS_BLACK)}>{escape(chart.reference_label or 'Target')}</text>"
        )
    return out


def _bars(chart: Chart) -> tuple[int, int, list[str]]:
    label_w, plot_w, bar_h, gap = 220, 340, 18, 10
    n_series = max(1, len(chart.series))
    group_h = n_series * bar_h + gap
    legend_rows = (len(chart.series) if len(chart.series) > 1 else 0) + (
        chart.reference is not None
    )
    top = 10 + legend_rows * 20 + (10 if legend_rows else 0)
    height = top + group_h * len(chart.categories) + 30
    width = label_w + plot_w + 70
    values = [v for s in chart.series for v in s.values if v is not None]
    maximum = _nice_max(max([*values, chart.reference or 0, 0]))
    scale = plot_w / maximum
    out = _legend(chart, label_w, 10)
    base_y = top + group_h * len(chart.categories)
    for tick in _ticks(maximum):
        x = label_w + tick * scale
        out.append(
            f"<line {_a(x1=x, y1=top - 4, x2=x, y2=base_y, stroke=NHS_PALE_GREY, stroke_width=1)}/>"
        )
        out.append(
            f"<text {_a(x=x, y=base_y + 18, text_anchor='middle', fill=NHS_DARK_GREY, font_size=12)}>{escape(_number(tick))}</text>"
        )
    for c, category in enumerate(chart.categories):
        y0 = top + c * group_h
        out.append(
            f"<text {_a(x=label_w - 8, y=y0 + n_series * bar_h / 2 + 5, text_anchor='end', fill=NHS_BLACK)}>{escape(_short(category))}</text>"
        )
        for i, s in enumerate(chart.series):
            value = s.values[c] if c < len(s.values) else None
            y = y0 + i * bar_h
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            w = (value or 0) * scale
            out.append(
                f"<rect {_a(x=label_w, y=y + 1, width=round(w, 1), height=bar_h - 2, fill=colour)}/>"
            )
            out.append(
                f"<text {_a(x=label_w + w + 4, y=y + bar_h - 5, fill=NHS_BLACK, font_size=12)}>{escape(_number(value, chart.unit, chart.missing_label))}</text>"
            )
    out.append(
        f"<line {_a(x1=label_w, y1=top - 4, x2=label_w, y2=base_y, stroke=NHS_BLACK, stroke_width=1)}/>"
    )
    if chart.reference is not None:
        x = label_w + chart.reference * scale
        out.append(
            f"<line {_a(x1=x, y1=top - 4, x2=x, y2=base_y, stroke=NHS_RED, stroke_width=3, stroke_dasharray='4 2')}/>"
        )
    return width, height, out


def _lines(chart: Chart) -> tuple[int, int, list[str]]:
    left, plot_w, plot_h = 60, 520, 200
    legend_rows = (len(chart.series) if len(chart.series) > 1 else 0) + (
        chart.reference is not None
    )
    top = 10 + legend_rows * 20 + (10 if legend_rows else 0)
    width, height = left + plot_w + 40, top + plot_h + 50
    values = [v for s in chart.series for v in s.values if v is not None]
    maximum = _nice_max(max([*values, chart.reference or 0, 0]))
    n = max(1, len(chart.categories) - 1)
    out = _legend(chart, left, 10)
    base_y = top + plot_h

    def xy(i: int, v: float) -> tuple[float, float]:
        return round(left + plot_w * i / n, 1), round(base_y - plot_h * v / maximum, 1)

    for tick in _ticks(maximum):
        y = base_y - plot_h * tick / maximum
        out.append(
            f"<line {_a(x1=left, y1=y, x2=left + plot_w, y2=y, stroke=NHS_PALE_GREY, stroke_width=1)}/>"
        )
        out.append(
            f"<text {_a(x=left - 6, y=y + 4, text_anchor='end', fill=NHS_DARK_GREY, font_size=12)}>{escape(_number(tick, chart.unit))}</text>"
        )
    step = max(1, len(chart.categories) // 6)
    for i, category in enumerate(chart.categories):
        if i % step == 0 or i == len(chart.categories) - 1:
            x, _ = xy(i, 0)
            out.append(
                f"<text {_a(x=x, y=base_y + 20, text_anchor='middle', fill=NHS_DARK_GREY, font_size=12)}>{escape(_short(category, 12))}</text>"
            )
    out.append(
        f"<line {_a(x1=left, y1=base_y, x2=left + plot_w, y2=base_y, stroke=NHS_BLACK, stroke_width=1)}/>"
    )
    if chart.reference is not None:
        _, y = xy(0, chart.reference)
        out.append(
            f"<line {_a(x1=left, y1=y, x2=left + plot_w, y2=y, stroke=NHS_RED, stroke_width=3, stroke_dasharray='4 2')}/>"
        )
    for s_i, s in enumerate(chart.series):
        colour = SERIES_COLOURS[s_i % len(SERIES_COLOURS)]
        points = [xy(i, v) for i, v in enumerate(s.values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{x},{y}" for x, y in points)
            out.append(f"<polyline {_a(points=path, fill='none', stroke=colour, stroke_width=3)}/>")
        for x, y in points:
            out.append(f"<circle {_a(cx=x, cy=y, r=4, fill=colour)}/>")
    return width, height, out


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chart_table(chart: Chart) -> tuple[list[str], list[list[str]]]:
    """The chart's figures as a table: a row per category, a column per series."""
    head = ["", *[s.name for s in chart.series]]
    rows = [
        [
            category,
            *[
                _number(s.values[i] if i < len(s.values) else None, chart.unit, chart.missing_label)
                for s in chart.series
            ],
        ]
        for i, category in enumerate(chart.categories)
    ]
    if chart.reference is not None:
        head.append(chart.reference_label or "Target")
        for row in rows:
            row.append(_number(chart.reference, chart.unit))
    return head, rows
