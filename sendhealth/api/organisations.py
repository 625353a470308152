"""Organisations you may choose from: local authorities and health services, scoped as the
pages are (a DCO sees the whole area; a caseworker their local authority; a provider user the
services they act for). Not personal data, so not audited."""

from django.http import HttpRequest
from ninja import Router
from ninja.pagination import LimitOffsetPagination, paginate

from sendhealth.api.auth import scope_of
from sendhealth.api.schemas import READ_ERRORS, LocalAuthorityOut, ServiceOut

router = Router(tags=["Organisations"])


@router.get(
    "/local-authorities",
    response={200: list[LocalAuthorityOut], **READ_ERRORS},
    summary="List local authorities",
)
@paginate(LimitOffsetPagination)
def list_local_authorities(request: HttpRequest):
    """The local authorities you work with, by name."""
    return scope_of(request).local_authorities().order_by("name", "pk")


@router.get("/services", response={200: list[ServiceOut], **READ_ERRORS}, summary="List services")
@paginate(LimitOffsetPagination)
def list_services(request: HttpRequest):
    """Health services: those the DCO may route to, or those a provider user acts for."""
    return scope_of(request).services().order_by("provider__name", "name", "pk")
