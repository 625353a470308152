"""Changes to a child's record that are more than an edit: recording that the child moved to
another local authority. Each change and its audit entry are one transaction."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sendhealth.children.models import Child, ChildMove
from sendhealth.core.audit import Auditor
from sendhealth.organisations.models import Organisation, OrganisationKind


@transaction.atomic
def record_move(child: Child, *, to_local_authority: Organisation, auditor: Auditor) -> ChildMove:
    """The child now lives in ``to_local_authority``'s area: the child's local authority
    changes and the move goes on the child's timeline. The education setting is cleared when
    it belongs to the old local authority (the new one records the child's setting). Records
    made for the old local authority (requests for advice, notifications, ...) stay its own."""
    if to_local_authority.kind != OrganisationKind.LOCAL_AUTHORITY:
        raise ValidationError("Choose a local authority")
    locked = Child.objects.select_for_update().select_related("setting").get(pk=child.pk)
    if locked.local_authority_id == to_local_authority.pk:
        raise ValidationError(f"The child is already registered with {to_local_authority.name}")
    from_id = locked.local_authority_id
    changed = ["local_authority"]
    locked.local_authority = to_local_authority
    if locked.setting is not None and locked.setting.parent_id != to_local_authority.pk:
        locked.setting = None
        changed.append("setting")
    locked.save(update_fields=changed)
    move = ChildMove.objects.create(
        child=locked,
        from_local_authority_id=from_id,
        to_local_authority=to_local_authority,
        moved_at=timezone.now(),
        moved_by=auditor.user,
    )
    auditor.update(locked, {"fields": changed, "local_authority": [from_id, to_local_authority.pk]})
    auditor.create(move, {"from": from_id, "to": to_local_authority.pk})
    child.local_authority = locked.local_authority
    child.setting = locked.setting
    return move
