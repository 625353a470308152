"""Changes to Section 23 notifications, each with its audit entry, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Min

from sendhealth.advice.models import AdviceRequest
from sendhealth.children.models import Child
from sendhealth.core.audit import Auditor, model_changes
from sendhealth.notifications.domain import is_missed
from sendhealth.notifications.models import MissedNotification, Section23Notification


@transaction.atomic
def notify(*, child, service, auditor: Auditor, **fields) -> Section23Notification:
    """Record that health brought the child to the local authority's attention (CFA 2014
    s23(2)). The form has checked the child's age and the dates."""
    notification = Section23Notification.objects.create(
        child=child,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        service=service,
        provider_id=service.provider_id,
        created_by=auditor.user,
        **fields,
    )
    auditor.create(
        notification, model_changes(notification, ["service", "opinion_on", "notified_on"])
    )
    return notification


@transaction.atomic
def correct(
    notification: Section23Notification, *, service, auditor: Auditor, **fields
) -> list[str]:
    """Correct a notification the local authority has not acknowledged yet. Returns the names
    of the fields that changed (audited)."""
    current = (
        Section23Notification.objects.select_for_update()
        .filter(pk=notification.pk)
        .values_list("acknowledged_on", flat=True)
        .get()
    )
    if current is not None:
        raise ValidationError("An acknowledged notification cannot be changed.")
    changed = []
    for name, value in {"service": service, **fields}.items():
        if getattr(notification, name) != value:
            setattr(notification, name, value)
            changed.append(name)
    if changed:
        notification.provider_id = service.provider_id
        notification.save()
        auditor.update(notification, {"fields": changed})
    return changed


@transaction.atomic
def acknowledge(
    notification: Section23Notification, *, on: date, auditor: Auditor
) -> Section23Notification:
    """The local authority confirms it has received the notification."""
    current = (
        Section23Notification.objects.select_for_update()
        .filter(pk=notification.pk)
        .values_list("acknowledged_on", flat=True)
        .get()
    )
    if current is not None:
        raise ValidationError("This notification has already been acknowledged.")
    if on < notification.notified_on:
        raise ValidationError(
            "The date of acknowledgement must be the same as or after the date of notification"
        )
    notification.acknowledged_on = on
    notification.acknowledged_by = auditor.user
    notification.save(update_fields=["acknowledged_on", "acknowledged_by"])
    auditor.update(notification, {"acknowledged_on": on})
    return notification


# -- the kept "assessed, not notified" rows ---------------------------------------------------


def missed_from_scratch(child_ids: Iterable[int]) -> list[tuple[int, int, date]]:
    """``(child_id, icb_id, first asked on)`` of these children who came to an EHC needs
    assessment in an ICB's area under compulsory school age (when health was first asked for
    advice there) with no Section 23 notification to that ICB on or before then. Three
    indexed queries (by child), whatever the size of the area."""
    ids = list(child_ids)
    asked = (
        AdviceRequest.objects.filter(child_id__in=ids)
        .order_by()
        .values("child_id", "icb_id")
        .annotate(first=Min("health_received_on"))
        .values_list("child_id", "icb_id", "first")
    )
    notified = {
        (child, icb): first
        for child, icb, first in Section23Notification.objects.filter(child_id__in=ids)
        .order_by()
        .values("child_id", "icb_id")
        .annotate(first=Min("notified_on"))
        .values_list("child_id", "icb_id", "first")
    }
    asked = list(asked)
    born = dict(
        Child.objects.filter(pk__in={child for child, _, _ in asked}).values_list(
            "pk", "date_of_birth"
        )
    )
    return [
        (child, icb, first)
        for child, icb, first in asked
        if child in born and is_missed(born[child], first, notified.get((child, icb)))
    ]


def refresh_missed(child_ids: Iterable[int], *, chunk: int = 2000) -> None:
    """Work out again whether these children were assessed and not notified, and keep the
    answer as ``MissedNotification`` rows: called in the transaction of every change to a
    request for advice, a notification or a date of birth (``NotificationsConfig.ready``). In
    chunks, so a whole area (the seeding, the migration) runs in bounded memory."""
    ids = sorted(set(child_ids))
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        with transaction.atomic():
            MissedNotification.objects.filter(child_id__in=part).delete()
            MissedNotification.objects.bulk_create(
                MissedNotification(child_id=child, icb_id=icb, first_asked_on=first)
                for child, icb, first in missed_from_scratch(part)
            )


def refresh_missed_in(icb_id: int, *, chunk: int = 2000) -> None:
    """Every child with a request for advice in the ICB's area (after a bulk load)."""
    children = (
        AdviceRequest.objects.filter(icb_id=icb_id)
        .order_by("child_id")
        .values_list("child_id", flat=True)
        .distinct()
    )
    refresh_missed(list(children), chunk=chunk)


def request_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    """A new request for advice, or one whose date or child changed (a status change, the
    common save, moves nothing)."""
    if (
        created
        or update_fields is None
        or {"health_received_on", "child", "icb"} & set(update_fields)
    ):
        refresh_missed([instance.child_id])


def notification_changed(sender, instance, **kwargs) -> None:
    """A notification made, corrected or deleted (post_save and post_delete)."""
    refresh_missed([instance.child_id])


def request_deleted(sender, instance, **kwargs) -> None:
    refresh_missed([instance.child_id])


def child_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    """A date of birth moves the day the child reached compulsory school age. A new child
    has no request yet."""
    if created or (update_fields is not None and "date_of_birth" not in update_fields):
        return
    refresh_missed([instance.pk])
