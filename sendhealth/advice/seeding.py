"""Advice's synthetic history for the demo and the benchmark (see ``core.seeding``): requests
raised by the LAs, routed to services, reminded, submitted, reviewed (some sent back once for
more information), accepted and returned, with reg 8(2) exceptions and a timeline event for every
step. Written straight through the models, as the services would have left them (statuses,
dates, submissions); seeded history has no audit entries, since nobody read or changed anything.

Advice is the first register in ``INSTALLED_APPS``, so it seeds first: the other registers build
on its requests (``area.advice_request_ids``, filled here) and accepted provision. It draws on
the area's random generator and name pools in the order the core built them, so one seed still
makes one area.
"""

from __future__ import annotations

import io
import random
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, cast

from django.core.management import call_command
from django.db import models
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    EventKind,
    OpenRequestCount,
    OpenWorkDay,
    ProvisionItem,
    RequestStatus,
    ReviewDecision,
    TimelinessDay,
    TimelinessMonth,
)
from sendhealth.advice.reminders import first_reminder_on
from sendhealth.children.models import NeedType
from sendhealth.core import kept
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import (
    DEEP_DIVE_CHILDREN,
    HISTORY_DAYS,
    HOSPITALS_AUTHOR,
    SeededArea,
    SeedError,
    ServiceSpec,
    historical_timestamps,
)
from sendhealth.organisations.models import Organisation, Service, Specialty
from sendhealth.rules import (
    ExceptionReason,
    Regulation,
    StatutoryException,
    health_advice_due,
    next_reminder_after,
    validate_exception,
)

# The services a need usually brings in, most likely first.
NEED_SPECIALTIES: dict[NeedType, tuple[Specialty, ...]] = {
    NeedType.ASD: (Specialty.SALT, Specialty.PAEDIATRICS, Specialty.OT, Specialty.CAMHS),
    NeedType.SLCN: (Specialty.SALT, Specialty.PAEDIATRICS, Specialty.OT),
    NeedType.SEMH: (Specialty.CAMHS, Specialty.PAEDIATRICS, Specialty.SALT),
    NeedType.MLD: (Specialty.PAEDIATRICS, Specialty.SALT, Specialty.OT),
    NeedType.SLD: (Specialty.PAEDIATRICS, Specialty.SALT, Specialty.NURSING),
    NeedType.PMLD: (Specialty.PAEDIATRICS, Specialty.PHYSIO, Specialty.NURSING, Specialty.SALT),
    NeedType.SPLD: (Specialty.OT, Specialty.PAEDIATRICS),
    NeedType.HI: (Specialty.AUDIOLOGY, Specialty.SALT),
    NeedType.VI: (Specialty.PAEDIATRICS, Specialty.OT),
    NeedType.MSI: (Specialty.AUDIOLOGY, Specialty.PAEDIATRICS, Specialty.PHYSIO),
    NeedType.PD: (Specialty.PHYSIO, Specialty.OT, Specialty.PAEDIATRICS),
    NeedType.DS: (Specialty.PAEDIATRICS, Specialty.SALT, Specialty.PHYSIO),
    NeedType.OTH: (Specialty.PAEDIATRICS, Specialty.NURSING),
}
SERVICE_COUNTS, SERVICE_COUNT_WEIGHTS = (1, 2, 3), (55, 40, 5)  # about 1.5 a request
ON_TIME_SHARE = 0.8  # of completed advice, before the planned late cases with an exception
MORE_INFORMATION_SHARE = 0.08  # completed advice that was first sent back to the service
NO_HEALTH_NEEDS_SHARE = 0.05
VAGUE_PROVISION_SHARE = 0.15

# -- what happens to a request -------------------------------------------------------------------


class Scenario(StrEnum):
    """Where a seeded request has got to. Ages are days since health received the LA's request,
    which is what every service's due date counts from (reg 8(1)): the DCO routes it a few days
    later, and that never moves the date."""

    NEW = "new"
    WITH_SERVICES = "with_services"
    DUE_THIS_WEEK = "due_this_week"
    OVERDUE = "overdue"
    AWAITING_REVIEW = "awaiting_review"
    MORE_INFORMATION = "more_information"
    READY = "ready"
    RETURNED_TO_LA = "returned_to_la"


@dataclass(frozen=True)
class ScenarioSpec:
    share: float
    min_age: int
    max_age: int
    lead: AssignmentStatus | None  # the status of the first service's part


SCENARIOS: dict[Scenario, ScenarioSpec] = {
    Scenario.NEW: ScenarioSpec(0.04, 0, 4, None),
    Scenario.WITH_SERVICES: ScenarioSpec(0.09, 1, 34, AssignmentStatus.AWAITING),
    Scenario.DUE_THIS_WEEK: ScenarioSpec(0.05, 35, 42, AssignmentStatus.AWAITING),
    Scenario.OVERDUE: ScenarioSpec(0.06, 43, 110, AssignmentStatus.AWAITING),
    Scenario.AWAITING_REVIEW: ScenarioSpec(0.05, 10, 70, AssignmentStatus.SUBMITTED),
    Scenario.MORE_INFORMATION: ScenarioSpec(0.03, 20, 90, AssignmentStatus.RETURNED),
    Scenario.READY: ScenarioSpec(0.04, 20, 100, AssignmentStatus.ACCEPTED),
    # The rest: most older requests are done and back with the LA.
    Scenario.RETURNED_TO_LA: ScenarioSpec(0.0, 60, HISTORY_DAYS - 3, AssignmentStatus.ACCEPTED),
}
OPEN_SCENARIOS = frozenset(SCENARIOS) - {Scenario.RETURNED_TO_LA}
CANCELLED_SHARE = 0.03  # routed requests with a service's part cancelled (routed in error)
EXCEPTION_SHARE = 0.03  # requests late with a reg 8(2) exception


