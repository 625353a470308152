import datetime
import io
from html import unescape
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from sendhealth.assurance import services
from sendhealth.assurance.models import (
    Audit,
    AuditRound,
    AuditStatus,
    EhcPlanSections,
    ExtractionStatus,
    Rating,
)
from sendhealth.assurance.tests.factories import (
    AuditFactory,
    AuditItemFactory,
    EhcPlanSectionsFactory,
)
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditLog


def _finish(audit, rating=Rating.MET):
    criteria = services.criteria_of(audit.item.round.tool_version)
    services.save_ratings(
        audit,
        [services.RatingInput(c.pk, rating) for c in criteria],
        finish=True,
        summary="Good advice; quantify the provision.",
        auditor=Auditor.for_system("test"),
    )


class TestStartARound:
    def test_the_dco_draws_a_sample(self, area, client_for):
        for _ in range(3):
            EhcPlanSectionsFactory(child=ChildFactory(local_authority=area.la))
        response = client_for(area.dco).post(
            reverse("assurance:round_new"),
            {
                "name": "Spring 2026",
                "kind": "plan_health_sections",
                "period_start_day": "1",
                "period_start_month": "1",
                "period_start_year": "2026",
                "period_end_day": "31",
                "period_end_month": "3",
                "period_end_year": "2026",
                "sample_percent": "10",
            },
        )
        audit_round = AuditRound.objects.get()
        assert response.status_code == 302
        assert response["Location"] == reverse("assurance:round", args=[audit_round.pk])
        assert audit_round.items.count() >= 1

    def test_errors_are_summarised_and_nothing_is_written(self, area, client_for):
        response = client_for(area.dco).post(
            reverse("assurance:round_new"),
            {
                "name": "",
                "period_start_day": "1",
                "period_start_month": "4",
                "period_start_year": "2026",
                "period_end_day": "1",
                "period_end_month": "1",
                "period_end_year": "2026",
                "sample_percent": "0",
            },
        )
        body = response.content.decode()
        assert "There is a problem" in body
        assert "Enter a name for the round" in body
        assert "End of the period must be on or after its start" in body
        assert "Percentage to sample must be between 1 and 100" in body
        assert not AuditRound.objects.exists()


class TestAssign:
    def test_assigns_an_la_user(self, area, client_for):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        response = client_for(area.dco).post(
            reverse("assurance:assign", args=[item.pk]), {"who": str(area.la_user.pk)}
        )
        assert response.status_code == 302
        assert item.audits.get().auditor == area.la_user

    def test_a_guest_link_is_shown_once_and_opens_only_that_item(self, area, client_for, client):
        item = AuditItemFactory(
            plan__child=ChildFactory(
                local_authority=area.la,
                given_name="Zebedee",
                family_name="Quixotefield",
                date_of_birth=datetime.date(2016, 1, 1),
            )
        )
        response = client_for(area.dco).post(
            reverse("assurance:assign", args=[item.pk]),
            {"who": "guest", "guest_name": "Pat Forum", "guest_days": "7"},
        )
        body = response.content.decode()
        link = body.split("/assurance/guest/")[1].split("/")[0]
        audit = Audit.objects.get()
        assert link not in audit.guest_token_hash

        client.logout()
        page = client.get(reverse("assurance:guest", args=[link]))
        text = page.content.decode()
        assert page.status_code == 200
        assert "Z.Q." in text
        assert "Quixotefield" not in text and item.child.nhs_number not in text
        assert AuditLog.objects.filter(system=f"guest-audit-{audit.pk}", action="view").exists()

    def test_guest_needs_a_name(self, area, client_for):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        response = client_for(area.dco).post(
            reverse("assurance:assign", args=[item.pk]), {"who": "guest", "guest_days": "7"}
        )
        assert "Enter the guest&#39;s name" in response.content.decode()
        assert not Audit.objects.exists()


