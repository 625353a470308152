"""Synthetic SEND policies for the demo and the benchmark (see ``core.seeding``): the usual
area policies, owned by the ICB, the providers or the local authorities, each with a review
date ahead, one due within 4 weeks and one overdue. Documents are not seeded."""

from __future__ import annotations

from datetime import timedelta

from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.policies.domain import first_reminder_on
from sendhealth.policies.models import Policy, PolicyKind

POLICIES = (
    ("Health's contribution to EHC needs assessments", PolicyKind.PROCEDURE, "icb", 200),
    ("Designated Clinical Officer role and escalation", PolicyKind.POLICY, "icb", 300),
    ("Section 23 notification procedure", PolicyKind.PROCEDURE, "provider", 20),
    ("Supporting pupils with medical conditions", PolicyKind.POLICY, "la", 120),
    ("Joint commissioning of SEND health provision", PolicyKind.POLICY, "icb", 400),
    ("Preparing for adulthood: health transition protocol", PolicyKind.PROTOCOL, "provider", -45),
    ("Responding to SEND Tribunal health recommendations", PolicyKind.PROCEDURE, "icb", 250),
)


def seed(area: SeededArea) -> None:
    owners = {
        "icb": area.icb,
        "provider": area.providers[0] if area.providers else area.icb,
        "la": area.local_authorities[0] if area.local_authorities else area.icb,
    }
    made = []
    for title, kind, owner, days in POLICIES:
        due = area.today + timedelta(days=days)
        made.append(
            Policy(
                icb=area.icb,
                title=title,
                kind=kind,
                owner=f"{area.fake.name()}, "
                + ("Designated Clinical Officer" if owner == "icb" else "Head of service"),
                owner_organisation=owners[owner],
                version=f"{area.rng.randint(1, 3)}.{area.rng.randint(0, 4)}",
                approved_on=due - timedelta(days=730),
                last_reviewed_on=due - timedelta(days=365) if days > 0 else None,
                review_due_on=due,
                next_reminder_on=first_reminder_on(due),
                created_by_id=area.users.get("dco"),
            )
        )
    created = write_rows(Policy, made)
    through = Policy.applies_to.through
    links = [
        through(policy_id=p.pk, organisation_id=o.pk)
        for p in created
        for o in (*area.providers, *area.local_authorities)
    ]
    through.objects.bulk_create(links)


def wipe(icb) -> None:
    Policy.applies_to.through.objects.filter(policy__icb=icb).delete()
    Policy.objects.filter(icb=icb).delete()
