"""Reminders for Local Offer information not checked for 12 months: each stale entry's owners
(its service's mailbox and the provider's mailbox) are told once. ``core.reminders`` claims
each entry by setting ``reminded_on``; publishing clears it."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet
from django.urls import reverse
from django_tasks import task

from sendhealth.core.messaging import Draft, MessageKind, mailbox
from sendhealth.core.reminders import ReminderJob, send_due_reminders
from sendhealth.localoffer import domain
from sendhealth.localoffer.models import DirectoryService


def due_reminders(today: date) -> QuerySet[DirectoryService]:
    return (
        DirectoryService.objects.filter(health_service__isnull=False, reminded_on__isnull=True)
        .filter(Q(assured_date__lt=domain.stale_since(today)) | Q(assured_date__isnull=True))
        .filter(published_at__isnull=False)
        .select_related("health_service__provider")
    )


def reminder(entry: DirectoryService, today: date) -> Draft | None:
    """None if neither the service nor its provider has an address (the entry is still
    marked reminded, as it always was)."""
    service = entry.health_service
    to = mailbox(service.email, service_id=service.pk) + mailbox(
        service.provider.email, organisation_id=service.provider_id
    )
    if not to:
        return None
    return Draft(
        kind=MessageKind.REMINDER,
        subject=f"Check your Local Offer information: {entry.name}",
        body=(
            f"The Local Offer information for {entry.name} was last checked "
            f"{entry.assured_date or 'never'}. Families rely on it: please check it, "
            "change what is out of date, and the DCO team will publish it."
        ),
        link=reverse("localoffer:detail", args=[entry.pk]),
        recipients=to,
    )


# No audit entry: the Local Offer holds no personal data.
REMINDERS = ReminderJob(
    name="localoffer-stale-reminders",
    due=due_reminders,
    draft=reminder,
    column="reminded_on",
    claim_as=lambda entry, today: today,
)


@task()
def send_stale_reminders() -> int:
    return send_due_reminders(REMINDERS)


SCHEDULED = (send_stale_reminders,)
