"""What the SEN2 import's tests share: a return of N people on an emptied LA."""

from __future__ import annotations

import pytest

from sendhealth.assessments.models import Assessment, Sen2Person, Sen2Record
from sendhealth.assessments.sen2 import BY_KEY


@pytest.fixture
def sen2_return(area):
    """``sen2_return(people, unmatched=3)``: the rows (``demo.build``, each module a list of
    lists) of a return for the area's LA of ``people`` of its children, made for it, and
    ``unmatched`` people who match no child, with the LA emptied of SEN2 rows first (people,
    requests and records: ``empty_sen2``)."""
    from sendhealth.assessments import demo
    from sendhealth.children.tests.factories import ChildFactory

    def build(people: int, unmatched: int = 3) -> dict[str, list[list]]:
        empty_sen2(area.la)
        children = [ChildFactory(local_authority=area.la) for _ in range(people)]
        return demo.build(
            [(c.given_name, c.family_name, c.date_of_birth) for c in children],
            lea=area.la.code,
            year=2026,
            unmatched=unmatched,
        )

    return build


def empty_sen2(la=None) -> None:
    """The SEN2 rows of ``la`` (every LA's if None) deleted: its requests, people and records."""
    for model in (Assessment, Sen2Person, Sen2Record):
        rows = model.objects.all()
        if la is not None:
            rows = rows.filter(local_authority=la)
        rows.delete()


def column_at(key: str, column: str) -> int:
    """Where ``column`` is in a row of module ``key`` (``demo.build``'s and the parser's)."""
    return BY_KEY[key].all_columns.index(column)


def staging_tables() -> list[str]:
    """The import's staging tables left in the database (PostgreSQL; none elsewhere)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'sen2_stage_%%'")
        return sorted(r[0] for r in cursor.fetchall())
