"""The policies' part of the inspection pack (see ``core.plugins``): the register as XLSX
(owner, version, review date, overdue flagged) and the latest document of each current
policy."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from sendhealth.core.exports import xlsx_bytes
from sendhealth.policies.models import Policy, PolicyDocument
from sendhealth.policies.presenters import review_of


def policies_part(scope, inspection) -> list[tuple[str, bytes]]:
    today = timezone.localdate()
    current = (
        Policy.objects.filter(icb_id=inspection.icb_id)
        .filter(Q(retired_on__isnull=True) | Q(retired_on__gt=today))
        .select_related("owner_organisation")
        .order_by("title", "pk")
    )
    rows = [
        [
            p.reference,
            p.title,
            p.get_kind_display(),
            p.owner,
            p.owner_organisation.name,
            p.version,
            p.approved_on,
            p.last_reviewed_on,
            p.review_due_on,
            "Overdue" if review_of(p, today).value == "overdue" else "In date",
        ]
        for p in current
    ]
    files = [
        (
            "policies/policies-and-procedures.xlsx",
            xlsx_bytes(
                [
                    (
                        "Policies",
                        [
                            "Reference",
                            "Title",
                            "Kind",
                            "Owner",
                            "Owning organisation",
                            "Version",
                            "Approved",
                            "Last reviewed",
                            "Review date",
                            "Review",
                        ],
                        rows,
                    )
                ]
            ),
        )
    ]
    latest: dict[int, PolicyDocument] = {}
    for document in PolicyDocument.objects.filter(policy__in=current).select_related("policy"):
        latest.setdefault(document.policy_id, document)  # newest first (the model's ordering)
    for document in latest.values():
        with document.document.open("rb") as handle:
            files.append(
                (
                    f"policies/{document.policy.reference}-v{document.version}."
                    f"{document.document_type}",
                    handle.read(),
                )
            )
    return files


PACK_PARTS = [policies_part]
