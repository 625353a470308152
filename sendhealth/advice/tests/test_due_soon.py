""" "Due soon" means one thing everywhere (issue 10): advice still with the service and due
today or within the next 7 days, inclusive (``advice.models.due_soon_q``). An assignment due in
exactly 7 days is due soon, and one due in 8 days is not, on the DCO queue, the provider tray,
the dashboard and the API alike."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sendhealth.accounts.models import ApiToken
from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.children.tests.factories import ChildFactory


def _listed(content: bytes, reference: str) -> bool:
    return f">{reference}<" in content.decode()


def on_the_dco_queue(area, client_for, assignment) -> bool:
    page = client_for(area.dco).get(reverse("advice:queue"), {"view": "due"})
    assert page.status_code == 200
    return _listed(page.content, assignment.request.reference)


def on_the_provider_tray(area, client_for, assignment) -> bool:
    page = client_for(area.provider_user).get(reverse("advice:tray"), {"view": "due"})
    assert page.status_code == 200
    return _listed(page.content, assignment.request.reference)


def on_the_dashboard(area, client_for, assignment) -> bool:
    page = client_for(area.dco).get(reverse("insight:dashboard"))
    assert page.status_code == 200
    # The provider's row of "Open advice by provider": its last cell is "Due in the next 7 days".
    html = page.content.decode().split("Open advice by provider", 1)[1]
    row = html.split(assignment.service.provider.name, 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r"(\d+)\s*</td>", row)
    return int(cells[-1]) == 1


def in_the_api(area, client_for, assignment) -> bool:
    _, raw = ApiToken.issue(area.dco, "test")
    api = Client(headers={"authorization": f"Bearer {raw}"})
    soon = api.get("/api/assignments", {"due": "soon"})
    assert soon.status_code == 200, soon.content
    listed = assignment.pk in {row["id"] for row in soon.json()["items"]}
    [row] = [r for r in api.get("/api/assignments").json()["items"] if r["id"] == assignment.pk]
    assert row["due_soon"] is listed
    return listed


@pytest.mark.parametrize(
    "place", [on_the_dco_queue, on_the_provider_tray, on_the_dashboard, in_the_api]
)
@pytest.mark.parametrize(("days", "due_soon"), [(7, True), (8, False)])
def test_due_in_exactly_7_days_is_due_soon_and_8_days_is_not(
    area, client_for, place, days, due_soon
):
    today = timezone.localdate()
    assignment = AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=area.la),
        request__status=RequestStatus.ROUTED,
        service=area.salt,
        status=AssignmentStatus.AWAITING,
        received_on=today - datetime.timedelta(weeks=6) + datetime.timedelta(days=days),
        due_on=today + datetime.timedelta(days=days),
    )
    assert place(area, client_for, assignment) is due_soon
