"""Changes to enquiries. Each writes the change and an audit entry in one transaction; views
and the API call these and never change an enquiry row themselves."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sendhealth.advice import services as advice_services
from sendhealth.advice.models import AdviceRequest
from sendhealth.core.audit import Auditor, model_changes
from sendhealth.enquiries.models import Enquiry

FIELDS = ["source", "enquirer", "child", "topic", "summary", "advice_given", "assigned_to"]


@transaction.atomic
def open_enquiry(*, icb_id: int, auditor: Auditor, opened_at=None, **fields) -> Enquiry:
    now = timezone.now()
    enquiry = Enquiry(icb_id=icb_id, opened_at=opened_at or now, created_by=auditor.user, **fields)
    if enquiry.advice_given.strip():
        enquiry.first_answered_at = now
    enquiry.save()
    auditor.create(enquiry, {"fields": sorted(k for k, v in fields.items() if v)})
    return enquiry


@transaction.atomic
def update_enquiry(enquiry: Enquiry, *, auditor: Auditor, **fields) -> Enquiry:
    """Change an enquiry. The first time advice is recorded is its first answer."""
    changed = sorted(name for name, value in fields.items() if getattr(enquiry, name) != value)
    for name, value in fields.items():
        setattr(enquiry, name, value)
    if enquiry.first_answered_at is None and enquiry.advice_given.strip():
        enquiry.first_answered_at = timezone.now()
    enquiry.save()
    auditor.update(enquiry, {"fields": changed})
    return enquiry


@transaction.atomic
def close_enquiry(enquiry: Enquiry, *, auditor: Auditor) -> None:
    if not enquiry.is_open:
        raise ValidationError("This enquiry is already closed.")
    if not enquiry.advice_given.strip():
        raise ValidationError("Record the advice given before closing the enquiry.")
    enquiry.closed_at = timezone.now()
    enquiry.save(update_fields=["closed_at"])
    auditor.update(enquiry, {"closed_at": enquiry.closed_at})


@transaction.atomic
def reopen_enquiry(enquiry: Enquiry, *, auditor: Auditor) -> None:
    if enquiry.is_open:
        raise ValidationError("This enquiry is already open.")
    enquiry.closed_at = None
    enquiry.save(update_fields=["closed_at"])
    auditor.update(enquiry, {"closed_at": None})


@transaction.atomic
def convert_to_advice_request(
    enquiry: Enquiry,
    *,
    la_received_on: date,
    health_received_on: date,
    questions: str,
    auditor: Auditor,
) -> AdviceRequest:
    """Turn an enquiry about a child into a request for health advice (raised through
    ``advice.services.raise_request``), linked back from the enquiry."""
    if enquiry.child_id is None:
        raise ValidationError("Only an enquiry about a named child can become a request.")
    if enquiry.advice_request_id is not None:
        raise ValidationError("This enquiry has already become a request for health advice.")
    advice_request = advice_services.raise_request(
        child=enquiry.child,
        la_received_on=la_received_on,
        health_received_on=health_received_on,
        questions=questions,
        auditor=auditor,
        from_enquiry=enquiry.reference,
    )
    enquiry.advice_request = advice_request
    enquiry.save(update_fields=["advice_request"])
    auditor.update(enquiry, model_changes(enquiry, ["advice_request"]))
    return advice_request
