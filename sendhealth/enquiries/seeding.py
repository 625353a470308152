"""Synthetic enquiries to the DCO service's point of contact for the demo and the benchmark (see
``core.seeding``): about one for every five children over the last year, from every source and
on every topic, some about a named child and some general, most answered and closed, a few
still waiting for a first answer, and some that became a request for health advice. Everything
is invented; rows are written with ``bulk_create``, no query per row."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sendhealth.advice.models import AdviceEvent, AdviceRequest, EventKind
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.enquiries.domain import DEFAULT_FIRST_ANSWER_WORKING_DAYS, first_answer_due
from sendhealth.enquiries.models import Enquiry, Source, Topic

SHARE = 0.2  # enquiries for each child of the cohort, over HISTORY_DAYS
MINIMUM = 24  # enough for every source, topic and state in a tiny area
HISTORY_DAYS = 365
CONVERTED_SHARE = 0.1  # of the area's advice requests, first logged as an enquiry
ABOUT_A_CHILD = {
    Source.LOCAL_AUTHORITY: 0.75,
    Source.SETTING: 0.6,
    Source.FAMILY: 0.9,
    Source.PROVIDER: 0.6,
    Source.OTHER: 0.2,
}
SOURCE_WEIGHTS = {
    Source.LOCAL_AUTHORITY: 30,
    Source.SETTING: 25,
    Source.FAMILY: 20,
    Source.PROVIDER: 15,
    Source.OTHER: 10,
}
TOPIC_WEIGHTS = {
    Topic.HEALTH_ADVICE: 30,
    Topic.MEDICAL_CONDITIONS: 20,
    Topic.PLAN_CONTENT: 20,
    Topic.TRANSITION: 10,
    Topic.COMPLAINT: 5,
    Topic.OTHER: 15,
}
UNANSWERED_SHARE = 0.08  # of enquiries older than a day: still no first answer
OPEN_ANSWERED_SHARE = 0.15  # answered but kept open (waiting on someone)
UNASSIGNED_SHARE = 0.1


def seed(area: SeededArea) -> None:
    count = max(MINIMUM, round(len(area.children) * SHARE))
    builder = _Builder(area)
    rows = builder.converted(min(round(len(area.advice_request_ids) * CONVERTED_SHARE), count // 5))
    rows += [builder.enquiry(i) for i in range(max(0, count - len(rows)))]
    for row in rows:
        row.keep_first_answer()  # bulk_create does not call save()
    with _historical_created_at():
        write_rows(Enquiry, rows, batch_size=area.batch_size)
    _raised_from_enquiries([e for e in rows if e.advice_request_id], area.batch_size)


def _raised_from_enquiries(converted: list[Enquiry], batch_size: int) -> None:
    """A request that began as an enquiry was raised by the DCO team member who took the
    enquiry, and its timeline says so (as ``enquiries.services.convert_to_advice_request``
    leaves it)."""
    by_request = {e.advice_request_id: e for e in converted}
    for start in range(0, len(converted), batch_size):
        ids = list(by_request)[start : start + batch_size]
        events = list(AdviceEvent.objects.filter(request_id__in=ids, kind=EventKind.RAISED))
        for event in events:
            enquiry = by_request[event.request_id]
            event.kind = EventKind.RAISED_FROM_ENQUIRY
            event.actor_id = enquiry.assigned_to_id
            event.note = f"Enquiry {enquiry.reference}"
        AdviceEvent.objects.bulk_update(events, ["kind", "actor", "note"], batch_size=batch_size)
        requests = list(AdviceRequest.objects.filter(pk__in=ids).only("pk"))
        for request in requests:
            request.raised_by_id = by_request[request.pk].assigned_to_id
        AdviceRequest.objects.bulk_update(requests, ["raised_by"], batch_size=batch_size)


def wipe(icb) -> None:
    Enquiry.objects.filter(icb=icb).delete()


@contextmanager
def _historical_created_at():
    """Seeded enquiries were logged when they were opened, not now (see core.seeding)."""
    created_at = Enquiry._meta.get_field("created_at")
    created_at.auto_now_add = False
    try:
        yield
    finally:
        created_at.auto_now_add = True


@dataclass(frozen=True)
class _Request:
    pk: int
    child_id: int
    la_received_on: date
    health_received_on: date


class _Builder:
    def __init__(self, area: SeededArea) -> None:
        self.area = area
        self.rng = area.rng
        self.staff = [area.users[name] for name in ("dco", "dcoteam") if name in area.users]
        self.dco = area.users.get("dco")
        self.la_names = {la.pk: la.name for la in area.local_authorities}
        self.setting_names = [s.name for s in area.settings] or ["a primary school"]
        self.service_names = [s.name for s in area.services] or ["a community health service"]
        self.la_of = {c.pk: c.local_authority_id for c in area.children}
        self.cohort = list(area.deep_dive_cohort) if area.children else []

    # the two kinds of enquiry

    def converted(self, count: int) -> list[Enquiry]:
        """Enquiries from a local authority about a child that became the child's request for
        health advice: logged between the LA's and health's receipt of the request."""
        if count <= 0:
            return []
        ids = self.rng.sample(
            self.area.advice_request_ids, min(count, len(self.area.advice_request_ids))
        )
        rows = []
        for start in range(0, len(ids), self.area.batch_size):
            chunk = ids[start : start + self.area.batch_size]
            requests = (
                AdviceRequest.objects.filter(icb=self.area.icb, pk__in=chunk)
                .order_by("pk")
                .values_list("pk", "child_id", "la_received_on", "health_received_on")
            )
            rows += [self._converted(_Request(*row)) for row in requests]
        return rows

    def _converted(self, request: _Request) -> Enquiry:
        la_id = self.la_of.get(request.child_id)
        last = max(request.la_received_on, request.health_received_on - timedelta(days=1))
        opened_on = self._day_between(request.la_received_on, last)
        opened = self.area.at(opened_on, 9, 13)
        answered = self._not_after_now(opened + timedelta(hours=self.rng.randint(1, 30)))
        return Enquiry(
            icb=self.area.icb,
            source=Source.LOCAL_AUTHORITY,
            enquirer=f"SEND caseworker, {self.la_names.get(la_id, 'the council')}",
            child_id=request.child_id,
            topic=Topic.HEALTH_ADVICE,
            summary=self.rng.choice(CONVERTED_SUMMARIES),
            advice_given=CONVERTED_ADVICE,
            assigned_to_id=self._assignee(always=True),
            opened_at=opened,
            first_answered_at=answered,
            closed_at=answered,
            advice_request_id=request.pk,
            created_by_id=self.dco,
            created_at=opened,
        )

    def enquiry(self, index: int) -> Enquiry:
        """One enquiry. The first few cover every source and topic, general and about a child,
        open and closed; the rest are drawn by the weights above."""
        rng = self.rng
        sources, topics = list(Source), list(Topic)
        if index < max(len(sources), len(topics)):
            source, topic = sources[index % len(sources)], topics[index % len(topics)]
        else:
            source = rng.choices(sources, [SOURCE_WEIGHTS[s] for s in sources])[0]
            topic = rng.choices(topics, [TOPIC_WEIGHTS[t] for t in topics])[0]
        about_a_child = index == 0 or rng.random() < ABOUT_A_CHILD[source]
        age = rng.randint(0, HISTORY_DAYS)
        if index < 2:
            age = rng.randint(20, 60)  # old enough to be closed
        elif index == 2:
            age = rng.randint(0, 2)  # answered, still open
        elif index == 3:
            age = rng.randint(10, 20)  # past its first answer date with no answer
        opened = self.area.at(self.area.today - timedelta(days=age))
        child = None
        if about_a_child and index != 1:  # index 1: at least one general enquiry
            child = self._child_born_before(opened.date())
        state = self._state(index, age)
        answered = closed = None
        advice = ""
        if state != "unanswered":
            advice = rng.choice(ADVICE[topic])
            answered = self._not_after_now(opened + self._time_to_answer())
        if state == "closed":
            closed = self._not_after_now(answered + timedelta(days=rng.randint(0, 10)))
        assignee = self._assignee()
        if state == "unanswered" and index == 3:
            assignee = self.staff[0] if self.staff else None
        return Enquiry(
            icb=self.area.icb,
            source=source,
            enquirer=self._enquirer(source, child),
            child_id=child.pk if child else None,
            topic=topic,
            summary=rng.choice((CHILD_SUMMARIES if child else GENERAL_SUMMARIES)[topic]),
            advice_given=advice,
            assigned_to_id=assignee,
            opened_at=opened,
            first_answered_at=answered,
            closed_at=closed,
            reminded_on=self._last_reminded(state, assignee, opened),
            created_by_id=self.dco,
            created_at=opened,
        )

    # parts

    def _child_born_before(self, day: date):
        """A child born at least a month before ``day``: first the deep-dive children, so each
        has an enquiry, then any; None if no child is old enough."""
        while self.cohort:
            child = self.cohort.pop()
            if child.date_of_birth + timedelta(days=30) <= day:
                return child
        for _ in range(20):
            child = self.rng.choice(self.area.children)
            if child.date_of_birth + timedelta(days=30) <= day:
                return child
        return None

    def _state(self, index: int, age: int) -> str:
        """``unanswered``, ``answered`` (still open) or ``closed``."""
        if index < 2:
            return "closed"
        if index == 2:
            return "answered"
        if index == 3:
            return "unanswered"
        roll = self.rng.random()
        if age <= 1:
            return "unanswered" if roll < 0.5 else "answered"
        if roll < UNANSWERED_SHARE * (2 if age < 30 else 0.25):
            return "unanswered"
        if roll < UNANSWERED_SHARE + OPEN_ANSWERED_SHARE * (3 if age < 30 else 0.3):
            return "answered"
        return "closed"

    def _time_to_answer(self) -> timedelta:
        """Most within a day, some within the week, a few late."""
        roll = self.rng.random()
        if roll < 0.55:
            return timedelta(minutes=self.rng.randint(20, 8 * 60))
        if roll < 0.9:
            return timedelta(days=self.rng.randint(1, 6), hours=self.rng.randint(0, 6))
        return timedelta(days=self.rng.randint(7, 20))

    def _assignee(self, *, always: bool = False) -> int | None:
        if not self.staff or (not always and self.rng.random() < UNASSIGNED_SHARE):
            return None
        return self.rng.choice(self.staff)

    def _last_reminded(self, state: str, assignee: int | None, opened: datetime) -> date | None:
        """An unanswered enquiry long past its first answer date was reminded about in the
        last week; newly late ones are left for the worker's next run."""
        if state != "unanswered" or assignee is None:
            return None
        due = first_answer_due(opened.date(), DEFAULT_FIRST_ANSWER_WORKING_DAYS)
        if (self.area.today - due).days <= 7:
            return None
        return self.area.today - timedelta(days=self.rng.randint(0, 6))

    def _enquirer(self, source: Source, child) -> str:
        rng = self.rng
        if source == Source.LOCAL_AUTHORITY:
            la_id = child.local_authority_id if child else None
            la = self.la_names.get(la_id) or rng.choice(list(self.la_names.values()) or ["LA"])
            return f"{rng.choice(LA_ROLES)}, {la}"
        if source == Source.SETTING:
            return f"{rng.choice(SETTING_ROLES)}, {rng.choice(self.setting_names)}"
        if source == Source.FAMILY:
            return rng.choice(FAMILY_ROLES)
        if source == Source.PROVIDER:
            return f"{rng.choice(PROVIDER_ROLES)}, {rng.choice(self.service_names)}"
        return rng.choice(OTHER_ENQUIRERS)

    def _day_between(self, first: date, last: date) -> date:
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else first

    def _not_after_now(self, at: datetime) -> datetime:
        return min(at, self.area.now)


