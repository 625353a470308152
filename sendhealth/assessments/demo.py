"""A synthetic SEN2 return that matches the demo's children, with a handful that do not: for
the import page's download (so a new user can try it), the tests and ``make bench``."""

from __future__ import annotations

import io
import random
from collections.abc import Iterable
from datetime import date, timedelta

from faker import Faker

from sendhealth.assessments.sen2 import BY_KEY, render, write_xlsx, write_zip
from sendhealth.rules import sen2_census_day

NEEDS = ("ASD", "SLCN", "SEMH", "MLD", "SPLD", "SLD", "PD", "HI", "VI", "OTH")


def _row(key, values):
    module = BY_KEY[key]
    return [render(module.kind(c), values.get(c)) for c in module.all_columns]


def build(
    people: Iterable[tuple],
    *,
    lea: str,
    year: int,
    unmatched: int = 4,
    seed: int = 1,
    today: date | None = None,
) -> dict[str, list]:
    """Rows per module for ``people`` (forename, surname, birth date[, the date their EHC plan
    was issued, or None for a request not yet assessed[, its last review meeting or None[, the
    day the LA received the request it asked health for advice on, or None[, the day it asked
    health]]]])
    plus ``unmatched`` invented people: one request each, most assessed, most with a plan.
    Nothing is dated after ``today`` (default: the census day) or before the person's birth."""
    census_day = sen2_census_day(year)  # the third Thursday of January
    today = today or census_day
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    people = list(people) + [
        (
            fake.first_name(),
            fake.last_name(),
            date(2012, 1, 1) + timedelta(days=rng.randint(0, 3000)),
        )
        for _ in range(unmatched)
    ]
    rows = {k: [] for k in BY_KEY}
    rows["sen2"].append(
        _row(
            "sen2",
            {
                "sen2tableid": "1",
                "collection": "SEN2",
                "year": year,
                "referencedate": census_day,
                "lea": lea,
                "dmo": "true",
                "dco": "true",
                "dsco": "false",
            },
        )
    )
    for n, person in enumerate(people, start=1):
        forename, surname, born = person[:3]
        known_plan = len(person) > 3
        plan_issued = person[3] if known_plan else None
        # The plan's last review as the register holds it, if given (so the two agree).
        known_review = len(person) > 4
        reviewed = person[4] if known_review else None
        # The day the LA asked health for advice, if given (a child with no plan yet): the
        # return's request is that assessment's, so sendhealth links the two and health's
        # part in its 20 weeks shows (some plans late, some open with advice overdue).
        asked = person[5] if len(person) > 5 and plan_issued is None else None
        if asked is not None:
            health_asked = person[6] if len(person) > 6 else None
            rows["person"].append(_person_row(n, lea, forename, surname, born, rng))
            _asked_request(rows, n, asked, today, rng, year, health_asked=health_asked)
            continue
        if plan_issued is not None:
            received = plan_issued - timedelta(days=rng.randint(110, 190))
        elif known_plan:
            received = today - timedelta(days=rng.randint(50, 100))
        else:
            received = today - timedelta(days=rng.randint(200, 700))
        # A request comes after the first year of life, but a young child's must not move
        # past the plan (or, with no plan known, past the dates that follow it: the decision
        # up to 50 days later, a plan up to 190): nothing is dated after ``today``.
        latest = (
            plan_issued - timedelta(days=110)
            if plan_issued is not None
            else today - timedelta(days=50 if known_plan else 200)
        )
        received = max(born, min(max(received, born + timedelta(days=400)), latest))
        rows["person"].append(_person_row(n, lea, forename, surname, born, rng))
        decided = min(received + timedelta(days=rng.randint(20, 50)), today)
        source = str(rng.randint(1, 5)) if year >= 2026 else ""  # voluntary in 2025
        assessed = plan_issued is not None if known_plan else rng.random() < 0.85
        if plan_issued is None and received + timedelta(days=190) > today:
            assessed = False  # a baby's request: too recent for a plan dated by ``today``
        rows["requests"].append(
            _row(
                "requests",
                {
                    "requeststableid": f"R{n}",
                    "persontableid": f"P{n}",
                    "receiveddate": received,
                    "requestsource": source,
                    "requestoutcomedate": decided,
                    # item 2.5: Y the LA proceeded with an assessment, N it decided not to
                    "requestoutcome": "Y" if assessed else "N",
                    "requestmediation": False,
                    "requesttribunal": False,
                },
            )
        )
        if assessed:
            issued = plan_issued or received + timedelta(days=rng.randint(110, 190))
            week20 = issued > received + timedelta(weeks=20) and rng.random() < 0.2
            rows["assessment"].append(
                _row(
                    "assessment",
                    {
                        "assessmenttableid": f"A{n}",
                        "requeststableid": f"R{n}",
                        "assessmentoutcome": "Y",
                        "assessmentoutcomedate": issued,
                        "week20": week20,
                        "assessmentmediation": False,
                        "assessmenttribunal": False,
                    },
                )
            )
            _named_plan(rows, n, issued)
            rows["activeplans"].append(
                _row(
                    "activeplans",
                    {
                        "activeplanstableid": f"AP{n}",
                        "requeststableid": f"R{n}",
                        "reviewmeeting": review
                        if (review := reviewed if known_review else issued + timedelta(days=330))
                        and review <= today
                        else None,
                        "lastreview": last
                        if (last := (review or issued) + timedelta(days=rng.randint(10, 45)))
                        <= today
                        and review
                        else None,
                    },
                )
            )
            rows["placementdetail"].append(
                _row(
                    "placementdetail",
                    {
                        "placementdetailtableid": f"PD{n}",
                        "activeplanstableid": f"AP{n}",
                        "urn": str(100000 + n),
                        "placementrank": 1,
                        "entrydate": issued,
                    },
                )
            )
            rows["senneed"].append(
                _row(
                    "senneed",
                    {
                        "senneedtableid": f"S{n}",
                        "activeplanstableid": f"AP{n}",
                        "sentype": rng.choice(NEEDS),
                        "sentyperank": 1,
                    },
                )
            )
    return rows


