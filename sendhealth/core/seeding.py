"""A synthetic local area for the demo (``manage.py seed_area``) and the benchmark (``manage.py
bench``).

Everything is invented: Faker en_GB names, NHS numbers from the 999 test range (never issued to
patients), fictional organisations, codes and schools. Rows are built in Python and written with
``bulk_create`` in batches, never a query per row, so 50,000 children and 100,000 requests seed
in minutes. The advice history is written straight through the models, as the services would
have left it (statuses, dates, submissions, reg 8(2) exceptions and a timeline event for every
step); seeded history has no audit entries, since nobody read or changed anything.

Seeding is idempotent: when the area's ICB exists, ``seed_area`` does nothing unless asked to
``reset`` (wipe the area and its demo users, then create it again).
"""

from __future__ import annotations

import io
import random
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, cast

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.db import connection, models, transaction
from django.utils import timezone
from faker import Faker

from sendhealth.accounts.demo import DEMO_PASSWORD, DEMO_USERS
from sendhealth.accounts.models import Membership, Role, User
from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    EventKind,
    OpenWorkDay,
    ProvisionItem,
    RequestStatus,
    ReviewDecision,
    TimelinessDay,
    TimelinessMonth,
)
from sendhealth.advice.reminders import first_reminder_on
from sendhealth.children.models import Child, NeedType
from sendhealth.core import kept
from sendhealth.core.plugins import app_modules
from sendhealth.organisations.models import (
    Organisation,
    OrganisationKind,
    Service,
    Specialty,
)
from sendhealth.rules import (
    ExceptionReason,
    Regulation,
    StatutoryException,
    generate_test_nhs_number,
    health_advice_due,
    next_reminder_after,
    validate_exception,
)

# -- the area ----------------------------------------------------------------------------------

ICB_CODE = "Q9N"
ICB_NAME = "NHS Northshire and Southborough Integrated Care Board"
ICB_EMAIL = "send.dco@northshire-southborough-icb.nhs.invalid"


@dataclass(frozen=True)
class LocalAuthoritySpec:
    key: str
    code: str
    name: str
    places: tuple[str, ...]  # invented place names for its schools


# fmt: off
LOCAL_AUTHORITIES = (
    LocalAuthoritySpec("north", "901", "Northshire Council", (
        "Fellmarsh", "Brindlecote", "Larkhollow", "Cresswater", "Hallowmere", "Thistlebeck",
        "Moorgrange", "Kingsfallow", "Ravenwick", "Ashwyvern")),
    LocalAuthoritySpec("south", "902", "Southborough Council", (
        "Saltmere", "Wrenhurst", "Copperdale", "Fernholt", "Sandling Cross", "Marbury Heath",
        "Gullhaven", "Stonecrake", "Willowbourne", "Eastbrook Vale")),
)
# fmt: on


@dataclass(frozen=True)
class ProviderSpec:
    key: str
    code: str
    name: str
    domain: str


# fmt: off
PROVIDERS = (
    ProviderSpec("community", "R9N", "Northshire Community Health NHS Trust",
                 "northshire-community.nhs.invalid"),
    ProviderSpec("mh", "R9M", "Southborough and Northshire Mental Health NHS Foundation Trust",
                 "sn-mentalhealth.nhs.invalid"),
    ProviderSpec("hospitals", "R9H", "Northshire Hospitals NHS Foundation Trust",
                 "northshire-hospitals.nhs.invalid"),
)
# fmt: on


@dataclass(frozen=True)
class ServiceSpec:
    provider: str
    name: str
    specialty: Specialty
    mailbox: str
    la: str | None = None  # a service that covers one local authority only


