"""Changes to a child's record: registering or editing a child from a validated ``ChildForm``,
and recording that the child moved to another local authority. Each change and its audit entry
are one transaction."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sendhealth.children.models import Child, ChildMove
from sendhealth.core.audit import Auditor
from sendhealth.organisations.models import Organisation, OrganisationKind


def save_child(form, *, auditor: Auditor, primary_need: str = "") -> Child:
    """Register (or save the edit of) the child a valid ``ChildForm`` describes, with its audit
    entry (field names only, never values), in the caller's transaction or a new one. A
    concurrent registration of the same NHS number raises ``IntegrityError`` for the caller to
    turn into the form's or the API's duplicate error."""
    creating = form.instance.pk is None
    with transaction.atomic():
        child = form.save(commit=False)
        if creating:
            child.created_by = auditor.user
            if primary_need and not child.primary_need:
                child.primary_need = primary_need
        child.save()
        (auditor.create if creating else auditor.update)(child, {"fields": form.field_changes})
    return child


@transaction.atomic
def record_move(child: Child, *, to_local_authority: Organisation, auditor: Auditor) -> ChildMove:
    """The child now lives in ``to_local_authority``'s area: the child's local authority
    changes and the move goes on the child's timeline. The education setting is cleared when
    it belongs to the old local authority (the new one records the child's setting). Records
    made for the old local authority (requests for advice, notifications, ...) stay its own."""
    if to_local_authority.kind != OrganisationKind.LOCAL_AUTHORITY:
        raise ValidationError("Choose a local authority")
    locked = (
        Child.objects.select_for_update(of=("self",)).select_related("setting").get(pk=child.pk)
    )
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