@dataclass(frozen=True)
class RequestPlan:
    scenario: Scenario
    cancelled_part: bool = False
    exception: bool = False


def plan_requests(count: int, rng: random.Random) -> list[RequestPlan]:
    """The scenario of each request: the shares above, at least one of each scenario (and of a
    cancelled part and an exception) when there are enough requests, in random order."""
    quotas: dict[Scenario, int] = {
        s: max(1, round(count * spec.share))
        for s, spec in SCENARIOS.items()
        if s != Scenario.RETURNED_TO_LA
    }
    quotas[Scenario.RETURNED_TO_LA] = max(0, count - sum(quotas.values()))
    scenarios = [s for s, n in quotas.items() for _ in range(n)][:count]
    rng.shuffle(scenarios)
    routed = [i for i, s in enumerate(scenarios) if s != Scenario.NEW]
    cancelled = set(rng.sample(routed, min(len(routed), max(1, round(count * CANCELLED_SHARE)))))
    can_be_late = [
        i for i, s in enumerate(scenarios) if s in (Scenario.OVERDUE, Scenario.RETURNED_TO_LA)
    ]
    late = set(
        rng.sample(can_be_late, min(len(can_be_late), max(1, round(count * EXCEPTION_SHARE))))
    )
    return [
        RequestPlan(s, cancelled_part=i in cancelled, exception=i in late)
        for i, s in enumerate(scenarios)
    ]


# -- the plug-in hooks -------------------------------------------------------------------------


def seed(area: SeededArea) -> None:
    """The area's advice history: ``area.requests`` requests over the last 18 months."""
    requests = _Requests(area)
    with historical_timestamps(
        AdviceRequest._meta.get_field("raised_at"),
        AdviceAssignment._meta.get_field("routed_at"),
        AdviceSubmission._meta.get_field("submitted_at"),
        AdviceException._meta.get_field("recorded_at"),
    ):
        requests.write()
    area.advice_request_ids.extend(
        AdviceRequest.objects.filter(icb=area.icb).order_by("pk").values_list("pk", flat=True)
    )


def wipe(icb: Organisation) -> None:
    """The area's advice, after the registers that build on it (wiped in reverse order)."""
    AdviceEvent.objects.filter(request__icb=icb).delete()
    ProvisionItem.objects.filter(submission__assignment__request__icb=icb).delete()
    AdviceSubmission.objects.filter(assignment__request__icb=icb).delete()
    AdviceException.objects.filter(assignment__request__icb=icb).delete()
    # Deleted without keeping advice's summary row by row: its rows go first.
    TimelinessDay.objects.filter(icb=icb).delete()
    TimelinessMonth.objects.filter(icb=icb).delete()
    OpenWorkDay.objects.filter(icb=icb).delete()
    OpenRequestCount.objects.filter(icb=icb).delete()
    with kept.suspended_all():
        AdviceAssignment.objects.filter(request__icb=icb).delete()
        AdviceRequest.objects.filter(icb=icb).delete()


def counts(icb: Organisation) -> dict[str, int]:
    """What ``seed_area`` reports advice made, in the words the demo has always printed."""
    return {
        "advice requests": AdviceRequest.objects.filter(icb=icb).count(),
        "services' parts (assignments)": AdviceAssignment.objects.filter(request__icb=icb).count(),
        "advice submissions": AdviceSubmission.objects.filter(assignment__request__icb=icb).count(),
        "provision lines": ProvisionItem.objects.filter(
            submission__assignment__request__icb=icb
        ).count(),
        "reg 8(2) exceptions": AdviceException.objects.filter(assignment__request__icb=icb).count(),
        "timeline events": AdviceEvent.objects.filter(request__icb=icb).count(),
    }


def summary_lines(icb: Organisation) -> list[str]:
    """Advice's lines under the counts: requests and parts by status, and how much was on time."""
    requests = AdviceRequest.objects.filter(icb=icb)
    assignments = AdviceAssignment.objects.filter(request__icb=icb)
    accepted = assignments.filter(status=AssignmentStatus.ACCEPTED)
    completed = accepted.count()
    on_time = accepted.filter(completed_on__lte=models.F("due_on")).count()
    lines = [
        "  Requests by status: " + _statuses(_by_status(requests), RequestStatus),
        "  Services' parts by status: " + _statuses(_by_status(assignments), AssignmentStatus),
    ]
    if completed:
        lines.append(f"  Accepted advice on time (within 6 weeks): {on_time / completed:.0%}")
    return lines


def _by_status(queryset: models.QuerySet[Any]) -> dict[str, int]:
    rows = queryset.order_by().values_list("status").annotate(n=models.Count("pk"))
    return dict(rows)


