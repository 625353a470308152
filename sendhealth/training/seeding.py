"""A year of synthetic training for the demo and the benchmark (see ``core.seeding``): two or
three sessions a month on the register's topics, attended by the area's providers and local
authorities, most with evaluations; and a few training needs, some met. Written in bulk."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.training.models import (
    Attendance,
    AudienceRole,
    NeedStatus,
    Topic,
    TrainingNeed,
    TrainingSession,
)

TITLES = {
    Topic.SEND_CODE: "Health's duties under the SEND Code of Practice",
    Topic.ADVICE: "Writing clear, specific health advice",
    Topic.OUTCOMES: "SMART outcomes and specified provision",
    Topic.SECTION23: "When and how to notify under section 23",
    Topic.MEDICAL: "Individual healthcare plans in schools",
    Topic.ADULTHOOD: "Preparing for adulthood from year 9",
    Topic.TRIBUNAL: "Health at the SEND Tribunal",
}
NEEDS = (
    (Topic.ADVICE, AudienceRole.CLINICIAN, "New starters need the advice-writing session."),
    (Topic.OUTCOMES, AudienceRole.CASEWORKER, "Caseworkers asked for outcomes training."),
    (Topic.SECTION23, AudienceRole.CLINICIAN, "Few notifications from the health visiting team."),
    (Topic.TRIBUNAL, AudienceRole.MANAGER, "Managers new to the extended appeals."),
)


def seed(area: SeededArea) -> None:
    rng = area.rng
    providers = list(area.providers)
    las = list(area.local_authorities)
    if not providers and not las:
        return
    topics = list(TITLES)
    sessions = []
    day = area.today - timedelta(days=364)
    while day <= area.today:
        for _ in range(rng.randint(2, 3)):
            topic = rng.choice(topics)
            on = day + timedelta(days=rng.randint(0, 27))
            if on > area.today:
                continue
            evaluations = rng.randint(0, 25)
            sessions.append(
                TrainingSession(
                    icb=area.icb,
                    topic=topic,
                    title=TITLES[topic],
                    delivered_on=on,
                    delivered_by=rng.choice(("The DCO", "The DCO team", "The DCO and a SENCO")),
                    evaluations=evaluations,
                    average_score=Decimal(str(round(rng.uniform(3.4, 4.9), 2)))
                    if evaluations
                    else None,
                    created_by_id=area.users.get("dco"),
                )
            )
        day += timedelta(days=28)
    created = write_rows(TrainingSession, sessions, batch_size=area.batch_size)
    attendance = []
    for session in created:
        audience = rng.sample(providers, min(len(providers), rng.randint(1, 3)))
        if las and session.topic in (Topic.OUTCOMES, Topic.SEND_CODE, Topic.TRIBUNAL):
            audience.append(rng.choice(las))
        for organisation in audience:
            role = (
                AudienceRole.CASEWORKER
                if organisation in las
                else rng.choice((AudienceRole.CLINICIAN, AudienceRole.MANAGER))
            )
            attendance.append(
                Attendance(
                    session_id=session.pk,
                    organisation=organisation,
                    role=role,
                    attendees=rng.randint(3, 20),
                )
            )
    write_rows(Attendance, attendance, batch_size=area.batch_size)
    needs = []
    for index, (topic, role, text) in enumerate(NEEDS):
        organisation = (
            (las or providers)[0]
            if role == AudienceRole.CASEWORKER
            else rng.choice(providers or las)
        )
        met = next((s for s in created if s.topic == topic), None) if index == 0 else None
        needs.append(
            TrainingNeed(
                icb=area.icb,
                organisation=organisation,
                topic=topic,
                role=role,
                description=text,
                identified_on=area.today - timedelta(days=30 * (index + 2)),
                status=NeedStatus.MET if met else NeedStatus.OPEN,
                met_by_id=met.pk if met else None,
            )
        )
    write_rows(TrainingNeed, needs)


def wipe(icb) -> None:
    TrainingNeed.objects.filter(icb=icb).delete()
    Attendance.objects.filter(session__icb=icb).delete()
    TrainingSession.objects.filter(icb=icb).delete()
