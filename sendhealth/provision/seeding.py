"""Synthetic health provision for the demo and the benchmark (see ``core.seeding``): about three
health lines for each live EHC plan (from the accepted advice's provision where the child has
some), a few vague ones, and a return for every month of the last year, with a few months not
reported and one service short-staffed for the last three months. Everything is invented;
written in bulk, a chunk of plans at a time (about 750,000 returns at bench scale)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Exists, F, OuterRef

from sendhealth.advice.models import ProvisionItem, ReviewDecision
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.organisations.models import Specialty
from sendhealth.provision import domain, summary
from sendhealth.provision.models import (
    DeliveryMonth,
    MonthlyReturn,
    PlanLine,
    ShortfallCount,
    ShortfallPolicy,
    Source,
)
from sendhealth.transitions.models import EhcPlan

HEALTH = (Specialty.SALT, Specialty.OT, Specialty.PHYSIO, Specialty.NURSING, Specialty.CAMHS)
TEMPLATES = {
    Specialty.SALT: (
        "Direct speech and language therapy",
        "Speech and language therapist",
        1,
        "week",
        30,
    ),
    Specialty.OT: (
        "Sensory and motor skills programme",
        "Occupational therapist",
        2,
        "half_term",
        45,
    ),
    Specialty.PHYSIO: (
        "Physiotherapy and review of the home programme",
        "Physiotherapist",
        1,
        "week",
        40,
    ),
    Specialty.NURSING: ("Review of the care plan with the school", "School nurse", 1, "term", 60),
    Specialty.CAMHS: ("Therapeutic sessions", "CAMHS practitioner", 1, "week", 50),
}
VAGUE = ("Access to speech and language therapy as required", "Regular physiotherapy input")
CHUNK = 2000
MONTHS = 12
REASONS_CHILD = ("absent", "absent", "setting_closed", "family_declined")


def _short_staffed(services):
    """The service short-staffed for the last three months (the demo's story)."""
    salt = [s for s in services if s.specialty == Specialty.SALT]
    return (salt or services)[0]


def seed(area: SeededArea) -> None:
    rng = area.rng
    services = [s for s in area.services if s.specialty in HEALTH]
    if not services:
        return
    by_specialty: dict[str, list] = {}
    for s in services:
        by_specialty.setdefault(s.specialty, []).append(s)
    short = _short_staffed(services)
    last = domain.add_months(domain.first_of_month(area.today), -1)
    first = domain.add_months(last, -(MONTHS - 1))
    short_from = domain.add_months(last, -2)
    # Plans that became final through an earlier register (an assessment's plan, from the
    # demo SEN2 return) already have their lines from the accepted advice.
    plans = list(
        EhcPlan.objects.filter(icb=area.icb, ceased_on__isnull=True)
        .exclude(Exists(PlanLine.objects.filter(plan=OuterRef("pk"))))
        .order_by("pk")
        .values_list("pk", "child_id", "local_authority_id", "issued_on")
    )
    advice = {}
    for item in (
        ProvisionItem.objects.filter(
            submission__decision=ReviewDecision.ACCEPTED,
            submission__assignment__request__child_id__in=[p[1] for p in plans[:5000]],
        )
        .select_related("submission__assignment__service")
        .annotate(seeded_child_id=F("submission__assignment__request__child_id"))
    ):
        # The child's id read with the item: ``assignment.request`` was a query an item.
        advice.setdefault(item.seeded_child_id, []).append(item)
    for start in range(0, len(plans), CHUNK):
        lines = []
        for pk, child_id, la_id, issued_on in plans[start : start + CHUNK]:
            lines.extend(_lines_for(area, pk, child_id, la_id, issued_on, by_specialty, advice))
        write_rows(PlanLine, lines, batch_size=area.batch_size)
        returns = []
        for line in lines:
            if line.vague:
                continue
            returns.extend(_returns_for(rng, line, first, last, short.pk, short_from))
        write_rows(MonthlyReturn, returns, batch_size=area.batch_size)
    ShortfallPolicy.objects.get_or_create(icb=area.icb)
    # Written in bulk (no signals): the kept summary worked out once, from scratch.
    summary.rebuild(area.icb.pk, area.today)


def _lines_for(area, plan_id, child_id, la_id, issued_on: date, by_specialty, advice):
    rng = area.rng
    common = {
        "plan_id": plan_id,
        "child_id": child_id,
        "local_authority_id": la_id,
        "icb_id": area.icb.pk,
        "starts_on": issued_on,
    }
    out = []
    items = advice.get(child_id, [])
    for item in items[:3]:
        proposed = domain.propose_line(item.what, item.who, item.how_often, item.how_long)
        service = item.submission.assignment.service
        out.append(
            PlanLine(
                **common,
                service_id=service.pk,
                provider_id=service.provider_id,
                what=proposed.what[:500],
                by_whom=proposed.by_whom,
                count=proposed.count,
                period=proposed.period,
                session_minutes=proposed.session_minutes,
                vague=proposed.vague,
                wording=proposed.wording[:1000],
                monthly_expected=Decimal(0)
                if proposed.vague
                else domain.monthly_expected(proposed.count, proposed.period),
                source=Source.ADVICE,
                advice_item_id=item.pk,
            )
        )
    specialties = rng.sample(sorted(by_specialty), k=min(len(by_specialty), 3 - len(out)))
    for specialty in specialties if len(out) < 3 else ():
        service = rng.choice(by_specialty[specialty])
        what, who, count, period, minutes = TEMPLATES[specialty]
        vague = rng.random() < 0.04
        out.append(
            PlanLine(
                **common,
                service_id=service.pk,
                provider_id=service.provider_id,
                what=rng.choice(VAGUE) if vague else what,
                by_whom="" if vague else who,
                count=None if vague else count,
                period="" if vague else period,
                session_minutes=None if vague else minutes,
                vague=vague,
                monthly_expected=Decimal(0) if vague else domain.monthly_expected(count, period),
                source=Source.DCO,
            )
        )
    return out


def _returns_for(rng, line: PlanLine, first: date, last: date, short_id: int, short_from: date):
    months = domain.months_between(max(first, domain.first_of_month(line.starts_on)), last)
    out = []
    for month in months:
        expected = domain.expected_in_month(
            line.count, line.period, line.starts_on, line.ends_on, month
        )
        if not expected or rng.random() < 0.03:  # a month not reported
            continue
        sessions = int(expected + Decimal("0.5"))
        if line.service_id == short_id and month >= short_from:
            delivered = sessions // 3
            missed, reason = sessions - delivered, "staffing"
        elif rng.random() < 0.15 and sessions:
            missed = rng.randint(1, sessions)
            delivered, reason = sessions - missed, rng.choice(REASONS_CHILD)
        else:
            delivered, missed, reason = sessions, 0, ""
        out.append(
            MonthlyReturn(
                line_id=line.pk,
                month=month,
                delivered=delivered,
                not_delivered=missed,
                reason=reason,
                expected=expected,
                service_id=line.service_id,
                provider_id=line.provider_id,
                local_authority_id=line.local_authority_id,
                icb_id=line.icb_id,
            )
        )
    return out


def wipe(icb) -> None:
    DeliveryMonth.objects.filter(icb=icb).delete()
    returns = MonthlyReturn.objects.filter(icb=icb)
    # Deleted in one statement, not row by row through the summary's signals (wiped above).
    returns._raw_delete(returns.db)
    with summary.suspended():
        PlanLine.objects.filter(icb=icb).delete()
    ShortfallPolicy.objects.filter(icb=icb).delete()
    ShortfallCount.objects.filter(icb=icb).delete()
