"""Every change in the assessments register, audited in the same transaction."""

from __future__ import annotations

import secrets

from django.core.files.base import File
from django.db import transaction

from sendhealth.assessments import matching
from sendhealth.assessments.models import MatchMethod, Sen2Return
from sendhealth.core.audit import Auditor


def start_import(la, year: int, upload, *, user, auditor: Auditor) -> Sen2Return:
    """Keep the uploaded file (for the audit trail) and queue its import."""
    from sendhealth.assessments.tasks import import_return

    ret = Sen2Return(
        local_authority=la,
        icb_id=la.parent_id,
        collection_year=year,
        file_token=secrets.token_hex(16),
        file_format="xlsx" if upload.name.lower().endswith(".xlsx") else "zip",
        uploaded_by=user,
    )
    with transaction.atomic():
        ret.file.save(ret.file_token, File(upload), save=False)
        ret.save()
        auditor.create(ret, {"collection_year": year})
        transaction.on_commit(lambda: import_return.enqueue(ret.pk))
    return ret


def link_person(person, child, *, auditor: Auditor) -> None:
    """The LA links an unmatched SEN2 person to a child of its register."""
    with transaction.atomic():
        person.child = child
        person.match_method = MatchMethod.LINKED
        person.save(update_fields=["child", "match_method"])
        matching.link_assessments(person.local_authority_id, person_ids=[person.pk])
        auditor.update(person, {"child": child.pk})
