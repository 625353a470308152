"""The enquiries log as an API (``/api/enquiries``), for the DCO and DCO team only. Checked
with the same form as the page; every read of an enquiry about a child is audited."""

from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import READ_ERRORS, WRITE_ERRORS, ChildRef, Id
from sendhealth.enquiries import services
from sendhealth.enquiries.forms import EnquiryForm
from sendhealth.enquiries.models import Source, Topic

router = Router(tags=["Enquiries"])


class EnquiryOut(Schema):
    id: int
    reference: str
    source: Source
    enquirer: str
    topic: Topic
    child: ChildRef | None
    summary: str
    advice_given: str
    assigned_to_id: int | None
    opened_at: datetime
    first_answered_at: datetime | None
    closed_at: datetime | None
    advice_request_id: int | None


class EnquiryIn(Schema):
    source: Source
    enquirer: str = ""
    topic: Topic
    child_nhs_number: str = Field("", description="Leave empty for a general enquiry")
    summary: str
    advice_given: str = ""
    assigned_to: Id | None = Field(None, description="Id of a DCO or DCO team user")


class EnquiryFilters(Schema):
    status: str | None = Field(None, pattern="^(open|closed)$")
    topic: Topic | None = None


class EnquiryPage(AuditedPage):
    """``AuditedPage`` for rows whose child is optional (a general enquiry has none)."""

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params):
        result = LimitOffsetPagination.paginate_queryset(
            self, queryset, pagination, request, **params
        )
        rows = list(result[self.items_attribute])
        result[self.items_attribute] = rows
        children = {row.child_id: row.child for row in rows if row.child_id}
        if children:
            auditor(request).view_many("children.Child", list(children.values()))
        return result


def _enquiries(request: HttpRequest):
    return scope_of(request).enquiries().select_related("child")


@router.get("", response={200: list[EnquiryOut], **READ_ERRORS}, summary="List enquiries")
@paginate(EnquiryPage)
def list_enquiries(request: HttpRequest, filters: Query[EnquiryFilters]):
    """Your ICB's enquiries, newest first."""
    require(request, "enquiries.view_enquiry")
    rows = _enquiries(request).order_by("-opened_at", "-pk")
    if filters.status == "open":
        rows = rows.filter(closed_at__isnull=True)
    elif filters.status == "closed":
        rows = rows.filter(closed_at__isnull=False)
    if filters.topic:
        rows = rows.filter(topic=filters.topic)
    return rows


@router.get(
    "/{int:enquiry_id}", response={200: EnquiryOut, **READ_ERRORS}, summary="Read an enquiry"
)
def read_enquiry(request: HttpRequest, enquiry_id: int):
    require(request, "enquiries.view_enquiry")
    enquiry = get_object_or_404(_enquiries(request), pk=enquiry_id)
    auditor(request).view(enquiry)
    return enquiry


@router.post("", response={201: EnquiryOut, **WRITE_ERRORS}, summary="Log an enquiry")
def create_enquiry(request: HttpRequest, payload: EnquiryIn):
    """Log an enquiry; advice given at once counts as the first answer."""
    require(request, "enquiries.change_enquiry")
    scope = scope_of(request)
    data = payload.dict()
    data["assigned_to"] = "" if payload.assigned_to is None else str(payload.assigned_to)
    form = EnquiryForm(data, scope=scope)
    if not form.is_valid():
        raise_invalid(form_errors(form))
    fields = form.data_for_service()
    icb_id = fields["child"].local_authority.parent_id if fields["child"] else None
    enquiry = services.open_enquiry(
        icb_id=icb_id or sorted(scope.dco_icb_ids)[0], auditor=auditor(request), **fields
    )
    return 201, enquiry


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/enquiries", router)]
TAGS = [
    {
        "name": "Enquiries",
        "description": "The DCO service's point of contact: enquiries from local authorities, "
        "settings, families and health services.",
    },
]
