"""Lines are made from the accepted advice when an EHC plan becomes final: the assessment
records its final plan, or a plan is recorded in the transitions register. In the same
transaction, audited, and never twice."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from sendhealth.assessments.tests.factories import AssessmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.provision.models import PlanLine, Source
from sendhealth.provision.tests.test_views import _accepted_advice
from sendhealth.transitions.models import EhcPlan

ITEMS = [
    ("Direct speech and language therapy", "Speech and language therapist", "weekly", "30 min"),
    ("Access to therapy as required", "", "", ""),
]


def _day(prefix, day):
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


def _steps(received, issued):
    return {
        "decision": "assess",
        "outcome": "plan",
        "cease_reason": "",
        **_day("decided_on", received + timedelta(days=30)),
        **_day("outcome_on", issued),
        **{
            f"{n}_{p}": "" for n in ("draft_plan_on", "ceased_on") for p in ("day", "month", "year")
        },
    }


def test_the_final_plan_recorded_on_the_assessment_gets_its_lines_once(area, client_for):
    child = ChildFactory(local_authority=area.la)
    received = timezone.localdate() - timedelta(weeks=30)
    issued = received + timedelta(days=130)
    _accepted_advice(EhcPlan(child=child), area.salt, *ITEMS)
    assessment = AssessmentFactory(child=child, received_on=received)
    client = client_for(area.users["la_user"])
    url = reverse("assessments:steps", args=[assessment.pk])
    response = client.post(url, _steps(received, issued))
    assert response.status_code == 302, response.text[response.text.find("<main") :][:3000]
    plan = EhcPlan.objects.get(child=child)
    lines = PlanLine.objects.filter(plan=plan)
    assert lines.count() == 2
    assert {line.starts_on for line in lines} == {issued}
    assert set(lines.values_list("source", flat=True)) == {Source.ADVICE}
    assert lines.filter(vague=True).count() == 1
    assert AuditLog.objects.filter(object_type="provision.PlanLine", action="create").count() == 2
    # Recorded again (a correction): no second set of lines.
    response = client.post(url, _steps(received, issued))
    assert response.status_code == 302
    assert PlanLine.objects.filter(plan=plan).count() == 2


def test_a_plan_recorded_in_the_transitions_register_gets_its_lines(area, client_for):
    child = ChildFactory(local_authority=area.la)
    _accepted_advice(EhcPlan(child=child), area.salt, *ITEMS[:1])
    issued = timezone.localdate() - timedelta(days=60)
    response = client_for(area.dco).post(
        reverse("transitions:plan_new"),
        {"nhs_number": child.nhs_number, **_day("issued_on", issued)},
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:3000]
    plan = EhcPlan.objects.get(child=child)
    assert PlanLine.objects.filter(plan=plan, source=Source.ADVICE).count() == 1
    # The button on the provision page (for plans issued before) makes no second line.
    client_for(area.dco).post(reverse("provision:from_advice", args=[plan.pk]))
    assert PlanLine.objects.filter(plan=plan).count() == 1


def test_a_ceased_plan_gets_no_lines(area):
    from sendhealth.core.audit import Auditor
    from sendhealth.provision.services import plan_became_final
    from sendhealth.transitions.tests.factories import EhcPlanFactory

    plan = EhcPlanFactory(
        child=ChildFactory(local_authority=area.la), ceased_on=timezone.localdate()
    )
    _accepted_advice(plan, area.salt, *ITEMS[:1])
    assert plan_became_final(plan, auditor=Auditor.for_system("test")) == []


def test_a_plan_new_from_the_las_return_gets_its_lines(area):
    """A final plan the SEN2 import links or makes (``matching.link_plans``) is a plan become
    final too: a new live plan gets the lines of the child's accepted advice; a child with no
    accepted advice gets a plan and no lines."""
    from sendhealth.assessments.matching import link_plans
    from sendhealth.assessments.models import Assessment

    received = timezone.localdate() - timedelta(weeks=30)
    issued = received + timedelta(days=130)
    with_advice, without = (ChildFactory(local_authority=area.la) for _ in range(2))
    _accepted_advice(EhcPlan(child=with_advice), area.salt, *ITEMS)
    for child in (with_advice, without):
        AssessmentFactory(child=child, received_on=received, assessment_outcome_on=issued)
    assert link_plans(Assessment.objects.all()) == 2
    plan = EhcPlan.objects.get(child=with_advice)
    assert PlanLine.objects.filter(plan=plan, source=Source.ADVICE).count() == 2
    assert PlanLine.objects.filter(plan__child=without).count() == 0
    assert AuditLog.objects.filter(object_type="provision.PlanLine", action="create").count() == 2