def _statuses(counts: dict[str, int], choices: type[models.TextChoices]) -> str:
    return ", ".join(f"{c.label.lower()} {counts[c]:,}" for c in choices if c in counts)


# -- the builder ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ChildRef:
    pk: int
    la: str
    date_of_birth: date
    need: NeedType


@dataclass
class _Batch:
    """The rows of one batch of requests, written parent first so foreign keys resolve."""

    requests: list[AdviceRequest] = field(default_factory=list)
    assignments: list[AdviceAssignment] = field(default_factory=list)
    submissions: list[AdviceSubmission] = field(default_factory=list)
    provision: list[ProvisionItem] = field(default_factory=list)
    exceptions: list[AdviceException] = field(default_factory=list)
    events: list[AdviceEvent] = field(default_factory=list)

    def write(self, batch_size: int) -> None:
        batches: tuple[tuple[type[Any], list[Any]], ...] = (
            (AdviceRequest, self.requests),
            (AdviceAssignment, self.assignments),
            (AdviceSubmission, self.submissions),
            (ProvisionItem, self.provision),
            (AdviceException, self.exceptions),
            (AdviceEvent, self.events),
        )
        for model, rows in batches:
            write_rows(model, rows, batch_size=batch_size)


class _Requests:
    """The area as advice's stories need it: children with their LA's key, services with their
    specs, the demo users; the area's random generator, drawn on in the order it always was."""

    def __init__(self, area: SeededArea) -> None:
        self.area = area
        self.today = area.today
        self.now = area.now
        self.rng = area.rng
        self.tz = timezone.get_current_timezone()
        self.staff_names = area.staff_names
        self.orgs = area.organisations
        self.services = area.service_specs
        self.users = area.users
        la_keys = {org.pk: key for key, org in area.organisations.items()}
        self.children = [
            _ChildRef(c.pk, la_keys[c.local_authority_id], c.date_of_birth, NeedType(c.need))
            for c in area.children
        ]
        self.unused_children: deque[_ChildRef] = deque()  # for open requests, one per child
        self.open_children: set[int] = set()
        self.cohort_waiting: deque[_ChildRef] = deque()  # deep-dive children with no request

    def write(self) -> None:
        if not self.children or not self.area.requests:
            return
        plans = plan_requests(self.area.requests, self.rng)
        self.unused_children = deque(self.rng.sample(self.children, len(self.children)))
        self.cohort_waiting = deque(self.children[-DEEP_DIVE_CHILDREN:])
        batch = _Batch()
        for plan in plans:
            _RequestStory(self, plan).write_into(batch)
            if len(batch.requests) >= self.area.batch_size:
                batch.write(self.area.batch_size)
                batch = _Batch()
        batch.write(self.area.batch_size)
        # Written in bulk (no signals): advice's kept summary worked out once, from scratch.
        call_command("rebuild_advice_summary", icb=self.area.icb.pk, stdout=io.StringIO())

    def child_for(self, la_received_on: date, *, open_request: bool) -> _ChildRef:
        """A child born well before the request; one open request per child at most. The
        deep-dive children come first, so each has a request."""
        latest_birth = la_received_on - timedelta(days=180)
        for _ in range(len(self.cohort_waiting)):
            child = self.cohort_waiting.popleft()
            if child.date_of_birth <= latest_birth:
                if open_request:
                    self.open_children.add(child.pk)
                return child
            self.cohort_waiting.append(child)
        for _ in range(50):
            if open_request and self.unused_children:
                child = self.unused_children.pop()
                if child.date_of_birth > latest_birth or child.pk in self.open_children:
                    self.unused_children.appendleft(child)
                    continue
            else:
                child = self.rng.choice(self.children)
                if child.date_of_birth > latest_birth or (
                    open_request and child.pk in self.open_children
                ):
                    continue
            if open_request:
                self.open_children.add(child.pk)
            return child
        return min(self.children, key=lambda c: c.date_of_birth)  # tiny cohorts only

    def services_for(self, child: _ChildRef, count: int) -> list[tuple[ServiceSpec, Service]]:
        rng = self.rng
        specialties = list(NEED_SPECIALTIES[child.need])
        first = specialties[0] if rng.random() < 0.6 else rng.choice(specialties)
        rest = [s for s in specialties if s != first]
        chosen = [first, *rng.sample(rest, min(len(rest), count - 1))]
        picked = []
        for specialty in chosen:
            candidates = [
                pair
                for pair in self.services
                if pair[0].specialty == specialty and pair[0].la in (None, child.la)
            ]
            picked.append(rng.choice(candidates))
        return picked

    def service_not_in(self, taken: Sequence[Service]) -> tuple[ServiceSpec, Service]:
        free = [pair for pair in self.services if pair[1] not in taken]
        return self.rng.choice(free)

    def author_for(self, provider_key: str) -> int:
        return self.users[
            HOSPITALS_AUTHOR if provider_key == "hospitals" else f"provider.{provider_key}"
        ]

    # dates

    def at(self, day: date, first_hour: int, last_hour: int) -> datetime:
        return self._at(day, first_hour, last_hour)

    def _at(self, day: date, first_hour: int, last_hour: int) -> datetime:
        moment = time(self.rng.randint(first_hour, last_hour), self.rng.randrange(60))
        return self.not_after_now(datetime.combine(day, moment, tzinfo=self.tz))

    def not_after_now(self, at: datetime) -> datetime:
        """Today's steps cannot have happened later than now. Ties keep the story's order,
        since events are ordered by time, then by insertion."""
        return min(at, self.now)

    def day_between(self, first: date, last: date) -> date:
        """A day from ``first`` to ``last``; ``first`` when the range is empty."""
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else first