SERVICES = (
    ServiceSpec("community", "Community Paediatrics", Specialty.PAEDIATRICS, "paediatrics"),
    ServiceSpec("community", "Children's Speech and Language Therapy", Specialty.SALT, "salt"),
    ServiceSpec("community", "Children's Occupational Therapy", Specialty.OT, "ot"),
    ServiceSpec("community", "Children's Physiotherapy", Specialty.PHYSIO, "physio"),
    ServiceSpec("community", "Children's Community Nursing", Specialty.NURSING, "ccn"),
    ServiceSpec("community", "Special School Nursing", Specialty.NURSING, "school.nursing"),
    ServiceSpec("mh", "CAMHS Northshire", Specialty.CAMHS, "camhs.north", la="north"),
    ServiceSpec("mh", "CAMHS Southborough", Specialty.CAMHS, "camhs.south", la="south"),
    ServiceSpec("mh", "Learning Disability CAMHS", Specialty.CAMHS, "ld.camhs"),
    ServiceSpec("hospitals", "Child Development Centre", Specialty.PAEDIATRICS, "cdc"),
    ServiceSpec("hospitals", "Paediatric Audiology", Specialty.AUDIOLOGY, "audiology"),
    ServiceSpec("hospitals", "Children's Epilepsy Nursing", Specialty.NURSING, "epilepsy"),
)

# Who each demo login acts for: (role, organisation key, service mailboxes it is limited to).
DEMO_MEMBERSHIPS: dict[str, tuple[Role, str, tuple[str, ...]]] = {
    "dco": (Role.DCO, "icb", ()),
    # The designated medical officer has the DCO's role (Role.DCO is "designated clinical or
    # medical officer"): the demo's second, different approver of packages above the limit.
    "dmo": (Role.DCO, "icb", ()),
    "dcoteam": (Role.DCO_TEAM, "icb", ()),
    "la.north": (Role.LOCAL_AUTHORITY, "north", ()),
    "la.south": (Role.LOCAL_AUTHORITY, "south", ()),
    "provider.community": (Role.PROVIDER, "community", ()),
    "provider.salt": (Role.PROVIDER, "community", ("salt",)),
    "provider.mh": (Role.PROVIDER, "mh", ()),
    "board": (Role.BOARD, "icb", ()),
    "admin": (Role.SYSADMIN, "icb", ()),
}
# The hospitals trust has no demo login; its advice is signed by this account, which cannot
# sign in (unusable password).
HOSPITALS_AUTHOR = "provider.hospitals"

# -- the cohort ----------------------------------------------------------------------------------

# Primary need of children and young people with EHC plans, roughly England's 2025 shares
# (DfE "Education, health and care plans"): ASD, SLCN and SEMH are the most common.
# fmt: off
NEED_WEIGHTS: dict[NeedType, float] = {
    NeedType.ASD: 33, NeedType.SLCN: 21, NeedType.SEMH: 15, NeedType.MLD: 7, NeedType.SLD: 6,
    NeedType.SPLD: 3.5, NeedType.PD: 3.5, NeedType.OTH: 2.5, NeedType.PMLD: 2,
    NeedType.HI: 1.5, NeedType.DS: 1, NeedType.VI: 0.8, NeedType.MSI: 0.4,
}
# fmt: on
NEEDS, NEED_SHARES = tuple(NEED_WEIGHTS), tuple(NEED_WEIGHTS.values())
# Ages (years, from and to) of the cohort, weighted towards school age.
AGE_BANDS = ((0, 1), (2, 4), (5, 10), (11, 15), (16, 19), (20, 24))
AGE_BAND_WEIGHTS = (2, 8, 38, 35, 14, 3)
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
HISTORY_DAYS = 545  # about 18 months

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


# -- options and results -------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedOptions:
    children: int = 1500
    requests: int = 600
    seed: int = 2014
    today: date | None = None
    batch_size: int = 5000


@dataclass
class SeedReport:
    created: bool
    counts: dict[str, int] = field(default_factory=dict)
    request_statuses: dict[str, int] = field(default_factory=dict)
    assignment_statuses: dict[str, int] = field(default_factory=dict)
    on_time_share: float | None = None


@dataclass(frozen=True)
class SeededChild:
    pk: int
    local_authority_id: int
    date_of_birth: date
    need: str  # an SEN2 NeedType value


