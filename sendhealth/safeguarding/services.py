"""Every change to a safeguarding referral, audited in the same transaction (field names only,
never values: the reason for a referral must not be copied into the audit trail)."""

from __future__ import annotations

from django.db import transaction

from sendhealth.core.audit import Auditor
from sendhealth.safeguarding.domain import first_reminder_on
from sendhealth.safeguarding.models import SafeguardingReferral

FIELDS = (
    "origin",
    "made_to",
    "made_to_detail",
    "referred_on",
    "reason",
    "follow_up_due_on",
    "follow_up_done_on",
    "outcome",
)


def record_referral(child, data: dict, *, auditor: Auditor, user=None) -> SafeguardingReferral:
    """A new referral about ``child`` (local authority and ICB copied from the child)."""
    referral = SafeguardingReferral(
        child=child,
        local_authority_id=child.local_authority_id,
        icb_id=child.local_authority.parent_id,
        created_by=user,
        **{name: data[name] for name in FIELDS},
    )
    referral.next_reminder_on = first_reminder_on(
        referral.follow_up_due_on, referral.follow_up_done_on
    )
    with transaction.atomic():
        referral.save()
        auditor.create(referral, {"fields": sorted(FIELDS)})
    return referral


def update_referral(referral: SafeguardingReferral, data: dict, *, auditor: Auditor) -> list[str]:
    """Apply the changes; returns the names of the fields that changed."""
    changed = sorted(name for name in FIELDS if getattr(referral, name) != data[name])
    if not changed:
        return []
    due_changed = {"follow_up_due_on", "follow_up_done_on"} & set(changed)
    for name in changed:
        setattr(referral, name, data[name])
    if due_changed:
        referral.next_reminder_on = first_reminder_on(
            referral.follow_up_due_on, referral.follow_up_done_on
        )
    with transaction.atomic():
        referral.save()
        auditor.update(referral, {"fields": changed})
    return changed
