"""Background work for health provision (Django's tasks API): on the 10th of each month, one
reminder to each service with countable lines not reported for the month before (by number of
lines, never a child). Deadlines live on the line (``next_reminder_on``): the worker claims a
service's lines with a conditional update, so two workers never send the same reminder."""

from __future__ import annotations

import logging
from datetime import date

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.core.audit import Auditor
from sendhealth.core.messaging import Draft, MessageKind, mailbox
from sendhealth.core.models import AuditAction
from sendhealth.core.reminders import CombinedDigestJob, DigestJob, send_due_combined_digests
from sendhealth.organisations.models import Service
from sendhealth.provision import domain
from sendhealth.provision.models import MonthlyReturn, PlanLine

logger = logging.getLogger(__name__)
REMIND_ON_DAY = 10


def next_reminder_on(today: date) -> date:
    """The 10th of the next month on which a reminder may go."""
    this = domain.first_of_month(today).replace(day=REMIND_ON_DAY)
    return (
        this
        if today < this
        else domain.add_months(domain.first_of_month(today), 1).replace(day=REMIND_ON_DAY)
    )


# A service's lines claimed in one batch, so a service gets one email a month however many
# lines it has (the bench's largest service has a few thousand); memory is one service's lines.
SERVICE_BATCH = 20_000


def _due(today: date):
    """Countable lines of last month with no return, not reminded since the last 10th."""
    month = domain.add_months(domain.first_of_month(today), -1)
    reported = MonthlyReturn.objects.filter(month=month).values("line_id")
    return (
        PlanLine.objects.filter(vague=False, starts_on__lt=domain.first_of_month(today))
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=month))
        .filter(Q(next_reminder_on__isnull=True) | Q(next_reminder_on__lte=today))
        .exclude(pk__in=reported)
        .only("pk", "service_id")  # counted and claimed, never read
    )


def _draft(service_id: int, rows: list[list[PlanLine]], today: date) -> Draft | None:
    """By number of lines, never a child. None (left unclaimed) for a service with no address."""
    service = Service.objects.get(pk=service_id)
    to = mailbox(service.email, service_id=service.pk)
    if not to:
        return None
    (lines,) = rows
    label = domain.add_months(domain.first_of_month(today), -1).strftime("%B %Y")
    month = domain.add_months(domain.first_of_month(today), -1)
    return Draft(
        kind=MessageKind.REMINDER,
        subject=f"Health provision return for {label} not received",
        body=(
            f"{len(lines)} health provision lines of {service.name} in EHC plans have no "
            f"return for {label}. A month with no return is shown as not reported, never "
            "as delivered.\n\nSign in to sendhealth to import the month's CSV return.\n\n"
            "This email holds no personal details on purpose. Do not reply with any.\n"
        ),
        reference=f"provision-{month.isoformat()}",
        link=reverse("provision:import"),
        recipients=to,
    )


def _record(service_id: int, rows: list[list[PlanLine]], auditor: Auditor) -> None:
    """One audit entry a service (the lines are counted, not named)."""
    (lines,) = rows
    auditor.record(
        AuditAction.UPDATE,
        Service.objects.get(pk=service_id),
        changes={"reminder": "return not received", "lines": len(lines)},
    )


REMINDERS = CombinedDigestJob(
    name="provision-return-reminders",
    parts=(
        DigestJob(
            name="provision-return-reminders",
            due=_due,
            group="service_id",
            draft=lambda group, rows, today: None,  # the combined job drafts
            claim_as=lambda line, today: next_reminder_on(today),
            column="next_reminder_on",
        ),
    ),
    draft=_draft,
    record=_record,
)


@task()
def send_provision_return_reminders() -> int:
    """Returns how many services were reminded (``core.reminders.send_due_combined_digests``:
    a service's lines locked and claimed in the transaction that records its email)."""
    today = timezone.localdate()
    if today.day < REMIND_ON_DAY:
        return 0
    sent = send_due_combined_digests(REMINDERS, today=today, batch_size=SERVICE_BATCH).messages
    logger.info("provision return reminders sent=%d", sent)
    return sent


@task()
def keep_provision_standing() -> int:
    """The lines' kept standing moved on to the window ending last month, for every ICB with
    lines (``summary.current_policy``: one query an ICB when it already is), so the first
    person to open the shortfall list in a new month does not wait for it. Returns the ICBs."""
    from sendhealth.provision import summary

    today = timezone.localdate()
    ids = summary.icb_ids(lines_only=True)
    for icb_id in ids:
        summary.current_policy(icb_id, today)
    return len(ids)


# Enqueued by the worker on its timer (``manage.py worker``).
SCHEDULED = (send_provision_return_reminders, keep_provision_standing)