@dataclass(frozen=True)
class SeededArea:
    """What a register's ``seeding.seed(area)`` gets to build its synthetic data on (see
    ``core.plugins``). Counts should scale with ``scale`` (1.0 for the demo's ~1,500
    children); write with ``bulk_create(..., batch_size=area.batch_size)``."""

    today: date
    now: datetime
    rng: random.Random
    fake: Faker
    icb: Organisation
    local_authorities: list[Organisation]
    providers: list[Organisation]
    services: list[Service]
    settings: list[Organisation]
    users: dict[str, int]  # demo username -> user id
    children: list[SeededChild]
    advice_request_ids: list[int]
    scale: float
    batch_size: int

    def sample_children(self, count: int) -> list[SeededChild]:
        """``count`` children at random, always starting with the deep-dive cohort of
        ``DEEP_DIVE_CHILDREN`` children, so a handful of demo children appear in every register
        that fits their age and their pages show one timeline across them, as an inspector's
        deep dive finds. They are the last children made, of school and college age
        (``DEEP_DIVE_AGES``), and the most recently added, so the top of the children list."""
        count = min(count, len(self.children))
        cohort = self.deep_dive_cohort
        rest = self.rng.sample(self.children[: -len(cohort)], max(0, count - len(cohort)))
        return (cohort + rest)[:count]

    @property
    def deep_dive_cohort(self) -> list[SeededChild]:
        return self.children[: -DEEP_DIVE_CHILDREN - 1 : -1]  # newest first

    def at(self, day: date, first_hour: int = 9, last_hour: int = 17) -> datetime:
        """A working-hours time on ``day``, never after now."""
        moment = datetime.combine(
            day,
            time(self.rng.randint(first_hour, last_hour - 1), self.rng.randint(0, 59)),
            tzinfo=timezone.get_current_timezone(),
        )
        return min(moment, self.now)


DEEP_DIVE_CHILDREN = 6
# The deep-dive cohort's ages in years: primary, secondary and post-16, the older three in
# preparing for adulthood (year 9 on). Old enough for a request, a plan, a disagreement and a
# package; too old for a Section 23 notification (under compulsory school age only).
DEEP_DIVE_AGES = (6, 9, 12, 14, 16, 19)


class SeedError(Exception):
    """The area cannot be seeded as asked."""


def area_icb() -> Organisation | None:
    return Organisation.objects.filter(kind=OrganisationKind.ICB, code=ICB_CODE).first()


def area_exists() -> bool:
    return area_icb() is not None


def seed_area(options: SeedOptions | None = None, *, reset: bool = False) -> SeedReport:
    """Create the synthetic area, its demo users, cohort and advice history, once."""
    options = options or SeedOptions()
    with transaction.atomic():
        if area_exists():
            if not reset:
                return SeedReport(created=False)
            wipe_area()
        elif reset:
            _delete_demo_users()
        taken = User.objects.filter(username__in=_demo_usernames()).values_list(
            "username", flat=True
        )
        if taken:
            raise SeedError(
                "These demo usernames are already in use: "
                + ", ".join(sorted(taken))
                + ". Use --reset to replace them."
            )
        with _historical_timestamps():
            _AreaBuilder(options).build()
    refresh_planner_statistics(vacuum=True)
    return describe_area()


def refresh_planner_statistics(*, vacuum: bool = False) -> None:
    """After a bulk load the query planner has no statistics and guesses (SQLite takes an
    equality on an indexed column to match ten rows). Production databases keep them fresh
    (autovacuum on PostgreSQL); a seeded one is analysed once, here. ``vacuum`` (PostgreSQL,
    outside a transaction): ``VACUUM ANALYZE``, as autovacuum does after a bulk insert, so
    the visibility map is set and counts read an index alone (an index-only scan of freshly
    loaded rows visits every row's heap page: the DCO queue's count of 25,000 short
    provision lines took 74 ms by a sequential scan, 2.7 ms after)."""
    with connection.cursor() as cursor:
        if vacuum and connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
        if connection.vendor == "sqlite" and not connection.in_atomic_block:
            # Fold the write-ahead log of the bulk load into the database file: readers would
            # otherwise search a log of hundreds of megabytes until the next checkpoint.
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def describe_area() -> SeedReport:
    """What the seeded area holds, counted with a few aggregate queries."""
    icb = area_icb()
    if icb is None:
        return SeedReport(created=False)
    requests = AdviceRequest.objects.filter(icb=icb)
    assignments = AdviceAssignment.objects.filter(request__icb=icb)
    accepted = assignments.filter(status=AssignmentStatus.ACCEPTED)
    completed = accepted.count()
    on_time = accepted.filter(completed_on__lte=models.F("due_on")).count()
    return SeedReport(
        created=True,
        counts={
            "local authorities": Organisation.objects.filter(
                kind=OrganisationKind.LOCAL_AUTHORITY, parent=icb
            ).count(),
            "NHS providers": Organisation.objects.filter(
                kind=OrganisationKind.PROVIDER, parent=icb
            ).count(),
            "health services": Service.objects.filter(provider__parent=icb).count(),
            "education settings": Organisation.objects.filter(
                kind=OrganisationKind.SETTING, parent__parent=icb
            ).count(),
            "children and young people": Child.objects.filter(local_authority__parent=icb).count(),
            "advice requests": requests.count(),
            "services' parts (assignments)": assignments.count(),
            "advice submissions": AdviceSubmission.objects.filter(
                assignment__request__icb=icb
            ).count(),
            "provision lines": ProvisionItem.objects.filter(
                submission__assignment__request__icb=icb
            ).count(),
            "reg 8(2) exceptions": AdviceException.objects.filter(
                assignment__request__icb=icb
            ).count(),
            "timeline events": AdviceEvent.objects.filter(request__icb=icb).count(),
            **_register_counts(icb),
        },
        request_statuses=_by_status(requests),
        assignment_statuses=_by_status(assignments),
        on_time_share=on_time / completed if completed else None,
    )


