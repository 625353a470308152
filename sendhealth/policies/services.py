"""Every change to a policy, audited in the same transaction (field names only)."""

from __future__ import annotations

import secrets

from django.db import transaction

from sendhealth.core.audit import Auditor
from sendhealth.core.services import locked
from sendhealth.policies.domain import first_reminder_on
from sendhealth.policies.models import Policy, PolicyDocument

POLICY_FIELDS = (
    "title",
    "kind",
    "owner",
    "owner_organisation",
    "version",
    "approved_on",
    "review_due_on",
)
EDIT_FIELDS = (*POLICY_FIELDS, "retired_on")


def record_policy(icb, data: dict, *, auditor: Auditor, user=None) -> Policy:
    policy = Policy(icb=icb, created_by=user, **{n: data[n] for n in POLICY_FIELDS})
    policy.next_reminder_on = first_reminder_on(policy.review_due_on)
    with transaction.atomic():
        policy.save()
        policy.applies_to.set(data.get("applies_to") or [])
        auditor.create(policy, {"fields": sorted((*POLICY_FIELDS, "applies_to"))})
    return policy


def update_policy(policy: Policy, data: dict, *, auditor: Auditor) -> list[str]:
    with transaction.atomic():
        policy = locked(policy)
        changed = sorted(n for n in EDIT_FIELDS if getattr(policy, n) != data[n])
        for name in changed:
            setattr(policy, name, data[name])
        if {"review_due_on", "retired_on"} & set(changed):
            policy.next_reminder_on = first_reminder_on(policy.review_due_on, policy.retired_on)
        applies = {o.pk for o in data.get("applies_to") or []}
        if applies != set(policy.applies_to.values_list("pk", flat=True)):
            policy.applies_to.set(applies)
            changed.append("applies_to")
        if not changed:
            return []
        policy.save()
        auditor.update(policy, {"fields": changed})
    return changed


def record_review(policy: Policy, data: dict, *, auditor: Auditor) -> Policy:
    """The policy was reviewed: its new version (perhaps the same) and next review date."""
    with transaction.atomic():
        policy = locked(policy)
        policy.last_reviewed_on = data["reviewed_on"]
        policy.version = data["version"]
        policy.review_due_on = data["next_review_on"]
        policy.next_reminder_on = first_reminder_on(policy.review_due_on, policy.retired_on)
        policy.save(
            update_fields=["last_reviewed_on", "version", "review_due_on", "next_reminder_on"]
        )
        auditor.update(policy, {"fields": ["last_reviewed_on", "version", "review_due_on"]})
    return policy


def attach_document(
    policy: Policy, upload, document_type: str, version: str, *, auditor: Auditor, user=None
) -> PolicyDocument:
    """Keep an uploaded version (checked by ``core.uploads.check_document``) under a random
    name."""
    with transaction.atomic():
        document = PolicyDocument(
            policy=policy,
            version=version,
            document_token=secrets.token_hex(16),
            document_type=document_type,
            document_size=upload.size,
            uploaded_by=user,
        )
        document.document.save(document.document_token, upload, save=False)
        document.save()
        auditor.update(policy, {"document": document.pk, "version": version})
    return document
