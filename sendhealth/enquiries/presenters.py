"""What the enquiry pages show, worked out here so the templates hold no logic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone

from sendhealth.core.presenters import due_phrase, format_date, tag
from sendhealth.enquiries.domain import DEFAULT_FIRST_ANSWER_WORKING_DAYS, first_answer_due
from sendhealth.enquiries.models import Enquiry


def first_answer_working_days() -> int:
    return getattr(settings, "ENQUIRY_FIRST_ANSWER_WORKING_DAYS", DEFAULT_FIRST_ANSWER_WORKING_DAYS)


def _local_date(value: datetime) -> date:
    return timezone.localtime(value).date()


def enquiry_first_answer_due(enquiry: Enquiry) -> date:
    return first_answer_due(_local_date(enquiry.opened_at), first_answer_working_days())


def status_tag(enquiry: Enquiry, today: date) -> dict:
    if not enquiry.is_open:
        return tag("Closed", "returned")
    if enquiry.first_answered_at is None and enquiry_first_answer_due(enquiry) < today:
        return tag("No answer yet", "overdue")
    return tag("Open", "new")


def first_answer_text(enquiry: Enquiry, today: date) -> str:
    """When the first answer came, or when it is due ("due in 2 days", "3 days overdue")."""
    if enquiry.first_answered_at is not None:
        return f"Answered {format_date(enquiry.first_answered_at)}"
    if not enquiry.is_open:
        return "Closed without an answer"
    return "First answer " + due_phrase(enquiry_first_answer_due(enquiry), today)


@dataclass(frozen=True)
class EnquiryRow:
    pk: int
    reference: str
    opened_on: date
    source: str
    topic: str
    child_name: str
    assigned_to: str
    status_tag: dict
    first_answer: str


def enquiry_row(enquiry: Enquiry, today: date) -> EnquiryRow:
    return EnquiryRow(
        pk=enquiry.pk,
        reference=enquiry.reference,
        opened_on=_local_date(enquiry.opened_at),
        source=enquiry.get_source_display(),
        topic=enquiry.get_topic_display(),
        child_name=enquiry.child.full_name if enquiry.child_id else "General",
        assigned_to=str(enquiry.assigned_to) if enquiry.assigned_to_id else "Not assigned",
        status_tag=status_tag(enquiry, today),
        first_answer=first_answer_text(enquiry, today),
    )


EXPORT_HEADERS = (
    "Reference",
    "Opened",
    "From",
    "Enquirer",
    "Topic",
    "Child NHS number",
    "Summary",
    "Advice given",
    "Assigned to",
    "First answered",
    "Closed",
    "Request for health advice",
)


def _local(value: datetime | None) -> datetime | None:
    """A spreadsheet cell holds no time zone: the time as shown on the pages (UK time)."""
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def export_row(enquiry: Enquiry) -> list:
    return [
        enquiry.reference,
        _local(enquiry.opened_at),
        enquiry.get_source_display(),
        enquiry.enquirer,
        enquiry.get_topic_display(),
        enquiry.child.nhs_number if enquiry.child_id else "",
        enquiry.summary,
        enquiry.advice_given,
        str(enquiry.assigned_to) if enquiry.assigned_to_id else "",
        _local(enquiry.first_answered_at),
        _local(enquiry.closed_at),
        enquiry.advice_request.reference if enquiry.advice_request_id else "",
    ]