class _RequestStory:
    """One request's rows, from the LA raising it to wherever its scenario stops."""

    def __init__(self, area: _Requests, plan: RequestPlan) -> None:
        self.area = area
        self.rng = area.rng
        self.today = area.today
        self.plan = plan
        self.spec = SCENARIOS[plan.scenario]

    def write_into(self, batch: _Batch) -> None:
        area, rng = self.area, self.rng
        age = rng.randint(self.spec.min_age, self.spec.max_age)
        health_received = self.today - timedelta(days=age)
        routed_on = min(self.today, health_received + timedelta(days=rng.randint(0, 3)))
        la_received = health_received - timedelta(days=rng.randint(7, 35))
        is_open = self.plan.scenario in OPEN_SCENARIOS
        child = area.child_for(la_received, open_request=is_open)
        la_key = child.la
        request = AdviceRequest(
            child_id=child.pk,
            local_authority_id=area.orgs[la_key].pk,
            icb_id=area.orgs["icb"].pk,
            la_received_on=la_received,
            health_received_on=health_received,
            questions=rng.choice(QUESTIONS).format(need=NeedType(child.need).label.lower()),
            status=RequestStatus.NEW,
            raised_by_id=area.users[f"la.{la_key}"],
            raised_at=area.at(health_received, 9, 11),
        )
        batch.requests.append(request)
        batch.events.append(
            self._event(request, EventKind.RAISED, request.raised_at, actor=request.raised_by_id)
        )
        if self.plan.scenario == Scenario.NEW:
            return
        count = rng.choices(SERVICE_COUNTS, SERVICE_COUNT_WEIGHTS)[0]
        services = area.services_for(child, count)
        parts = [
            _PartStory(
                self,
                request,
                spec,
                service,
                routed_on,
                # Only Scenario.NEW (returned above) has no lead status.
                cast(AssignmentStatus, self.spec.lead) if i == 0 else self._other_status(age),
                exception=self.plan.exception and i == 0,
            )
            for i, (spec, service) in enumerate(services)
        ]
        if self.plan.cancelled_part:
            spec, service = area.service_not_in([s for _, s in services])
            parts.append(
                _PartStory(self, request, spec, service, routed_on, AssignmentStatus.CANCELLED)
            )
        for part in parts:
            part.write_into(batch)
        self._close(request, parts, batch)

    def _other_status(self, age: int) -> AssignmentStatus:
        if self.spec.lead == AssignmentStatus.ACCEPTED:
            return AssignmentStatus.ACCEPTED
        if age < 12:
            return AssignmentStatus.AWAITING
        return self.rng.choice(
            (
                AssignmentStatus.AWAITING,
                AssignmentStatus.ACCEPTED,
                AssignmentStatus.ACCEPTED,
                AssignmentStatus.SUBMITTED,
            )
        )

    def latest_review(self) -> date:
        """The last day advice may have been accepted: before the return to the LA."""
        if self.plan.scenario == Scenario.RETURNED_TO_LA:
            return self.today - timedelta(days=8)
        return self.today

    def _close(self, request: AdviceRequest, parts: list[_PartStory], batch: _Batch) -> None:
        live = [p for p in parts if p.status != AssignmentStatus.CANCELLED]
        if not all(p.status == AssignmentStatus.ACCEPTED for p in live):
            request.status = RequestStatus.ROUTED
            return
        request.status = RequestStatus.READY
        if self.plan.scenario != Scenario.RETURNED_TO_LA:
            return
        last_review = max(p.reviewed_on for p in live)
        returned_on = min(self.today, last_review + timedelta(days=self.rng.randint(1, 7)))
        dco = self.area.users["dco"]
        request.status = RequestStatus.RETURNED
        request.returned_on = returned_on
        request.returned_by_id = dco
        request.return_note = self.rng.choice(RETURN_NOTES)
        batch.events.append(
            self._event(
                request,
                EventKind.RETURNED_TO_LA,
                self.area.at(returned_on, 14, 17),
                actor=dco,
                note=request.return_note,
            )
        )

    @staticmethod
    def _event(
        request: AdviceRequest,
        kind: EventKind,
        at: datetime,
        *,
        actor: int | None = None,
        note: str = "",
    ) -> AdviceEvent:
        return AdviceEvent(
            request=request,
            kind=kind,
            at=at,
            actor_id=actor,
            note=note,
        )


