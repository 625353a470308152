"""Background work for advice (Django's tasks API, database backend)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone
from django_tasks import task

from sendhealth.advice import services
from sendhealth.advice.models import WITH_SERVICE_STATUSES, AdviceAssignment
from sendhealth.advice.reminders import reminder_draft, send_reminder
from sendhealth.core.audit import Auditor
from sendhealth.core.reminders import BATCH, ReminderJob, send_due_reminders
from sendhealth.rules import next_reminder_after


def due_reminders(today) -> QuerySet[AdviceAssignment]:
    """The rows due, with only the columns the reminder, its timeline step and audit entry
    read (a batch's rows are built from four tables: the rest is work for nothing)."""
    return (
        AdviceAssignment.objects.filter(
            status__in=WITH_SERVICE_STATUSES, next_reminder_on__lte=today
        )
        .select_related("request", "service__provider")
        .only(
            "status",
            "due_on",
            "next_reminder_on",
            "last_chased_at",
            "request__child",
            "service__name",
            "service__email",
            "service__provider__email",
        )
    )


REMINDERS = ReminderJob(
    name="advice-reminders",
    due=due_reminders,
    draft=reminder_draft,
    claim_as=lambda assignment, today: next_reminder_after(today, assignment.due_on),
    record=lambda assignments, auditor: services.record_reminders(assignments, auditor=auditor),
)


@task()
def send_advice_reminders(batch_size: int = BATCH) -> int:
    """Remind every service whose advice is due soon, due today or overdue (a reminder and a
    timeline step each), in claimed batches (``core.reminders``). Returns how many were sent."""
    return send_due_reminders(REMINDERS, batch_size=batch_size)


@task()
def send_chase(assignment_id: int, user_id: int) -> bool:
    """A DCO's chase of one service, sent in the background and logged on the timeline."""
    user = get_user_model().objects.get(pk=user_id)
    assignment = AdviceAssignment.objects.select_related("request", "service__provider").get(
        pk=assignment_id
    )
    if assignment.status not in WITH_SERVICE_STATUSES:
        return False  # advice arrived or the part was cancelled since the DCO asked
    if not send_reminder(assignment, timezone.localdate(), chased_by=str(user)):
        return False
    services.record_chase(assignment, auditor=Auditor(user=user))
    return True


@task()
def collapse_open_request_counts() -> int:
    """The kept open-request counts' appended changes summed into one row a key
    (``advice.summary.collapse_open_requests``), so they stay a few rows. Returns the rows
    left."""
    from sendhealth.advice import summary
    from sendhealth.advice.models import OpenRequestCount

    summary.collapse_open_requests()
    return OpenRequestCount.objects.count()


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_advice_reminders, collapse_open_request_counts)