def _register_counts(icb: Organisation) -> dict[str, int]:
    """Each seeded register's records of the area: its models that carry the ICB."""
    counts: dict[str, int] = {}
    for module in app_modules("seeding"):
        label = module.__name__.rsplit(".", 2)[-2]
        for model in apps.get_app_config(label).get_models():
            if any(f.name == "icb" for f in model._meta.concrete_fields):
                n = cast(Any, model).objects.filter(icb=icb).count()
                if n:
                    name = str(model._meta.verbose_name_plural).replace("ehc ", "EHC ")
                    name = name.replace("section23 ", "Section 23 ")
                    counts[name] = n
    return counts


def _by_status(queryset: models.QuerySet[Any]) -> dict[str, int]:
    rows = queryset.order_by().values_list("status").annotate(n=models.Count("pk"))
    return dict(rows)


def summary(report: SeedReport) -> str:
    """What was made, in lines for a terminal."""
    lines = [f"  {n:>8,}  {label}" for label, n in report.counts.items()]
    lines.append("  Requests by status: " + _statuses(report.request_statuses, RequestStatus))
    lines.append(
        "  Services' parts by status: " + _statuses(report.assignment_statuses, AssignmentStatus)
    )
    if report.on_time_share is not None:
        lines.append(f"  Accepted advice on time (within 6 weeks): {report.on_time_share:.0%}")
    return "\n".join(lines)


def _statuses(counts: dict[str, int], choices: type[models.TextChoices]) -> str:
    return ", ".join(f"{c.label.lower()} {counts[c]:,}" for c in choices if c in counts)


def text_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain fixed-width table."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def wipe_area() -> None:
    """Delete the seeded area: its advice, children, organisations and the demo users."""
    icb = area_icb()
    if icb is not None:
        for module in app_modules("seeding"):
            module.wipe(icb)
        AdviceEvent.objects.filter(request__icb=icb).delete()
        ProvisionItem.objects.filter(submission__assignment__request__icb=icb).delete()
        AdviceSubmission.objects.filter(assignment__request__icb=icb).delete()
        AdviceException.objects.filter(assignment__request__icb=icb).delete()
        # Deleted without keeping advice's summary row by row: its rows go first.
        TimelinessDay.objects.filter(icb=icb).delete()
        TimelinessMonth.objects.filter(icb=icb).delete()
        OpenWorkDay.objects.filter(icb=icb).delete()
        with kept.suspended_all():
            AdviceAssignment.objects.filter(request__icb=icb).delete()
        AdviceRequest.objects.filter(icb=icb).delete()
        Child.objects.filter(local_authority__parent=icb).delete()
        area = Organisation.objects.filter(
            models.Q(pk=icb.pk) | models.Q(parent=icb) | models.Q(parent__parent=icb)
        )
        Membership.objects.filter(organisation__in=area).delete()
        Service.objects.filter(provider__parent=icb).delete()
        Organisation.objects.filter(kind=OrganisationKind.SETTING, parent__parent=icb).delete()
        Organisation.objects.filter(parent=icb).delete()
        icb.delete()
    _delete_demo_users()