# -- words ---------------------------------------------------------------------------------------

LA_ROLES = ("SEND caseworker", "SEND team manager", "Early years SEND officer")
SETTING_ROLES = ("SENCo", "Headteacher", "Early years lead", "College additional support lead")
FAMILY_ROLES = ("Parent", "Parent", "Parent", "Foster carer", "Grandparent (with consent)")
PROVIDER_ROLES = ("Team lead", "Clinician", "Service manager", "Administrator")
OTHER_ENQUIRERS = (
    "SENDIASS adviser",
    "Parent carer forum",
    "Youth offending team",
    "Children's social care",
    "Member of Parliament's office",
    "Independent school (out of area)",
)

CONVERTED_SUMMARIES = (
    "The LA has agreed to carry out an EHC needs assessment and asks which health services "
    "know the child and should give advice.",
    "Request for health advice for an EHC needs assessment: the LA wants to check before "
    "sending it which services are involved.",
)
CONVERTED_ADVICE = (
    "Checked the child's involvement with health services. Raised a request for health advice "
    "and will route it to the services that know the child."
)

GENERAL_SUMMARIES = {
    Topic.HEALTH_ADVICE: (
        "Asks how long health services have to give advice for an EHC needs assessment.",
        "Asks which service gives advice on motor skills for children not known to therapy.",
    ),
    Topic.MEDICAL_CONDITIONS: (
        "Asks who trains school staff to give rescue medication for epilepsy.",
        "Asks for the template of an individual healthcare plan for diabetes.",
    ),
    Topic.PLAN_CONTENT: (
        "Asks what the ICB expects in section G of an EHC plan.",
        "Asks how health provision should be quantified in section F.",
    ),
    Topic.TRANSITION: (
        "Asks when planning for the move to adult health services should start.",
        "Asks which adult services take referrals for young people with learning disabilities.",
    ),
    Topic.COMPLAINT: (
        "Complains about waiting times for the neurodevelopmental pathway in the area.",
        "Complains that health did not attend annual reviews at a special school this term.",
    ),
    Topic.OTHER: (
        "Asks for the DCO service's contact details for the local offer website.",
        "Asks for a DCO to speak at a parent carer forum meeting.",
    ),
}

