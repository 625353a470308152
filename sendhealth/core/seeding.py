"""A synthetic local area for the demo (``manage.py seed_area``) and the benchmark (``manage.py
bench``).

Everything is invented: Faker en_GB names, NHS numbers from the 999 test range (never issued to
patients), fictional organisations, codes and schools. Rows are built in Python and written with
``bulk_create`` in batches, never a query per row, so 50,000 children and 100,000 requests seed
in minutes. The core makes the area (organisations, services, demo users, the cohort of
children); every register then writes its own history through its ``seeding.seed(area)`` (see
``core.plugins``), in ``INSTALLED_APPS`` order, from the ``SeededArea`` below: its random
generator, name pools and service specs, so one seed makes one area. Seeded history has no
audit entries, since nobody read or changed anything.

Seeding is idempotent: when the area's ICB exists, ``seed_area`` does nothing unless asked to
``reset`` (wipe the area and its demo users, then create it again).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.db import connection, models, transaction
from django.utils import timezone
from faker import Faker

from sendhealth.accounts.demo import DEMO_PASSWORD, DEMO_USERS
from sendhealth.accounts.models import Membership, Role, User
from sendhealth.children.models import Child, NeedType
from sendhealth.core.bulk import write_rows
from sendhealth.core.plugins import app_modules
from sendhealth.organisations.models import (
    Organisation,
    OrganisationKind,
    Service,
    Specialty,
)
from sendhealth.rules import generate_test_nhs_number

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
    # The hospital's diabetes team: it writes the healthcare plans of pupils with diabetes
    # (medicalconditions' seeding matches each plan's condition to its service).
    ServiceSpec("hospitals", "Paediatric Diabetes Team", Specialty.OTHER, "diabetes"),
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
HISTORY_DAYS = 545  # about 18 months

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
    lines: list[str] = field(default_factory=list)  # registers' ``summary_lines``


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
    children); write with ``bulk_create(..., batch_size=area.batch_size)``. Draw random
    choices from ``rng`` and names from the pools, never a fresh generator: registers seed in
    ``INSTALLED_APPS`` order from the one generator, so one seed makes one area."""

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
    # Filled by advice's seeding, the first register seeded; read by those that build on it.
    advice_request_ids: list[int]
    scale: float
    batch_size: int
    # The area by its specs' keys ("icb", each LA's and trust's key), its services with the
    # spec each was made from, the name pools drawn once, and how many requests were asked for.
    organisations: dict[str, Organisation] = field(default_factory=dict)
    service_specs: list[tuple[ServiceSpec, Service]] = field(default_factory=list)
    given_names: list[str] = field(default_factory=list)
    family_names: list[str] = field(default_factory=list)
    staff_names: list[str] = field(default_factory=list)
    requests: int = 0

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
    """Create the synthetic area, its demo users and cohort, and each register's history, once."""
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
        with historical_timestamps(Child._meta.get_field("created_at")):
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
    """What the seeded area holds, counted with a few aggregate queries: the area's own rows,
    then each register's (its ``seeding.counts(icb)`` where it has one, else its models that
    carry the ICB) and its ``seeding.summary_lines(icb)``."""
    icb = area_icb()
    if icb is None:
        return SeedReport(created=False)
    counts = {
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
    }
    lines: list[str] = []
    for module in app_modules("seeding"):
        own_counts = getattr(module, "counts", None)
        counts.update(own_counts(icb) if own_counts else _model_counts(module, icb))
        own_lines = getattr(module, "summary_lines", None)
        if own_lines:
            lines.extend(own_lines(icb))
    return SeedReport(created=True, counts=counts, lines=lines)


def _model_counts(module: Any, icb: Organisation) -> dict[str, int]:
    """A seeded register's records of the area: its models that carry the ICB."""
    counts: dict[str, int] = {}
    label = module.__name__.rsplit(".", 2)[-2]
    for model in apps.get_app_config(label).get_models():
        if any(f.name == "icb" for f in model._meta.concrete_fields):
            n = cast(Any, model).objects.filter(icb=icb).count()
            if n:
                name = str(model._meta.verbose_name_plural).replace("ehc ", "EHC ")
                name = name.replace("section23 ", "Section 23 ")
                counts[name] = n
    return counts


def summary(report: SeedReport) -> str:
    """What was made, in lines for a terminal."""
    lines = [f"  {n:>8,}  {label}" for label, n in report.counts.items()]
    return "\n".join([*lines, *report.lines])


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
    """Delete the seeded area: each register's records (the last seeded first, so what builds
    on another register goes before it), the children, organisations and the demo users."""
    icb = area_icb()
    if icb is not None:
        for module in reversed(app_modules("seeding")):
            module.wipe(icb)
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
def historical_timestamps(*fields: models.Field[Any, Any]) -> Iterator[None]:
    """Seeded history carries its own times (a child registered a year ago was registered a
    year ago), but ``auto_now_add`` would stamp every row with now. Switch it off for
    ``fields`` while seeding, in this process only, and always switch it back on. A register's
    seeding wraps its own writes in it."""
    try:
        for f in fields:
            cast(Any, f).auto_now_add = False
        yield
    finally:
        for f in fields:
            cast(Any, f).auto_now_add = True


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

    def build(self) -> None:
        self._organisations()
        self._users()
        self._children()
        self._registers()

    def _registers(self) -> None:
        """Each register's own synthetic data, through its ``seeding.seed``, in
        ``INSTALLED_APPS`` order (advice first: the others build on its requests)."""
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
            advice_request_ids=[],
            scale=self.options.children / SeedOptions.children,
            batch_size=self.options.batch_size,
            organisations=dict(self.orgs),
            service_specs=list(self.services),
            given_names=self.given_names,
            family_names=self.family_names,
            staff_names=self.staff_names,
            requests=self.options.requests,
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
        write_rows(Child, rows, batch_size=self.options.batch_size)
        las = {org.pk: key for key, org in self.orgs.items()}
        self.children.extend(
            _ChildRef(c.pk, las[c.local_authority_id], c.date_of_birth, NeedType(c.primary_need))
            for c in rows
        )

    def _at(self, day: date, first_hour: int, last_hour: int) -> datetime:
        moment = time(self.rng.randint(first_hour, last_hour), self.rng.randrange(60))
        return self.not_after_now(datetime.combine(day, moment, tzinfo=self.tz))

    def not_after_now(self, at: datetime) -> datetime:
        """Nothing seeded happened later than now."""
        return min(at, self.now)


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
