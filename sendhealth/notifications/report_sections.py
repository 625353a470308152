"""Section 23 notifications by provider for the board's reports (see ``core.reporting``)."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse

from sendhealth.core.presenters import format_date
from sendhealth.core.reporting import Figure, Records, Section, Table
from sendhealth.notifications.models import Section23Notification

# The sections' places in the report (``core.reporting``: 10 timeliness ... 120 gaps).
ORDER = {"section23": 30}


def sections(icb, la, start, end) -> list[Section]:
    found = Section23Notification.objects.filter(
        icb=icb, notified_on__gte=start, notified_on__lte=end
    )
    if la is not None:
        found = found.filter(local_authority=la)
    by_provider = list(
        found.values_list("provider__name").annotate(n=Count("pk")).order_by("provider__name")
    )
    return [
        Section(
            key="section23",
            title="Section 23 notifications",
            definition=(
                "Notifications by health bodies to the local authority of a child under "
                "compulsory school age who may have SEN or a disability (Children and Families "
                "Act 2014 section 23), by the date the local authority was told."
            ),
            figures=[
                Figure(
                    key="section23_notified",
                    label="Notifications made",
                    value=sum(n for _, n in by_provider),
                )
            ],
            tables=[
                Table(
                    key="section23_by_provider",
                    caption="By provider",
                    head=["Provider", "Notifications"],
                    rows=[[name, n] for name, n in by_provider],
                    count_columns=[1],
                )
            ],
        )
    ]


def _notified(scope, icb, la, start, end) -> Records:
    found = scope.notifications().filter(icb=icb, notified_on__gte=start, notified_on__lte=end)
    if la is not None:
        found = found.filter(local_authority=la)
    return Records(
        found.select_related("provider", "local_authority").order_by("notified_on", "pk"),
        ["Notification", "Provider", "Local authority", "Notified"],
        lambda n: [
            {"text": n.reference, "href": reverse("notifications:detail", args=[n.pk])},
            {"text": n.provider.name},
            {"text": n.local_authority.name},
            {"text": f"{format_date(n.notified_on)}"},
        ],
    )


RECORDS = {"section23_notified": _notified}