class TestGuestLinks:
    def test_the_dco_revokes_a_guest_link_and_it_stops_working_at_once(
        self, area, client_for, client
    ):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        audit, raw = services.issue_guest_link(item, "Pat Forum", 7, auditor=Auditor(user=area.dco))
        assert client.get(reverse("assurance:guest", args=[raw])).status_code == 200

        dco = client_for(area.dco)
        page = dco.get(reverse("assurance:assign", args=[item.pk])).content.decode()
        assert "Revoke Pat Forum&#39;s link" in page
        response = dco.post(reverse("assurance:revoke_guest", args=[audit.pk]))
        assert response.status_code == 302
        assert response["Location"] == reverse("assurance:assign", args=[item.pk])
        page = dco.get(reverse("assurance:assign", args=[item.pk])).content.decode()
        assert "link revoked" in page
        assert "Revoke Pat Forum" not in page
        assert AuditLog.objects.filter(
            actor=area.dco, action="update", object_id=str(audit.pk), child_id=item.child_id
        ).exists()

        dco.logout()
        response = client.get(reverse("assurance:guest", args=[raw]))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
        # A revoked link stays revoked even if someone later extends its expiry.
        Audit.objects.filter(pk=audit.pk).update(
            guest_expires_at=timezone.now() + datetime.timedelta(days=30)
        )
        assert services.audit_for_guest_token(raw) is None
        assert Audit.objects.filter(pk=audit.pk).exists()  # the audit and its ratings stay

    def test_only_the_dco_of_the_item_may_revoke_and_only_a_guest_link(self, area, client_for):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        guest, raw = services.issue_guest_link(item, "Pat", 7, auditor=Auditor(user=area.dco))
        member = AuditFactory(item=item, auditor=area.la_user)
        url = reverse("assurance:revoke_guest", args=[guest.pk])
        assert client_for(area.la_user).post(url).status_code == 403
        assert client_for(area.outsider_dco).post(url).status_code == 404
        assert client_for(area.dco).get(url).status_code == 405
        assert services.audit_for_guest_token(raw) == guest
        url = reverse("assurance:revoke_guest", args=[member.pk])
        assert client_for(area.dco).post(url).status_code == 404

    def test_an_expired_link_sends_a_visitor_to_sign_in(self, area, client):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        audit, raw = services.issue_guest_link(item, "Pat", 1, auditor=Auditor(user=area.dco))
        Audit.objects.filter(pk=audit.pk).update(guest_expires_at=timezone.now())
        response = client.get(reverse("assurance:guest", args=[raw]))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    def test_a_guest_finishes_the_audit(self, area, client):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        audit, raw = services.issue_guest_link(item, "Pat", 7, auditor=Auditor(user=area.dco))
        data = {"action": "finish", "summary": "Clear."}
        for c in services.criteria_of(item.round.tool_version):
            data[f"rating_{c.pk}"] = "met"
        response = client.post(reverse("assurance:guest", args=[raw]), data)
        assert response.status_code == 302
        audit.refresh_from_db()
        assert audit.status == AuditStatus.FINISHED and audit.percent == 100


class TestAuditForm:
    @pytest.fixture
    def findings(self, monkeypatch):
        finding = SimpleNamespace(
            check="vague_provision",
            section="G",
            start=0,
            end=9,
            quote="Access to",
            message="Not specified provision",
        )
        info = SimpleNamespace(
            title="Vague provision", guidance="Say what, who, how often.", anchor="vague-provision"
        )
        monkeypatch.setattr(
            "sendhealth.assurance.presenters.run_findings", lambda sections, kind: [finding]
        )
        monkeypatch.setattr("sendhealth.assurance.views.audits.check_info", lambda key: info)

    def test_shows_findings_marked_in_the_text_with_guidance(self, area, client_for, findings):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        response = client_for(area.la_user).get(reverse("assurance:audit", args=[audit.pk]))
        body = response.content.decode()
        assert '<mark id="finding-1">Access to</mark>' in body
        assert reverse("assurance:guidance") + "#vague-provision" in body
        assert AuditLog.objects.filter(actor=area.la_user, child_id=audit.item.child_id).exists()

    def test_finishing_needs_every_rating(self, area, client_for):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        response = client_for(area.la_user).post(
            reverse("assurance:audit", args=[audit.pk]), {"action": "finish"}
        )
        assert "There is a problem" in response.content.decode()
        audit.refresh_from_db()
        assert audit.status == AuditStatus.IN_PROGRESS

    def test_someone_else_cannot_change_the_audit(self, area, client_for):
        audit = AuditFactory(item__plan__child__local_authority=area.la, auditor=area.la_user)
        response = client_for(area.dco).post(
            reverse("assurance:audit", args=[audit.pk]), {"action": "save"}
        )
        assert response.status_code == 403


