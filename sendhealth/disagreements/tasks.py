"""Background work for the disagreements register (Django's tasks API): reminders to the ICB's
DCO team mailbox. Rows are claimed with a conditional update, so two workers never send the
same reminder."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.claims import claim
from sendhealth.core.messaging import MessageKind, mailbox, send_message
from sendhealth.disagreements import reminders
from sendhealth.disagreements.models import Disagreement, Kind, TribunalRecommendation
from sendhealth.organisations.models import Organisation

logger = logging.getLogger(__name__)


def _claim_recommendations(today, lines_by_icb) -> None:
    soon = today + timedelta(days=reminders.DUE_SOON_DAYS)
    due = TribunalRecommendation.objects.filter(
        responded_on__isnull=True, response_due_on__lte=soon
    ).select_related("disagreement")
    for r in due.iterator(chunk_size=500):
        if not reminders.recommendation_needs_reminder(
            r.response_due_on, r.responded_on, r.reminded_on, today
        ):
            continue
        if claim(r, "reminded_on", today):
            lines_by_icb[r.disagreement.icb_id].append(
                reminders.Line(
                    r.disagreement.reference,
                    "response to a tribunal recommendation due",
                    r.response_due_on,
                    reminders.detail_path(r.disagreement_id),
                )
            )


def _claim_appeals(today, lines_by_icb) -> None:
    soon = today + timedelta(days=reminders.DUE_SOON_DAYS)
    due = Disagreement.objects.filter(
        Q(kind=Kind.APPEAL, outcome="", reminded_on__isnull=True),
        appeal_deadline__range=(today, soon),
    )
    for d in due.iterator(chunk_size=500):
        if claim(d, "reminded_on", today):
            lines_by_icb[d.icb_id].append(
                reminders.Line(
                    d.reference, "appeal deadline", d.appeal_deadline, reminders.detail_path(d.pk)
                )
            )


@task()
def send_disagreement_reminders() -> int:
    """Email each ICB's DCO team mailbox one digest of its recommendation responses due
    within a week or overdue and its appeal deadlines a week away. Returns emails sent."""
    today = timezone.localdate()
    lines_by_icb: dict[int, list[reminders.Line]] = defaultdict(list)
    _claim_recommendations(today, lines_by_icb)
    _claim_appeals(today, lines_by_icb)
    sent = 0
    for icb in Organisation.objects.filter(pk__in=lines_by_icb):
        if not icb.email:
            logger.warning("disagreement reminders: ICB %s has no email address", icb.pk)
            continue
        lines = lines_by_icb[icb.pk]
        email = reminders.reminder_email(lines, today)
        send_message(
            kind=MessageKind.REMINDER,
            subject=email.subject,
            body=email.body,
            reference=lines[0].reference if len(lines) == 1 else "",
            link=lines[0].path if len(lines) == 1 else reverse("disagreements:list"),
            recipients=mailbox(icb.email, organisation_id=icb.pk),
        )
        sent += 1
    logger.info("disagreement reminders sent=%d", sent)
    return sent


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_disagreement_reminders,)