class _PartStory:
    """One service's part of a request: routed, reminded, maybe an exception, submitted,
    reviewed (perhaps sent back once for more information first), accepted or cancelled."""

    def __init__(
        self,
        story: _RequestStory,
        request: AdviceRequest,
        spec: ServiceSpec,
        service: Service,
        received_on: date,
        status: AssignmentStatus,
        *,
        exception: bool = False,
    ) -> None:
        self.story = story
        self.area = story.area
        self.rng = story.rng
        self.today = story.today
        self.request = request
        self.spec = spec
        self.service = service
        self.received_on = received_on  # the day the DCO routed it
        # reg 8(1): 6 weeks from health's receipt of the request, whenever it was routed
        self.due_on = health_advice_due(request.health_received_on)
        self.status = status
        self.with_exception = exception
        self.reviewed_on: date = received_on
        self.reviewed_at: datetime | None = None

    def write_into(self, batch: _Batch) -> None:
        area = self.area
        dco_team = area.users["dcoteam"]
        self.assignment = AdviceAssignment(
            request=self.request,
            icb_id=self.request.icb_id,
            local_authority_id=self.request.local_authority_id,
            service_id=self.service.pk,
            provider_id=self.service.provider_id,
            received_on=self.received_on,
            due_on=self.due_on,
            status=self.status,
            routed_at=area.at(self.received_on, 12, 16),
            routed_by_id=dco_team,
        )
        batch.assignments.append(self.assignment)
        self._event(
            batch,
            EventKind.ROUTED,
            self.assignment.routed_at,
            actor=dco_team,
            note=self.service.name,
        )
        {
            AssignmentStatus.AWAITING: self._awaiting,
            AssignmentStatus.SUBMITTED: self._submitted,
            AssignmentStatus.RETURNED: self._returned,
            AssignmentStatus.ACCEPTED: self._accepted,
            AssignmentStatus.CANCELLED: self._cancelled,
        }[self.status](batch)

    def _awaiting(self, batch: _Batch) -> None:
        if self.with_exception:
            self._exception(batch, self.today)
        self._remind(
            batch, first_reminder_on(self.received_on, self.due_on), self.today, still_open=True
        )

    def _submitted(self, batch: _Batch) -> None:
        submitted = self.area.day_between(self.received_on + timedelta(days=7), self.today)
        self._remind(batch, first_reminder_on(self.received_on, self.due_on), submitted)
        self._submission(batch, submitted, ReviewDecision.PENDING)
        self.assignment.submitted_on = submitted

    def _returned(self, batch: _Batch) -> None:
        submitted = self.area.day_between(
            self.received_on + timedelta(days=7), self.today - timedelta(days=3)
        )
        self._remind(batch, first_reminder_on(self.received_on, self.due_on), submitted)
        reviewed = self.area.day_between(
            submitted, min(submitted + timedelta(days=5), self.today - timedelta(days=1))
        )
        self._submission(batch, submitted, ReviewDecision.RETURNED, reviewed_on=reviewed)
        self.assignment.submitted_on = submitted
        self._remind(batch, reviewed, self.today, still_open=True, after=self.reviewed_at)

    def _accepted(self, batch: _Batch) -> None:
        rng = self.rng
        latest_review = self.story.latest_review()
        latest = latest_review - timedelta(days=2)
        if self.with_exception or rng.random() > ON_TIME_SHARE:
            target = self.due_on + timedelta(days=rng.randint(1, 45))
        else:
            target = self.received_on + timedelta(
                days=rng.randint(10, max(10, (self.due_on - self.received_on).days))
            )
        submitted = max(self.received_on + timedelta(days=1), min(target, latest))
        if self.with_exception and submitted > self.due_on:
            self._exception(batch, submitted)
        reminders_from = first_reminder_on(self.received_on, self.due_on)
        first_go = submitted - timedelta(days=rng.randint(5, 20))
        if rng.random() < MORE_INFORMATION_SHARE and first_go >= self.received_on:
            self._remind(batch, reminders_from, first_go)
            sent_back = first_go + timedelta(days=rng.randint(0, 2))
            self._submission(batch, first_go, ReviewDecision.RETURNED, reviewed_on=sent_back)
            reminders_from = sent_back
        self._remind(batch, reminders_from, submitted, after=self.reviewed_at)
        reviewed = min(latest_review, submitted + timedelta(days=rng.randint(0, 5)))
        self._submission(batch, submitted, ReviewDecision.ACCEPTED, reviewed_on=reviewed)
        self.assignment.submitted_on = submitted
        self.assignment.completed_on = submitted
        self.reviewed_on = reviewed

    def _cancelled(self, batch: _Batch) -> None:
        cancelled = self.area.day_between(
            self.received_on, min(self.today, self.received_on + timedelta(days=5))
        )
        self._event(
            batch,
            EventKind.CANCELLED,
            self.area.at(cancelled, 12, 17),
            actor=self.area.users["dcoteam"],
            note=self.rng.choice(CANCEL_REASONS),
        )

    def _remind(
        self,
        batch: _Batch,
        start: date,
        stop: date,
        *,
        still_open: bool = False,
        after: datetime | None = None,
    ) -> None:
        """The reminder job's sends before ``stop``, as ``advice.tasks`` makes them: a week
        before the due date, on it, then weekly while overdue. An open part keeps the next
        date (today's run may still send it). ``after``: no send before a review."""
        on = start
        while on < stop:
            at = datetime.combine(on, time(7, 0), tzinfo=self.area.tz)
            if after is not None and at <= after:
                at = after + timedelta(hours=1)
            self._event(
                batch, EventKind.REMINDED, at, system="advice-reminders", note=self.service.name
            )
            self.assignment.last_chased_at = at
            on = next_reminder_after(on, self.due_on)
        self.assignment.next_reminder_on = on if still_open else None

    def _exception(self, batch: _Batch, by: date) -> None:
        """A reg 8(2) exception that began while the clock ran and was recorded before ``by``."""
        rng = self.rng
        starts = self.area.day_between(
            self.received_on + timedelta(days=3), self.due_on - timedelta(days=3)
        )
        reason = rng.choice(
            (ExceptionReason.MISSED_APPOINTMENT,) * 3
            + (ExceptionReason.ABSENT_FROM_AREA, ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES)
        )
        ends = None
        if reason == ExceptionReason.ABSENT_FROM_AREA:
            ends = starts + timedelta(days=rng.randint(28, 49))
        elif reason == ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES:
            ends = starts + timedelta(days=rng.randint(7, 42))
        note = EXCEPTION_NOTES[reason]
        problems = validate_exception(
            StatutoryException(
                regulation=Regulation.HEALTH_ADVICE, reason=reason, starts=starts, ends=ends
            )
        )
        if problems:  # the seed must only ever hold valid exceptions
            raise SeedError("; ".join(problems))
        recorded = max(
            starts, min(by - timedelta(days=1), starts + timedelta(days=rng.randint(1, 7)))
        )
        recorded_at = self.area.at(recorded, 10, 16)
        dco = self.area.users["dco"]
        batch.exceptions.append(
            AdviceException(
                assignment=self.assignment,
                reason=reason.value,
                starts_on=starts,
                ends_on=ends,
                note=note,
                recorded_by_id=dco,
                recorded_at=recorded_at,
            )
        )
        self.assignment.has_exception = True
        self._event(batch, EventKind.EXCEPTION, recorded_at, actor=dco, note=reason.label)

    def _submission(
        self,
        batch: _Batch,
        submitted: date,
        decision: ReviewDecision,
        *,
        reviewed_on: date | None = None,
    ) -> None:
        area, rng = self.area, self.rng
        author = area.author_for(self.spec.provider)
        specialty = self.spec.specialty
        submitted_at = area.at(submitted, 9, 14)
        no_needs = rng.random() < NO_HEALTH_NEEDS_SHARE
        submission = AdviceSubmission(
            assignment=self.assignment,
            submitted_by_id=author,
            submitted_at=submitted_at,
            author_name=rng.choice(area.staff_names),
            author_role=_registration(rng, rng.choice(AUTHOR_ROLES[specialty])),
            advice_date=max(self.received_on, submitted - timedelta(days=rng.randint(0, 3))),
            no_health_needs=no_needs,
            health_needs="" if no_needs else rng.choice(HEALTH_NEEDS[specialty]),
            outcomes="" if no_needs else rng.choice(OUTCOMES[specialty]),
            decision=decision,
        )
        batch.submissions.append(submission)
        self._event(batch, EventKind.SUBMITTED, submitted_at, actor=author)
        if not no_needs:
            vague_share = 0.7 if decision == ReviewDecision.RETURNED else VAGUE_PROVISION_SHARE
            batch.provision.extend(
                ProvisionItem(
                    submission=submission,
                    what=what,
                    who=who,
                    how_often=often,
                    how_long=long,
                )
                for what, who, often, long in _provision(rng, specialty, vague_share)
            )
        if decision == ReviewDecision.PENDING or reviewed_on is None:
            return
        dco = area.users["dco"]
        reviewed_at = area.at(reviewed_on, 15, 17)
        if reviewed_at <= submitted_at:
            reviewed_at = area.not_after_now(submitted_at + timedelta(hours=2))
        submission.reviewed_by_id = dco
        submission.reviewed_at = reviewed_at
        self.reviewed_at = reviewed_at
        if decision == ReviewDecision.RETURNED:
            submission.review_reasons = rng.choice(REVIEW_REASONS)
            self._event(
                batch,
                EventKind.RETURNED_TO_SERVICE,
                reviewed_at,
                actor=dco,
                note=submission.review_reasons,
            )
        else:
            self._event(batch, EventKind.ACCEPTED, reviewed_at, actor=dco)

    def _event(
        self,
        batch: _Batch,
        kind: EventKind,
        at: datetime,
        *,
        actor: int | None = None,
        system: str = "",
        note: str = "",
    ) -> None:
        batch.events.append(
            AdviceEvent(
                request=self.request,
                assignment=self.assignment,
                kind=kind,
                at=at,
                actor_id=actor,
                system=system,
                note=note,
            )
        )


