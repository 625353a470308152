"""The register's figures for the DCO and the board: counts only, never a child. Numbers of
disagreements by type and outcome for a period, and the ICB's responses to tribunal
recommendations on time or late (due 5 weeks after issue, SI 2017/1306)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q

from sendhealth.disagreements.models import Disagreement, Kind, Outcome, TribunalRecommendation

OPEN = "open"


@dataclass(frozen=True)
class KindRow:
    kind: str
    label: str
    total: int
    by_outcome: dict[str, int]  # outcome value (or "open") -> count


@dataclass(frozen=True)
class ResponseFigures:
    issued: int
    on_time: int
    late: int
    awaiting: int
    overdue: int


@dataclass(frozen=True)
class Figures:
    start: date
    end: date
    rows: list[KindRow]
    outcome_columns: list[tuple[str, str]]
    responses: ResponseFigures

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def figures(icb_ids, start: date, end: date, today: date) -> Figures:
    """Disagreements registered and recommendations issued from ``start`` to ``end``."""
    registered = Disagreement.objects.filter(icb_id__in=icb_ids, registered_on__range=(start, end))
    counts = {
        (row["kind"], row["outcome"] or OPEN): row["n"]
        for row in registered.values("kind", "outcome").annotate(n=Count("pk")).order_by()
    }
    columns = [(OPEN, "Open"), *Outcome.choices]
    rows = [
        KindRow(
            kind=kind,
            label=label,
            total=sum(n for (k, _), n in counts.items() if k == kind),
            by_outcome={value: counts.get((kind, value), 0) for value, _ in columns},
        )
        for kind, label in Kind.choices
    ]
    answered = Q(responded_on__isnull=False)
    responses = TribunalRecommendation.objects.filter(
        disagreement__icb_id__in=icb_ids, issued_on__range=(start, end)
    ).aggregate(
        issued=Count("pk"),
        on_time=Count("pk", filter=answered & Q(responded_on__lte=F("response_due_on"))),
        late=Count("pk", filter=answered & Q(responded_on__gt=F("response_due_on"))),
        awaiting=Count("pk", filter=Q(responded_on__isnull=True, response_due_on__gte=today)),
        overdue=Count("pk", filter=Q(responded_on__isnull=True, response_due_on__lt=today)),
    )
    return Figures(start, end, rows, columns, ResponseFigures(**responses))
