"""Who is told when a package awaits its second approver. Called by ``services`` inside the
approval's transaction; ``core.messaging`` emails them once it commits. The message names the
package by reference: never the child, never its description."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import reverse

from sendhealth.accounts.models import Role
from sendhealth.core.messaging import MessageKind, people, send_message, site_link


def other_approvers(package, first_approver) -> list:
    """The people who may approve the package (its ICB's DCOs, ``panels.approve_package``),
    except the one who already has."""
    return list(
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__role=Role.DCO,
            memberships__organisation_id=package.icb_id,
        )
        .exclude(pk=first_approver.pk)
        .distinct()
        .order_by("pk")
    )


def awaits_second_approval(package, first_approver) -> None:
    link = reverse("panels:package", args=[package.pk])
    send_message(
        kind=MessageKind.PACKAGE_SECOND_APPROVAL,
        subject=f"Package {package.reference} awaits a second approver",
        body=(
            f"{first_approver} has approved a package that needs a second, different approver.\n\n"
            f"Reference: {package.reference}\n"
            f"Kind: {package.get_kind_display()}\n\n"
            f"Sign in to sendhealth to review and approve it:\n{site_link(link)}\n\n"
            "This email holds no personal details on purpose. Do not reply with any.\n"
        ),
        reference=package.reference,
        link=link,
        recipients=people(other_approvers(package, first_approver)),
    )
