"""The self-evaluation and improvement plan as people use them: the DCO rates a quarter with
evidence, the parent carer forum co-signs through its link, the board reads only what is
published, an action turns red from its measure and the DCO overrides it with a reason;
reminders, the queue, the exports and the inspection pack's parts."""

import io
import zipfile
from datetime import date, timedelta

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.core.scoping import Scope
from sendhealth.core.tests.messages import run_committed
from sendhealth.core.worklist import QUEUE, panels
from sendhealth.improvement import inspection
from sendhealth.improvement.loading import SHIPPED, load, read
from sendhealth.improvement.models import (
    Action,
    ActionStatus,
    Framework,
    SelfEvaluation,
    Statement,
)
from sendhealth.improvement.tasks import send_improvement_action_reminders
from sendhealth.improvement.tests.factories import (
    inspection_framework,
    make_action,
    make_evaluation,
    make_measure,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _overdue_advice(area, count=1):
    today = timezone.localdate()
    for _ in range(count):
        AdviceAssignmentFactory(
            request=AdviceRequestFactory(child=ChildFactory(local_authority=area.la)),
            service=area.salt,
            status=AssignmentStatus.AWAITING,
            due_on=today - timedelta(days=3),
        )


class TestFrameworks:
    def test_the_shipped_frameworks_cite_every_element(self, db):
        framework = inspection_framework()
        qi = Framework.objects.get(key="send-qi")
        for f in (framework, qi):
            assert f.source and f.scale.source
            for principle in f.principles.all():
                assert principle.source
                assert all(s.source for s in principle.statements.all())
        assert "could not be confirmed" in qi.note  # the 8 principles are not invented

    def test_loading_again_changes_nothing(self, db):
        inspection_framework()
        before = Statement.objects.count()
        assert load(read(SHIPPED)) == []
        assert Statement.objects.count() == before

    def test_a_new_version_loads_beside_the_old(self, db):
        inspection_framework()
        data = read(SHIPPED)
        data["frameworks"][1]["version"] = "2026-01"
        assert [f.version for f in load(data)] == ["2026-01"]
        assert Framework.objects.filter(key="area-send-inspection").count() == 2


class TestRatingAQuarter:
    def test_the_dco_starts_a_quarter_and_rates_a_statement_with_evidence(self, area, client_for):
        client = client_for(area.dco)
        measure = make_measure(area.icb)
        framework = inspection_framework()
        response = client.post(
            reverse("improvement:evaluation_new"),
            {"framework": framework.pk, "year": 2026, "quarter": 2},
        )
        evaluation = SelfEvaluation.objects.get()
        assert response["Location"] == reverse("improvement:evaluation", args=[evaluation.pk])
        assert (
            evaluation.ratings.count()
            == Statement.objects.filter(principle__framework=framework).count()
        )
        rating = evaluation.ratings.first()
        level = framework.scale.levels.get(value=2)
        response = client.post(
            reverse("improvement:rate", args=[rating.pk]),
            {
                "level": level.pk,
                "notes": "Waits are shorter but not everywhere.",
                "evidence": f"measure:{measure.pk}",
                "document_label": "Partnership board minutes, May",
                "document": SimpleUploadedFile("minutes.pdf", PDF, "application/pdf"),
            },
        )
        assert response.status_code == 302
        rating.refresh_from_db()
        assert rating.level == level
        assert [e.kind for e in rating.evidence.all()] == ["measure", "document"]
        assert AuditLog.objects.filter(object_type="improvement.StatementRating").exists()
        page = client.get(reverse("improvement:evaluation", args=[evaluation.pk]))
        assert "Partnership board minutes, May" in page.content.decode()

    def test_a_second_self_evaluation_of_the_same_quarter_is_refused(self, area, client_for):
        make_evaluation(area.icb, year=2026, quarter=2)
        response = client_for(area.dco).post(
            reverse("improvement:evaluation_new"),
            {"framework": inspection_framework().pk, "year": 2026, "quarter": 2},
        )
        assert response.status_code == 200
        assert "already has a self-evaluation" in response.content.decode()

    def test_a_document_needs_its_file(self, area, client_for):
        rating = make_evaluation(area.icb).ratings.first()
        level = rating.evaluation.framework.scale.levels.first()
        response = client_for(area.dco).post(
            reverse("improvement:rate", args=[rating.pk]),
            {"level": level.pk, "document_label": "Minutes"},
        )
        assert "Select the document to upload" in response.content.decode()
        rating.refresh_from_db()
        assert rating.level is None

    def test_publishing_needs_every_statement_rated(self, area, client_for):
        evaluation = make_evaluation(area.icb)
        client = client_for(area.dco)
        client.post(reverse("improvement:publish", args=[evaluation.pk]))
        evaluation.refresh_from_db()
        assert not evaluation.is_published
        evaluation.ratings.update(level=evaluation.framework.scale.levels.first())
        client.post(reverse("improvement:publish", args=[evaluation.pk]))
        evaluation.refresh_from_db()
        assert evaluation.is_published

    def test_the_pdf_of_a_quarter(self, area, client_for):
        evaluation = make_evaluation(area.icb, published=True)
        response = client_for(area.board).get(
            reverse("improvement:evaluation_pdf", args=[evaluation.pk])
        )
        assert response.content.startswith(b"%PDF")

    def test_ratings_over_time_are_a_chart(self, area, client_for):
        make_evaluation(area.icb, year=2025, quarter=4, published=True)
        make_evaluation(area.icb, year=2026, quarter=1, published=True)
        page = client_for(area.dco).get(reverse("improvement:home")).content.decode()
        assert "<svg" in page and "Q4 2025-26" in page and "Q1 2026-27" in page


class TestTheForum:
    def _link(self, client, evaluation) -> str:
        response = client.post(
            reverse("improvement:forum_link", args=[evaluation.pk]),
            {"name": "Jo Bloggs", "days": 14},
        )
        page = response.content.decode()
        url = page.split('id="forum-link">', 1)[1].split("<", 1)[0]
        return url.split("testserver", 1)[1]

    def test_the_forum_comments_beside_the_dco_and_co_signs(self, area, client_for, client):
        evaluation = make_evaluation(area.icb)
        path = self._link(client_for(area.dco), evaluation)
        client.logout()
        assert client.get(path).status_code == 200
        rating = evaluation.ratings.first()
        response = client.post(
            path,
            {
                f"comment_{rating.pk}": "Families say waits are still long.",
                "overall": "We agree overall.",
                "sign_as": "Jo Bloggs, Testshire PCF",
            },
        )
        assert response.status_code == 200
        evaluation.refresh_from_db()
        rating.refresh_from_db()
        assert evaluation.forum_signed_by == "Jo Bloggs, Testshire PCF"
        assert rating.forum_comment == "Families say waits are still long."
        assert AuditLog.objects.filter(system=f"forum-review-{evaluation.pk}").exists()
        # Signed: the link is closed.
        assert client.get(path)["Location"].startswith("/accounts/login/")

    def test_saving_without_a_name_does_not_sign(self, area, client_for, client):
        evaluation = make_evaluation(area.icb)
        path = self._link(client_for(area.dco), evaluation)
        client.logout()
        client.post(path, {"overall": "Draft thoughts"})
        evaluation.refresh_from_db()
        assert evaluation.forum_comments == "Draft thoughts" and not evaluation.forum_signed_at

    def test_an_expired_link_opens_nothing(self, area, client_for, client):
        evaluation = make_evaluation(area.icb)
        path = self._link(client_for(area.dco), evaluation)
        SelfEvaluation.objects.filter(pk=evaluation.pk).update(
            forum_expires_at=timezone.now() - timedelta(seconds=1)
        )
        client.logout()
        assert client.get(path).status_code == 302
        assert client_for(area.la_user).get(path).status_code == 404


class TestWhoSeesWhat:
    def test_the_board_sees_published_self_evaluations_only(self, area, client_for):
        published = make_evaluation(area.icb, year=2025, quarter=4, published=True)
        draft = make_evaluation(area.icb, year=2026, quarter=1)
        scope = Scope.for_user(area.board)
        assert list(scope.improvement_evaluations()) == [published]
        client = client_for(area.board)
        assert client.get(reverse("improvement:evaluation", args=[draft.pk])).status_code == 404

    def test_the_board_sees_the_plan_once_published(self, area):
        action = make_action(area.icb, area.la)
        assert not Scope.for_user(area.board).improvement_actions().exists()
        action.priority.plan.status = "published"
        action.priority.plan.save()
        assert Scope.for_user(area.board).improvement_actions().exists()

    def test_a_local_authority_reads_its_own_actions_only(self, area, client_for):
        own = make_action(area.icb, area.la)
        other = make_action(area.icb, area.other_la)
        assert list(Scope.for_user(area.la_user).improvement_actions()) == [own]
        client = client_for(area.la_user)
        assert client.get(reverse("improvement:action", args=[other.pk])).status_code == 404
        sheet = client.get(reverse("improvement:plan_xlsx"))
        assert sheet.status_code == 200

    def test_a_provider_limited_to_a_service_reads_its_trusts_actions(self, area):
        own = make_action(area.icb, area.provider)
        make_action(area.icb, area.other_provider)
        assert list(Scope.for_user(area.salt_user).improvement_actions()) == [own]


class TestRagFromTheMeasure:
    def test_an_action_turns_red_when_its_measure_misses_the_target(self, area, client_for):
        measure = make_measure(area.icb)  # advice overdue, target 0
        action = make_action(area.icb, area.la, measure=measure)
        client = client_for(area.dco)
        page = client.get(reverse("improvement:action", args=[action.pk])).content.decode()
        assert "nhsuk-tag--green" in page
        _overdue_advice(area, count=3)
        page = client.get(reverse("improvement:action", args=[action.pk])).content.decode()
        assert "nhsuk-tag--red" in page

    def test_the_dco_overrides_it_with_a_reason_audited(self, area, client_for):
        action = make_action(area.icb, area.la, measure=make_measure(area.icb))
        _overdue_advice(area, count=3)
        client = client_for(area.dco)
        url = reverse("improvement:action_rag", args=[action.pk])
        response = client.post(url, {"rag": "amber"})
        assert "Enter the reason" in response.content.decode()
        client.post(url, {"rag": "amber", "reason": "A backlog from one service, cleared."})
        action.refresh_from_db()
        assert action.rag_override == "amber"
        entry = AuditLog.objects.filter(object_type="improvement.Action").latest("at")
        assert entry.changes["reason"] == "A backlog from one service, cleared."
        page = client.get(reverse("improvement:action", args=[action.pk])).content.decode()
        assert "nhsuk-tag--orange" in page and "A backlog from one service" in page


class TestThePlan:
    def test_the_dco_adds_a_priority_and_an_action_with_a_milestone(self, area, client_for):
        client = client_for(area.dco)
        statement = Statement.objects.filter(principle__framework=inspection_framework()).first()
        client.post(
            reverse("improvement:priority_new"),
            {"title": "Timely advice", "statements": [statement.pk]},
        )
        priority = statement.priorities.get()
        due = timezone.localdate() + timedelta(days=60)
        response = client.post(
            reverse("improvement:action_new", args=[priority.pk]),
            {
                "title": "Chase weekly",
                "owner": "Sam Patel, DCO",
                "organisation": area.provider.pk,
                "due_on_day": due.day,
                "due_on_month": due.month,
                "due_on_year": due.year,
                "status": ActionStatus.NOT_STARTED,
                "measure": "",
            },
        )
        action = Action.objects.get()
        assert response["Location"] == reverse("improvement:action", args=[action.pk])
        assert action.next_reminder_on == due - timedelta(days=14)
        client.post(
            reverse("improvement:milestone_new", args=[action.pk]),
            {
                "title": "Template agreed",
                "due_on_day": due.day,
                "due_on_month": due.month,
                "due_on_year": due.year,
            },
        )
        assert action.milestones.count() == 1

    def test_the_plan_page_does_not_grow_in_queries_with_actions(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        measure = make_measure(area.icb)
        make_action(area.icb, area.la, measure=measure)
        client.get(reverse("improvement:plan"))
        with django_assert_max_num_queries(40) as few:
            client.get(reverse("improvement:plan"))
        for _ in range(15):
            make_action(area.icb, area.provider, measure=measure)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(reverse("improvement:plan"))

    def test_exports(self, area, client_for):
        make_action(area.icb, area.la, measure=make_measure(area.icb))
        client = client_for(area.dco)
        assert client.get(reverse("improvement:plan_pdf")).content.startswith(b"%PDF")
        sheet = client.get(reverse("improvement:plan_xlsx")).content
        with zipfile.ZipFile(io.BytesIO(sheet)) as book:
            assert "xl/workbook.xml" in book.namelist()


class TestRemindersAndTheQueue:
    def test_reminders_before_and_after_the_due_date_go_once(self, area):
        area.icb.email = "dco@icb.nhs.invalid"
        area.icb.save()
        today = timezone.localdate()
        action = make_action(area.icb, area.la, due_on=today + timedelta(days=14))
        Action.objects.filter(pk=action.pk).update(next_reminder_on=today)
        assert run_committed(send_improvement_action_reminders) == 1
        assert run_committed(send_improvement_action_reminders) == 0
        assert mail.outbox[0].to == ["dco@icb.nhs.invalid"]
        assert action.reference in mail.outbox[0].subject
        action.refresh_from_db()
        assert action.next_reminder_on == action.due_on

    def test_overdue_actions_are_on_the_dcos_queue(self, area):
        make_action(area.icb, area.la, due_on=date(2020, 1, 1))
        make_action(area.icb, area.la, due_on=date(2020, 1, 1), status=ActionStatus.DONE)
        found = [
            p
            for p in panels(Scope.for_user(area.dco), timezone.localdate(), QUEUE)
            if p.key == "improvement-overdue"
        ]
        assert found and found[0].count == 1
        assert not [
            p
            for p in panels(Scope.for_user(area.la_user), timezone.localdate(), QUEUE)
            if p.key == "improvement-overdue"
        ]


class TestTheInspectionPack:
    def test_the_parts_give_the_latest_self_evaluation_and_the_plan(self, area):
        make_evaluation(area.icb, year=2025, quarter=4, published=True)
        make_evaluation(area.icb, year=2026, quarter=1)
        make_action(area.icb, area.la, measure=make_measure(area.icb))
        scope = Scope.for_user(area.dco)
        files = [f for part in inspection.PACK_PARTS for f in part(scope, None)]
        names = [name for name, _ in files]
        assert names == [
            "self-evaluation/self-evaluation-2026-q1.pdf",
            "improvement-plan/improvement-plan.pdf",
            "improvement-plan/improvement-plan.xlsx",
        ]
        assert files[0][1].startswith(b"%PDF")

    def test_the_board_gets_only_what_is_published(self, area):
        make_evaluation(area.icb, year=2025, quarter=4, published=True)
        make_evaluation(area.icb, year=2026, quarter=1)
        make_action(area.icb, area.la)
        scope = Scope.for_user(area.board)
        files = [f for part in inspection.PACK_PARTS for f in part(scope, None)]
        assert [name for name, _ in files] == ["self-evaluation/self-evaluation-2025-q4.pdf"]


def test_the_self_evaluations_page_does_not_grow_in_queries(
    area, client_for, django_assert_max_num_queries
):
    client = client_for(area.dco)
    make_evaluation(area.icb, year=2020, quarter=1, published=True)
    client.get(reverse("improvement:home"))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("improvement:home"))
    for year in range(2021, 2026):
        for quarter in (1, 2, 3, 4):
            make_evaluation(area.icb, year=year, quarter=quarter, published=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("improvement:home")).content.decode()
    assert page.index("Q4 2025-26") < page.index("Q1 2020-21")  # newest first
