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
from sendhealth.core.messaging import MessageKind, mailbox, send_message
from sendhealth.core.models import AuditAction
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


@task()
def send_provision_return_reminders() -> int:
    """Returns how many services were reminded."""
    today = timezone.localdate()
    if today.day < REMIND_ON_DAY:
        return 0
    month = domain.add_months(domain.first_of_month(today), -1)
    auditor = Auditor.for_system("provision-return-reminders")
    reported = MonthlyReturn.objects.filter(month=month).values("line_id")
    due = (
        PlanLine.objects.filter(vague=False, starts_on__lt=domain.first_of_month(today))
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=month))
        .filter(Q(next_reminder_on__isnull=True) | Q(next_reminder_on__lte=today))
        .exclude(pk__in=reported)
    )
    sent = 0
    for service_id in sorted(set(due.values_list("service_id", flat=True))):
        claimed = due.filter(service_id=service_id).update(next_reminder_on=next_reminder_on(today))
        if not claimed:
            continue
        service = Service.objects.get(pk=service_id)
        to = mailbox(service.email, service_id=service.pk)
        if not to:
            continue
        label = month.strftime("%B %Y")
        send_message(
            kind=MessageKind.REMINDER,
            subject=f"Health provision return for {label} not received",
            body=(
                f"{claimed} health provision lines of {service.name} in EHC plans have no "
                f"return for {label}. A month with no return is shown as not reported, never "
                "as delivered.\n\nSign in to sendhealth to import the month's CSV return.\n\n"
                "This email holds no personal details on purpose. Do not reply with any.\n"
            ),
            reference=f"provision-{month.isoformat()}",
            link=reverse("provision:import"),
            recipients=to,
        )
        auditor.record(
            AuditAction.UPDATE,
            service,
            changes={"reminder": "return not received", "lines": claimed},
        )
        sent += 1
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
