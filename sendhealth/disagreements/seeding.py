"""Synthetic disagreements and tribunal recommendations for the demo and the benchmark (see
``core.seeding``): about 4 in 100 children have one. ``bulk_create``, no query per row."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings

from sendhealth.core.bulk import write_rows
from sendhealth.core.seeding import SeededArea
from sendhealth.disagreements import domain
from sendhealth.disagreements.models import Disagreement, Kind, Outcome, TribunalRecommendation
from sendhealth.rules import add_months

SHARE = 0.04
ISSUES = (
    "Whether speech and language therapy in section F is specified and quantified.",
    "Whether occupational therapy should be in section F or section G.",
    "The frequency of physiotherapy sessions and who delivers them.",
    "Whether CAMHS provision should be named in section G.",
    "The health needs listed in section C do not match the paediatric advice.",
)
POSITIONS = (
    "Health's advice supports the provision as written; the assessment found no further need.",
    "Health agrees the provision should be quantified and has proposed weekly sessions.",
)
RECOMMENDATIONS = (
    "The ICB should arrange an updated sensory processing assessment.",
    "The ICB should review the need for specialist dietetic input.",
    "The ICB should commission a specialist autism assessment within 12 weeks.",
)
KINDS = (Kind.APPEAL, Kind.APPEAL, Kind.MEDIATION, Kind.COMPLAINT)
OUTCOMES = {
    Kind.APPEAL: (Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.DISMISSED, Outcome.WITHDRAWN),
    Kind.MEDIATION: (Outcome.RESOLVED_AT_MEDIATION, Outcome.NOT_RESOLVED),
    Kind.COMPLAINT: (Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.DISMISSED),
}


def _disagreement(area: SeededArea, child, dco_id) -> Disagreement | None:
    """A disagreement about a decision made after the child's second birthday (EHC needs are
    rarely assessed earlier); None for a child too young to have one."""
    rng, today = area.rng, area.today
    kind = rng.choice(KINDS)
    earliest = max(add_months(child.date_of_birth, 24), today - timedelta(days=700))
    if earliest > today - timedelta(days=20):
        return None
    letter = earliest + timedelta(days=rng.randint(0, (today - timedelta(days=20) - earliest).days))
    certificate = letter + timedelta(days=rng.randint(20, 50)) if rng.random() < 0.3 else None
    registered = min(today, (certificate or letter) + timedelta(days=rng.randint(5, 40)))
    hearing = None
    if kind == Kind.APPEAL and rng.random() < 0.7:
        hearing = registered + timedelta(days=rng.randint(60, 200))
    outcome, outcome_on = "", None
    decided_by = hearing or registered + timedelta(days=90)
    if decided_by < today and rng.random() < 0.8:
        outcome = rng.choice(OUTCOMES[kind])
        outcome_on = decided_by + timedelta(days=rng.randint(0, 20))
        outcome_on = min(outcome_on, today)
    return Disagreement(
        child_id=child.pk,
        local_authority_id=child.local_authority_id,
        icb_id=area.icb.pk,
        kind=kind,
        decision_letter_on=letter if kind == Kind.APPEAL or rng.random() < 0.5 else None,
        mediation_certificate_on=certificate if kind == Kind.APPEAL else None,
        registered_on=registered,
        appeal_deadline=domain.appeal_deadline(kind, letter, certificate),
        issues=rng.choice(ISSUES),
        health_position=rng.choice(POSITIONS),
        health_evidence="Health advice for the EHC needs assessment and the latest review.",
        hearing_on=hearing,
        outcome=outcome,
        outcome_on=outcome_on,
        created_by_id=dco_id,
        created_at=area.at(registered),
    )


def _recommendations(area: SeededArea, disagreements, dco_id) -> list[TribunalRecommendation]:
    rng, today = area.rng, area.today
    weeks = settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS
    made = []
    for d in disagreements:
        if d.kind != Kind.APPEAL or d.outcome_on is None or d.outcome == Outcome.WITHDRAWN:
            continue
        if rng.random() < 0.5:
            continue
        issued = d.outcome_on
        due = domain.response_due(issued, weeks)
        recommendation = TribunalRecommendation(
            disagreement_id=d.pk,
            text=rng.choice(RECOMMENDATIONS),
            issued_on=issued,
            response_due_on=due,
            created_by_id=dco_id,
        )
        answered = issued + timedelta(days=rng.randint(7, 45))
        if answered <= today and rng.random() < 0.85:
            agree = rng.random() < 0.7
            recommendation.response = "agree" if agree else "not_agree"
            recommendation.reasons = "" if agree else "The assessment is already in progress."
            recommendation.responded_on = answered
            recommendation.sent_to_parent = True
            recommendation.sent_to_la = True
        made.append(recommendation)
    return made


def seed(area: SeededArea) -> None:
    if not area.children:
        return
    dco_id = area.users.get("dco")
    count = max(1, round(len(area.children) * SHARE))
    children = area.sample_children(count)
    made = (_disagreement(area, child, dco_id) for child in children)
    disagreements = write_rows(
        Disagreement, [d for d in made if d is not None], batch_size=area.batch_size
    )
    write_rows(
        TribunalRecommendation,
        _recommendations(area, disagreements, dco_id),
        batch_size=area.batch_size,
    )


def wipe(icb) -> None:
    TribunalRecommendation.objects.filter(disagreement__icb=icb).delete()
    Disagreement.objects.filter(icb=icb).delete()
