"""What the quality assurance pages show: section text with the automatic findings marked,
percentages, and a bar chart as server-rendered SVG (no JavaScript chart library)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass
class SectionView:
    key: str
    title: str
    text: str
    findings: list = field(default_factory=list)

    @property
    def marked(self) -> Markup:
        return highlight(self.text, self.findings)


def run_findings(sections: dict[str, str], kind: str) -> list:
    """The automatic checks' findings, or none while the checks are not installed. They are
    shown beside the criteria to help the auditor, never as the auditor's score."""
    try:
        from sendhealth.assurance.checks import run_checks
    except ImportError:
        return []
    from sendhealth.assurance.services import checks_lexicon

    return list(run_checks(sections, kind=kind, lexicon=checks_lexicon()))


def thread_sentences(sections: dict[str, str], kind: str) -> list[str]:
    """Every link the golden thread made, explained ("'...' in Section C linked to '...' in
    Section G through hearing")."""
    from sendhealth.assurance.checks import thread_links
    from sendhealth.assurance.services import checks_lexicon

    return [link.sentence() for link in thread_links(sections, kind=kind, lexicon=checks_lexicon())]


def section_notices(sections: dict[str, str], kind: str) -> list[str]:
    """A plan's sections that are empty or suspiciously short: a notice for the auditor,
    instead of findings about their absence."""
    if kind != "plan":
        return []
    from sendhealth.assurance.extraction import section_notices as notices

    return [
        n.replace(
            "is empty in the document",
            "is empty: it may not have been found in the document, so check the original",
        )
        for n in notices({k: v for k, v in sections.items() if k in ("C", "E", "G")})
    ]


def check_info(key: str):
    try:
        from sendhealth.assurance.checks import CHECKS
    except ImportError:
        return None
    return CHECKS.get(key)


SHOWN_SECTION_CHARS = 100_000  # a page never renders more of a section than this


def section_views(sections: dict[str, str], titles: dict[str, str], kind: str) -> list[SectionView]:
    sections = {k: (v or "")[:SHOWN_SECTION_CHARS] for k, v in sections.items()}
    findings = run_findings(sections, kind)
    views = []
    for key, text in sections.items():
        views.append(
            SectionView(
                key=key,
                title=titles.get(key, key),
                text=text or "",
                findings=[f for f in findings if f.section == key],
            )
        )
    return views


def highlight(text: str, findings: Sequence) -> Markup:
    """``text`` escaped, with each finding's exact words (its ``start``/``end`` offsets) in a
    ``<mark>``. Overlapping or out-of-range spans are skipped, never guessed."""
    spans = sorted(
        (f.start, f.end, n)
        for n, f in enumerate(findings, start=1)
        if 0 <= f.start < f.end <= len(text)
    )
    out, position = [], 0
    for start, end, number in spans:
        if start < position:
            continue
        out.append(_lines(text[position:start]))
        out.append(
            Markup('<mark id="finding-{}">{}</mark>').format(number, _lines(text[start:end]))
        )
        position = end
    out.append(_lines(text[position:]))
    return Markup("").join(out)


def _lines(text: str) -> Markup:
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def percent(value: float | None) -> str:
    return "Not yet" if value is None else f"{round(100 * value)}%"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0-100
    x: float
    y: float
    width: float
    height: float


def bar_chart(points: Sequence[tuple[str, float | None]], *, width=640, height=240) -> dict:
    """Geometry of a vertical bar chart of percentages, for ``_chart.jinja``."""
    known = [(label, value) for label, value in points if value is not None]
    left, bottom, top = 40, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    step = plot_w / max(len(known), 1)
    bars = [
        Bar(
            label=label,
            value=value,
            x=left + i * step + step * 0.15,
            y=top + plot_h * (1 - value / 100),
            width=step * 0.7,
            height=plot_h * value / 100,
        )
        for i, (label, value) in enumerate(known)
    ]
    ticks = [(v, top + plot_h * (1 - v / 100)) for v in (0, 25, 50, 75, 100)]
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "left": left,
        "baseline": top + plot_h,
    }
