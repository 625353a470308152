"""Recording an assessment by hand: the LA records the request, then the decision, the draft,
the final plan (the transitions register's EhcPlan), exceptions, mediation and the plan's end;
statutory dates from the rules; a form that is not valid writes nothing. The at-risk panel on
the DCO's queue."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sendhealth import rules
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.assessments.models import Assessment
from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.core.presenters import format_date
from sendhealth.transitions.models import EhcPlan


def _date(prefix: str, day: date | None) -> dict:
    if day is None:
        return {f"{prefix}_day": "", f"{prefix}_month": "", f"{prefix}_year": ""}
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")


def _steps(**changes) -> dict:
    data = {"decision": "not_yet", "outcome": "not_yet", "cease_reason": ""}
    for name in ("decided_on", "draft_plan_on", "outcome_on", "ceased_on"):
        data.update(_date(name, changes.pop(name, None)))
    data.update(changes)
    return data


def test_the_la_records_a_request_and_its_steps_to_a_final_plan(area, child, client_for):
    received = timezone.localdate() - timedelta(weeks=40)
    advice = AdviceRequestFactory(child=child, la_received_on=received)
    client = client_for(area.users["la_user"])
    assert "Record a request for an assessment" in client.get(reverse("assessments:list")).text
    response = client.post(
        reverse("assessments:new"),
        {
            "nhs_number": child.nhs_number,
            **_date("date_of_birth", child.date_of_birth),
            **_date("received_on", received),
            "request_source": "2",
        },
    )
    assert response.status_code == 302, response.text[:2000]
    assessment = Assessment.objects.get(child=child)
    assert assessment.local_authority == area.la and assessment.request_source == "2"
    advice.refresh_from_db()
    assert advice.assessment == assessment
    due = rules.ehc_deadlines(received)
    page = client.get(reverse("assessments:steps", args=[assessment.pk])).text
    assert f"Due by {format_date(due.decision_to_assess)} (6 weeks" in page
    assert f"the final plan by {format_date(due.final_plan)} (20 weeks" in page

    decided, draft, issued = (
        received + timedelta(days=40),
        received + timedelta(days=120),
        (received + timedelta(days=150)),
    )
    response = client.post(
        reverse("assessments:steps", args=[assessment.pk]),
        _steps(
            decision="assess",
            decided_on=decided,
            draft_plan_on=draft,
            outcome="plan",
            outcome_on=issued,
            exceptions=["final_plan"],
            disputes=["request_mediation"],
        ),
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:4000]
    assessment.refresh_from_db()
    assert assessment.request_outcome_on == decided and assessment.draft_plan_on == draft
    assert assessment.plan_issued_on == issued and assessment.week20 is True
    assert assessment.exception_final_plan and assessment.request_mediation
    plan = EhcPlan.objects.get(child=child)
    assert assessment.final_plan == plan and plan.issued_on == issued
    audited = AuditLog.objects.filter(object_type="assessments.Assessment", object_id=assessment.pk)
    assert set(audited.values_list("action", flat=True)) >= {"create", "update"}
    detail = client.get(reverse("assessments:detail", args=[assessment.pk])).text
    assert "Plan within 20 weeks" in detail and f"{format_date(issued)}" in detail
    assert reverse("transitions:plan", args=[plan.pk]) in detail

    # The plan ceases: the transitions register's plan ceases with it, no second plan.
    ceased = issued + timedelta(days=20)
    response = client.post(
        reverse("assessments:steps", args=[assessment.pk]),
        _steps(
            decision="assess",
            decided_on=decided,
            outcome="plan",
            outcome_on=issued,
            ceased_on=ceased,
            cease_reason="2",
        ),
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:4000]
    plan.refresh_from_db()
    assert plan.ceased_on == ceased and EhcPlan.objects.filter(child=child).count() == 1


def test_the_childs_live_plan_becomes_the_final_plan_not_a_copy(area, child, client_for):
    received = timezone.localdate() - timedelta(weeks=30)
    live = EhcPlan.objects.create(
        child=child, local_authority=area.la, icb=area.icb, issued_on=received + timedelta(days=130)
    )
    assessment = AssessmentFactory(child=child, received_on=received)
    response = client_for(area.users["dco"]).post(
        reverse("assessments:steps", args=[assessment.pk]),
        _steps(
            decision="assess",
            decided_on=received + timedelta(days=30),
            outcome="plan",
            outcome_on=received + timedelta(days=135),
        ),
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:4000]
    assessment.refresh_from_db()
    live.refresh_from_db()
    assert assessment.final_plan == live and EhcPlan.objects.count() == 1
    assert live.issued_on == received + timedelta(days=135)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"decision": "assess"}, "decided_on", "Enter the date of the decision"),
        (
            {"decision": "not_assess", "decided_on": -1, "outcome": "plan", "outcome_on": 10},
            "outcome",
            "Record the decision to assess first",
        ),
        ({"decision": "assess", "decided_on": -5}, "decided_on", "on or after the date"),
        ({"ceased_on": 10, "cease_reason": "2"}, "ceased_on", "Only an issued plan can cease"),
        (
            {
                "decision": "assess",
                "decided_on": 20,
                "outcome": "plan",
                "outcome_on": 100,
                "ceased_on": 120,
            },
            "cease_reason",
            "Select why the plan ceased",
        ),
    ],
)
def test_steps_out_of_order_are_refused_and_nothing_is_written(
    area, child, client_for, changes, field, message
):
    received = timezone.localdate() - timedelta(weeks=30)
    assessment = AssessmentFactory(child=child, received_on=received)
    for name in ("decided_on", "outcome_on", "ceased_on"):
        if name in changes:
            changes[name] = received + timedelta(days=changes[name])
    response = client_for(area.users["la_user"]).post(
        reverse("assessments:steps", args=[assessment.pk]), _steps(**changes)
    )
    assert response.status_code == 200
    assert message in response.text
    assessment.refresh_from_db()
    assert assessment.request_outcome_on is None and assessment.final_plan is None
    assert not EhcPlan.objects.exists()


def test_a_child_not_found_writes_nothing(area, child, client_for):
    response = client_for(area.users["la_user"]).post(
        reverse("assessments:new"),
        {
            "nhs_number": child.nhs_number,
            **_date("date_of_birth", child.date_of_birth + timedelta(days=1)),
            **_date("received_on", timezone.localdate()),
            "request_source": "1",
        },
    )
    assert response.status_code == 200 and "No child of your area" in response.text
    assert not Assessment.objects.exists()


def test_another_las_user_cannot_record_for_a_child_not_theirs(area, child, client_for):
    response = client_for(area.users["other_la_user"]).post(
        reverse("assessments:new"),
        {
            "nhs_number": child.nhs_number,
            **_date("date_of_birth", child.date_of_birth),
            **_date("received_on", timezone.localdate()),
            "request_source": "1",
        },
    )
    assert response.status_code == 200 and not Assessment.objects.exists()


def test_an_assessment_at_risk_is_on_the_dco_queue(area, child, client_for):
    today = timezone.localdate()
    received = today - timedelta(weeks=16)  # 20-week date in 4 weeks
    assessment = AssessmentFactory(child=child, received_on=received)
    request = AdviceRequestFactory(
        child=child, la_received_on=received, health_received_on=received, assessment=assessment
    )
    AdviceAssignmentFactory(request=request, service=area.salt, due_on=today - timedelta(days=3))
    calm = AssessmentFactory(child=ChildFactory(local_authority=area.la), received_on=today)
    page = client_for(area.users["dco"]).get(reverse("advice:queue")).text
    assert "EHC needs assessments at risk of missing 20 weeks" in page
    assert assessment.reference in page and calm.reference not in page
    assert "View all 1 assessments at risk" in page
    other = client_for(area.users["outsider_dco"]).get(reverse("advice:queue")).text
    assert assessment.reference not in other


def test_an_assessment_with_two_overdue_requests_is_at_risk_once(area, child, client_for):
    """The at-risk list asks whether any of an assessment's advice is overdue: two overdue
    assignments (on two requests) list the assessment once and count it once; advice returned
    on time or not yet due does not put an assessment at risk."""
    today = timezone.localdate()
    received = today - timedelta(weeks=17)
    twice = AssessmentFactory(child=child, received_on=received)
    for _ in range(2):
        request = AdviceRequestFactory(
            child=child, la_received_on=received, health_received_on=received, assessment=twice
        )
        AdviceAssignmentFactory(
            request=request, service=area.salt, due_on=today - timedelta(days=1)
        )
    other_child = ChildFactory(local_authority=area.la)
    not_due = AssessmentFactory(child=other_child, received_on=received)
    request = AdviceRequestFactory(
        child=other_child, la_received_on=received, health_received_on=received, assessment=not_due
    )
    AdviceAssignmentFactory(request=request, service=area.salt, due_on=today)
    page = client_for(area.users["dco"]).get(reverse("advice:queue")).text
    assert page.count(twice.reference) == 1 and not_due.reference not in page
    assert "View all 1 assessments at risk" in page
    listed = client_for(area.users["dco"]).get(reverse("assessments:list") + "?view=at_risk").text
    assert twice.reference in listed and not_due.reference not in listed


def test_a_request_the_la_decided_not_to_assess_has_no_later_clock(area, child, client_for):
    """SEN2 item 2.5: once the LA decides not to assess, no 16- or 20-week date applies. The
    decision typed by hand is kept as code "N"; the page says why the later dates do not apply,
    the list shows "Not assessed", and overdue advice does not put it at risk."""
    today = timezone.localdate()
    received = today - timedelta(weeks=17)  # a 20-week date three weeks off, were it open
    assessment = AssessmentFactory(child=child, received_on=received)
    request = AdviceRequestFactory(
        child=child, la_received_on=received, health_received_on=received, assessment=assessment
    )
    AdviceAssignmentFactory(request=request, service=area.salt, due_on=today - timedelta(days=3))
    client = client_for(area.users["dco"])
    assert assessment.reference in client.get(reverse("advice:queue")).text  # at risk while open

    response = client.post(
        reverse("assessments:steps", args=[assessment.pk]),
        _steps(decision="not_assess", decided_on=received + timedelta(days=40)),
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:4000]
    assessment.refresh_from_db()
    assert assessment.request_outcome == "N" and assessment.final_plan_due is None
    detail = client.get(reverse("assessments:detail", args=[assessment.pk])).text
    assert detail.count("Not applicable: the local authority decided not to assess") == 2
    assert format_date(rules.ehc_deadlines(received).final_plan) not in detail
    listed = client.get(reverse("assessments:list")).text
    row = listed[listed.find(assessment.reference) :]
    row = row[: row.find("</tr>")]
    assert "Not applicable" in row and "Not assessed" in row
    assert assessment.reference not in client.get(reverse("advice:queue")).text
    at_risk = client.get(reverse("assessments:list") + "?view=at_risk").text
    assert assessment.reference not in at_risk

    # The LA changes its mind and records the decision to assess: the clock is back.
    response = client.post(
        reverse("assessments:steps", args=[assessment.pk]),
        _steps(decision="assess", decided_on=received + timedelta(days=40)),
    )
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.request_outcome == "Y"
    assert assessment.final_plan_due == rules.ehc_deadlines(received).final_plan
    assert assessment.reference in client.get(reverse("advice:queue")).text


@pytest.mark.parametrize(
    ("request_outcome", "assessment_outcome", "ended"),
    [
        ("Y", "", None),
        ("Y", "A", None),
        ("Y", "Y", None),
        ("A", "", None),
        ("H", "", None),
        ("", "", None),
        ("N", "", "the local authority decided not to assess"),
        ("W", "", "the request was withdrawn before the decision whether to assess"),
        ("Y", "N", "the local authority decided not to issue a plan"),
        ("Y", "W", "the request was withdrawn before the decision whether to issue a plan"),
    ],
)
def test_which_sen2_outcomes_end_the_20_week_clock(request_outcome, assessment_outcome, ended):
    a = Assessment(
        received_on=date(2026, 1, 5),
        request_outcome=request_outcome,
        assessment_outcome=assessment_outcome,
    )
    assert a.clock_ended == ended
    assert a.final_plan_due == (None if ended else date(2026, 5, 25))
    assert (a.not_assessed is None) == (request_outcome not in ("N", "W"))


def test_a_return_withdrawal_survives_an_edit_by_hand(area, child, client_for):
    """A code the LA's return holds that says the same as the decision typed (W: withdrawn)
    is kept when the steps are saved again; a different decision replaces it."""
    received = timezone.localdate() - timedelta(weeks=10)
    a = AssessmentFactory(child=child, received_on=received, request_outcome="W")
    client = client_for(area.users["la_user"])
    steps = reverse("assessments:steps", args=[a.pk])
    client.post(steps, _steps(decision="not_assess", decided_on=received + timedelta(days=3)))
    a.refresh_from_db()
    assert a.request_outcome == "W"
    client.post(steps, _steps(decision="assess", decided_on=received + timedelta(days=3)))
    a.refresh_from_db()
    assert a.request_outcome == "Y"
