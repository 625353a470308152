"""Background work for safeguarding (Django's tasks API): reminders of follow-ups due within
3 days or overdue. Deadlines live on the row (``next_reminder_on``); ``core.reminders`` claims
and sends them."""

from __future__ import annotations

from django.db.models import QuerySet
from django_tasks import task

from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.rules import next_reminder_after
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.safeguarding.reminders import reminder


def due_reminders(today) -> QuerySet[SafeguardingReferral]:
    return SafeguardingReferral.objects.filter(
        follow_up_done_on__isnull=True,
        follow_up_due_on__isnull=False,
        next_reminder_on__lte=today,
    ).select_related("icb", "created_by")


REMINDERS = ReminderJob(
    name="safeguarding-reminders",
    due=due_reminders,
    draft=reminder,
    claim_as=lambda referral, today: next_reminder_after(today, referral.follow_up_due_on),
    note={"reminder": "follow-up reminder sent"},
)


@task()
def send_safeguarding_reminders() -> int:
    """Remind the DCO service of every follow-up due within 3 days, due today or overdue and
    not done. Returns how many reminders this run sent."""
    return send_due_reminders(REMINDERS)


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_safeguarding_reminders,)