def _person_row(n: int, lea: str, forename: str, surname: str, born: date, rng) -> list:
    return _row(
        "person",
        {
            "persontableid": f"P{n}",
            "sen2tableid": "1",
            "surname": surname,
            "forename": forename,
            "personbirthdate": born,
            "sex": rng.choice("MF"),
            "upn": f"A{lea}{n:09d}"[:13],
        },
    )


def _asked_request(
    rows: dict,
    n: int,
    received: date,
    today: date,
    rng,
    year: int,
    *,
    health_asked: date | None = None,
) -> None:
    """The request received on ``received`` whose health advice the LA sought: decided to
    assess within 20 to 50 days (or not yet, SEN2 code A), and its plan issued 110 to 190 days
    after the request where that is not after ``today``; else the assessment is still open
    (code A). The LA seeks advice once it has decided to assess (reg 6(1)), so with
    ``health_asked`` (the day it asked health) the decision falls in the week before it."""
    decided = received + timedelta(days=rng.randint(20, 50))
    if health_asked is not None:
        decided = max(
            received + timedelta(days=1), health_asked - timedelta(days=rng.randint(0, 7))
        )
        decided = min(decided, health_asked)
    issued = received + timedelta(days=rng.randint(110, 190))
    rows["requests"].append(
        _row(
            "requests",
            {
                "requeststableid": f"R{n}",
                "persontableid": f"P{n}",
                "receiveddate": received,
                "requestsource": str(rng.randint(1, 5)) if year >= 2026 else "",
                "requestoutcomedate": decided if decided <= today else None,
                "requestoutcome": "Y" if decided <= today else "A",
                "requestmediation": False,
                "requesttribunal": False,
            },
        )
    )
    if decided > today:
        return
    plan = issued <= today
    rows["assessment"].append(
        _row(
            "assessment",
            {
                "assessmenttableid": f"A{n}",
                "requeststableid": f"R{n}",
                "assessmentoutcome": "Y" if plan else "A",
                "assessmentoutcomedate": issued if plan else None,
                "week20": plan and issued > received + timedelta(weeks=20) and rng.random() < 0.2,
                "assessmentmediation": False,
                "assessmenttribunal": False,
            },
        )
    )
    if not plan:
        return
    _named_plan(rows, n, issued)


def _named_plan(rows: dict, n: int, issued: date) -> None:
    """The plan the assessment of person ``n`` issued (4a) and its placement (4b)."""
    rows["namedplan"].append(
        _row(
            "namedplan",
            {
                "namedplantableid": f"N{n}",
                "assessmenttableid": f"A{n}",
                "startdate": issued,
                "pb": False,
            },
        )
    )
    rows["plandetail"].append(
        _row(
            "plandetail",
            {
                "plandetailtableid": f"D{n}",
                "namedplantableid": f"N{n}",
                "urn": str(100000 + n),
                "placementrank": 1,
            },
        )
    )


def to_bytes(rows: dict, fmt: str = "zip") -> bytes:
    buffer = io.BytesIO()
    (write_xlsx if fmt == "xlsx" else write_zip)(buffer, {k: iter(v) for k, v in rows.items()})
    return buffer.getvalue()
