"""Reminders for Local Offer information not checked for 12 months: each stale entry's owners
(its service's mailbox and the provider's mailbox) are told once, claimed with a conditional
update of ``stale_reminded_on`` so two workers never remind twice. Publishing clears it."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.messaging import MessageKind, mailbox, send_message
from sendhealth.localoffer import domain
from sendhealth.localoffer.models import DirectoryService

logger = logging.getLogger(__name__)


@task()
def send_stale_reminders() -> int:
    today = timezone.localdate()
    due = (
        DirectoryService.objects.filter(
            health_service__isnull=False, stale_reminded_on__isnull=True
        )
        .filter(Q(assured_date__lt=domain.stale_since(today)) | Q(assured_date__isnull=True))
        .filter(published_at__isnull=False)
        .select_related("health_service__provider")
    )
    sent = 0
    for entry in due.iterator(chunk_size=200):
        with transaction.atomic():
            claimed = DirectoryService.objects.filter(
                pk=entry.pk, stale_reminded_on__isnull=True
            ).update(stale_reminded_on=today)
            if not claimed:
                continue
            service = entry.health_service
            to = mailbox(service.email, service_id=service.pk) + mailbox(
                service.provider.email, organisation_id=service.provider_id
            )
            if not to:
                continue
            send_message(
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
            sent += 1
    logger.info("local offer stale reminders sent=%d", sent)
    return sent


SCHEDULED = (send_stale_reminders,)
