"""The self-evaluation and improvement plan are the ICB's records about services, never about
one child: nothing on a child's timeline (no query)."""

from __future__ import annotations

from collections.abc import Iterator

from sendhealth.core.timeline import TimelineEntry


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    return iter(())
