"""The SEND policies API, ``/api/policies``: the policies you may see with their review state
and documents (read-only; the DCO team records them on the pages)."""

from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import require, scope_of
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, Day
from sendhealth.policies.presenters import review_of
from sendhealth.policies.queries import overdue_q

router = Router(tags=["Policies"])


def _require(request: HttpRequest) -> None:
    try:
        require(request, "policies.view_policy")
    except HttpError as error:
        raise HttpError(403, "Your role does not allow you to see the area's policies") from error


class PolicyDocumentOut(Schema):
    id: int
    version: str
    document_type: str
    uploaded_at: datetime
    download: str


class PolicyOut(Schema):
    id: int
    reference: str
    title: str
    kind: str
    owner: str
    owner_organisation: str
    version: str
    approved_on: Day | None
    last_reviewed_on: Day | None
    review_due_on: Day
    review: str


class PolicyDetail(PolicyOut):
    applies_to: list[str]
    documents: list[PolicyDocumentOut]


def _out(policy, today) -> dict:
    return {
        "id": policy.pk,
        "reference": policy.reference,
        "title": policy.title,
        "kind": policy.kind,
        "owner": policy.owner,
        "owner_organisation": policy.owner_organisation.name,
        "version": policy.version,
        "approved_on": policy.approved_on,
        "last_reviewed_on": policy.last_reviewed_on,
        "review_due_on": policy.review_due_on,
        "review": review_of(policy, today).value,
    }


@router.get("", response={200: list[PolicyOut], **READ_ERRORS}, summary="List policies")
@paginate(AuditedPage)
def list_policies(request: HttpRequest, review: str = ""):
    """Policies you may see by review date; ``review=overdue`` for those past it."""
    _require(request)
    today = timezone.localdate()
    found = scope_of(request).policies().select_related("owner_organisation")
    if review == "overdue":
        found = found.filter(overdue_q(today))
    return [_out(p, today) for p in found.order_by("review_due_on", "pk")]


@router.get(
    "/{int:policy_id}", response={200: PolicyDetail, **READ_ERRORS}, summary="Read a policy"
)
def read_policy(request: HttpRequest, policy_id: int):
    _require(request)
    scope = scope_of(request)
    policy = get_object_or_404(scope.policies().select_related("owner_organisation"), pk=policy_id)
    return {
        **_out(policy, timezone.localdate()),
        "applies_to": [o.name for o in policy.applies_to.order_by("name")],
        "documents": [
            {
                "id": d.pk,
                "version": d.version,
                "document_type": d.document_type,
                "uploaded_at": d.uploaded_at,
                "download": reverse("policies:document", args=[d.pk]),
            }
            for d in scope.policy_documents().filter(policy=policy)
        ],
    }


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``).
ROUTERS = [("/policies", router)]
TAGS = [
    {
        "name": "Policies",
        "description": "The area's SEND policies and procedures: owner, version, documents "
        "and review date (overdue reviews flagged).",
    },
]
