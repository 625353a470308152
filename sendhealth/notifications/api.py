"""Section 23 notifications as an API (``/api/notifications``): a provider or the DCO notifies,
the child's local authority acknowledges. Checked with the same forms as the pages (the child's
age on the date of the opinion, CFA 2014 s23(1); the parent told first, s23(3))."""

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sendhealth.api.auth import auditor, require, scope_of
from sendhealth.api.formdata import form_errors, raise_invalid
from sendhealth.api.pagination import AuditedPage
from sendhealth.api.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ChildRef,
    Day,
    Id,
    OrganisationRef,
    UniqueList,
)
from sendhealth.children.models import NeedType
from sendhealth.children.services import save_child
from sendhealth.notifications import services
from sendhealth.notifications.forms import AcknowledgeForm, NotificationForm, resolve_child

router = Router(tags=["Section 23 notifications"])


class ServiceName(Schema):
    id: int
    name: str


class NotificationOut(Schema):
    id: int
    reference: str
    child: ChildRef
    local_authority: OrganisationRef
    provider: OrganisationRef
    service: ServiceName
    opinion_on: Day
    needs: list[str]
    description: str
    parent_told_on: Day
    discussion_offered_on: Day
    voluntary_organisation_suggested: bool
    voluntary_organisation: str
    notified_on: Day
    acknowledged_on: Day | None
    enquiry_id: int | None


class NewChildIn(Schema):
    given_name: str = ""
    family_name: str = ""
    date_of_birth: Day | None = None
    local_authority: Id | None = None


class NotificationIn(Schema):
    nhs_number: str = Field(description="The child's NHS number")
    child: NewChildIn | None = Field(
        None,
        description="The child's details: needed to register a child new to sendhealth, or to "
        "match one registered by another organisation of the area",
    )
    service: int
    opinion_on: Day
    needs: UniqueList[NeedType]
    description: str = ""
    parent_told_on: Day
    discussion_offered_on: Day
    voluntary_organisation_suggested: bool
    voluntary_organisation: str = ""
    notified_on: Day


class AcknowledgeIn(Schema):
    acknowledged_on: Day


class NotificationFilters(Schema):
    acknowledged: bool | None = None


def _notifications(request: HttpRequest):
    return (
        scope_of(request)
        .notifications()
        .select_related("child", "local_authority", "provider", "service")
    )


@router.get("", response={200: list[NotificationOut], **READ_ERRORS}, summary="List notifications")
@paginate(AuditedPage, children_of=lambda row: row.child)
def list_section23_notifications(request: HttpRequest, filters: Query[NotificationFilters]):
    """Your services' notifications (provider), your children's (local authority), or your
    ICB's (DCO), newest first."""
    require(request, "notifications.view_notification")
    rows = _notifications(request).order_by("-notified_on", "-pk")
    if filters.acknowledged is not None:
        rows = rows.filter(acknowledged_on__isnull=not filters.acknowledged)
    return rows


@router.get(
    "/{int:notification_id}",
    response={200: NotificationOut, **READ_ERRORS},
    summary="Read a notification",
)
def read_section23_notification(request: HttpRequest, notification_id: int):
    require(request, "notifications.view_notification")
    notification = get_object_or_404(_notifications(request), pk=notification_id)
    auditor(request).view(notification)
    return notification


@router.post("", response={201: NotificationOut, **WRITE_ERRORS}, summary="Notify")
def create_section23_notification(request: HttpRequest, payload: NotificationIn):
    """Notify the child's local authority. Refused (422) for a child of compulsory school age
    or older on the date of the opinion."""
    require(request, "notifications.notify")
    scope = scope_of(request)
    child = payload.child or NewChildIn()
    data = {
        "nhs_number": payload.nhs_number,
        "child-given_name": child.given_name,
        "child-family_name": child.family_name,
        "child-date_of_birth": child.date_of_birth,
        "child-local_authority": "" if child.local_authority is None else child.local_authority,
        "service": str(payload.service),
        "opinion_on": payload.opinion_on,
        "needs": [str(n) for n in payload.needs],
        "description": payload.description,
        "parent_told_on": payload.parent_told_on,
        "discussion_offered_on": payload.discussion_offered_on,
        "voluntary_organisation_suggested": "yes"
        if payload.voluntary_organisation_suggested
        else "no",
        "voluntary_organisation": payload.voluntary_organisation,
        "notified_on": payload.notified_on,
    }
    resolution = resolve_child(data, scope)
    form = NotificationForm(data, scope=scope, date_of_birth=resolution.date_of_birth)
    errors = form_errors(form) if not form.is_valid() else {}
    errors.update(form_errors(resolution.find_form))
    if resolution.show_child_errors and not resolution.child_form.is_valid():
        errors.update({f"child.{k}": v for k, v in form_errors(resolution.child_form).items()})
    raise_invalid(errors)
    audit = auditor(request)
    with transaction.atomic():
        target = resolution.child
        if target is None:
            target = save_child(
                resolution.child_form, auditor=audit, primary_need=form.cleaned_data["needs"][0]
            )
        notification = services.notify(
            child=target,
            service=form.cleaned_data["service"],
            auditor=audit,
            **form.notification_fields(),
        )
    return 201, notification


@router.post(
    "/{int:notification_id}/acknowledge",
    response={200: NotificationOut, **WRITE_ERRORS},
    summary="Acknowledge a notification",
)
def acknowledge_section23_notification(
    request: HttpRequest, notification_id: int, payload: AcknowledgeIn
):
    """The child's local authority confirms it received the notification."""
    require(request, "notifications.acknowledge")
    scope = scope_of(request)
    notification = get_object_or_404(
        _notifications(request).filter(local_authority_id__in=scope.la_ids), pk=notification_id
    )
    if notification.acknowledged_on is not None:
        raise HttpError(409, "This notification has already been acknowledged")
    form = AcknowledgeForm({"acknowledged_on": payload.acknowledged_on})
    if not form.is_valid():
        raise_invalid(form_errors(form))
    return services.acknowledge(
        notification, on=form.cleaned_data["acknowledged_on"], auditor=auditor(request)
    )


# Mounted by ``sendhealth.api.api`` (see ``core.plugins``): the paths and their tags.
ROUTERS = [("/notifications", router)]
TAGS = [
    {
        "name": "Section 23 notifications",
        "description": "Health bodies' notifications that a child under compulsory school age "
        "has or probably has SEN or a disability (Children and Families Act 2014 s23).",
    },
]