def _registration(rng: random.Random, role: str) -> str:
    """A made-up registration number in the register's format (no real registrant)."""
    return role.format(
        gmc=f"{rng.randint(0, 9_999_999):07d}",
        hcpc=f"{rng.randint(0, 99_999):05d}",
        nmc=f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHJ')}{rng.randint(0, 9999):04d}"
        f"{rng.choice('ABCDEFGHJ')}",
    )


def _provision(
    rng: random.Random, specialty: Specialty, vague_share: float
) -> list[tuple[str, str, str, str]]:
    lines = rng.sample(PROVISION[specialty], rng.randint(1, min(3, len(PROVISION[specialty]))))
    if rng.random() < vague_share:
        lines[-1] = rng.choice(VAGUE_PROVISION[specialty])
    return lines


# -- words ---------------------------------------------------------------------------------------

QUESTIONS = (
    "Please give health advice for an EHC needs assessment. The main need reported by school "
    "is {need}. What are the child's health needs, and what health provision is needed?",
    "The family and school describe {need}. Please advise on any health needs that relate to "
    "special educational needs, the outcomes you would expect and the provision required.",
    "Request for health advice (SEND Regulations 2014 reg 6(1)(c)). Primary need: {need}. "
    "Please include any diagnosis, current involvement and recommended provision.",
)
RETURN_NOTES = (
    "Health advice from every service is attached to this request.",
    "All health advice has been checked by the DCO and is returned for the assessment.",
    "Advice returned. Please contact the DCO team if anything in it is unclear.",
)
REVIEW_REASONS = (
    "The provision is not specific: say who will deliver therapy, how often and for how long.",
    "Outcomes are not written from the child's point of view. Please rewrite them as specific, "
    "measurable outcomes for the end of the key stage.",
    "Please explain the abbreviations used and add the date the child was last seen.",
    "The advice describes a waiting list but not the child's needs. Please describe the "
    "health needs and the provision required now.",
)
CANCEL_REASONS = (
    "Routed to this service in error.",
    "The child is not known to this service; advice is not needed from it.",
    "The family asked for advice from another service instead.",
)
EXCEPTION_NOTES = {
    ExceptionReason.MISSED_APPOINTMENT: (
        "The assessment appointment was not attended. A new appointment has been offered."
    ),
    ExceptionReason.ABSENT_FROM_AREA: (
        "The family were away from the area for more than 4 weeks, confirmed by the school."
    ),
    ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES: (
        "Exceptional family circumstances; the assessment was postponed at the family's request."
    ),
}

