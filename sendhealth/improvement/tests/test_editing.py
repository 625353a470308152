"""Changing and removing what the pages create (priorities, measures, milestones) and
withdrawing a publication: the DCO and DCO team only, through services that lock, audit and
record in one transaction; bad input is refused with a message and writes nothing."""

import datetime

import pytest
from django.urls import reverse

from sendhealth.core.audit import Auditor
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.improvement import services
from sendhealth.improvement.models import (
    Action,
    Measure,
    Milestone,
    Priority,
    PublicationStatus,
)
from sendhealth.improvement.tests.factories import make_action, make_evaluation, make_measure

PRIORITY = {"title": "Shorter waits for therapy", "description": "Children wait under 18 weeks"}
MEASURE = {
    "figure": "advice_overdue",
    "name": "Advice overdue",
    "target": "2.0",
    "direction": "lower",
}
MILESTONE = {
    "title": "Recovery plan agreed",
    "due_on_day": "1",
    "due_on_month": "6",
    "due_on_year": "2029",
}


def _audited(model, action=AuditAction.UPDATE):
    return AuditLog.objects.filter(object_type=model._meta.label, action=action)


@pytest.fixture
def action(area):
    action = make_action(area.icb, area.la, measure=make_measure(area.icb))
    Milestone.objects.create(action=action, title="Chase list", due_on=datetime.date(2029, 1, 1))
    return action


class TestWhoMayChange:
    @pytest.mark.parametrize("role", ["la_user", "provider_user", "board"])
    def test_only_the_dco_service_changes_the_plan(self, area, client_for, action, role):
        client = client_for(getattr(area, role))
        milestone = action.milestones.get()
        for name, pk, data in (
            ("improvement:priority_edit", action.priority_id, PRIORITY),
            ("improvement:priority_remove", action.priority_id, {}),
            ("improvement:measure_edit", action.measure_id, MEASURE),
            ("improvement:measure_remove", action.measure_id, {}),
            ("improvement:milestone_edit", milestone.pk, MILESTONE),
            ("improvement:milestone_remove", milestone.pk, {}),
        ):
            assert client.post(reverse(name, args=[pk]), data).status_code == 403
        assert client.post(reverse("improvement:plan_withdraw"), {"reason": "x"}).status_code == 403
        assert Priority.objects.filter(pk=action.priority_id).exists()
        assert Measure.objects.filter(pk=action.measure_id).exists()
        assert Milestone.objects.filter(pk=milestone.pk).exists()
        assert not AuditLog.objects.filter(action=AuditAction.DELETE).exists()

    def test_the_dco_team_may(self, area, client_for, action):
        response = client_for(area.dco_team).post(
            reverse("improvement:priority_edit", args=[action.priority_id]), PRIORITY
        )
        assert response.status_code == 302
        assert Priority.objects.get(pk=action.priority_id).title == PRIORITY["title"]

    def test_another_icbs_dco_gets_not_found(self, area, client_for, action):
        response = client_for(area.outsider_dco).post(
            reverse("improvement:measure_remove", args=[action.measure_id])
        )
        assert response.status_code == 404
        assert Measure.objects.filter(pk=action.measure_id).exists()


class TestPriorities:
    def test_the_dco_changes_a_priority_and_its_statements(self, area, client_for, action):
        evaluation = make_evaluation(area.icb)
        statement = evaluation.ratings.first().statement
        response = client_for(area.dco).post(
            reverse("improvement:priority_edit", args=[action.priority_id]),
            {**PRIORITY, "statements": [statement.pk]},
        )
        assert response.status_code == 302
        priority = Priority.objects.get(pk=action.priority_id)
        assert priority.title == PRIORITY["title"]
        assert list(priority.statements.all()) == [statement]
        entry = _audited(Priority).get()
        assert entry.changes["fields"] == ["title", "description", "statements"]

    def test_a_priority_needs_its_title(self, area, client_for, action):
        response = client_for(area.dco).post(
            reverse("improvement:priority_edit", args=[action.priority_id]), {"title": ""}
        )
        assert response.status_code == 200
        assert "Enter the priority" in response.content.decode()
        assert not _audited(Priority).exists()

    def test_a_priority_with_actions_stays(self, area, client_for, action):
        client = client_for(area.dco)
        response = client.post(reverse("improvement:priority_remove", args=[action.priority_id]))
        assert response.status_code == 302
        assert Priority.objects.filter(pk=action.priority_id).exists()
        assert not _audited(Priority, AuditAction.DELETE).exists()
        Action.objects.filter(pk=action.pk).delete()
        client.post(reverse("improvement:priority_remove", args=[action.priority_id]))
        assert not Priority.objects.filter(pk=action.priority_id).exists()
        assert _audited(Priority, AuditAction.DELETE).get().changes["title"]


