"""Reminders of policy reviews (Django's tasks API): 4 weeks before the review date, on it,
then weekly while overdue. Deadlines live on the row (``next_reminder_on``);
``core.reminders`` claims and sends them."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django_tasks import task

from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.policies.messages import review_reminder
from sendhealth.policies.models import Policy
from sendhealth.rules import next_reminder_after


def due_reminders(today) -> QuerySet[Policy]:
    return (
        Policy.objects.filter(next_reminder_on__lte=today)
        .filter(Q(retired_on__isnull=True) | Q(retired_on__gt=today))
        .select_related("icb", "created_by")
    )


REMINDERS = ReminderJob(
    name="policy-review-reminders",
    due=due_reminders,
    draft=review_reminder,
    claim_as=lambda policy, today: next_reminder_after(today, policy.review_due_on),
    note={"reminder": "review reminder"},
)


@task()
def send_policy_review_reminders() -> int:
    """Returns how many reminders this run sent."""
    return send_due_reminders(REMINDERS)


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_policy_review_reminders,)
