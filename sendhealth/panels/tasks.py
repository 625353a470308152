"""Background work for packages: reminders to the DCO team of package reviews due."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, Q
from django.urls import reverse
from django_tasks import task

from sendhealth.accounts.models import Role
from sendhealth.core.messaging import Draft, MessageKind, Recipient, mailbox, people
from sendhealth.core.presenters import due_phrase
from sendhealth.core.reminders import DigestJob, send_due_digests
from sendhealth.organisations.models import Organisation
from sendhealth.panels.domain import REVIEW_WINDOW_DAYS
from sendhealth.panels.models import Package, PackageStatus

logger = logging.getLogger(__name__)


def review_email_body(packages: list[Package], today: date) -> str:
    """References and dates only: never a child's name in an email."""
    lines = [
        f"{p.reference}: {p.get_kind_display()}, review {due_phrase(p.review_on, today)}"
        for p in packages
    ]
    link = settings.SITE_URL.rstrip("/") + reverse("panels:package_reviews")
    return (
        "These packages are due for review within "
        f"{REVIEW_WINDOW_DAYS} days, or overdue:\n\n"
        + "\n".join(lines)
        + f"\n\nSign in to sendhealth to see them:\n{link}\n\n"
        "This email holds no personal details on purpose. Do not reply with any.\n"
    )


def dco_team_recipients(icb_id: int) -> list[Recipient]:
    """The DCO team administrators of the ICB (with an address), and its DCO service mailbox."""
    users = get_user_model().objects.filter(
        is_active=True, memberships__organisation_id=icb_id, memberships__role=Role.DCO_TEAM
    )
    team = people(user for user in users.distinct().order_by("pk") if user.email)
    box = Organisation.objects.filter(pk=icb_id).values_list("email", flat=True).first()
    return team + mailbox(box or "", organisation_id=icb_id)


def _not_reminded() -> Q:
    return Q(review_reminded_for__isnull=True) | ~Q(review_reminded_for=F("review_on"))


def _due(today: date):
    return Package.objects.filter(
        status=PackageStatus.APPROVED,
        review_on__lte=today + timedelta(days=REVIEW_WINDOW_DAYS),
    ).filter(_not_reminded())


def _draft(icb_id: int, packages: list[Package], today: date) -> Draft | None:
    """One email to the ICB's DCO team; None (left unclaimed, so it goes once the team has an
    address) when it has none."""
    to = dco_team_recipients(icb_id)
    if not to:
        return None
    packages = sorted(packages, key=lambda p: (p.review_on, p.pk))
    return Draft(
        kind=MessageKind.REMINDER,
        subject=f"Package reviews due: {len(packages)}",
        body=review_email_body(packages, today),
        recipients=to,
        reference=packages[0].reference if len(packages) == 1 else "",
        link=reverse("panels:package_reviews"),
    )


# Claimed by setting ``review_reminded_for`` to the review date: a new date is reminded again.
PACKAGE_REVIEW_REMINDERS = DigestJob(
    name="package-review-reminders",
    due=_due,
    group="icb_id",
    draft=_draft,
    claim_as=lambda package, today: package.review_on,
    column="review_reminded_for",
)


@task()
def send_package_review_reminders() -> int:
    """Email each ICB's DCO team once per review date about packages in place whose review is
    within 30 days or passed (``core.reminders.send_due_digests``: the packages locked and
    claimed in the transaction that records the email, so two workers never remind about the
    same review). Returns how many packages were reminded about."""
    return send_due_digests(PACKAGE_REVIEW_REMINDERS).rows


SCHEDULED = (send_package_review_reminders,)