class TestMeasures:
    def test_the_dco_changes_a_measures_target(self, area, client_for, action):
        response = client_for(area.dco).post(
            reverse("improvement:measure_edit", args=[action.measure_id]), MEASURE
        )
        assert response.status_code == 302
        measure = Measure.objects.get(pk=action.measure_id)
        assert measure.target == 2 and measure.name == "Advice overdue"
        assert set(_audited(Measure).get().changes["fields"]) == {"name", "target"}

    def test_a_target_must_be_a_number(self, area, client_for, action):
        response = client_for(area.dco).post(
            reverse("improvement:measure_edit", args=[action.measure_id]),
            {**MEASURE, "target": "soon"},
        )
        assert response.status_code == 200
        assert "nhsuk-error-summary" in response.content.decode()
        assert Measure.objects.get(pk=action.measure_id).target == 0
        assert not _audited(Measure).exists()

    def test_removing_a_measure_leaves_its_actions(self, area, client_for, action):
        client_for(area.dco).post(reverse("improvement:measure_remove", args=[action.measure_id]))
        action.refresh_from_db()
        assert action.measure_id is None
        assert _audited(Measure, AuditAction.DELETE).get().changes["actions"] == [action.pk]


class TestMilestones:
    def test_the_dco_marks_a_milestone_done(self, area, client_for, action):
        milestone = action.milestones.get()
        response = client_for(area.dco).post(
            reverse("improvement:milestone_edit", args=[milestone.pk]),
            {**MILESTONE, "done_on_day": "2", "done_on_month": "1", "done_on_year": "2026"},
        )
        assert response.status_code == 302
        milestone.refresh_from_db()
        assert milestone.done_on == datetime.date(2026, 1, 2)
        assert set(_audited(Milestone).get().changes["fields"]) == {"title", "due_on", "done_on"}

    def test_a_milestone_needs_a_real_due_date(self, area, client_for, action):
        milestone = action.milestones.get()
        response = client_for(area.dco).post(
            reverse("improvement:milestone_edit", args=[milestone.pk]),
            {**MILESTONE, "due_on_month": "13"},
        )
        assert response.status_code == 200
        milestone.refresh_from_db()
        assert milestone.title == "Chase list"
        assert not _audited(Milestone).exists()

    def test_the_dco_removes_a_milestone(self, area, client_for, action):
        milestone = action.milestones.get()
        page = client_for(area.dco).get(reverse("improvement:action", args=[action.pk]))
        assert reverse("improvement:milestone_remove", args=[milestone.pk]) in page.content.decode()
        client_for(area.dco).post(reverse("improvement:milestone_remove", args=[milestone.pk]))
        assert not action.milestones.exists()
        assert _audited(Milestone, AuditAction.DELETE).get().changes["title"] == "Chase list"


class TestWithdrawingPublication:
    def test_the_dco_withdraws_a_self_evaluation_with_a_reason(self, area, client_for):
        evaluation = make_evaluation(area.icb, published=True)
        client = client_for(area.dco)
        url = reverse("improvement:withdraw", args=[evaluation.pk])
        response = client.post(url, {"reason": "   "})
        assert response.status_code == 200
        assert "Enter the reason" in response.content.decode()
        evaluation.refresh_from_db()
        assert evaluation.is_published
        client.post(url, {"reason": "A rating was entered against the wrong statement"})
        evaluation.refresh_from_db()
        assert evaluation.status == PublicationStatus.DRAFT and evaluation.published_at is None
        entry = AuditLog.objects.filter(
            object_type="improvement.SelfEvaluation", changes__status="withdrawn"
        ).get()
        assert entry.changes["reason"] == "A rating was entered against the wrong statement"
        assert entry.actor == area.dco
        # a draft again: the board no longer sees it, the DCO can rate it again
        board = client_for(area.board).get(reverse("improvement:evaluation", args=[evaluation.pk]))
        assert board.status_code == 404

    def test_withdrawing_a_draft_is_refused(self, area):
        evaluation = make_evaluation(area.icb)
        with pytest.raises(services.EvaluationError, match="not published"):
            services.withdraw_evaluation(evaluation, "why", auditor=Auditor.for_system("test"))

    def test_a_reason_is_needed_by_the_service_too(self, area):
        evaluation = make_evaluation(area.icb, published=True)
        with pytest.raises(services.EvaluationError, match="reason"):
            services.withdraw_evaluation(evaluation, " ", auditor=Auditor.for_system("test"))

    def test_the_dco_withdraws_the_plan(self, area, client_for):
        action = make_action(area.icb, area.la, published=True)
        client = client_for(area.dco)
        assert "Withdraw the plan" in client.get(reverse("improvement:plan")).content.decode()
        client.post(reverse("improvement:plan_withdraw"), {"reason": "Priorities are being reset"})
        plan = action.priority.plan
        plan.refresh_from_db()
        assert not plan.is_published
        entry = AuditLog.objects.get(
            object_type="improvement.ImprovementPlan", changes__status="withdrawn"
        )
        assert entry.changes["reason"] == "Priorities are being reset"
        board = client_for(area.board).get(reverse("improvement:action", args=[action.pk]))
        assert board.status_code == 404