class TestModeration:
    def test_the_dco_resolves_a_disagreement_with_a_reason(self, area, client_for):
        item = AuditItemFactory(plan__child__local_authority=area.la)
        _finish(AuditFactory(item=item, auditor=area.dco_team), Rating.MET)
        _finish(AuditFactory(item=item, auditor=area.la_user), Rating.MET)
        second = item.audits.last()
        first_criterion = services.criteria_of(item.round.tool_version)[0]
        second.ratings.filter(criterion=first_criterion).update(rating=Rating.NOT_MET)

        client = client_for(area.dco)
        page = client.get(reverse("assurance:item", args=[item.pk])).content.decode()
        assert "Resolve disagreements" in page
        empty = client.post(reverse("assurance:resolve", args=[item.pk]), {})
        assert "Enter the reason for" in empty.content.decode()
        response = client.post(
            reverse("assurance:resolve", args=[item.pk]),
            {f"rating_{first_criterion.pk}": "partly", f"reason_{first_criterion.pk}": "Half."},
        )
        assert response.status_code == 302
        assert item.resolutions.get().reason == "Half."


class TestPlans:
    def test_adds_typed_sections(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.la_user).post(
            reverse("assurance:plan_new"),
            {
                "nhs_number": child.nhs_number,
                "finalised_on_day": "2",
                "finalised_on_month": "3",
                "finalised_on_year": "2026",
                "section_c": "Needs",
                "section_g": "Weekly SALT",
            },
        )
        plan = EhcPlanSections.objects.get()
        assert response.status_code == 302
        assert (plan.need_type, plan.section_g) == (child.primary_need, "Weekly SALT")

    def test_refuses_another_las_child_and_an_empty_plan(self, area, client_for):
        child = ChildFactory(local_authority=area.other_la)
        response = client_for(area.la_user).post(
            reverse("assurance:plan_new"),
            {
                "nhs_number": child.nhs_number,
                "finalised_on_day": "2",
                "finalised_on_month": "3",
                "finalised_on_year": "2026",
            },
        )
        body = response.content.decode()
        assert "No child with this NHS number is in your area" in body
        assert "Enter the health sections or upload the plan" in body
        assert not EhcPlanSections.objects.exists()

    def test_refuses_a_file_that_is_not_a_pdf_or_docx(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        upload = SimpleUploadedFile("plan.pdf", b"not a pdf at all", content_type="application/pdf")
        response = client_for(area.la_user).post(
            reverse("assurance:plan_new"),
            {
                "nhs_number": child.nhs_number,
                "finalised_on_day": "2",
                "finalised_on_month": "3",
                "finalised_on_year": "2026",
                "document": upload,
            },
        )
        assert "must be a PDF or a Word document" in response.content.decode()

    def test_the_progress_indicator_polls_while_the_document_is_read(self, area, client_for):
        plan = EhcPlanSectionsFactory(
            child__local_authority=area.la, extraction_status=ExtractionStatus.PENDING
        )
        body = client_for(area.dco).get(reverse("assurance:plan", args=[plan.pk])).content.decode()
        assert 'hx-trigger="every 2s"' in body
        plan.extraction_status = ExtractionStatus.DONE
        plan.save()
        response = client_for(area.dco).get(
            reverse("assurance:plan_progress", args=[plan.pk]), HTTP_HX_REQUEST="true"
        )
        assert "every 2s" not in response.content.decode()
        assert response["HX-Refresh"] == "true"

    def test_the_list_makes_a_fixed_number_of_queries(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        EhcPlanSectionsFactory(child__local_authority=area.la)
        client.get(reverse("assurance:plans"))
        for _ in range(5):
            EhcPlanSectionsFactory(child__local_authority=area.la)
        with django_assert_max_num_queries(14):
            client.get(reverse("assurance:plans"))


class TestFeedbackAndFigures:
    def _finished_advice_audit(self, area, service):
        from sendhealth.advice.models import ReviewDecision
        from sendhealth.advice.tests.factories import AdviceSubmissionFactory
        from sendhealth.assurance.models import AuditItem, ToolKind
        from sendhealth.assurance.tests.factories import AuditRoundFactory

        submission = AdviceSubmissionFactory(
            assignment__request__child__local_authority=area.la,
            assignment__service=service,
            decision=ReviewDecision.ACCEPTED,
        )
        item = AuditItem.objects.create(
            round=AuditRoundFactory(icb=area.icb, kind=ToolKind.ADVICE),
            submission=submission,
            child=submission.assignment.request.child,
            icb=area.icb,
            local_authority=area.la,
            provider=service.provider,
            service=service,
            need_type="SLCN",
        )
        audit = AuditFactory(item=item, auditor=area.dco_team)
        _finish(audit, Rating.PARTLY)
        return audit

    def test_a_provider_sees_only_its_own_services_feedback(self, area, client_for):
        own = self._finished_advice_audit(area, area.salt)
        other = self._finished_advice_audit(area, area.camhs)
        body = client_for(area.salt_user).get(reverse("assurance:feedback")).content.decode()
        assert own.item.reference in body and other.item.reference not in body
        detail = client_for(area.salt_user).get(reverse("assurance:feedback_detail", args=[own.pk]))
        assert "quantify the provision" in detail.content.decode()

    def test_the_board_sees_the_chart_and_its_table(self, area, client_for):
        audits = [self._finished_advice_audit(area, area.salt) for _ in range(5)]
        body = client_for(area.board).get(reverse("assurance:figures")).content.decode()
        assert "<svg" in body and "Score by quarter" in body
        assert ">50%</text>" in body  # the quarter's bar: 5 audits, so shown
        assert audits[0].item.child.family_name not in unescape(body)

    def test_quarters_are_named_by_their_months_never_a_bare_q_number(self, area, client_for):
        """The page said "2026 Q4" for October to December, which NHS readers take for the
        financial year's fourth quarter (January to March), as the reports use it."""
        from sendhealth.assurance import reports
        from sendhealth.core.tests.figures import table

        audit = self._finished_advice_audit(area, area.salt)
        label = reports.quarter_of(timezone.localtime(audit.finished_at).date())
        name = reports.quarter_name(label)
        body = client_for(area.dco).get(reverse("assurance:figures")).content.decode()
        assert table(body, "Score by quarter")[1][0] == name
        assert f"Weakest criteria this quarter ({name})" in body
        assert table(body, "by service")[1][1] == name
        assert f" {label}<" not in body and f">{label}<" not in body
        assert reports.quarter_name("2026 Q4") == "October to December 2026"
        assert reports.quarter_name("2027 Q1", short=True) == "Jan to Mar 2027"

    def test_the_board_sees_small_numbers_suppressed_on_the_page_and_in_the_downloads(
        self, area, client_for
    ):
        """Issue 12.5: a service with 1 audit in the quarter reads "fewer than 5" and its
        score is not shown; a complement in the quarter keeps it from the total. The DCO sees
        every number."""
        from openpyxl import load_workbook

        from sendhealth.core.tests.figures import assert_safe_for_a_board, table

        self._finished_advice_audit(area, area.camhs)
        for _ in range(6):
            self._finished_advice_audit(area, area.salt)
        board = client_for(area.board)
        body = board.get(reverse("assurance:figures")).content.decode()
        services = table(body, "Scores by service")
        camhs = next(r for r in services if r[0] == "CAMHS")
        assert camhs[2:] == ["fewer than 5", "not shown (small numbers)"]
        assert_safe_for_a_board(services[1:], [2])
        csv_text = board.get(reverse("assurance:figures_csv")).content.decode()
        assert "Service,CAMHS" in csv_text
        camhs_line = next(line for line in csv_text.splitlines() if "Service,CAMHS" in line)
        assert camhs_line.endswith("fewer than 5,not shown (small numbers)")
        sheet = load_workbook(
            io.BytesIO(board.get(reverse("assurance:figures_xlsx")).content)
        ).active
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        assert next(r for r in rows if r[1] == "CAMHS")[3:] == [
            "fewer than 5",
            "not shown (small numbers)",
        ]
        dco = client_for(area.dco)
        camhs = next(
            r
            for r in table(dco.get(reverse("assurance:figures")).content.decode(), "by service")
            if r[0] == "CAMHS"
        )
        assert camhs[2:] == ["1", "50%"]
        rows = [
            [c.value for c in row]
            for row in load_workbook(
                io.BytesIO(dco.get(reverse("assurance:figures_xlsx")).content)
            ).active.iter_rows()
        ]
        assert next(r for r in rows if r[1] == "CAMHS")[3:] == [1, 50]

    def test_exports_scores_as_csv(self, area, client_for):
        self._finished_advice_audit(area, area.salt)
        response = client_for(area.dco).get(reverse("assurance:figures_csv"))
        assert response["Content-Type"].startswith("text/csv")
        assert "Children's SALT" in response.content.decode()