# fmt: off
AUTHOR_ROLES: dict[Specialty, tuple[str, ...]] = {
    Specialty.PAEDIATRICS: ("Consultant community paediatrician, GMC {gmc}",
                            "Specialty doctor in community paediatrics, GMC {gmc}"),
    Specialty.SALT: ("Speech and language therapist, HCPC SL{hcpc}",
                     "Highly specialist speech and language therapist, HCPC SL{hcpc}"),
    Specialty.OT: ("Occupational therapist, HCPC OT{hcpc}",),
    Specialty.PHYSIO: ("Paediatric physiotherapist, HCPC PH{hcpc}",),
    Specialty.CAMHS: ("Clinical psychologist, HCPC PYL{hcpc}",
                      "Consultant child and adolescent psychiatrist, GMC {gmc}",
                      "Mental health nurse (CAMHS), NMC {nmc}"),
    Specialty.AUDIOLOGY: ("Clinical scientist (audiology), HCPC CS{hcpc}",),
    Specialty.NURSING: ("Children's community nurse, NMC {nmc}",
                        "Specialist school nurse, NMC {nmc}",
                        "Epilepsy specialist nurse, NMC {nmc}"),
}
# fmt: on

HEALTH_NEEDS: dict[Specialty, tuple[str, ...]] = {
    Specialty.SALT: (
        "Difficulty understanding spoken language, especially longer instructions in class. "
        "Uses short sentences of 2 to 3 words and finds it hard to explain what happened.",
        "Speech sounds are hard for unfamiliar people to understand, which makes the child "
        "reluctant to speak in class. Understanding of language is within the expected range.",
        "Social communication differences: finds it hard to take turns in conversation and to "
        "understand jokes and non-literal language.",
    ),
    Specialty.OT: (
        "Difficulties with fine motor skills (pencil grip, scissors, fastening buttons) that "
        "affect written work and independence in dressing.",
        "Sensory processing differences: noise and busy spaces cause distress, and the child "
        "seeks movement to stay regulated in class.",
    ),
    Specialty.PHYSIO: (
        "Cerebral palsy affecting both legs (diplegia). Walks short distances with a walker and "
        "uses a wheelchair for longer distances. Tight hamstrings and calf muscles.",
        "Low muscle tone and reduced balance: tires quickly and falls often in the playground.",
    ),
    Specialty.PAEDIATRICS: (
        "Autism diagnosed by the community paediatric team. Poor sleep (waking most nights) "
        "that affects concentration at school.",
        "Global developmental delay. Also has epilepsy, currently well controlled, with an "
        "individual healthcare plan in school.",
        "Attention deficit hyperactivity disorder (ADHD): finds it hard to stay focused on "
        "tasks and to sit for more than a few minutes.",
    ),
    Specialty.CAMHS: (
        "Anxiety that has led to low school attendance (below 60% this term). Panic attacks "
        "on arrival at school.",
        "Low mood and difficulties managing emotions; episodes of distress in school that "
        "lead to leaving the classroom.",
    ),
    Specialty.AUDIOLOGY: (
        "Moderate permanent hearing loss in both ears. Wears hearing aids and uses a radio aid "
        "in class. Misses speech in noisy rooms.",
        "Mild to moderate hearing loss in one ear; finds group discussions hard to follow.",
    ),
    Specialty.NURSING: (
        "Fed by gastrostomy; needs feeds and medicines given in school by trained staff.",
        "Epilepsy with occasional seizures in school; needs staff trained in the emergency "
        "response in the individual healthcare plan.",
        "Needs help with continence and personal care through the school day.",
    ),
}

