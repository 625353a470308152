"""The timeliness of health advice for the board's reports (see ``core.reporting``): by
provider and by service, with and without exceptions, and the requests received by local
authority for the demand section. Aggregates only, from ``insight.figures``."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from sendhealth.advice.models import AssignmentStatus
from sendhealth.core.charts import Chart, Series
from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table, share
from sendhealth.insight.figures import _requests, timeliness

DEFINITION = (
    "Advice completed in the period. On time when submitted on or before its due date, 6 weeks "
    "after the service received the request (SEND Regulations 2014 regulation 8(1)). Given "
    "including all cases and excluding the cases late because an exception applied "
    "(regulation 8(2)), as the Department for Education reports."
)

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"timeliness": 10}


def _pct(value):
    return None if value is None else round(value * 100, 1)


def sections(icb, la, start, end) -> list[Section]:
    la_ids = [la.pk] if la is not None else None
    t = timeliness([icb.pk], start, end, la_ids)
    received = dict(
        _requests([icb.pk], la_ids)
        .filter(health_received_on__gte=start, health_received_on__lte=end)
        .values_list("local_authority_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    head = [
        "",
        "Completed",
        "On time",
        "Late",
        "Late with an exception",
        "On time, all cases",
        "On time, excluding exceptions",
    ]

    def rows(items, label):
        return [
            [
                label(r),
                r.completed,
                r.on_time,
                r.late,
                r.late_with_exception,
                _pct(r.rate_including_exceptions),
                _pct(r.rate_excluding_exceptions),
            ]
            for r in items
        ]

    counts, percents = [1, 2, 3, 4], {5: (2, 1), 6: (2, 1)}
    total = t.total
    risks = []
    rate = _pct(total.rate_including_exceptions)
    if rate is not None and rate < 60:
        risks.append(f"Health advice on time (all cases) was {rate:.1f}%, below 60%.")
    return [
        Section(
            key="timeliness",
            title="Timeliness of health advice",
            definition=DEFINITION,
            figures=[
                Figure(
                    key="advice_completed",
                    label="Advice completed",
                    value=total.completed,
                    definition="Assignments to a health service completed in the period",
                ),
                Figure(
                    key="advice_on_time_all",
                    label="On time, all cases",
                    value=share(total.on_time, total.completed),
                    unit="percent",
                    numerator=total.on_time,
                    denominator=total.completed,
                    better="higher",
                    definition="On time / all advice completed",
                ),
                Figure(
                    key="advice_on_time_excluding",
                    label="On time, excluding exception cases",
                    value=share(total.on_time, total.on_time + total.late),
                    unit="percent",
                    numerator=total.on_time,
                    denominator=total.on_time + total.late,
                    better="higher",
                    definition="On time / (on time + late without an exception)",
                ),
            ],
            tables=[
                Table(
                    key="timeliness_by_provider",
                    caption="By provider",
                    head=["Provider", *head[1:]],
                    rows=rows(t.by_provider, lambda r: r.provider),
                    count_columns=counts,
                    percent_of=percents,
                ),
                Table(
                    key="timeliness_by_service",
                    caption="By service",
                    head=["Service", *head[1:]],
                    rows=rows(t.by_service, lambda r: f"{r.service} ({r.provider})"),
                    count_columns=counts,
                    percent_of=percents,
                ),
            ],
            charts=[
                Chart(
                    title="Health advice on time by provider, per cent",
                    kind="bar",
                    categories=tuple(r.provider for r in t.by_provider),
                    series=(
                        Series(
                            "All cases",
                            tuple(_pct(r.rate_including_exceptions) for r in t.by_provider),
                        ),
                        Series(
                            "Excluding exceptions",
                            tuple(_pct(r.rate_excluding_exceptions) for r in t.by_provider),
                        ),
                    ),
                    unit="%",
                    key="timeliness",
                )
            ]
            if t.by_provider
            else [],
            risks=risks,
            requests_by_la=received,
        )
    ]


def _completed(scope, icb, la, start, end, *, on_time: bool | None = None, excluding=False):
    found = (
        scope.assignments()
        .filter(request__icb=icb, completed_on__gte=start, completed_on__lte=end)
        .exclude(status=AssignmentStatus.CANCELLED)
        .select_related("request", "service", "provider")
        .order_by("completed_on", "pk")
    )
    if la is not None:
        found = found.filter(request__local_authority=la)

    def row(a):
        return [
            {"text": a.request.reference, "href": reverse("advice:assignment", args=[a.pk])},
            {"text": f"{a.service.name} ({a.provider.name})"},
            {"text": f"{format_date(a.due_on)}"},
            {"text": f"{format_date(a.completed_on)}"},
            {"text": "On time" if a.completed_on <= a.due_on else "Late"},
        ]

    return Records(
        found,
        ["Request", "Service", "Due", "Completed", "On time"],
        row,
        "Each piece of advice completed in the period; its due date is 6 weeks from health's "
        "receipt of the request.",
    )


RECORDS = {
    "advice_completed": _completed,
    "advice_on_time_all": _completed,
    "advice_on_time_excluding": _completed,
}
