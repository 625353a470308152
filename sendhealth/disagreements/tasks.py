"""Background work for the disagreements register (Django's tasks API): one digest a run to each
ICB's DCO team mailbox of its tribunal recommendations whose response is due within a week or
overdue and its appeal deadlines a week away (``core.reminders.send_due_combined_digests``: an
ICB's due rows of both tables locked and claimed, ``reminded_on`` set to today, in the
transaction that records the email, in batches; a run stopped halfway sends the rest next run,
each reminder once)."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.messaging import Draft, MessageKind, mailbox
from sendhealth.core.reminders import CombinedDigestJob, DigestJob, send_due_combined_digests
from sendhealth.disagreements import reminders
from sendhealth.disagreements.models import Disagreement, Kind, TribunalRecommendation
from sendhealth.organisations.models import Organisation

logger = logging.getLogger(__name__)


def _due_recommendations(today: date):
    """``reminders.recommendation_needs_reminder`` as a query: unanswered, due within a week or
    overdue, not reminded in the last week."""
    soon = today + timedelta(days=reminders.DUE_SOON_DAYS)
    last_week = today - timedelta(days=reminders.REMIND_EVERY_DAYS)
    return TribunalRecommendation.objects.filter(
        Q(reminded_on__isnull=True) | Q(reminded_on__lte=last_week),
        responded_on__isnull=True,
        response_due_on__lte=soon,
    ).select_related("disagreement")


def _due_appeals(today: date):
    """``reminders.appeal_needs_reminder`` as a query."""
    soon = today + timedelta(days=reminders.DUE_SOON_DAYS)
    return Disagreement.objects.filter(
        Q(kind=Kind.APPEAL, outcome="", reminded_on__isnull=True),
        appeal_deadline__range=(today, soon),
    )


def _lines(rows: list[list[Any]]) -> list[reminders.Line]:
    recommendations, appeals = rows
    return [
        *(
            reminders.Line(
                r.disagreement.reference,
                "response to a tribunal recommendation due",
                r.response_due_on,
                reminders.detail_path(r.disagreement_id),
            )
            for r in recommendations
        ),
        *(
            reminders.Line(
                d.reference, "appeal deadline", d.appeal_deadline, reminders.detail_path(d.pk)
            )
            for d in appeals
        ),
    ]


def _draft(icb_id: int, rows: list[list[Any]], today: date) -> Draft | None:
    email = Organisation.objects.filter(pk=icb_id).values_list("email", flat=True).first()
    if not email:
        logger.warning("disagreement reminders: ICB %s has no email address", icb_id)
        return None  # left unclaimed: reminded once the ICB has an address
    lines = _lines(rows)
    message = reminders.reminder_email(lines, today)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=message.subject,
        body=message.body,
        reference=lines[0].reference if len(lines) == 1 else "",
        link=lines[0].path if len(lines) == 1 else reverse("disagreements:list"),
        recipients=mailbox(email, organisation_id=icb_id),
    )


def _today(row: Any, today: date) -> date:
    return today


REMINDERS = CombinedDigestJob(
    name="disagreement-reminders",
    parts=(
        DigestJob(
            name="tribunal-recommendation-reminders",
            due=_due_recommendations,
            group="disagreement__icb_id",
            draft=lambda group, rows, today: None,  # the combined job drafts
            claim_as=_today,
        ),
        DigestJob(
            name="appeal-deadline-reminders",
            due=_due_appeals,
            group="icb_id",
            draft=lambda group, rows, today: None,
            claim_as=_today,
        ),
    ),
    draft=_draft,
)


@task()
def send_disagreement_reminders() -> int:
    """Email each ICB's DCO team mailbox one digest of its recommendation responses due
    within a week or overdue and its appeal deadlines a week away. Returns emails sent."""
    sent = send_due_combined_digests(REMINDERS, today=timezone.localdate()).messages
    logger.info("disagreement reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_disagreement_reminders,)
