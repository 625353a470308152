"""The safeguarding referrals API, ``/api/safeguarding-referrals``: scoped and audited as the
pages are, and checked with the page's form. The DCO team records; the child's local
authority reads; providers get 403."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, caller, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, ChildRef, Day, OrganisationRef
from sendhealth.safeguarding import services
from sendhealth.safeguarding.forms import ReferralForm
from sendhealth.safeguarding.models import Origin, Recipient
from sendhealth.safeguarding.queries import overdue, referrals

router = Router(tags=["Safeguarding"])

PERMISSION_MESSAGES = {
    "safeguarding.view_referral": "Your role does not allow you to see safeguarding referrals",
    "safeguarding.change_referral": "Only the DCO team can record safeguarding referrals",
}


class ReferralOut(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    origin: Origin
    made_to: Recipient
    made_to_detail: str
    referred_on: Day
    follow_up_due_on: Day | None
    follow_up_done_on: Day | None


class ReferralDetail(ReferralOut):
    reason: str
    outcome: str


class ReferralIn(Schema):
    child: int
    origin: Origin
    made_to: Recipient
    made_to_detail: str = ""
    referred_on: Day
    reason: str
    follow_up_due_on: Day | None = None
    follow_up_done_on: Day | None = None
    outcome: str = ""


@router.get(
    "", response={200: list[ReferralOut], **READ_ERRORS}, summary="List safeguarding referrals"
)
@paginate(AuditedPage, children_of=lambda referral: referral.child)
def list_safeguarding_referrals(request: HttpRequest, overdue_only: bool = False):
    """Referrals you may see, newest first; ``overdue_only`` gives follow-ups past their due
    date and not done, most overdue first."""
    require(request, "safeguarding.view_referral")
    found = referrals(scope_of(request))
    if overdue_only:
        return overdue(found, timezone.localdate())
    return found.order_by("-referred_on", "-pk")


@router.get(
    "/{int:referral_id}",
    response={200: ReferralDetail, **READ_ERRORS},
    summary="Read a safeguarding referral",
)
def read_safeguarding_referral(request: HttpRequest, referral_id: int):
    require(request, "safeguarding.view_referral")
    referral = get_object_or_404(referrals(scope_of(request)), pk=referral_id)
    auditor(request).view(referral)
    return referral


@router.post(
    "",
    response={201: ReferralDetail, **WRITE_ERRORS},
    summary="Record a safeguarding referral",
)
def create_safeguarding_referral(request: HttpRequest, payload: ReferralIn):
    """Checked as the page checks it: dates of the past, a follow-up not before the referral,
    the organisation named when the referral went to "other"."""
    require(request, "safeguarding.change_referral")
    scope = scope_of(request)
    child = get_object_or_404(
        scope.children()
        .filter(local_authority__parent_id__in=scope.dco_icb_ids)
        .select_related("local_authority"),
        pk=payload.child,
    )
    data = {
        "origin": payload.origin,
        "made_to": payload.made_to,
        "made_to_detail": payload.made_to_detail,
        "referred_on": payload.referred_on,
        "reason": payload.reason,
        "follow_up_due_on": payload.follow_up_due_on,
        "follow_up_done_on": payload.follow_up_done_on,
        "outcome": payload.outcome,
    }
    form = ReferralForm(data)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    referral = services.record_referral(
        child, form.cleaned_data, auditor=auditor(request), user=caller(request)
    )
    return 201, referral


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/safeguarding-referrals", router)]
TAGS = [
    {"name": "Safeguarding", "description": "Safeguarding referrals and their follow-ups."},
]
