"""Background work for individual healthcare plans (Django's tasks API): reminders to the
contributing service 4 weeks before a plan's review date, on it, then weekly while overdue.
Deadlines live on the row (``next_reminder_on``); ``core.reminders`` claims and sends them."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django_tasks import task

from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.medicalconditions.messages import review_reminder
from sendhealth.medicalconditions.models import HealthcarePlan
from sendhealth.rules import next_reminder_after


def due_reminders(today) -> QuerySet[HealthcarePlan]:
    return (
        HealthcarePlan.objects.filter(next_reminder_on__lte=today)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
        .select_related("service", "created_by")
    )


REMINDERS = ReminderJob(
    name="healthcare-plan-reminders",
    due=due_reminders,
    draft=review_reminder,
    claim_as=lambda plan, today: next_reminder_after(today, plan.review_due_on),
    note={"reminder": "review reminder sent"},
)


@task()
def send_healthcare_plan_reminders() -> int:
    """Returns how many reminders this run sent."""
    return send_due_reminders(REMINDERS)


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_healthcare_plan_reminders,)
