"""Background work for packages: reminders to the DCO team of package reviews due."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from sendhealth.accounts.models import Role
from sendhealth.core.claims import claim
from sendhealth.core.messaging import MessageKind, Recipient, mailbox, people, send_message
from sendhealth.core.presenters import due_phrase
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


@task()
def send_package_review_reminders() -> int:
    """Email each ICB's DCO team once per review date about packages in place whose review is
    within 30 days or passed. A package is claimed with a conditional update, so two workers
    never remind about the same review. Returns how many packages were reminded about."""
    today = timezone.localdate()
    due = Package.objects.filter(
        status=PackageStatus.APPROVED,
        review_on__lte=today + timedelta(days=REVIEW_WINDOW_DAYS),
    ).filter(_not_reminded())
    sent = 0
    for icb_id in sorted(set(due.values_list("icb_id", flat=True))):
        to = dco_team_recipients(icb_id)
        if not to:
            continue  # left unclaimed, so it goes once the team has an address
        claimed = []
        for package in due.filter(icb_id=icb_id).order_by("review_on", "pk"):
            unchanged = Q(review_on=package.review_on) & _not_reminded()
            if claim(package, "review_reminded_for", package.review_on, also=unchanged):
                claimed.append(package)
        if claimed:
            subject = f"Package reviews due: {len(claimed)}"
            body = review_email_body(claimed, today)
            send_message(
                kind=MessageKind.REMINDER,
                subject=subject,
                body=body,
                reference=claimed[0].reference if len(claimed) == 1 else "",
                link=reverse("panels:package_reviews"),
                recipients=to,
            )
            sent += len(claimed)
    logger.info("package review reminders packages=%d", sent)
    return sent


SCHEDULED = (send_package_review_reminders,)
