"""Training is about staff, not children: nothing on a child's timeline."""

from __future__ import annotations

from collections.abc import Iterator

from sendhealth.core.timeline import TimelineEntry


def entries_for_child(scope, child) -> Iterator[TimelineEntry]:
    return iter(())
