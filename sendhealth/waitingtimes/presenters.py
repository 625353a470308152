"""Waiting-time rows for the templates and the CSV."""

from __future__ import annotations

from django.urls import reverse

from sendhealth.children.models import NeedType
from sendhealth.core.figures_table import figures_table
from sendhealth.core.presenters import tag
from sendhealth.organisations.models import Specialty
from sendhealth.waitingtimes import domain
from sendhealth.waitingtimes.figures import Latest, month_label


def weeks(value) -> str:
    return f"{value:.1f}"


def target_tag(position) -> dict:
    if position.over_target:
        return tag("Over target", "overdue")
    return tag("Within target", "accepted")


def change_text(item: Latest) -> str:
    if item.previous is None:
        return "No earlier month"
    diff = item.position.p92_wait_weeks - item.previous.p92_wait_weeks
    if diff == 0:
        return "No change"
    return f"{'Up' if diff > 0 else 'Down'} {abs(diff):.1f} weeks"


BAND_HEAD = [{"text": b.label, "format": "numeric"} for b in domain.BANDS]


def position_month(position) -> str:
    return month_label(position.month)


# -- commissioning gaps -----------------------------------------------------------------------

GAP_COUNT_COLUMNS = [3, 4, 5, 6, 7, 8]


def _maybe(value):
    return "" if value is None else value


def _gap_values(row) -> list:
    c = row.capacity
    return [
        row.rank,
        row.service.name,
        row.service.provider.name,
        c.requests,
        c.requests_before,
        c.plans,
        _maybe(c.referrals),
        _maybe(c.caseload),
        _maybe(c.waiting),
        "" if c.p92_weeks is None else weeks(c.p92_weeks),
        _maybe(c.target_weeks),
        "; ".join(row.reasons) or "No gap found in these figures",
    ]


def _shown(rows: list[list], count_columns: list[int], suppress: bool) -> list[list]:
    return figures_table([], rows, suppress=suppress, counts=count_columns, fmt=_text).rows


def _text(value) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def gap_table(rows, suppress: bool) -> list[list[dict]]:
    """The ranked services as table cells; the service links to its waiting-times trend (the
    capacity evidence, one click away)."""
    shown = _shown([_gap_values(r) for r in rows], GAP_COUNT_COLUMNS, suppress)
    cells = []
    for row, values in zip(rows, shown, strict=True):
        line = [
            {"text": v, "format": "numeric"} if i in (0, *GAP_COUNT_COLUMNS, 9, 10) else {"text": v}
            for i, v in enumerate(values)
        ]
        line[1]["href"] = reverse("waitingtimes:service", args=[row.service.pk])
        cells.append(line)
    return cells


def la_tables(rows, suppress: bool) -> list[tuple[str, list[list[dict]]]]:
    """For each service with any demand, its requests and plans by local authority."""
    tables = []
    for row in rows:
        if not (row.capacity.requests or row.capacity.plans):
            continue
        values = [[la.name, requests, plans] for la, requests, plans in row.by_la]
        shown = _shown(values, [1, 2], suppress)
        tables.append(
            (
                f"{row.service.name} ({row.service.provider.name})",
                [
                    [
                        {"text": a},
                        {"text": b, "format": "numeric"},
                        {"text": c, "format": "numeric"},
                    ]
                    for a, b, c in shown
                ],
            )
        )
    return tables


def jsna_rows(rows, suppress: bool) -> list[list]:
    """One line per service and local authority, for the JSNA extract: the LA's requests and
    plans, with the service's capacity repeated on each of its lines."""
    lines = []
    for row in rows:
        values = _gap_values(row)
        for la, requests, plans in row.by_la:
            lines.append(
                [
                    row.service.name,
                    row.service.provider.name,
                    row.service.get_specialty_display(),
                    la.name,
                    requests,
                    "",
                    plans,
                    *values[6:],
                ]
            )
    return figures_table([], lines, suppress=suppress, counts=[4, 6, 7, 8, 9]).values


def needs_served_rows() -> list[list[dict]]:
    labels = dict(NeedType.choices)
    return [
        [
            {"text": label},
            {
                "text": ", ".join(labels[n] for n in domain.NEEDS_SERVED.get(value, ()))
                or "None assumed"
            },
        ]
        for value, label in Specialty.choices
    ]


def position_counts(positions, suppress: bool) -> list[list[dict]]:
    """Each position's counts as numeric cells, in the order referrals, caseload, the bands,
    waiting; for the board, small numbers suppressed (``core.suppression``)."""
    values = [
        [
            p.referrals_received,
            p.caseload,
            *(getattr(p, b.field) for b in domain.BANDS),
            p.waiting_total,
        ]
        for p in positions
    ]
    shown = _shown(values, list(range(len(domain.BANDS) + 3)), suppress)
    return [[{"text": v, "format": "numeric"} for v in row] for row in shown]
