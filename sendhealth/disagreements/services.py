"""The register's changes. Each writes the row, with its deadline worked out by ``rules``, and
an audit entry, in one transaction. Views and the API call these; they never save a row
themselves. Forms have already checked the input with ``rules``."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from sendhealth.core.audit import Auditor, model_changes
from sendhealth.disagreements import domain
from sendhealth.disagreements.models import Disagreement, TribunalRecommendation

EDITABLE_FIELDS = (
    "kind",
    "decision_letter_on",
    "mediation_certificate_on",
    "registered_on",
    "issues",
    "health_position",
    "health_evidence",
    "hearing_on",
    "outcome",
    "outcome_on",
)
AUDITED_FIELDS = [f for f in EDITABLE_FIELDS if f not in ("issues", "health_position")] + [
    "appeal_deadline"
]


def _set_deadline(disagreement: Disagreement) -> None:
    disagreement.appeal_deadline = domain.appeal_deadline(
        disagreement.kind, disagreement.decision_letter_on, disagreement.mediation_certificate_on
    )


@transaction.atomic
def record_disagreement(*, child, auditor: Auditor, enquiry=None, **fields) -> Disagreement:
    disagreement = Disagreement(
        child=child,
        enquiry=enquiry,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        created_by=auditor.user,
        **{name: fields.get(name) or _blank(name) for name in EDITABLE_FIELDS},
    )
    _set_deadline(disagreement)
    disagreement.save()
    auditor.create(disagreement, model_changes(disagreement, AUDITED_FIELDS))
    return disagreement


def _blank(name: str):
    return "" if name in ("issues", "health_position", "health_evidence", "outcome") else None


@transaction.atomic
def update_disagreement(disagreement: Disagreement, *, auditor: Auditor, **fields) -> None:
    changed = []
    for name in EDITABLE_FIELDS:
        value = fields.get(name) or _blank(name)
        if getattr(disagreement, name) != value:
            setattr(disagreement, name, value)
            changed.append(name)
    old_deadline = disagreement.appeal_deadline
    _set_deadline(disagreement)
    if disagreement.appeal_deadline != old_deadline:
        changed.append("appeal_deadline")
        disagreement.reminded_on = None
        changed.append("reminded_on")
    if not changed:
        return
    disagreement.save(update_fields=changed)
    auditor.update(disagreement, {"changed": changed})


@transaction.atomic
def add_recommendation(
    disagreement: Disagreement, *, text: str, issued_on: date, auditor: Auditor
) -> TribunalRecommendation:
    """Record a tribunal health recommendation, only on a decided appeal (refused otherwise:
    ``domain.recommendation_refusal``)."""
    refusal = domain.recommendation_refusal(
        disagreement.kind, disagreement.outcome, disagreement.outcome_on
    )
    if refusal:
        raise ValidationError(refusal)
    recommendation = TribunalRecommendation.objects.create(
        disagreement=disagreement,
        text=text,
        issued_on=issued_on,
        response_due_on=domain.response_due(
            issued_on, settings.TRIBUNAL_RECOMMENDATION_RESPONSE_WEEKS
        ),
        created_by=auditor.user,
    )
    auditor.create(
        recommendation,
        {
            "disagreement": disagreement.pk,
            "issued_on": issued_on,
            "due": recommendation.response_due_on,
        },
    )
    return recommendation


@transaction.atomic
def record_response(
    recommendation: TribunalRecommendation,
    *,
    response: str,
    reasons: str,
    responded_on: date,
    sent_to_parent: bool,
    sent_to_la: bool,
    auditor: Auditor,
) -> None:
    recommendation.response = response
    recommendation.reasons = reasons
    recommendation.responded_on = responded_on
    recommendation.sent_to_parent = sent_to_parent
    recommendation.sent_to_la = sent_to_la
    fields = ["response", "reasons", "responded_on", "sent_to_parent", "sent_to_la"]
    recommendation.save(update_fields=fields)
    auditor.update(
        recommendation,
        model_changes(recommendation, ["response", "responded_on", "sent_to_parent", "sent_to_la"]),
    )
