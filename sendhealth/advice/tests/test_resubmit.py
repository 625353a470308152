"""Sending advice again after the DCO team returned it for more information: the form opens with
the last submission's fields and provision lines, the DCO team's reasons above it, and the
uploaded document kept unless replaced (or dropped)."""

import datetime
import re
from html import escape
from unittest.mock import patch

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sendhealth.advice.models import (
    AdviceSubmission,
    AssignmentStatus,
    ProvisionItem,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

TODAY = datetime.date(2026, 2, 9)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REASONS = "Say how often the therapy happens, and who delivers it."


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def returned_advice(area, *, with_document=False, **kwargs):
    assignment = AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=area.la),
        service=area.salt,
        received_on=datetime.date(2026, 1, 5),
        due_on=datetime.date(2026, 2, 16),
        status=AssignmentStatus.RETURNED,
    )
    extra = {}
    if with_document:
        extra = {
            "document": SimpleUploadedFile("letter.pdf", PDF),
            "document_type": "pdf",
            "document_token": "ab" * 16,
            "document_size": len(PDF),
        }
    submission = AdviceSubmissionFactory(
        assignment=assignment,
        author_name="Priya Natarajan",
        author_role="Speech and language therapist, HCPC SL099999",
        advice_date=datetime.date(2026, 2, 2),
        health_needs="Difficulty following spoken instructions.",
        outcomes="By July 2027 I will follow two-step instructions.",
        decision=ReviewDecision.RETURNED,
        review_reasons=REASONS,
        **extra,
        **kwargs,
    )
    ProvisionItem.objects.create(
        submission=submission,
        what="Direct therapy for receptive language",
        who="Speech and language therapist (HCPC)",
        how_often="Fortnightly",
        how_long="For 6 months",
    )
    return submission


def submit_url(submission):
    return reverse("advice:submit", kwargs={"pk": submission.assignment_id})


def resubmission_data(**changes):
    """What the prefilled form posts back when the user changes nothing but ``changes``."""
    data = {
        "author_name": "Priya Natarajan",
        "author_role": "Speech and language therapist, HCPC SL099999",
        "advice_date_day": "2",
        "advice_date_month": "2",
        "advice_date_year": "2026",
        "health_needs": "Difficulty following spoken instructions.",
        "outcomes": "By July 2027 I will follow two-step instructions.",
        "provision-TOTAL_FORMS": "2",
        "provision-INITIAL_FORMS": "1",
        "provision-0-what": "Direct therapy for receptive language",
        "provision-0-who": "Speech and language therapist (HCPC)",
        "provision-0-how_often": "Fortnightly",
        "provision-0-how_long": "For 6 months",
    }
    data.update(changes)
    return data


class TestTheResubmissionForm:
    def test_it_opens_with_the_last_submissions_fields_and_provision_lines(self, area, client_for):
        returned = returned_advice(area)
        page = client_for(area.salt_user).get(submit_url(returned)).content.decode()
        assert 'value="Priya Natarajan"' in page
        assert 'value="Speech and language therapist, HCPC SL099999"' in page
        assert "Difficulty following spoken instructions." in page
        assert "By July 2027 I will follow two-step instructions." in page
        assert "Direct therapy for receptive language" in page
        assert 'value="Fortnightly"' in page
        assert re.search(r'name="advice_date_day"[^>]*value="2"', page)
        assert re.search(r'name="advice_date_year"[^>]*value="2026"', page)
        assert page.count("Provision line ") == 2  # the line sent, and one blank

    def test_the_dco_teams_reasons_are_above_the_form(self, area, client_for):
        returned = returned_advice(area)
        page = client_for(area.salt_user).get(submit_url(returned)).content.decode()
        assert escape(REASONS) in page
        assert page.index(escape(REASONS)) < page.index('<form method="post"')
        assert "Send the advice again" in page

    def test_a_first_submission_is_blank_with_no_reasons(self, area, client_for):
        returned = returned_advice(area)
        fresh = AdviceAssignmentFactory(
            request__child=ChildFactory(local_authority=area.la), service=area.salt
        )
        page = (
            client_for(area.salt_user)
            .get(reverse("advice:submit", kwargs={"pk": fresh.pk}))
            .content.decode()
        )
        assert "Give advice" in page
        assert escape(REASONS) not in page
        assert "Priya Natarajan" not in page
        assert returned

    def test_changing_one_field_sends_the_rest_as_it_was(self, area, client_for):
        returned = returned_advice(area)
        data = resubmission_data(**{"provision-0-how_often": "Weekly, 30 minutes"})
        response = client_for(area.salt_user).post(submit_url(returned), data)
        assert response.status_code == 302
        new = AdviceSubmission.objects.exclude(pk=returned.pk).get()
        assert new.decision == ReviewDecision.PENDING
        assert new.author_name == "Priya Natarajan"
        assert new.health_needs == "Difficulty following spoken instructions."
        assert [(p.what, p.how_often) for p in new.provision.all()] == [
            ("Direct therapy for receptive language", "Weekly, 30 minutes")
        ]
        new.assignment.refresh_from_db()
        assert new.assignment.status == AssignmentStatus.SUBMITTED


class TestTheDocumentSentBefore:
    def test_it_is_shown_and_kept_when_no_new_one_is_uploaded(self, area, client_for):
        returned = returned_advice(area, with_document=True)
        client = client_for(area.salt_user)
        page = client.get(submit_url(returned)).content.decode()
        assert reverse("advice:document", kwargs={"pk": returned.pk}) in page
        assert "It is sent again unless you upload a new one" in page
        data = resubmission_data(
            health_needs="",
            **{f"provision-0-{f}": "" for f in ("what", "who", "how_often", "how_long")},
        )
        assert client.post(submit_url(returned), data).status_code == 302
        new = AdviceSubmission.objects.exclude(pk=returned.pk).get()
        assert new.document.name == returned.document.name
        assert (new.document_type, new.document_size) == ("pdf", len(PDF))
        created = AuditLog.objects.get(
            action=AuditAction.CREATE, object_type="advice.AdviceSubmission"
        )
        assert created.changes["document_kept_from"] == returned.pk
        download = client.get(reverse("advice:document", kwargs={"pk": new.pk}))
        assert b"".join(download.streaming_content) == PDF

    def test_a_new_upload_replaces_it(self, area, client_for):
        returned = returned_advice(area, with_document=True)
        data = resubmission_data(document=SimpleUploadedFile("new.pdf", PDF + b"%new"))
        client_for(area.salt_user).post(submit_url(returned), data)
        new = AdviceSubmission.objects.exclude(pk=returned.pk).get()
        assert new.document.name != returned.document.name
        assert new.document_size == len(PDF) + 4

    def test_it_can_be_dropped(self, area, client_for):
        returned = returned_advice(area, with_document=True)
        client_for(area.salt_user).post(
            submit_url(returned), resubmission_data(drop_document="yes")
        )
        new = AdviceSubmission.objects.exclude(pk=returned.pk).get()
        assert not new.document

    def test_dropped_with_nothing_else_says_what_to_give(self, area, client_for):
        returned = returned_advice(area, with_document=True)
        blank = {f"provision-0-{f}": "" for f in ("what", "who", "how_often", "how_long")}
        data = resubmission_data(drop_document="yes", health_needs="", **blank)
        page = client_for(area.salt_user).post(submit_url(returned), data).content.decode()
        assert "There is a problem" in page
        assert escape(REASONS) in page  # the reasons stay above the form
        assert AdviceSubmission.objects.count() == 1
