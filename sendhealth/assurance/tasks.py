"""Background work for quality assurance (Django's tasks API, database backend)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.assurance import services
from sendhealth.assurance.models import Audit, AuditStatus, EhcPlanSections, ExtractionStatus
from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import Draft, MessageKind, people
from sendhealth.core.reminders import ReminderJob, send_due_reminders

logger = logging.getLogger(__name__)

# An assigned audit not finished after this many days is chased once a week.
REMIND_AFTER_DAYS = 14


@task()
def extract_plan_document(plan_id: int) -> bool:
    """Read a large uploaded plan into sections C, E and G; the plan's page polls progress."""
    plan = EhcPlanSections.objects.filter(
        pk=plan_id, extraction_status=ExtractionStatus.PENDING
    ).first()
    if plan is None:
        return False
    services.extract_plan(plan)
    Auditor.for_system("assurance-extraction").update(plan, {"extraction": plan.extraction_status})
    return True


def _due(today: date):
    """Audits in progress assigned a fortnight ago or more, to an auditor with an address, not
    reminded today."""
    now = timezone.now()
    return (
        Audit.objects.filter(
            Q(reminded_on__isnull=True) | Q(reminded_on__lt=today),
            status=AuditStatus.IN_PROGRESS,
            auditor__isnull=False,
            assigned_at__lte=now - timedelta(days=REMIND_AFTER_DAYS),
        )
        .exclude(auditor__email="")
        .select_related("auditor", "item")
    )


def _days(audit: Audit) -> int:
    return (timezone.now() - audit.assigned_at).days


def _on_its_day(audit: Audit, today: date) -> bool:
    """Once a week, on the day of the week it was assigned."""
    return _days(audit) % 7 == REMIND_AFTER_DAYS % 7


def _draft(audit: Audit, today: date) -> Draft:
    """No personal data in the email: the case reference and a link only."""
    days = _days(audit)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=f"Audit {audit.item.reference} is waiting for you",
        body=f"You were asked {days} days ago to audit case {audit.item.reference}. "
        "Sign in to sendhealth and open Your audits.",
        reference=audit.item.reference,
        link=reverse("assurance:audit", args=[audit.pk]),
        recipients=people([audit.auditor]),
    )


# Claimed by setting ``reminded_on`` to today: a second run the same day (or a run stopped
# halfway, run again) does not remind the same audit twice.
REMINDERS = ReminderJob(
    name="assurance-audit-reminders",
    due=_due,
    draft=_draft,
    claim_as=lambda audit, today: today,
    column="reminded_on",
    wanted=_on_its_day,
)


@task()
def send_audit_reminders() -> int:
    """Remind auditors (with an account) of audits assigned a fortnight ago or more and not
    finished, once a week (``core.reminders.send_due_reminders``: claimed in batches in the
    transaction that records the emails). Returns how many were sent."""
    sent = send_due_reminders(REMINDERS, today=timezone.localdate())
    logger.info("assurance reminders sent=%d", sent)
    return sent


SCHEDULED = (send_audit_reminders,)