OUTCOMES: dict[Specialty, tuple[str, ...]] = {
    Specialty.SALT: (
        "By the end of Key Stage 2, I will follow two-step instructions in class without "
        "extra help.",
        "By July next year, I will use sentences of 4 or more words to tell an adult what I need.",
    ),
    Specialty.OT: (
        "By the end of the school year, I will write my name and a short sentence legibly.",
        "By the end of next term, I will use my sensory plan to take a movement break when I "
        "need one, and return to class within 10 minutes.",
    ),
    Specialty.PHYSIO: (
        "By the end of the year, I will walk from my classroom to the dinner hall with my walker.",
        "By next summer, I will join in PE lessons with adapted activities every week.",
    ),
    Specialty.PAEDIATRICS: (
        "By the next annual review, I will sleep through most nights so I am ready to learn.",
        "By the end of the year, I will tell an adult when I feel unwell at school.",
    ),
    Specialty.CAMHS: (
        "By the end of next term, I will attend school for at least 4 days a week.",
        "By the end of the year, I will use two calming strategies when I feel anxious.",
    ),
    Specialty.AUDIOLOGY: (
        "By the end of the year, I will tell staff when my hearing aids or radio aid are not "
        "working.",
    ),
    Specialty.NURSING: (
        "By the next annual review, I will take part in all school trips with my care plan in "
        "place.",
        "By the end of the year, I will help with my own personal care routine at school.",
    ),
}

_HCPC_SALT = "Speech and language therapist (HCPC registered)"
# fmt: off
PROVISION: dict[Specialty, list[tuple[str, str, str, str]]] = {
    Specialty.SALT: [
        ("Direct speech and language therapy on understanding instructions and classroom "
         "vocabulary", _HCPC_SALT, "One 30-minute session a week", "12 weeks, then reviewed"),
        ("A daily language programme written by the speech and language therapist",
         "Teaching assistant trained by the speech and language therapist", "15 minutes daily",
         "Until the next annual review"),
        ("Training for school staff on visual supports and simplified language", _HCPC_SALT,
         "Two 1-hour sessions", "In the first half term"),
    ],
    Specialty.OT: [
        ("A sensory plan built into the school day: movement breaks, seating and ear defenders",
         "Class teacher and teaching assistant, following the occupational therapist's plan",
         "Daily, at set times", "Reviewed each term"),
        ("A fine motor programme for handwriting and scissor skills",
         "Teaching assistant trained by the occupational therapist",
         "Three 15-minute sessions a week", "Two terms"),
        ("Review of the sensory plan in school", "Occupational therapist (HCPC registered)",
         "Once a term", "Until the next annual review"),
    ],
    Specialty.PHYSIO: [
        ("Stretching and positioning programme to keep range of movement in hips and ankles",
         "Teaching assistant trained by the physiotherapist", "Daily, 20 minutes",
         "Ongoing, reviewed each term"),
        ("Review of standing frame, walker and classroom seating",
         "Paediatric physiotherapist (HCPC registered)", "Every 6 weeks", "12 months"),
    ],
    Specialty.PAEDIATRICS: [
        ("Medical review of sleep, growth and general health",
         "Consultant community paediatrician", "Every 6 months", "Until the next annual review"),
        ("An individual healthcare plan for epilepsy, written with the school",
         "Epilepsy specialist nurse with school staff", "Written within 4 weeks",
         "Reviewed every year"),
    ],
    Specialty.CAMHS: [
        ("Cognitive behavioural therapy (CBT) for anxiety",
         "Clinical psychologist (HCPC registered)", "Weekly 50-minute sessions", "12 sessions"),
        ("Consultation for school staff on helping the young person manage their emotions",
         "CAMHS mental health practitioner", "Twice a term", "One school year"),
    ],
    Specialty.AUDIOLOGY: [
        ("Hearing aid review and check of the radio aid", "Paediatric audiologist",
         "Every 3 months", "While hearing aids are worn"),
        ("Daily check of hearing aids and radio aid",
         "Teaching assistant trained by the audiologist", "Every morning", "Ongoing"),
    ],
    Specialty.NURSING: [
        ("Gastrostomy feeds in school as set out in the individual healthcare plan",
         "Teaching assistants trained and signed off by the children's community nurse",
         "At lunchtime each school day", "Ongoing; competencies checked every 6 months"),
        ("Review of the individual healthcare plan", "School nurse (NMC registered)",
         "Once a year and after any change in health", "Ongoing"),
    ],
}

# Deliberately vague lines ("access to", "as required"): what quality checks must catch.
VAGUE_PROVISION: dict[Specialty, list[tuple[str, str, str, str]]] = {
    Specialty.SALT: [("Access to regular therapy as required", "Speech and language therapy",
                      "As required", "Ongoing")],
    Specialty.OT: [("Opportunities for sensory breaks", "School staff", "When needed",
                    "Ongoing")],
    Specialty.PHYSIO: [("Support with mobility as needed", "Physiotherapy", "Regular",
                        "As required")],
    Specialty.PAEDIATRICS: [("Access to paediatric review", "Paediatrics", "As required",
                             "Ongoing")],
    Specialty.CAMHS: [("Emotional support as needed", "CAMHS", "Regular", "Ongoing")],
    Specialty.AUDIOLOGY: [("Access to audiology as required", "Audiology", "As required",
                           "Ongoing")],
    Specialty.NURSING: [("Health support in school as required", "School nursing",
                         "As needed", "Ongoing")],
}
# fmt: on