CHILD_SUMMARIES = {
    Topic.HEALTH_ADVICE: (
        "Asks whether the child's speech and language therapy advice is up to date for an "
        "assessment.",
        "Asks why health advice for the child's EHC needs assessment has not arrived yet.",
    ),
    Topic.MEDICAL_CONDITIONS: (
        "School asks for help with a care plan for the child's gastrostomy feeds.",
        "Asks who will train staff on the child's new epilepsy rescue medication.",
    ),
    Topic.PLAN_CONTENT: (
        "Asks for the health sections of the child's draft EHC plan to be checked.",
        "Parent disagrees with the physiotherapy provision written in the child's plan.",
    ),
    Topic.TRANSITION: (
        "Asks which adult services will take over the child's care at 18.",
        "Asks for health to attend the year 9 preparing-for-adulthood review.",
    ),
    Topic.COMPLAINT: (
        "Complains that the child has waited over a year for an autism assessment.",
        "Complains that therapy in the child's plan is not being delivered.",
    ),
    Topic.OTHER: (
        "Asks for a copy of the health advice given for the child's assessment.",
        "Asks for health to attend a multi-agency meeting about the child.",
    ),
}

ADVICE = {
    Topic.HEALTH_ADVICE: (
        "Explained that each service has 6 weeks to give advice (SEND Regulations 2014 reg 8). "
        "Chased the services involved.",
        "Advised which services to ask for advice and passed the request to the DCO team.",
    ),
    Topic.MEDICAL_CONDITIONS: (
        "Referred to the children's community nursing team for training and a care plan.",
        "Sent the individual healthcare plan guidance and the school nursing contact.",
    ),
    Topic.PLAN_CONTENT: (
        "Reviewed sections C and G and sent comments to the LA caseworker.",
        "Advised that provision must be specific and quantified; asked the service to revise.",
    ),
    Topic.TRANSITION: (
        "Explained the transition pathway and shared the adult services' referral routes.",
        "Asked the paediatric team to start transition planning at the next review.",
    ),
    Topic.COMPLAINT: (
        "Acknowledged the complaint and passed it to the provider's complaints team.",
        "Explained the complaints route and escalated the waiting time to the commissioner.",
    ),
    Topic.OTHER: (
        "Sent the DCO service's details.",
        "Agreed to attend and confirmed the date.",
    ),
}
