"""Synthetic vulnerable-group flags and safeguarding referrals for the demo and the benchmark
(see ``core.seeding``). Everything is invented; flags are set with one ``update`` per group and
referrals written with ``bulk_create``."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.children.models import VULNERABLE_GROUP_FIELDS, Child
from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.safeguarding.domain import first_reminder_on
from sendhealth.safeguarding.models import Origin, Recipient, SafeguardingReferral

# Share of the cohort in each group (roughly the national picture for children with EHC plans).
GROUP_SHARES = {
    "looked_after": 0.06,
    "electively_home_educated": 0.03,
    "known_to_youth_justice": 0.02,
    "child_in_need": 0.08,
    "child_protection_plan": 0.02,
}
REFERRAL_SHARE = 0.04
MOST_OVERDUE = timedelta(days=42)  # older follow-ups have all been done
REASONS = (
    "Concern about neglect noticed at a clinic appointment.",
    "Disclosure by the young person during an assessment.",
    "Repeated missed health appointments with no contact from the family.",
    "Unexplained injury seen by the school nurse.",
    "Concern about exploitation shared by the youth offending team.",
)
OUTCOMES = (
    "Social care assessment started.",
    "No further action by children's social care; health to monitor.",
    "Strategy meeting held; child protection plan agreed.",
)


def seed(area: SeededArea) -> None:
    rng = area.rng
    if not area.children:
        return
    ids = [child.pk for child in area.children]
    for name in VULNERABLE_GROUP_FIELDS:
        chosen = rng.sample(ids, int(len(ids) * GROUP_SHARES[name]))
        for start in range(0, len(chosen), area.batch_size):
            batch = chosen[start : start + area.batch_size]
            Child.objects.filter(pk__in=batch).update(**{name: True})
    dco = area.users.get("dco")
    referred = area.sample_children(max(1, int(len(area.children) * REFERRAL_SHARE)))
    rows = []
    for child in referred:
        # after the child's birth; a follow-up is overdue by weeks at most, never months
        earliest = max(child.date_of_birth + timedelta(days=1), area.today - timedelta(days=365))
        if earliest > area.today:
            continue
        referred_on = earliest + timedelta(days=rng.randint(0, (area.today - earliest).days))
        due = referred_on + timedelta(days=rng.choice((7, 14, 28)))
        made_to = rng.choice(Recipient.values)
        detail = "Duty team" if made_to == Recipient.OTHER or rng.random() < 0.3 else ""
        done = None
        if due < area.today and (rng.random() < 0.8 or due < area.today - MOST_OVERDUE):
            done = min(area.today, due + timedelta(days=rng.randint(-3, 10)))
        rows.append(
            SafeguardingReferral(
                child_id=child.pk,
                local_authority_id=child.local_authority_id,
                icb_id=area.icb.pk,
                origin=rng.choice(Origin.values),
                made_to=made_to,
                made_to_detail=detail,
                referred_on=referred_on,
                reason=rng.choice(REASONS),
                follow_up_due_on=due,
                follow_up_done_on=done,
                outcome=rng.choice(OUTCOMES) if done else "",
                next_reminder_on=first_reminder_on(due, done),
                created_by_id=dco,
            )
        )
    write_rows(SafeguardingReferral, rows, batch_size=area.batch_size)


def wipe(icb) -> None:
    SafeguardingReferral.objects.filter(icb=icb).delete()
