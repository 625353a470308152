"""Claiming a due row before acting on it, so two workers never send the same reminder.

The deadline lives on the row (``next_reminder_on``, ``reminded_on``, ...): a worker reads the
row, then moves the column on with a conditional ``UPDATE ... WHERE pk = ? AND column = <what it
read>``. Only one worker's update matches; the others see 0 rows and leave the row alone.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q


def claim(row: Model, column: str, new: Any, *, also: Q | None = None) -> bool:
    """Move ``row.<column>`` from the value this worker read to ``new``; True if this worker won.

    ``also`` narrows the claim further (e.g. "not yet reminded about this review date").
    """
    seen = getattr(row, column)
    lookup = {f"{column}__isnull": True} if seen is None else {column: seen}
    rows = type(row)._default_manager.filter(pk=row.pk, **lookup)
    if also is not None:
        rows = rows.filter(also)
    won = rows.update(**{column: new}) == 1
    if won:
        setattr(row, column, new)
    return won
