"""SEND policies as users see them: the DCO team records a policy, uploads its document (checked
as every upload is), records its review; the owner is reminded before the review date; an
overdue review is flagged on the list and the DCO's queue; who sees what."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from sendhealth.core.models import AuditAction, AuditLog, Message
from sendhealth.core.tests.messages import run_committed
from sendhealth.policies.domain import first_reminder_on
from sendhealth.policies.models import Policy, PolicyDocument
from sendhealth.policies.tasks import send_policy_review_reminders
from sendhealth.policies.tests.factories import PolicyFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _date(prefix: str, day: date) -> dict:
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


def test_the_dco_records_a_policy_uploads_it_and_records_its_review(area, client_for):
    client = client_for(area.dco)
    today = timezone.localdate()
    response = client.post(
        reverse("policies:new"),
        {
            "title": "Section 23 notification procedure",
            "kind": "procedure",
            "owner": "Jo Smith, DCO",
            "owner_organisation": area.icb.pk,
            "applies_to": [area.provider.pk],
            "version": "1.0",
            **_date("review_due_on", today + timedelta(days=100)),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    policy = Policy.objects.get()
    assert policy.next_reminder_on == first_reminder_on(policy.review_due_on)

    refused = client.post(
        reverse("policies:upload", args=[policy.pk]),
        {"version": "1.0", "document": SimpleUploadedFile("p.pdf", b"not a pdf at all")},
    )
    assert "The selected file must be a PDF or a Word document" in refused.content.decode()
    response = client.post(
        reverse("policies:upload", args=[policy.pk]),
        {"version": "1.0", "document": SimpleUploadedFile("procedure.pdf", PDF)},
    )
    assert response.status_code == 302
    document = PolicyDocument.objects.get()
    assert "procedure" not in document.document.name  # stored under a random name
    download = client_for(area.provider_user).get(reverse("policies:document", args=[document.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert AuditLog.objects.filter(action=AuditAction.DOWNLOAD).exists()

    client = client_for(area.dco)
    response = client.post(
        reverse("policies:review", args=[policy.pk]),
        {
            **_date("reviewed_on", today),
            "version": "1.1",
            **_date("next_review_on", today + timedelta(days=365)),
        },
    )
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.version == "1.1" and policy.last_reviewed_on == today


def test_an_overdue_review_is_flagged_on_the_list_and_the_dcos_queue(area, client_for):
    PolicyFactory(
        icb=area.icb, title="Overdue policy", review_due_on=timezone.localdate() - timedelta(days=2)
    )
    client = client_for(area.dco)
    page = client.get(reverse("policies:list")).content.decode()
    assert "Reviews overdue" in page and "Review overdue" in page
    queue = client.get(reverse("advice:queue")).content.decode()
    assert "Policy reviews overdue" in queue and "Overdue policy" in queue


def test_the_owner_is_reminded_once_before_the_review_date(area):
    area.icb.email = "dco@testshire.example"
    area.icb.save()
    today = timezone.localdate()
    policy = PolicyFactory(
        icb=area.icb, review_due_on=today + timedelta(days=20), created_by=area.dco
    )
    policy.next_reminder_on = first_reminder_on(policy.review_due_on)
    policy.save()
    assert run_committed(send_policy_review_reminders) == 1
    assert run_committed(send_policy_review_reminders) == 0  # claimed: sent once
    message = Message.objects.filter(reference=policy.reference).first()
    assert message is not None and "is due on" in message.subject
    policy.refresh_from_db()
    assert policy.next_reminder_on == policy.review_due_on


def test_users_see_only_the_policies_that_apply_to_their_organisation(area, client_for):
    PolicyFactory(icb=area.icb, title="For the trust", applies_to=[area.provider])
    PolicyFactory(icb=area.icb, title="For the council", applies_to=[area.other_la])
    page = client_for(area.salt_user).get(reverse("policies:list")).content.decode()
    assert "For the trust" in page and "For the council" not in page
    assert client_for(area.board).get(reverse("policies:list")).status_code == 403


@pytest.mark.parametrize("count", [2, 25])
def test_the_list_query_count_does_not_grow_with_policies(
    area, client_for, django_assert_max_num_queries, count
):
    for _ in range(count):
        PolicyFactory(icb=area.icb)
    client = client_for(area.dco)
    client.get(reverse("policies:list"))
    with django_assert_max_num_queries(14):
        assert client.get(reverse("policies:list")).status_code == 200
