"""Data already recorded under the old rule (6 weeks from routing) gets the statutory dates."""

from datetime import date, datetime, timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("advice", "0002_list_indexes")]
AFTER = [("advice", "0003_statutory_due_date")]


@pytest.fixture
def restore_schema():
    """Whatever happens in the test, the database goes back to the latest migrations, so the
    tests after it in the same process find every table and column."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def applied_state(executor: MigrationExecutor):
    """The models as the database now has them: the state of every applied migration (the
    other apps as they are, advice as far as it was migrated)."""
    executor.loader.build_graph()
    applied = set(executor.recorder.applied_migrations())
    graph = executor.loader.graph
    leaves = [
        n for n in applied if n in graph.node_map and not graph.node_map[n].children & applied
    ]
    return executor.loader.project_state(leaves).apps


@pytest.mark.django_db(transaction=True)
def test_existing_parts_become_due_6_weeks_after_health_received_the_request(restore_schema):
    """The models as the database has them at each step (``applied_state``: a later app's
    migrations that were unapplied with advice's would bring in columns not there)."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = applied_state(executor)
    Organisation = apps.get_model("organisations", "Organisation")
    Service = apps.get_model("organisations", "Service")
    Child = apps.get_model("children", "Child")
    AdviceRequest = apps.get_model("advice", "AdviceRequest")
    AdviceAssignment = apps.get_model("advice", "AdviceAssignment")
    icb = Organisation.objects.create(kind="icb", name="ICB", code="QZZ")
    la = Organisation.objects.create(kind="la", name="LA", code="999", parent=icb)
    provider = Organisation.objects.create(kind="provider", name="Trust", code="RZZ", parent=icb)
    service = Service.objects.create(provider=provider, name="SALT", specialty="salt")
    child = Child.objects.create(
        nhs_number="9990000018",
        given_name="Ada",
        family_name="Test",
        date_of_birth=date(2018, 5, 1),
        local_authority=la,
        primary_need="SLCN",
    )
    request = AdviceRequest.objects.create(
        child=child,
        local_authority=la,
        icb=icb,
        la_received_on=date(2025, 11, 20),
        health_received_on=date(2025, 12, 2),
        questions="?",
        status="routed",
    )
    routed = date(2025, 12, 6)
    reminded = datetime(2026, 1, 10, 7, tzinfo=timezone.get_current_timezone())
    waiting = AdviceAssignment.objects.create(
        request=request,
        service=service,
        provider=provider,
        received_on=routed,
        due_on=routed + timedelta(days=42),  # 17 January: the old rule
        next_reminder_on=date(2026, 1, 17),
        last_chased_at=reminded,
    )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = applied_state(executor)
    waiting = apps.get_model("advice", "AdviceAssignment").objects.get(pk=waiting.pk)
    assert waiting.due_on == date(2026, 1, 13)
    assert waiting.received_on == routed
    assert waiting.next_reminder_on == date(2026, 1, 13)  # reminded on the statutory date
