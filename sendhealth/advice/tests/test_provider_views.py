"""The health service's pages: the work tray, a request as the service sees it, giving advice
and downloading an advice document."""

import datetime
import io
import re
import zipfile
from html import unescape
from pathlib import Path
from unittest.mock import patch

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sendhealth.advice.models import (
    AdviceSubmission,
    AssignmentStatus,
    EventKind,
    ProvisionItem,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

TODAY = datetime.date(2026, 2, 9)
RECEIVED = datetime.date(2026, 1, 5)  # advice due Monday 16 February 2026 (reg 8(1))
TRAY = reverse("advice:tray")
NOTHING_GIVEN = (
    "Enter the child&#39;s health needs and the provision, or upload the advice as a document"
)
WRONG_TYPE = "The selected file must be a PDF or a Word document (.docx)"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def assignment(area, service, **kwargs):
    child = ChildFactory(local_authority=area.la, **kwargs.pop("child", {}))
    kwargs.setdefault("received_on", RECEIVED)
    kwargs.setdefault("due_on", kwargs["received_on"] + datetime.timedelta(weeks=6))
    return AdviceAssignmentFactory(request__child=child, service=service, **kwargs)


def url(name, obj):
    return reverse(f"advice:{name}", kwargs={"pk": obj.pk})


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


LINE_FIELDS = ("what", "who", "how_often", "how_long")
FIRST_LINE = (
    "Direct therapy",
    "Speech and language therapist (HCPC)",
    "Weekly, 30 minutes",
    "For 12 months",
)


def advice_data(**extra):
    return {
        "author_name": "Sam Jones",
        "author_role": "Speech and language therapist, HCPC SL012345",
        **{f"advice_date_{part}": n for part, n in (("day", 6), ("month", 2), ("year", 2026))},
        "health_needs": "Difficulty understanding spoken language.",
        "outcomes": "By July 2027 I will follow two-step instructions.",
        **{"provision-TOTAL_FORMS": "3", "provision-INITIAL_FORMS": "0"},
        **{f"provision-0-{name}": v for name, v in zip(LINE_FIELDS, FIRST_LINE, strict=True)},
        **extra,
    }


def no_provision():
    return {f"provision-0-{name}": "" for name in LINE_FIELDS}


def upload(name, content):
    return {"document": SimpleUploadedFile(name, content)}


BAD_INPUT = {
    "nothing": ({"health_needs": "", **no_provision()}, NOTHING_GIVEN),
    "part-line": ({"provision-0-how_often": ""}, "Enter how often"),
    "vague": ({"provision-0-how_often": "As required"}, "does not specify provision"),
    "none-and-lines": ({"no_health_needs": "yes"}, "You said the child has no health needs"),
    "no-needs": ({"health_needs": ""}, "Enter the child&#39;s health needs, or upload"),
    "no-lines": (no_provision(), "Enter at least one line of provision"),
    "early": ({"advice_date_month": "1", "advice_date_day": "2"}, "after the date the service"),
    "no-role": ({"author_role": ""}, "Enter the profession and registration number"),
    "exe-as-pdf": (upload("a.pdf", b"MZ\x90\x00" + b"\x00" * 64), WRONG_TYPE),
    "text-file": (upload("a.txt", b"plain text advice"), WRONG_TYPE),
    "empty-file": (upload("a.pdf", b""), "The selected file is empty"),
}


def uploads_dir() -> Path:
    return Path(settings.STORAGES["default"]["OPTIONS"]["location"])


def stored_files() -> list[Path]:
    return [p for p in uploads_dir().rglob("*") if p.is_file()] if uploads_dir().exists() else []


def references(content: bytes) -> list[str]:
    """The requests listed, in order (links, not the search box's example)."""
    return re.findall(r">(AR-\d{6})</a>", content.decode())


class TestWhoSeesTheTray:
    def test_provider_user_sees_salt_and_ot_but_not_camhs(self, area, client_for):
        salt, ot = assignment(area, area.salt), assignment(area, area.ot)
        camhs = assignment(area, area.camhs)
        # A name no other child of the test can have (Faker may give two children one name).
        hidden = camhs.request.child
        hidden.family_name = "Quillfeather-Unseen"
        hidden.save(update_fields=["family_name"])
        content = client_for(area.provider_user).get(TRAY).content.decode()
        assert salt.request.reference in content and ot.request.reference in content
        assert f">{camhs.request.reference}<" not in content
        assert hidden.family_name not in unescape(content)

    def test_salt_user_sees_only_salt(self, area, client_for):
        salt, ot = assignment(area, area.salt), assignment(area, area.ot)
        content = client_for(area.salt_user).get(TRAY).content.decode()
        assert salt.request.reference in content
        assert f">{ot.request.reference}<" not in content

    @pytest.mark.parametrize("role", ["dco", "la_user", "board", "sysadmin", "nobody"])
    def test_other_roles_are_refused(self, area, client_for, role):
        assert client_for(getattr(area, role)).get(TRAY).status_code == 403


class TestTheTray:
    def test_soonest_due_comes_first_and_shows_the_due_phrase(self, area, client_for):
        later = assignment(area, area.salt, received_on=datetime.date(2026, 1, 20))
        sooner = assignment(area, area.ot)
        content = client_for(area.provider_user).get(TRAY).content
        assert references(content) == [sooner.request.reference, later.request.reference]
        assert "16 February 2026, due in 7 days" in content.decode()

    def test_returned_advice_is_tagged_for_action(self, area, client_for):
        assignment(area, area.salt, status=AssignmentStatus.RETURNED)
        content = client_for(area.provider_user).get(TRAY).content.decode()
        assert re.search(r'nhsuk-tag--orange"\s*>\s*Returned for more information', content)

    def test_accepted_and_cancelled_work_is_not_open(self, area, client_for):
        for status in (AssignmentStatus.ACCEPTED, AssignmentStatus.CANCELLED):
            assignment(area, area.salt, status=status, completed_on=TODAY)
        assert references(client_for(area.provider_user).get(TRAY).content) == []

    def test_it_filters_by_service(self, area, client_for):
        salt, ot = assignment(area, area.salt), assignment(area, area.ot)
        response = client_for(area.provider_user).get(TRAY, {"service": area.ot.pk})
        assert references(response.content) == [ot.request.reference]
        assert f">{salt.request.reference}<" not in response.content.decode()

    def test_a_service_that_is_not_the_users_is_ignored(self, area, client_for):
        salt = assignment(area, area.salt)
        response = client_for(area.salt_user).get(TRAY, {"service": area.camhs.pk})
        assert references(response.content) == [salt.request.reference]

    def test_the_overdue_and_due_views_hold_advice_still_with_the_service(self, area, client_for):
        overdue = assignment(area, area.salt, received_on=datetime.date(2025, 12, 1))
        this_week = assignment(area, area.salt, received_on=datetime.date(2026, 1, 1))
        later = assignment(area, area.salt, received_on=datetime.date(2026, 2, 1))
        client = client_for(area.provider_user)
        overdue_page = client.get(TRAY, {"view": "overdue"}).content
        assert references(overdue_page) == [overdue.request.reference]
        assert references(client.get(TRAY, {"view": "due"}).content) == [
            this_week.request.reference
        ]
        assert later.request.reference in client.get(TRAY).content.decode()

    def test_completed_shows_advice_accepted_in_the_last_90_days(self, area, client_for):
        recent = assignment(
            area,
            area.salt,
            status=AssignmentStatus.ACCEPTED,
            completed_on=TODAY - datetime.timedelta(days=90),
        )
        assignment(
            area,
            area.salt,
            status=AssignmentStatus.ACCEPTED,
            completed_on=TODAY - datetime.timedelta(days=91),
        )
        response = client_for(area.provider_user).get(TRAY, {"view": "completed"})
        assert references(response.content) == [recent.request.reference]

    def test_the_children_on_the_page_are_audited_and_queries_stay_constant(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.provider_user)
        shown = [assignment(area, area.salt) for _ in range(3)]
        with django_assert_max_num_queries(20) as few:
            client.get(TRAY)
        viewed = AuditLog.objects.filter(action=AuditAction.VIEW, object_type="children.Child")
        assert set(viewed.values_list("child_id", flat=True)) == {a.request.child_id for a in shown}
        for _ in range(27):
            assignment(area, area.ot)
        with django_assert_max_num_queries(len(few.captured_queries)):
            assert len(references(client.get(TRAY).content)) == 25


class TestTheServicesViewOfARequest:
    def test_provider_user_sees_the_child_the_questions_and_the_due_date(self, area, client_for):
        a = assignment(area, area.salt, child={"nhs_number": "9434765919"})
        content = client_for(area.provider_user).get(url("assignment", a)).content.decode()
        assert a.request.child.full_name in unescape(content)
        assert "943 476 5919" in content
        assert "Please advise on speech, language" in content
        assert "16 February 2026, due in 7 days" in content
        assert url("submit", a) in content
        assert AuditLog.objects.filter(
            action=AuditAction.VIEW,
            object_type="advice.AdviceAssignment",
            object_id=str(a.pk),
            child_id=a.request.child_id,
        ).exists()

    @pytest.mark.parametrize(
        ("role", "service"),
        [
            ("other_provider_user", "salt"),
            ("salt_user", "ot"),
            ("other_la_user", "salt"),
            ("outsider_dco", "salt"),
        ],
    )
    def test_users_outside_the_scope_get_not_found(self, area, client_for, role, service):
        a = assignment(area, getattr(area, service))
        assert client_for(getattr(area, role)).get(url("assignment", a)).status_code == 404

    @pytest.mark.parametrize("role", ["board", "sysadmin"])
    def test_roles_without_personal_data_are_refused(self, area, client_for, role):
        a = assignment(area, area.salt)
        assert client_for(getattr(area, role)).get(url("assignment", a)).status_code == 403

    def test_dco_sees_the_advice_but_no_submit_button(self, area, client_for):
        submission = AdviceSubmissionFactory(assignment=assignment(area, area.salt))
        content = client_for(area.dco).get(url("assignment", submission.assignment)).content
        assert submission.health_needs.encode() in content
        assert url("submit", submission.assignment).encode() not in content

    def test_returned_advice_shows_the_dcos_reasons_in_a_warning(self, area, client_for):
        a = assignment(area, area.salt, status=AssignmentStatus.RETURNED)
        AdviceSubmissionFactory(
            assignment=a,
            decision=ReviewDecision.RETURNED,
            review_reasons="Say how often therapy happens.",
        )
        content = client_for(area.provider_user).get(url("assignment", a)).content.decode()
        warning = content[content.index("nhsuk-card--warning") :]
        assert "More information is needed" in warning
        assert "Say how often therapy happens." in warning
        assert url("submit", a) in content

    def test_submitted_advice_has_no_submit_button_and_links_its_document(self, area, client_for):
        a = assignment(area, area.salt, status=AssignmentStatus.SUBMITTED)
        submission = AdviceSubmissionFactory(
            assignment=a,
            document=SimpleUploadedFile("x.pdf", PDF),
            document_type="pdf",
            document_token="0f" * 16,
        )
        content = client_for(area.provider_user).get(url("assignment", a)).content.decode()
        assert url("submit", a) not in content
        assert url("document", submission) in content


class TestWhoMayGiveAdvice:
    @pytest.mark.parametrize("role", ["dco", "la_user", "board", "sysadmin"])
    def test_roles_without_the_permission_are_refused(self, area, client_for, role):
        a = assignment(area, area.salt)
        client = client_for(getattr(area, role))
        assert client.get(url("submit", a)).status_code == 403
        assert client.post(url("submit", a), advice_data()).status_code == 403
        assert not AdviceSubmission.objects.exists()

    @pytest.mark.parametrize(
        ("role", "service"), [("other_provider_user", "salt"), ("salt_user", "ot")]
    )
    def test_a_provider_of_another_service_gets_not_found(self, area, client_for, role, service):
        a = assignment(area, getattr(area, service))
        client = client_for(getattr(area, role))
        assert client.get(url("submit", a)).status_code == 404
        assert client.post(url("submit", a), advice_data()).status_code == 404
        assert not AdviceSubmission.objects.exists()

    @pytest.mark.parametrize(
        ("status", "message"),
        [
            (AssignmentStatus.SUBMITTED, "Advice has already been sent for this request"),
            (
                AssignmentStatus.CANCELLED,
                "Your service is no longer asked for advice on this request",
            ),
        ],
    )
    def test_advice_cannot_be_sent_once_the_service_is_done(
        self, area, client_for, status, message
    ):
        a = assignment(area, area.salt, status=status)
        response = client_for(area.salt_user).post(url("submit", a), advice_data())
        assert response["Location"] == url("assignment", a)
        assert [str(m) for m in get_messages(response.wsgi_request)] == [message]
        assert not AdviceSubmission.objects.exists()


class TestGivingAdvice:
    def test_the_form_starts_with_the_users_name(self, area, client_for):
        a = assignment(area, area.salt)
        content = client_for(area.salt_user).get(url("submit", a)).content.decode()
        assert 'value="Salt User"' in content
        assert content.count("Provision line ") == 3

    def test_structured_advice_is_saved_with_its_provision(self, area, client_for):
        a = assignment(area, area.salt)
        response = client_for(area.salt_user).post(url("submit", a), advice_data())
        assert response["Location"] == url("assignment", a)
        submission = AdviceSubmission.objects.get()
        assert submission.author_role.startswith("Speech and language therapist")
        assert submission.advice_date == datetime.date(2026, 2, 6)
        assert ProvisionItem.objects.get().how_often == "Weekly, 30 minutes"
        a.refresh_from_db()
        assert a.status == AssignmentStatus.SUBMITTED
        assert a.request.events.get().kind == EventKind.SUBMITTED
        assert AuditLog.objects.filter(
            action=AuditAction.CREATE, object_type="advice.AdviceSubmission"
        ).exists()

    def test_no_health_needs_alone_is_enough(self, area, client_for):
        a = assignment(area, area.salt)
        data = advice_data(no_health_needs="yes", health_needs="", **no_provision())
        client_for(area.salt_user).post(url("submit", a), data)
        assert AdviceSubmission.objects.get().no_health_needs

    @pytest.mark.parametrize(
        ("name", "content", "kind"),
        [("advice.pdf", PDF, "pdf"), ("advice.docx", docx_bytes(), "docx")],
    )
    def test_a_document_alone_is_enough(self, area, client_for, name, content, kind):
        a = assignment(area, area.salt)
        data = advice_data(
            health_needs="", document=SimpleUploadedFile(name, content), **no_provision()
        )
        client_for(area.salt_user).post(url("submit", a), data)
        submission = AdviceSubmission.objects.get()
        assert submission.document_type == kind
        assert "advice" not in submission.document.name.rsplit("/", 1)[1]  # not the upload's name
        assert len(stored_files()) == 1

    @pytest.mark.parametrize(("extra", "message"), BAD_INPUT.values(), ids=BAD_INPUT.keys())
    def test_bad_input_says_what_to_fix_and_writes_nothing(self, area, client_for, extra, message):
        a = assignment(area, area.salt)
        response = client_for(area.salt_user).post(url("submit", a), advice_data(**extra))
        assert response.status_code == 200
        content = response.content.decode()
        assert "There is a problem" in content and message in content
        assert "<title>Error: " in content
        assert not AdviceSubmission.objects.exists()
        assert not ProvisionItem.objects.exists()
        assert stored_files() == []
        a.refresh_from_db()
        assert a.status == AssignmentStatus.AWAITING

    def test_add_another_line_without_javascript_keeps_what_was_typed(self, area, client_for):
        a = assignment(area, area.salt)
        data = advice_data(add_line="1", author_role="")
        content = client_for(area.salt_user).post(url("submit", a), data).content.decode()
        assert content.count("Provision line ") == 4
        assert "Weekly, 30 minutes" in content
        assert "There is a problem" not in content
        assert not AdviceSubmission.objects.exists()

    def test_add_another_line_with_htmx_returns_one_line_and_the_new_count(self, area, client_for):
        a = assignment(area, area.salt)
        response = client_for(area.salt_user).get(
            url("submit", a),
            {"add_line": "1", "provision-TOTAL_FORMS": "3"},
            HTTP_HX_REQUEST="true",
        )
        content = response.content.decode()
        assert 'name="provision-3-what"' in content
        assert "<html" not in content
        assert re.search(r'name="provision-TOTAL_FORMS" value="4"[^>]*hx-swap-oob="true"', content)


class TestDownloadingAdvice:
    def submission(self, area, **kwargs):
        a = assignment(area, area.salt, status=AssignmentStatus.ACCEPTED)
        return AdviceSubmissionFactory(
            assignment=a,
            decision=ReviewDecision.ACCEPTED,
            document_type="pdf",
            document=SimpleUploadedFile("Amara Okafor advice.pdf", PDF),
            document_token="0f" * 16,
            **kwargs,
        )

    def test_the_service_downloads_it_under_a_name_with_no_personal_data(self, area, client_for):
        submission = self.submission(area)
        response = client_for(area.salt_user).get(url("document", submission))
        reference = submission.assignment.request.reference
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == (
            f'attachment; filename="{reference}-advice-{submission.pk}.pdf"'
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == PDF
        assert AuditLog.objects.filter(
            action=AuditAction.DOWNLOAD,
            object_id=str(submission.pk),
            child_id=submission.assignment.request.child_id,
        ).exists()

    @pytest.mark.parametrize("role", ["other_provider_user", "other_la_user", "outsider_dco"])
    def test_users_outside_the_scope_get_not_found(self, area, client_for, role):
        submission = self.submission(area)
        assert client_for(getattr(area, role)).get(url("document", submission)).status_code == 404

    def test_board_is_refused(self, area, client_for):
        submission = self.submission(area)
        assert client_for(area.board).get(url("document", submission)).status_code == 403

    def test_advice_without_a_document_is_not_found(self, area, client_for):
        submission = AdviceSubmissionFactory(assignment=assignment(area, area.salt))
        assert client_for(area.dco).get(url("document", submission)).status_code == 404
