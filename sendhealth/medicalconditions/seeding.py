"""Synthetic individual healthcare plans for the demo and the benchmark (see ``core.seeding``):
plans across the demo's schools and colleges, each written by a service for its condition
(``CONDITION_SERVICES``: a diabetes plan by the diabetes team), some reviewed, some due or
overdue, and one school whose staff training has lapsed for pupils who may need emergency
medication. Everything is invented; written in bulk."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.children.models import Child
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.medicalconditions.domain import first_reminder_on
from sendhealth.medicalconditions.models import (
    ConditionArea,
    HealthcarePlan,
    PlanReview,
    SettingType,
)
from sendhealth.medicalconditions.services import ensure_condition_areas
from sendhealth.rules import add_months, age_on

MIN_AGE = 2  # years: the youngest in an early years setting with a plan
PLAN_SHARE = 0.08  # of the cohort: children with an EHC need often have a medical condition too
AREA_WEIGHTS = {
    "Asthma": 30,
    "Epilepsy": 20,
    "Diabetes": 10,
    "Anaphylaxis or severe allergy": 15,
    "Complex health needs": 20,
    "Other": 5,
}
# The services that write a plan for each condition (by the demo's service names, see
# ``core.seeding.SERVICES``), most likely first: an epilepsy plan by the epilepsy nurses, a
# diabetes plan by the diabetes team, never the other way round. Special school nursing only
# for a pupil at a special school.
CONDITION_SERVICES = {
    "Asthma": ("Children's Community Nursing", "Special School Nursing"),
    "Epilepsy": ("Children's Epilepsy Nursing",),
    "Diabetes": ("Paediatric Diabetes Team",),
    "Anaphylaxis or severe allergy": ("Children's Community Nursing", "Special School Nursing"),
    "Complex health needs": (
        "Children's Community Nursing",
        "Special School Nursing",
        "Community Paediatrics",
    ),
    "Other": ("Community Paediatrics", "Children's Community Nursing"),
}
SPECIAL_SCHOOLS_ONLY = "Special School Nursing"
# Who in each service writes the plan, and who trains the setting's staff.
SERVICE_PEOPLE = {
    "Children's Community Nursing": (
        "Children's community nurse",
        "Children's community nursing team",
    ),
    "Special School Nursing": ("School nurse", "School nursing team"),
    "Community Paediatrics": ("Community paediatrician", "Children's community nursing team"),
    "Children's Epilepsy Nursing": ("Epilepsy nurse specialist", "Epilepsy nurse specialist"),
    "Paediatric Diabetes Team": ("Diabetes nurse specialist", "Paediatric diabetes team"),
}


AGES = {  # the ages (from, to) a kind of setting takes; special schools and others any age
    SettingType.EARLY_YEARS: (2, 4),
    SettingType.PRIMARY: (4, 11),
    SettingType.SECONDARY: (11, 16),
    SettingType.COLLEGE: (16, 25),
}


def _fits(kind: str, age: int) -> bool:
    low, high = AGES.get(kind, (0, 25))
    return low <= age <= high


def _setting_type(name: str) -> str:
    lowered = name.lower()
    for word, kind in (
        ("college", SettingType.COLLEGE),
        ("special", SettingType.SPECIAL),
        ("academy", SettingType.SECONDARY),
        ("high", SettingType.SECONDARY),
        ("secondary", SettingType.SECONDARY),
        ("primary", SettingType.PRIMARY),
        ("infant", SettingType.PRIMARY),
        ("junior", SettingType.PRIMARY),
        ("nursery", SettingType.EARLY_YEARS),
    ):
        if word in lowered:
            return kind
    return SettingType.OTHER


def seed(area: SeededArea) -> None:
    rng = area.rng
    by_name = {s.name: s for s in area.services if s.name in SERVICE_PEOPLE}
    ensure_condition_areas()
    # Only conditions the area has a service for (an area without a diabetes team has no
    # diabetes plans rather than one written by the wrong service).
    services_for = {
        a: [
            by_name[name]
            for name in CONDITION_SERVICES.get(a.name, CONDITION_SERVICES["Other"])
            if name in by_name
        ]
        for a in ConditionArea.objects.filter(is_active=True)
    }
    areas = [a for a, services in services_for.items() if services]
    if not area.children or not areas or not area.settings:
        return
    # A healthcare plan is for a pupil at a school, college or early years setting: a child of
    # 2 or more, and agreed after that birthday (a baby in a primary school's plan, agreed
    # before the birth, was seen on IHP-000028).
    chosen = [
        c
        for c in area.sample_children(max(1, int(len(area.children) * PLAN_SHARE)))
        if add_months(c.date_of_birth, 12 * MIN_AGE) <= area.today - timedelta(days=30)
    ]
    settings_of = dict(
        Child.objects.filter(pk__in=[c.pk for c in chosen]).values_list("pk", "setting_id")
    )
    settings_by_id = {s.pk: s for s in area.settings}
    by_la: dict[int, list] = {}
    for setting in area.settings:
        by_la.setdefault(setting.parent_id, []).append(setting)
    # One school where staff training lapsed for its pupils who may need emergency medication.
    lapsed_setting = next((s for s in area.settings if by_la.get(s.parent_id)), None)
    weights = [AREA_WEIGHTS.get(a.name, 5) for a in areas]
    nurse = area.users.get("provider.community")
    plans = []
    at_lapsed = 0
    for child in chosen:
        setting = settings_by_id.get(settings_of.get(child.pk))
        if setting is None:
            options = by_la.get(child.local_authority_id)
            if not options:
                continue
            age = age_on(child.date_of_birth, area.today)
            fitting = [s for s in options if _fits(_setting_type(s.name), age)]
            setting = rng.choice(fitting or options)
        # The first few of its local authority go to the school whose training lapsed.
        if (
            at_lapsed < 3
            and lapsed_setting is not None
            and lapsed_setting.parent_id == child.local_authority_id
        ):
            setting = lapsed_setting
        condition = rng.choices(areas, weights)[0]
        agreed = max(
            area.today - timedelta(days=rng.randint(30, 700)),
            add_months(child.date_of_birth, 12 * MIN_AGE),
        )
        review_due = agreed + timedelta(days=365)
        while review_due < area.today - timedelta(days=rng.choice((10, 40, 400))):
            review_due += timedelta(days=365)
        trained_on = agreed + timedelta(days=rng.randint(0, 30))
        if trained_on > area.today:
            trained_on = area.today
        setting_type = _setting_type(setting.name)
        fitting_services = [
            s
            for s in services_for[condition]
            if s.name != SPECIAL_SCHOOLS_ONLY or setting_type == SettingType.SPECIAL
        ] or services_for[condition]
        service = rng.choice(fitting_services)
        professional, trainer = SERVICE_PEOPLE[service.name]
        emergency = condition.may_need_emergency_medication and rng.random() < 0.7
        staff = rng.randint(2, 6)
        if setting == lapsed_setting:
            at_lapsed += 1
            emergency = True
            trained_on = area.today - timedelta(days=rng.randint(400, 500))
        elif rng.random() < 0.85:
            trained_on = max(trained_on, area.today - timedelta(days=rng.randint(10, 300)))
        plans.append(
            HealthcarePlan(
                child_id=child.pk,
                local_authority_id=child.local_authority_id,
                icb_id=area.icb.pk,
                setting=setting,
                setting_type=setting_type,
                condition_area=condition,
                emergency_medication=emergency,
                service=service,
                professional=f"{area.fake.name()}, {professional.lower()}",
                agreed_on=agreed,
                review_due_on=review_due,
                trained_staff=staff,
                trained_on=trained_on,
                training_delivered_by=trainer,
                next_reminder_on=first_reminder_on(review_due, None),
                created_by_id=nurse,
            )
        )
    for plan in plans:
        previous_due = plan.review_due_on - timedelta(days=365)
        if previous_due > plan.agreed_on:  # reviewed once already
            plan.last_reviewed_on = min(
                area.today, previous_due + timedelta(days=rng.choice((-20, -5, 0, 10, 30)))
            )
    created = write_rows(HealthcarePlan, plans, batch_size=area.batch_size)
    reviews = [
        PlanReview(
            plan_id=plan.pk,
            due_on=plan.review_due_on - timedelta(days=365),
            done_on=plan.last_reviewed_on,
            next_due_on=plan.review_due_on,
        )
        for plan in created
        if plan.last_reviewed_on is not None
    ]
    write_rows(PlanReview, reviews, batch_size=area.batch_size)


def wipe(icb) -> None:
    PlanReview.objects.filter(plan__icb=icb).delete()
    HealthcarePlan.objects.filter(icb=icb).delete()
