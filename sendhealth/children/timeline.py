"""A child's moves between local authorities on the child's timeline (see ``core.timeline``)."""

from __future__ import annotations

from collections.abc import Iterator

from django.utils import timezone

from sendhealth.core.timeline import TimelineEntry

REGISTER = "Child's record"


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    moves = (
        scope.children_moves()
        .filter(child=child)
        .select_related("from_local_authority", "to_local_authority", "moved_by")
    )
    for move in moves:
        by = str(move.moved_by) if move.moved_by is not None else "sendhealth (system)"
        yield TimelineEntry(
            on=timezone.localdate(move.moved_at),
            register=REGISTER,
            title=(
                f"Moved from {move.from_local_authority.name} to {move.to_local_authority.name}"
            ),
            detail=f"Recorded by {by} at {timezone.localtime(move.moved_at):%H:%M}",
        )