def _demo_usernames() -> list[str]:
    return [username for username, _, _ in DEMO_USERS] + [HOSPITALS_AUTHOR]


def _delete_demo_users() -> None:
    User.objects.filter(username__in=_demo_usernames()).delete()


@contextmanager
def _historical_timestamps() -> Iterator[None]:
    """Seeded history carries its own times (a request raised a year ago was raised a year
    ago), but ``auto_now_add`` would stamp every row with now. Switch it off for the fields
    below while seeding, in this process only, and always switch it back on."""
    fields = [
        Child._meta.get_field("created_at"),
        AdviceRequest._meta.get_field("raised_at"),
        AdviceAssignment._meta.get_field("routed_at"),
        AdviceSubmission._meta.get_field("submitted_at"),
        AdviceException._meta.get_field("recorded_at"),
    ]
    try:
        for f in fields:
            f.auto_now_add = False
        yield
    finally:
        for f in fields:
            f.auto_now_add = True


# -- the builder ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SettingRef:
    pk: int
    phase: str


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
            model.objects.bulk_create(rows, batch_size=batch_size)


class _AreaBuilder:
    def __init__(self, options: SeedOptions) -> None:
        self.options = options
        self.today = options.today or timezone.localdate()
        self.rng = random.Random(options.seed)
        fake = Faker("en_GB")
        fake.seed_instance(options.seed)
        self.fake = fake
        # Pools drawn once: Faker per row would be the slowest part of a large seed.
        self.given_names = [fake.first_name() for _ in range(400)]
        self.family_names = [fake.last_name() for _ in range(300)]
        self.staff_names = [f"{fake.first_name()} {fake.last_name()}" for _ in range(120)]
        self.tz = timezone.get_current_timezone()
        self.now = timezone.now()
        if self.today != timezone.localdate():
            self.now = datetime.combine(self.today, time(23, 59), tzinfo=self.tz)
        self.orgs: dict[str, Organisation] = {}
        self.services: list[tuple[ServiceSpec, Service]] = []
        self.settings: dict[str, list[_SettingRef]] = {}
        self.users: dict[str, int] = {}  # demo username -> user id
        self.children: list[_ChildRef] = []
        self.unused_children: deque[_ChildRef] = deque()  # for open requests, one per child
        self.open_children: set[int] = set()
        self.cohort_waiting: deque[_ChildRef] = deque()  # deep-dive children with no request

    def build(self) -> None:
        self._organisations()
        self._users()
        self._children()
        self._requests()
        self._registers()

    def _registers(self) -> None:
        """Each register's own synthetic data, through its ``seeding.seed``."""
        modules = app_modules("seeding")
        if not modules:
            return
        icb = self.orgs["icb"]
        la_ids = {key: self.orgs[key].pk for key in (la.key for la in LOCAL_AUTHORITIES)}
        area = SeededArea(
            today=self.today,
            now=self.now,
            rng=self.rng,
            fake=self.fake,
            icb=icb,
            local_authorities=[self.orgs[la.key] for la in LOCAL_AUTHORITIES],
            providers=[self.orgs[p.key] for p in PROVIDERS],
            services=[service for _, service in self.services],
            settings=list(
                Organisation.objects.filter(parent__parent=icb, kind=OrganisationKind.SETTING)
            ),
            users=dict(self.users),
            children=[
                SeededChild(c.pk, la_ids[c.la], c.date_of_birth, str(c.need)) for c in self.children
            ],
            advice_request_ids=list(
                AdviceRequest.objects.filter(icb=icb).values_list("pk", flat=True)
            ),
            scale=self.options.children / SeedOptions.children,
            batch_size=self.options.batch_size,
        )
        for module in modules:
            module.seed(area)

    # organisations and users

    def _organisations(self) -> None:
        icb = Organisation.objects.create(
            kind=OrganisationKind.ICB, name=ICB_NAME, code=ICB_CODE, email=ICB_EMAIL
        )
        self.orgs["icb"] = icb
        for spec in LOCAL_AUTHORITIES:
            self.orgs[spec.key] = Organisation.objects.create(
                kind=OrganisationKind.LOCAL_AUTHORITY,
                name=spec.name,
                code=spec.code,
                parent=icb,
                email=f"send@{spec.key}-council.gov.invalid",
            )
        for provider in PROVIDERS:
            self.orgs[provider.key] = Organisation.objects.create(
                kind=OrganisationKind.PROVIDER,
                name=provider.name,
                code=provider.code,
                parent=icb,
                email=f"send.advice@{provider.domain}",
            )
        domains = {p.key: p.domain for p in PROVIDERS}
        for service_spec in SERVICES:
            service = Service.objects.create(
                provider=self.orgs[service_spec.provider],
                name=service_spec.name,
                specialty=service_spec.specialty,
                email=f"{service_spec.mailbox}@{domains[service_spec.provider]}",
            )
            self.services.append((service_spec, service))
        self._education_settings()

    def _education_settings(self) -> None:
        rows, phases = [], []
        urn = 990001
        for la in LOCAL_AUTHORITIES:
            for name, phase in _setting_names(la.places):
                rows.append(
                    Organisation(
                        kind=OrganisationKind.SETTING,
                        name=name,
                        code=str(urn),
                        parent=self.orgs[la.key],
                    )
                )
                phases.append((la.key, phase))
                urn += 1
        Organisation.objects.bulk_create(rows)
        for row, (la_key, phase) in zip(rows, phases, strict=True):
            self.settings.setdefault(la_key, []).append(_SettingRef(row.pk, phase))

    def _users(self) -> None:
        password = make_password(DEMO_PASSWORD)  # hashed once: the same for every demo login
        services = {spec.mailbox: service for spec, service in self.services}
        for username, _, _ in DEMO_USERS:
            role, org_key, limited_to = DEMO_MEMBERSHIPS[username]
            user = self._user(username, password, is_admin=username == "admin")
            membership = Membership.objects.create(
                user=user, organisation=self.orgs[org_key], role=role
            )
            if limited_to:
                membership.services.set([services[m] for m in limited_to])
        author = self._user(HOSPITALS_AUTHOR, make_password(None), is_admin=False)
        Membership.objects.create(
            user=author, organisation=self.orgs["hospitals"], role=Role.PROVIDER
        )

    def _user(self, username: str, password: str, *, is_admin: bool) -> User:
        first, last = self.fake.first_name(), self.fake.last_name()
        user = User.objects.create(
            username=username,
            password=password,
            first_name=first,
            last_name=last,
            full_name=f"{first} {last}",
            email=f"{username}@sendhealth.invalid",
            is_staff=is_admin,
            is_superuser=is_admin,
        )
        self.users[username] = user.pk
        return user

    # children

    def _children(self) -> None:
        existing = set(
            Child.objects.filter(nhs_number__startswith="999").values_list("nhs_number", flat=True)
        )
        rows: list[Child] = []
        cohort_from = self.options.children - min(DEEP_DIVE_CHILDREN, self.options.children)
        for index in range(self.options.children):
            cohort = index - cohort_from if index >= cohort_from else None
            rows.append(self._child(existing, cohort=cohort))
            if len(rows) >= self.options.batch_size:
                self._write_children(rows)
                rows = []
        self._write_children(rows)

    def _child(self, taken: set[str], *, cohort: int | None = None) -> Child:
        """A child; ``cohort``: the place in the deep-dive cohort of one of the last few."""
        rng = self.rng
        nhs_number = generate_test_nhs_number(rng)
        while nhs_number in taken:
            nhs_number = generate_test_nhs_number(rng)
        taken.add(nhs_number)
        la = rng.choice(LOCAL_AUTHORITIES)
        lo, hi = rng.choices(AGE_BANDS, AGE_BAND_WEIGHTS)[0]
        if cohort is not None:
            lo = hi = DEEP_DIVE_AGES[cohort % len(DEEP_DIVE_AGES)]
        age_days = rng.randint(lo * 365 + 30, hi * 365 + 334)
        dob = self.today - timedelta(days=age_days)
        need = rng.choices(NEEDS, NEED_SHARES)[0]
        others = [n for n in NEED_WEIGHTS if n != need]
        secondary = rng.sample(others, rng.choice((1, 1, 2))) if rng.random() < 0.35 else []
        registered = max(dob, self.today - timedelta(days=rng.randint(HISTORY_DAYS + 15, 1100)))
        created_at = self._at(registered, 9, 17)
        if cohort is not None:
            # The newest records, so the top of the children list: the deep-dive cases, brought
            # into sendhealth this morning with their history (their records keep their dates).
            created_at = self.not_after_now(
                datetime.combine(self.today, time(8, cohort), tzinfo=self.tz)
            )
        return Child(
            nhs_number=nhs_number,
            given_name=rng.choice(self.given_names),
            family_name=rng.choice(self.family_names),
            date_of_birth=dob,
            local_authority_id=self.orgs[la.key].pk,
            setting_id=self._setting_for(la.key, age_days // 365, need),
            primary_need=need,
            secondary_needs=[str(n) for n in secondary],
            created_at=created_at,
            created_by_id=self.users[f"la.{la.key}"],
        )

    def _setting_for(self, la_key: str, age: int, need: NeedType) -> int | None:
        rng = self.rng
        if age < 2:
            return None
        complex_needs = need in (NeedType.SLD, NeedType.PMLD, NeedType.MSI)
        phases: tuple[str | None, ...]
        if age <= 4:
            phases = ("early_years", "early_years", None)
        elif age <= 18 and complex_needs:
            phases = ("special",)
        elif age <= 10:
            phases = ("primary",) * 4 + ("special",)
        elif age <= 15:
            phases = ("secondary",) * 3 + ("special",)
        elif age <= 18:
            phases = ("college", "college", "secondary", "special", None)
        else:
            phases = ("college", None, None)
        phase = rng.choice(phases)
        candidates = [s.pk for s in self.settings[la_key] if s.phase == phase]
        return rng.choice(candidates) if candidates else None

    def _write_children(self, rows: list[Child]) -> None:
        Child.objects.bulk_create(rows, batch_size=self.options.batch_size)
        las = {org.pk: key for key, org in self.orgs.items()}
        self.children.extend(
            _ChildRef(c.pk, las[c.local_authority_id], c.date_of_birth, NeedType(c.primary_need))
            for c in rows
        )

    # requests

    def _requests(self) -> None:
        if not self.children or not self.options.requests:
            return
        plans = plan_requests(self.options.requests, self.rng)
        self.unused_children = deque(self.rng.sample(self.children, len(self.children)))
        self.cohort_waiting = deque(self.children[-DEEP_DIVE_CHILDREN:])
        batch = _Batch()
        for plan in plans:
            _RequestStory(self, plan).write_into(batch)
            if len(batch.requests) >= self.options.batch_size:
                batch.write(self.options.batch_size)
                batch = _Batch()
        batch.write(self.options.batch_size)
        # Written in bulk (no signals): advice's kept summary worked out once, from scratch.
        call_command("rebuild_advice_summary", icb=self.orgs["icb"].pk, stdout=io.StringIO())

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

    def __init__(self, area: _AreaBuilder, plan: RequestPlan) -> None:
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


def _setting_names(places: Sequence[str]) -> list[tuple[str, str]]:
    """About 20 invented education settings for one local authority, with their phase."""
    p = list(places)
    return [
        *((f"{place} Primary School", "primary") for place in p[:5]),
        (f"St Aidan's Church of England Primary School, {p[5]}", "primary"),
        (f"{p[6]} Infant and Nursery School", "primary"),
        (f"{p[7]} Junior School", "primary"),
        (f"{p[0]} Academy", "secondary"),
        (f"{p[1]} High School", "secondary"),
        (f"{p[2]} Community College (11 to 18)", "secondary"),
        (f"St Hilda's Catholic High School, {p[3]}", "secondary"),
        (f"{p[4]} Park Special School", "special"),
        (f"{p[8]} Brook School (special, 2 to 19)", "special"),
        (f"{p[9]} College of Further Education", "college"),
        (f"{p[5]} Sixth Form College", "college"),
        (f"Little Acorns Nursery, {p[6]}", "early_years"),
        (f"{p[7]} Children's Centre Nursery", "early_years"),
        (f"{p[8]} Pre-school Playgroup", "early_years"),
    ]


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
