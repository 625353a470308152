"""Synthetic Section 23 notifications for the demo and the benchmark (see ``core.seeding``).

Over the last two years (eight NHS quarters), health services notify the local authority of
children under compulsory school age: about 8 for every 100 children of the cohort, spread
evenly over the period, and most of the children who came to an EHC needs assessment under
that age, before the LA asked health for advice. Some of those were not notified in time: a few
never, and at least one only after the assessment began although a service had formed its
opinion months before, so the "missed notifications" page has something to show. One child in
thirty is notified twice by different services (the duplicates the DCO looks out for). Most
notifications were acknowledged by the local authority; of those that were not, the ones
overdue for more than a week have had their reminder (``tasks.py``) and the rest wait for the
worker's next run.

Every notification passes the form's checks: the child under compulsory school age on the
date of the opinion (CFA 2014 s23(1), Education Act 1996 s8), the parent told and offered a
discussion before the local authority was told, no date in the future. Everything is invented;
rows are written with ``bulk_create``, no query per row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Min

from sendhealth.accounts.models import Membership, Role
from sendhealth.advice.models import AdviceRequest
from sendhealth.children.models import NeedType
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea, SeededChild
from sendhealth.notifications.domain import acknowledgement_due
from sendhealth.notifications.models import MissedNotification, Section23Notification
from sendhealth.notifications.reminders import acknowledge_within_days
from sendhealth.notifications.services import refresh_missed_in
from sendhealth.organisations.models import Specialty
from sendhealth.rules import compulsory_school_age_start

HISTORY_DAYS = 730  # eight NHS financial quarters
YOUNGEST_DAYS = 120  # no opinion before a child is about 4 months old
NOTIFIED_PER_CHILD = 0.08  # notifications of children not assessed, for each child of the cohort
ASSESSED_NOTIFIED_SHARE = 0.85  # of children assessed under that age: notified in time
LATE_SHARE = 0.4  # of the rest: notified, but only after health was asked for advice
DUPLICATE_SHARE = 1 / 30
ACKNOWLEDGED_SHARE = 0.85  # of notifications older than the agreed days
RECENT_ACKNOWLEDGED_SHARE = 0.5
VOLUNTARY_SHARE = 0.6
# Who forms the opinion about a young child: mostly paediatrics and speech and language therapy.
SPECIALTY_WEIGHTS = {
    Specialty.PAEDIATRICS: 40,
    Specialty.SALT: 25,
    Specialty.AUDIOLOGY: 10,
    Specialty.PHYSIO: 10,
    Specialty.OT: 5,
    Specialty.NURSING: 10,
}


def seed(area: SeededArea) -> None:
    builder = _Builder(area)
    if not builder.services or not area.children:
        return
    rows = builder.build()
    with _historical_created_at():
        write_rows(Section23Notification, rows, batch_size=area.batch_size)
    # bulk_create sends no signal: keep the "assessed, not notified" rows for the whole area.
    refresh_missed_in(area.icb.pk)


def wipe(icb) -> None:
    MissedNotification.objects.filter(icb=icb).delete()
    Section23Notification.objects.filter(icb=icb).delete()


@contextmanager
def _historical_created_at():
    """A seeded notification was recorded when the LA was told, not now (see core.seeding)."""
    created_at = Section23Notification._meta.get_field("created_at")
    created_at.auto_now_add = False
    try:
        yield
    finally:
        created_at.auto_now_add = True


@dataclass(frozen=True)
class _Dates:
    opinion: date
    parent_told: date
    discussion_offered: date
    notified: date


class _Builder:
    def __init__(self, area: SeededArea) -> None:
        self.area = area
        self.rng = area.rng
        self.today = area.today
        self.start = area.today - timedelta(days=HISTORY_DAYS)
        self.within_days = acknowledge_within_days()
        self.services = [
            s for s in area.services if s.is_active and s.specialty in SPECIALTY_WEIGHTS
        ]
        self.weights = [SPECIALTY_WEIGHTS[s.specialty] for s in self.services]
        self.notifiers, self.acknowledgers = self._users()
        self.children = {c.pk: c for c in area.children}
        self.missed: set[int] = set()

    def build(self) -> list[Section23Notification]:
        first_asked = self._first_asked()
        rows: list[Section23Notification] = []
        missed = [c for c in first_asked if not self._assessed_in_time(c, first_asked[c], rows)]
        self.missed = set(missed)
        for i, child_id in enumerate(missed):
            if i == 0 or self.rng.random() < LATE_SHARE:
                self._late(self.children[child_id], first_asked[child_id], rows)
        self._not_assessed(set(first_asked), rows)
        self._duplicates(rows)
        return rows

    # who

    def _users(self) -> tuple[dict[int, list[tuple[int, int | None]]], dict[int, list[int]]]:
        """The provider users who notify for each provider (with the service a membership is
        limited to, or None) and the LA users who acknowledge for each local authority (one
        query)."""
        notifiers: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        acknowledgers: dict[int, list[int]] = defaultdict(list)
        orgs = [o.pk for o in (*self.area.providers, *self.area.local_authorities)]
        memberships = (
            Membership.objects.filter(
                organisation_id__in=orgs, role__in=[Role.PROVIDER, Role.LOCAL_AUTHORITY]
            )
            .order_by("pk")
            .values_list("organisation_id", "role", "user_id", "services")
        )
        for org_id, role, user_id, service_id in memberships:
            if role == Role.PROVIDER:
                notifiers[org_id].append((user_id, service_id))
            else:
                acknowledgers[org_id].append(user_id)
        return notifiers, acknowledgers

    def _notifier(self, service) -> int | None:
        """A user of the service's provider who may act for the service."""
        users = [
            user_id
            for user_id, limited_to in self.notifiers.get(service.provider_id, [])
            if limited_to in (None, service.pk)
        ]
        return self.rng.choice(users) if users else None

    def _first_asked(self) -> dict[int, date]:
        """Children who came to an EHC needs assessment under compulsory school age, in the
        period: when health was first asked for advice."""
        rows = (
            AdviceRequest.objects.filter(icb=self.area.icb)
            .order_by()
            .values("child_id")
            .annotate(first=Min("health_received_on"))
            .values_list("child_id", "first")
        )
        found = {}
        for child_id, first in rows:
            child = self.children.get(child_id)
            if child is None or first < self.start + timedelta(days=60):
                continue
            if first - child.date_of_birth < timedelta(days=YOUNGEST_DAYS + 60):
                continue
            if first < compulsory_school_age_start(child.date_of_birth):
                found[child_id] = first
        return dict(sorted(found.items()))

    # the stories

    def _assessed_in_time(self, child_id: int, first_asked: date, rows: list) -> bool:
        """A child assessed young: usually notified before the LA asked health for advice."""
        if self.rng.random() >= ASSESSED_NOTIFIED_SHARE:
            return False
        child = self.children[child_id]
        earliest = max(self.start, child.date_of_birth + timedelta(days=YOUNGEST_DAYS))
        latest_notified = first_asked - timedelta(days=self.rng.randint(7, 60))
        dates = self._dates(earliest, latest_notified - timedelta(days=14), latest_notified)
        if dates is None:
            return False
        rows.append(self._notification(child, self._service(), dates))
        return True

    def _late(self, child: SeededChild, first_asked: date, rows: list) -> None:
        """A service knew the child and formed its opinion before the assessment, but told
        the LA only after health was asked for advice: a missed notification."""
        earliest = max(self.start, child.date_of_birth + timedelta(days=YOUNGEST_DAYS))
        latest_opinion = min(
            first_asked - timedelta(days=30),
            compulsory_school_age_start(child.date_of_birth) - timedelta(days=1),
        )
        if latest_opinion < earliest:
            return
        opinion = self._day_between(earliest, latest_opinion)
        notified = min(self.today, first_asked + timedelta(days=self.rng.randint(7, 60)))
        told = self._day_between(opinion, min(notified, opinion + timedelta(days=14)))
        offered = self._day_between(told, min(notified, told + timedelta(days=7)))
        rows.append(
            self._notification(child, self._service(), _Dates(opinion, told, offered, notified))
        )

    def _not_assessed(self, assessed: set[int], rows: list) -> None:
        """Young children who have not (yet) come to an assessment, notified on days spread
        evenly over the period: for each, a child under compulsory school age on the day of
        the opinion, found by date of birth (each child once)."""
        by_birth = sorted(
            (c for c in self.area.children if c.pk not in assessed),
            key=lambda c: (c.date_of_birth, c.pk),
        )
        births = [c.date_of_birth for c in by_birth]
        used: set[int] = set()
        target = round(len(self.area.children) * NOTIFIED_PER_CHILD)
        span = (self.today - self.start).days
        for _ in range(target):
            opinion = self.start + timedelta(days=self.rng.randrange(span))
            # Born from just over 5 years and 4 months before the opinion (the latest start of
            # compulsory school age) to YOUNGEST_DAYS before it.
            low = bisect_left(births, opinion - timedelta(days=5 * 366 + 125))
            high = bisect_right(births, opinion - timedelta(days=YOUNGEST_DAYS))
            for _ in range(10 if high > low else 0):
                child = by_birth[self.rng.randrange(low, high)]
                if child.pk in used or opinion >= compulsory_school_age_start(child.date_of_birth):
                    continue
                used.add(child.pk)
                dates = self._dates(opinion, opinion, self.today)
                if dates is not None:
                    rows.append(self._notification(child, self._service(), dates))
                break

    def _duplicates(self, rows: list) -> None:
        """A second service notifies the same child a few weeks after the first."""
        candidates = [n for n in rows if n.child_id not in self.missed]  # stay missed
        count = max(1, round(len(candidates) * DUPLICATE_SHARE))
        firsts = self.rng.sample(candidates, min(count, len(candidates)))
        for first in firsts:
            child = self.children[first.child_id]
            others = [s for s in self.services if s.pk != first.service_id]
            if not others:
                return
            last_day_under = compulsory_school_age_start(child.date_of_birth) - timedelta(days=1)
            opinion = first.opinion_on + timedelta(days=self.rng.randint(10, 70))
            if opinion > min(self.today, last_day_under):
                opinion = first.opinion_on
            dates = self._dates(opinion, opinion, self.today)
            if dates is not None:
                rows.append(self._notification(child, self.rng.choice(others), dates))

    # parts

    def _dates(self, earliest: date, latest_opinion: date, latest_notified: date) -> _Dates | None:
        """An opinion from ``earliest`` to ``latest_opinion``; the parent told and offered a
        discussion within days; the LA told within weeks, by ``latest_notified``."""
        latest_notified = min(latest_notified, self.today)
        latest_opinion = min(latest_opinion, latest_notified)
        if latest_opinion < earliest:
            return None
        rng = self.rng
        opinion = self._day_between(earliest, latest_opinion)
        told = min(opinion + timedelta(days=rng.choice((0, 0, 1, 3, 7))), latest_notified)
        offered = min(told + timedelta(days=rng.choice((0, 0, 0, 2, 5))), latest_notified)
        notified = min(offered + timedelta(days=rng.randint(0, 28)), latest_notified)
        return _Dates(opinion, told, offered, notified)

    def _notification(self, child: SeededChild, service, dates: _Dates) -> Section23Notification:
        rng = self.rng
        acknowledged_on, reminded_on = self._acknowledgement(dates.notified)
        suggested = rng.random() < VOLUNTARY_SHARE
        needs = self._needs(child)
        acknowledgers = self.acknowledgers.get(child.local_authority_id) or [None]
        return Section23Notification(
            child_id=child.pk,
            local_authority_id=child.local_authority_id,
            icb_id=self.area.icb.pk,
            provider_id=service.provider_id,
            service_id=service.pk,
            opinion_on=dates.opinion,
            needs=needs,
            description=rng.choice(
                DESCRIPTIONS.get(NeedType(needs[0]), DESCRIPTIONS[NeedType.OTH])
            ),
            parent_told_on=dates.parent_told,
            discussion_offered_on=dates.discussion_offered,
            voluntary_organisation_suggested=suggested,
            voluntary_organisation=rng.choice(VOLUNTARY_ORGANISATIONS) if suggested else "",
            notified_on=dates.notified,
            acknowledged_on=acknowledged_on,
            acknowledged_by_id=rng.choice(acknowledgers) if acknowledged_on else None,
            reminded_on=reminded_on,
            created_by_id=self._notifier(service),
            created_at=self.area.at(dates.notified),
        )

    def _acknowledgement(self, notified: date) -> tuple[date | None, date | None]:
        """``(acknowledged_on, reminded_on)``. The reminder of an old
        unacknowledged notification went the day after its agreed days; one that became
        overdue in the last week is left for the worker's next run."""
        rng = self.rng
        due = acknowledgement_due(notified, self.within_days)
        if due < self.today:
            if rng.random() < ACKNOWLEDGED_SHARE:
                late = rng.random() < 0.15
                days = rng.randint(self.within_days + 1, self.within_days + 20) if late else None
                acknowledged = notified + timedelta(days=days or rng.randint(0, self.within_days))
                return min(acknowledged, self.today), None
            reminded = due + timedelta(days=1)
            return None, reminded if (self.today - reminded).days > 7 else None
        if rng.random() < RECENT_ACKNOWLEDGED_SHARE:
            return self._day_between(notified, self.today), None
        return None, None

    def _service(self):
        return self.rng.choices(self.services, self.weights)[0]

    def _needs(self, child: SeededChild) -> list[str]:
        need = child.need if child.need in EARLY_YEARS_NEEDS else NeedType.SLCN
        needs = [str(need)]
        if self.rng.random() < 0.3:
            other = self.rng.choice([n for n in EARLY_YEARS_NEEDS if n != need])
            needs.append(str(other))
        return needs

    def _day_between(self, first: date, last: date) -> date:
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else first


