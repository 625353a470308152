"""What the provision pages show, worked out here so the templates hold no logic. Table cells
are dicts (text, href); no markup is built here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.provision import domain
from sendhealth.provision.models import Period, PlanLine, Reason

REASONS = dict(Reason.choices)


def month_label(month: date) -> str:
    return month.strftime("%b %Y")


def number(value: Decimal | int) -> str:
    value = Decimal(value)
    return f"{value.normalize():f}" if value != value.to_integral() else str(int(value))


def frequency_text(line: PlanLine) -> str:
    if line.vague or not line.count or not line.period:
        return "Not stated in a way that can be counted"
    sessions = "1 session" if line.count == 1 else f"{line.count} sessions"
    if line.period == Period.ONE_OFF:
        return f"{sessions}, once"
    return f"{sessions} {Period(line.period).label}"


def session_text(line: PlanLine) -> str:
    return f"{line.session_minutes} minutes" if line.session_minutes else "Not stated"


def end_text(line: PlanLine) -> str:
    return format_date(line.ends_on) if line.ends_on else "Until the next review"


LINE_HEAD = [
    {"text": "Reference"},
    {"text": "Service"},
    {"text": "What, by whom"},
    {"text": "How often"},
    {"text": "Session"},
    {"text": "From"},
    {"text": "To"},
]


def line_cells(line: PlanLine, *, href: bool = True) -> list[dict]:
    what = line.what + (f" ({line.by_whom})" if line.by_whom else "")
    return [
        {"text": line.reference, "href": reverse("provision:line", args=[line.pk])}
        if href
        else {"text": line.reference},
        {"text": line.service.name},
        {"text": what},
        {"text": frequency_text(line) + (" (vague: a finding)" if line.vague else "")},
        {"text": session_text(line)},
        {"text": format_date(line.starts_on)},
        {"text": end_text(line)},
    ]


def month_cell(line: PlanLine, ret, month: date) -> dict:
    expected = domain.expected_in_month(
        line.count, line.period, line.starts_on, line.ends_on, month
    )
    if ret is None:
        if not domain.runs_in(month, line.starts_on, line.ends_on) or not expected:
            return {"text": "-"}
        return {"text": "Not reported"}
    text = f"{ret.delivered} of {number(expected)}"
    if ret.not_delivered:
        text += f"; {ret.not_delivered} not delivered ({REASONS.get(ret.reason, ret.reason)})"
    return {"text": text}


def delivery_rows(lines, returns_by_line, months: list[date]) -> list[list[dict]]:
    return [
        [{"text": line.reference}]
        + [month_cell(line, returns_by_line.get(line.pk, {}).get(m), m) for m in months]
        for line in lines
    ]


def since_review_rows(lines, returns, since: date, today: date) -> list[list[dict]]:
    """Each line's delivery from ``since`` to the last whole month, for the annual review."""
    last = domain.add_months(domain.first_of_month(today), -1)
    months = domain.months_between(since, last) if since <= last else []
    by_line: dict[int, dict[date, object]] = {}
    for ret in returns:
        by_line.setdefault(ret.line_id, {})[ret.month] = ret
    rows = []
    for line in lines:
        got = by_line.get(line.pk, {})
        expected = sum(
            (
                domain.expected_in_month(line.count, line.period, line.starts_on, line.ends_on, m)
                for m in months
            ),
            Decimal(0),
        )
        delivered = sum(r.delivered for r in got.values())  # type: ignore[attr-defined]
        missing = [
            m
            for m in months
            if m not in got
            and domain.expected_in_month(line.count, line.period, line.starts_on, line.ends_on, m)
        ]
        rows.append(
            [
                {"text": line.reference, "href": reverse("provision:line", args=[line.pk])},
                {"text": f"{line.what} ({line.service.name})"},
                {"text": frequency_text(line)},
                {"text": number(expected) if not line.vague else "Not known"},
                {"text": delivered},
                {"text": domain.percent(domain.delivery_rate(delivered, expected))},
                {"text": ", ".join(month_label(m) for m in missing) or "None"},
            ]
        )
    return rows


SINCE_REVIEW_HEAD = [
    {"text": "Line"},
    {"text": "What (service)"},
    {"text": "How often"},
    {"text": "Sessions expected", "format": "numeric"},
    {"text": "Sessions delivered", "format": "numeric"},
    {"text": "Delivered", "format": "numeric"},
    {"text": "Months not reported"},
]

SHORTFALL_HEAD = [
    {"text": "Line"},
    {"text": "Child"},
    {"text": "Service"},
    {"text": "How often"},
    {"text": "Delivered or excused", "format": "numeric"},
    {"text": "Months"},
    {"text": "Action"},
]


def shortfall_row(line, months: list[date], by_month: dict) -> list[dict]:
    rate = domain.service_side_rate(line.delivered, line.excused, line.expected)
    parts = []
    for m in months:
        ret = by_month.get(m)
        parts.append(
            f"{month_label(m)}: "
            + (
                "not reported"
                if ret is None
                else f"{ret.delivered} delivered"
                + (
                    f", {ret.not_delivered} not ({REASONS.get(ret.reason, ret.reason).lower()})"
                    if ret.not_delivered
                    else ""
                )
            )
        )
    return [
        {"text": line.reference, "href": reverse("provision:line", args=[line.pk])},
        {"text": line.child.full_name},
        {"text": str(line.service)},
        {"text": frequency_text(line)},
        {"text": domain.percent(rate)},
        {"text": "; ".join(parts)},
        {
            "text": "Remind the service or record a complaint",
            "href": reverse("provision:line", args=[line.pk]) + "#actions",
        },
    ]
