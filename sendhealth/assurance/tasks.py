"""Background work for quality assurance (Django's tasks API, database backend)."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.assurance import services
from sendhealth.assurance.models import Audit, AuditStatus, EhcPlanSections, ExtractionStatus
from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import MessageKind, people, send_message

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


@task()
def send_audit_reminders() -> int:
    """Remind auditors (with an account) of audits assigned a fortnight ago or more and not
    finished. No personal data in the email: the case reference and a link only."""
    now = timezone.now()
    due = Audit.objects.filter(
        status=AuditStatus.IN_PROGRESS,
        auditor__isnull=False,
        assigned_at__lte=now - timedelta(days=REMIND_AFTER_DAYS),
    ).select_related("auditor", "item")
    sent = 0
    for audit in due.iterator(chunk_size=500):
        days = (now - audit.assigned_at).days
        if days % 7 != REMIND_AFTER_DAYS % 7 or not audit.auditor.email:
            continue  # once a week, on the day of the week it was assigned
        send_message(
            kind=MessageKind.REMINDER,
            subject=f"Audit {audit.item.reference} is waiting for you",
            body=f"You were asked {days} days ago to audit case {audit.item.reference}. "
            "Sign in to sendhealth and open Your audits.",
            reference=audit.item.reference,
            link=reverse("assurance:audit", args=[audit.pk]),
            recipients=people([audit.auditor]),
        )
        sent += 1
    logger.info("assurance reminders sent=%d", sent)
    return sent


SCHEDULED = (send_audit_reminders,)
