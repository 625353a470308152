"""Changes to Section 23 notifications, each with its audit entry, in one transaction."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from sendhealth.core.audit import Auditor, model_changes
from sendhealth.notifications.models import Section23Notification


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
