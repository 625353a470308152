"""The training register's own logic, plain functions."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def weighted_score(rows: Iterable[tuple[int, Decimal | float | None]]) -> float | None:
    """The average evaluation score over sessions, each weighted by its evaluations returned."""
    total = 0.0
    count = 0
    for evaluations, score in rows:
        if score is None or not evaluations:
            continue
        total += float(score) * evaluations
        count += evaluations
    return round(total / count, 2) if count else None
