"""The preparing-for-adulthood queue reads kept ``PlanDueItem`` rows; after any sequence of
changes to plans and children's dates of birth, on any day, it lists exactly what working out
every live plan's items from scratch (``domain.due_items``) lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import transaction
from django.db.models import F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.transitions.domain import due_items
from sendhealth.transitions.models import EhcPlan, PlanDueItem
from sendhealth.transitions.services import Window, queue_items
from sendhealth.transitions.tests.factories import AnnualReviewFactory, EhcPlanFactory

FIELDS = (
    "transition_plan_on",
    "adult_services_on",
    "last_health_check_on",
    "handover_on",
    "health_assessment_on",
    "transfer_reviewed_on",
    "ceased_on",
)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
changes = st.one_of(
    st.tuples(st.just("plan"), st.dates(min_value=date(2004, 1, 1), max_value=date(2016, 12, 31))),
    st.tuples(st.just("field"), st.integers(0, 99), st.sampled_from(FIELDS), st.none() | days),
    st.tuples(st.just("flags"), st.integers(0, 99), st.booleans(), st.booleans()),
    st.tuples(st.just("review"), st.integers(0, 99), days),
    st.tuples(st.just("birth"), st.integers(0, 99), st.integers(-800, 800)),
    st.tuples(st.just("transfer"), st.integers(0, 99), st.none() | st.integers(2024, 2030)),
)


def apply(area, change) -> None:
    plans = list(EhcPlan.objects.order_by("pk").select_related("child"))
    kind, *args = change
    if kind == "plan":
        EhcPlanFactory(child=ChildFactory(local_authority=area.la, date_of_birth=args[0]))
        return
    if not plans:
        return
    plan = plans[args[0] % len(plans)]
    if kind == "field":
        setattr(plan, args[1], args[2])
        plan.save()
    elif kind == "flags":
        plan.learning_disability, plan.assessment_relevant = args[1], args[2]
        plan.save()
    elif kind == "review":
        AnnualReviewFactory(plan=plan, held_on=args[1])
        plan.last_reviewed_on = args[1]
        plan.save(update_fields=["last_reviewed_on", "updated_at"])
    elif kind == "birth":
        plan.child.date_of_birth = plan.child.date_of_birth + timedelta(days=args[1])
        plan.child.save()
    elif kind == "transfer":
        plan.next_transfer_year = args[1]
        plan.save()


def from_scratch(today, window=Window.ALL):
    keys = []
    for plan in EhcPlan.objects.select_related("child").exclude(ceased_on__lte=today):
        for item in due_items(plan, plan.child.date_of_birth, today):
            if window == Window.SOON and not today <= item.due_on <= today + timedelta(days=30):
                continue
            if window == Window.OVERDUE and item.due_on >= today:
                continue
            keys.append((item.due_on, plan.pk, item.milestone.value))
    return sorted(keys)


@pytest.mark.django_db
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(changes, max_size=20), st.lists(days, min_size=1, max_size=3))
def test_the_kept_queue_equals_the_queue_from_scratch(area, sequence, todays):
    with transaction.atomic():
        for change in sequence:
            apply(area, change)
        for today in todays:
            for window in Window:
                items = queue_items(EhcPlan.objects.all(), today, window=window)
                kept = [(i.due_on, i.plan.pk, i.milestone.value) for i in items]
                assert kept == from_scratch(today, window)
                assert len(items) == len(kept)
                # Reached by the ICB copied onto each item, as the DCO's queue reads them.
                by_icb = queue_items(
                    EhcPlan.objects.all(),
                    today,
                    window=window,
                    items=PlanDueItem.objects.filter(icb_id=area.icb.pk),
                )
                assert [(i.due_on, i.plan.pk, i.milestone.value) for i in by_icb] == kept
        copied = PlanDueItem.objects.exclude(
            icb_id=F("plan__icb_id"), local_authority_id=F("plan__local_authority_id")
        )
        assert not copied.exists()
        transaction.set_rollback(True)
