"""What the pages, the PDFs and the spreadsheet show of self-evaluations and the plan."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sendhealth.core.charts import Chart, Series
from sendhealth.core.figures_table import shown_number
from sendhealth.core.presenters import format_date
from sendhealth.improvement.domain import action_rag, is_overdue, measure_rag, quarter_label
from sendhealth.improvement.measures import REGISTRY, current_value

RAG_COLOURS = {"red": "red", "amber": "orange", "green": "green"}
RAG_TEXT = {"red": "Red", "amber": "Amber", "green": "Green"}


def measure_values(measures, today: date) -> dict[int, float | None]:
    """Each measure's current value, computed once for the page."""
    return {m.pk: current_value(m.figure, m.icb_id, today) for m in measures}


def measure_row(measure, value, *, suppress: bool = False) -> dict:
    """A measure as shown; for a board viewer (``suppress``) a count from 1 to 4 reads
    "fewer than 5" (``core.figures_table``)."""
    figure = REGISTRY.get(measure.figure)
    unit = figure.unit if figure else ""
    rag = measure_rag(value, measure.target, measure.direction)
    if value is None:
        shown = "no data"
    elif not unit and float(value).is_integer():
        shown = shown_number(int(value), suppress)
    else:
        shown = f"{value:g}{unit}"
    return {
        "measure": measure,
        "value": shown,
        "target": f"{measure.target:g}{unit} ({measure.get_direction_display().lower()})",
        "rag": rag,
        "tag": {"text": RAG_TEXT.get(rag or "", "No data"), "classes": _tag(rag)},
    }


def _tag(rag: str | None) -> str:
    return f"nhsuk-tag--{RAG_COLOURS[rag]}" if rag else "nhsuk-tag--grey"


def rag_of(action, today: date, values: dict[int, float | None]) -> str:
    measured = None
    if action.measure_id is not None:
        measured = measure_rag(
            values.get(action.measure_id), action.measure.target, action.measure.direction
        )
    return action_rag(
        status=action.status,
        due_on=action.due_on,
        today=today,
        measure_rag_value=measured,
        override=action.rag_override,
    )


def rag_tag(rag: str) -> dict:
    return {"text": RAG_TEXT[rag], "classes": _tag(rag)}


def action_cells(action, today: date, values) -> dict:
    rag = rag_of(action, today, values)
    return {
        "reference": action.reference,
        "title": action.title,
        "owner": action.owner,
        "organisation": action.organisation.name,
        "due": format_date(action.due_on),
        "status": action.get_status_display()
        + (" (overdue)" if is_overdue(action.status, action.due_on, today) else ""),
        "rag": RAG_TEXT[rag],
        "rag_tag": rag_tag(rag),
        "overridden": bool(action.rag_override),
        "measure": action.measure.name if action.measure_id else "",
    }


ACTION_HEAD = [
    {"text": "Action"},
    {"text": "Owner"},
    {"text": "Organisation"},
    {"text": "Due"},
    {"text": "Status"},
    {"text": "RAG"},
]


def action_table_row(action, today: date, values, href: str) -> list[dict]:
    cells = action_cells(action, today, values)
    return [
        {"text": f"{cells['reference']}: {cells['title']}", "href": href},
        {"text": cells["owner"]},
        {"text": cells["organisation"]},
        {"text": cells["due"]},
        {"text": cells["status"]},
        {"text": cells["rag"] + (" (set by hand)" if cells["overridden"] else "")},
    ]


EXPORT_HEAD = [
    "Priority",
    "Reference",
    "Action",
    "Owner",
    "Organisation",
    "Due date",
    "Status",
    "RAG",
    "RAG set by hand because",
    "Measure",
    "Milestones",
]


def export_rows(actions, today: date, values) -> list[list]:
    rows = []
    for action in actions:
        cells = action_cells(action, today, values)
        milestones = "; ".join(
            f"{m.title} (due {format_date(m.due_on)}"
            + (f", done {format_date(m.done_on)})" if m.done_on else ")")
            for m in action.milestones.all()
        )
        rows.append(
            [
                action.priority.title,
                action.reference,
                action.title,
                action.owner,
                action.organisation.name,
                action.due_on,
                cells["status"],
                cells["rag"],
                action.rag_override_reason,
                cells["measure"],
                milestones,
            ]
        )
    return rows


def ratings_by_principle(ratings) -> list[tuple[str, list]]:
    grouped: dict[str, list] = defaultdict(list)
    order: list[str] = []
    for rating in ratings:
        title = rating.statement.principle.title
        if title not in grouped:
            order.append(title)
        grouped[title].append(rating)
    return [(title, grouped[title]) for title in order]


def ratings_chart(framework, evaluations, ratings) -> Chart | None:
    """The average rating of each principle (or area), quarter by quarter, oldest first."""
    evaluations = sorted(evaluations, key=lambda e: (e.year, e.quarter))
    if not evaluations:
        return None
    sums: dict[tuple[str, int], list[int]] = defaultdict(list)
    titles: list[str] = []
    for rating in ratings:
        title = rating.statement.principle.title
        if title not in titles:
            titles.append(title)
        if rating.level is not None:
            sums[(title, rating.evaluation_id)].append(rating.level.value)
    series = tuple(
        Series(
            title[:60],
            tuple(
                round(sum(v) / len(v), 1) if (v := sums.get((title, e.pk))) else None
                for e in evaluations
            ),
        )
        for title in titles
    )
    return Chart(
        title=f"Ratings over time: {framework.name}",
        kind="line",
        categories=tuple(quarter_label(e.year, e.quarter) for e in evaluations),
        series=series,
        notes=("Average rating of each area's statements; higher is better.",),
    )