# -- words ---------------------------------------------------------------------------------------

# The needs an NHS service usually sees in a child under five.
EARLY_YEARS_NEEDS = (
    NeedType.SLCN,
    NeedType.ASD,
    NeedType.PD,
    NeedType.HI,
    NeedType.VI,
    NeedType.SLD,
    NeedType.PMLD,
    NeedType.DS,
    NeedType.MSI,
    NeedType.OTH,
)

DESCRIPTIONS = {
    NeedType.SLCN: (
        "Very few words at 2 years 6 months; understanding of language well below age.",
        "Not yet combining words; referred to speech and language therapy by the health visitor.",
    ),
    NeedType.ASD: (
        "Social communication differences seen at the developmental assessment; on the "
        "neurodevelopmental pathway.",
        "Limited shared attention and play; assessment for autism under way.",
    ),
    NeedType.PD: (
        "Cerebral palsy affecting both legs; not yet walking independently.",
        "Delayed motor development; needs specialist seating and a standing frame.",
    ),
    NeedType.HI: (
        "Permanent moderate hearing loss in both ears found by newborn screening; hearing "
        "aids fitted.",
    ),
    NeedType.VI: ("Severe visual impairment; under the care of the paediatric eye clinic.",),
    NeedType.SLD: ("Global developmental delay across all areas at the 2-year review.",),
    NeedType.PMLD: ("Complex medical needs and profound developmental delay; fed by gastrostomy.",),
    NeedType.DS: ("Down syndrome; developmental delay and a heart condition under follow-up.",),
    NeedType.MSI: ("Combined hearing and vision loss after a premature birth.",),
    NeedType.OTH: (
        "Rare genetic condition with developmental delay; seen in the child development centre.",
    ),
}

VOLUNTARY_ORGANISATIONS = (
    "Northshire Parent Carer Forum",
    "Southborough Families Together",
    "Little Steps Early Years Family Support",
    "Hear Together (family support for deaf children)",
    "Brightwater Autism Family Network",
)
