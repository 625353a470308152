"""Background work for the improvement plan: reminders about each open action two weeks
before its due date, on it, then weekly while overdue. Deadlines live on the row
(``next_reminder_on``); ``core.reminders`` claims and sends them."""

from __future__ import annotations

from django.db.models import QuerySet
from django_tasks import task

from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.improvement.messages import action_reminder
from sendhealth.improvement.models import Action, ActionStatus
from sendhealth.rules import next_reminder_after


def due_reminders(today) -> QuerySet[Action]:
    return (
        Action.objects.filter(next_reminder_on__lte=today)
        .exclude(status=ActionStatus.DONE)
        .select_related("organisation", "priority__plan__icb")
    )


REMINDERS = ReminderJob(
    name="improvement-reminders",
    due=due_reminders,
    draft=action_reminder,
    claim_as=lambda action, today: next_reminder_after(today, action.due_on),
    note={"reminder": "due date reminder"},
)


@task()
def send_improvement_action_reminders() -> int:
    """Returns how many reminders this run sent."""
    return send_due_reminders(REMINDERS)


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_improvement_action_reminders,)
