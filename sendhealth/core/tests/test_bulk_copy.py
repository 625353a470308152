"""``core.bulk.write_rows`` writes with ``COPY`` on PostgreSQL: the seed it writes must be the
seed ``bulk_create`` writes, row for row (values, and which row each foreign key points at).
Run on PostgreSQL (``DATABASE_URL=postgres://... pytest``); on SQLite both are ``bulk_create``.
"""

import datetime
import re
from typing import Any

import pytest
from django.db import connection, models

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    ProvisionItem,
)
from sendhealth.children.models import Child
from sendhealth.core import bulk, seeding

TINY = seeding.SeedOptions(children=40, requests=60, seed=77, today=datetime.date(2026, 3, 2))
TABLES = (Child, AdviceRequest, AdviceAssignment, AdviceSubmission, ProvisionItem)
TABLES += (AdviceException, AdviceEvent)


def _snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the seeded tables, its foreign keys as the rank of the row pointed at."""
    ranks: dict[type[models.Model], dict[Any, int]] = {}

    def rank(model: type[models.Model], pk: Any) -> Any:
        if pk is None:
            return None
        if model not in ranks:
            pks = model._default_manager.order_by("pk").values_list("pk", flat=True)
            ranks[model] = {p: i for i, p in enumerate(pks)}
        return ranks[model][pk]

    found = {}
    for model in TABLES:
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        rows = []
        for row in model._default_manager.order_by("pk"):
            rows.append(
                tuple(
                    rank(f.related_model, getattr(row, f.attname))
                    if f.is_relation
                    else _same_run(getattr(row, f.attname))
                    for f in fields
                )
            )
        found[model._meta.label] = rows
    return found


def _same_run(value: Any) -> Any:
    """Enquiry references are numbered from their table's sequence, which the second seed
    does not start again: the number is not the row's."""
    return re.sub(r"EQ-\d+", "EQ-n", value) if isinstance(value, str) else value


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_copy_writes_the_rows_bulk_create_writes(db, monkeypatch):
    seeding.seed_area(TINY)
    copied = _snapshot()
    assert all(copied.values())
    monkeypatch.setattr(bulk, "_copyable", lambda model: False)  # bulk_create throughout
    seeding.seed_area(TINY, reset=True)
    written = _snapshot()
    for table, rows in copied.items():
        assert len(written[table]) == len(rows), table
        for n, (by_copy, by_insert) in enumerate(zip(rows, written[table], strict=True)):
            assert by_copy == by_insert, (table, n)


def test_write_rows_sets_primary_keys_for_the_rows_after(db):
    seeding.seed_area(TINY)
    requests = AdviceRequest.objects.count()
    assert requests and AdviceEvent.objects.filter(request__isnull=True).count() == 0
    assert not AdviceEvent.objects.exclude(request__in=AdviceRequest.objects.all()).exists()
