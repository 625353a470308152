"""Random sequences of changes to the advice register, for the property tests of what is kept
from it (``test_timeliness_summary``: the timeliness and open work summary;
``test_kept_tab_counts``: the queue's and the tray's tab counts): the changes, ``apply`` one,
``CHANGES`` (hypothesis's sequences of them), ``property_test`` (its settings) and ``changed``
(a sequence applied in a transaction rolled back afterwards, so each example starts from the
fixtures)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from sendhealth.advice import services, summary
from sendhealth.advice.models import (
    OPEN_ASSIGNMENT_STATUSES,
    AdviceAssignment,
    AdviceRequest,
    AssignmentStatus,
    RequestStatus,
)
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.advice.tests.test_kept_figures import apply as apply_service_change
from sendhealth.core.audit import Auditor
from sendhealth.rules import health_advice_due

BASE = date(2025, 11, 1)  # completion dates are moved around BASE .. BASE + 150 days
SERVICE_CHANGES = ("raise", "route", "submit", "accept", "return", "cancel", "return_to_la")
OUR_CHANGES = (
    "complete_on",
    "received_on",
    "reroute",
    "exception",
    "withdraw",
    "delete",
    "factory",
    "batch",
)


def _pick(rows, n: int):
    return rows[n % len(rows)] if rows else None


def apply(area, change: str, n: int) -> None:
    """One change, as the services make it or (for corrections) as a save of the row."""
    dco = Auditor(user=area.dco)
    parts = list(AdviceAssignment.objects.order_by("pk"))
    part = _pick(parts, n)
    if change in SERVICE_CHANGES:
        apply_service_change(area, change, n)
    elif change == "complete_on" and part is not None:
        # A corrected completion date (or a completion recorded outside the review).
        part.completed_on = BASE + timedelta(days=(n * 7) % 150)
        if part.status in OPEN_ASSIGNMENT_STATUSES and n % 2:
            part.status = AssignmentStatus.ACCEPTED
        part.save(update_fields=["completed_on", "status"])
    elif change == "received_on" and part is not None:
        # Health's date of receipt corrected: every part's statutory due date moves with it.
        request = part.request
        request.health_received_on = BASE - timedelta(days=30) + timedelta(days=(n * 5) % 120)
        request.save(update_fields=["health_received_on"])
        for other in request.assignments.all():
            other.due_on = health_advice_due(request.health_received_on)
            other.save(update_fields=["due_on"])
    elif change == "reroute" and part is not None:
        # The part moved to another service (and that service's provider).
        service = (area.salt, area.ot, area.camhs)[n % 3]
        clash = (
            AdviceAssignment.objects.filter(request_id=part.request_id, service=service)
            .exclude(status=AssignmentStatus.CANCELLED)
            .exclude(pk=part.pk)
            .exists()
        )
        if not clash:
            part.service, part.provider_id = service, service.provider_id
            part.save(update_fields=["service", "provider"])
    elif change == "exception" and part is not None:
        with contextlib.suppress(ValidationError):  # refused for a cancelled part
            services.record_exception(
                part,
                reason="absent_from_area",
                starts_on=part.received_on,
                ends_on=part.received_on + timedelta(days=14),
                note="Away.",
                auditor=dco,
            )
    elif change == "withdraw":
        request = _pick(list(AdviceRequest.objects.order_by("pk")), n)
        if request is not None:
            for live in request.assignments.filter(status__in=OPEN_ASSIGNMENT_STATUSES):
                services.cancel_assignment(live, reason="Request withdrawn.", auditor=dco)
            request.status = RequestStatus.WITHDRAWN
            request.save(update_fields=["status"])
    elif change == "delete" and part is not None:
        part.delete()
    elif change == "factory":
        AdviceAssignmentFactory(
            request=AdviceRequestFactory(
                child__local_authority=(area.la, area.other_la)[n % 2],
                health_received_on=BASE + timedelta(days=n % 90),
            ),
            service=(area.salt, area.ot, area.camhs)[n % 3],
            status=AssignmentStatus.ACCEPTED,
            completed_on=BASE + timedelta(days=(n * 11) % 150),
            has_exception=n % 3 == 0,
        )
    elif change == "batch":
        with summary.batch():
            for k in range(3):
                apply(area, ("complete_on", "factory", "reroute")[(n + k) % 3], n + k)


CHANGES = st.lists(
    st.tuples(st.sampled_from(SERVICE_CHANGES + OUR_CHANGES), st.integers(0, 99)),
    min_size=1,
    max_size=25,
)


def property_test(*, max_examples: int):
    """Hypothesis's settings for a property test over ``CHANGES`` (the ``area`` fixture is kept
    across examples: ``changed`` rolls each one back)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@contextlib.contextmanager
def changed(area, changes) -> Iterator[None]:
    """``changes`` applied in a transaction rolled back when the block ends."""
    with transaction.atomic():
        for change, n in changes:
            apply(area, change, n)
        yield
        transaction.set_rollback(True)
