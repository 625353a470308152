"""Who is told when advice work arrives, and what they are told. Called by ``services`` inside
the change's transaction; ``core.messaging`` emails them once it commits. A message names the
request by reference and the service by name: never the child, and never the DCO's free-text
reasons (they may name the child)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from sendhealth.accounts.models import Role
from sendhealth.core.messaging import MessageKind, people, send_message, site_link
from sendhealth.rules import format_date

FOOTER = "This email holds no personal details on purpose. Do not reply with any.\n"


def service_users(service) -> list:
    """The provider users who act for ``service``: its provider's users limited to it, or not
    limited to any service."""
    return list(
        get_user_model()
        .objects.filter(
            Q(memberships__services__isnull=True) | Q(memberships__services=service),
            is_active=True,
            memberships__role=Role.PROVIDER,
            memberships__organisation_id=service.provider_id,
        )
        .distinct()
        .order_by("pk")
    )


def la_recipients(request) -> list:
    """The caseworker who raised the request, if still a caseworker of its local authority;
    otherwise every caseworker of that local authority."""
    caseworkers = (
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__role=Role.LOCAL_AUTHORITY,
            memberships__organisation_id=request.local_authority_id,
        )
        .distinct()
        .order_by("pk")
    )
    if request.raised_by_id:
        requester = list(caseworkers.filter(pk=request.raised_by_id))
        if requester:
            return requester
    return list(caseworkers)


def request_routed(assignment) -> None:
    """A request has been routed to a service: tell the service's users."""
    reference = assignment.request.reference
    link = reverse("advice:assignment", args=[assignment.pk])
    send_message(
        kind=MessageKind.ROUTED,
        subject=f"New request for health advice {reference}",
        body=(
            "A request for health advice for an EHC needs assessment has been routed to "
            "your service.\n\n"
            f"Reference: {reference}\n"
            f"Service: {assignment.service.name}\n"
            f"The advice is due on {format_date(assignment.due_on)} (6 weeks from receipt, "
            "SEND Regulations 2014 reg 8(1)).\n\n"
            f"Sign in to sendhealth to see the request and submit advice:\n{site_link(link)}\n\n"
            + FOOTER
        ),
        reference=reference,
        link=link,
        recipients=people(service_users(assignment.service)),
    )


def returned_for_information(assignment) -> None:
    """The DCO has returned a service's advice for more information: tell the service's users."""
    reference = assignment.request.reference
    link = reverse("advice:assignment", args=[assignment.pk])
    send_message(
        kind=MessageKind.RETURNED_FOR_INFORMATION,
        subject=f"Health advice {reference} returned for more information",
        body=(
            "The DCO team has returned your service's health advice for more information.\n\n"
            f"Reference: {reference}\n"
            f"Service: {assignment.service.name}\n"
            f"The advice is still due on {format_date(assignment.due_on)}.\n\n"
            "Sign in to sendhealth to read what is needed and submit the advice again:\n"
            f"{site_link(link)}\n\n" + FOOTER
        ),
        reference=reference,
        link=link,
        recipients=people(service_users(assignment.service)),
    )


def returned_to_la(request) -> None:
    """Health advice has been returned to the local authority: tell its caseworker(s)."""
    link = reverse("advice:request", args=[request.pk])
    send_message(
        kind=MessageKind.RETURNED_TO_LA,
        subject=f"Health advice {request.reference} returned to you",
        body=(
            "The DCO team has returned the health advice for an EHC needs assessment.\n\n"
            f"Reference: {request.reference}\n"
            f"Returned on: {format_date(request.returned_on)}\n\n"
            f"Sign in to sendhealth to read the advice:\n{site_link(link)}\n\n" + FOOTER
        ),
        reference=request.reference,
        link=link,
        recipients=people(la_recipients(request)),
    )
