"""Every row the demo seeds makes sense against the child's age and its own dates: nothing
before birth, reviews after plans, approvals after proposals, preparing-for-adulthood
milestones only at the ages they apply to, nothing implausibly overdue. One test per register,
each running the seeded rows through the register's own rules; and the deep-dive cohort the
README promises."""

import datetime
from datetime import timedelta

import pytest

from sendhealth.advice.models import AdviceAssignment, AdviceRequest, AssignmentStatus
from sendhealth.assurance.models import EhcPlanSections
from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.disagreements import domain as disagreement_rules
from sendhealth.disagreements.models import Disagreement, TribunalRecommendation
from sendhealth.enquiries.models import Enquiry
from sendhealth.medicalconditions.models import HealthcarePlan
from sendhealth.notifications.domain import age_refusal
from sendhealth.notifications.models import Section23Notification
from sendhealth.panels.models import Package
from sendhealth.rules import add_months, age_on, health_advice_due
from sendhealth.safeguarding.domain import date_errors, is_overdue
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.transitions import domain as pfa
from sendhealth.transitions.models import AnnualReview, EhcPlan

TODAY = datetime.date(2026, 3, 2)
OPTIONS = seeding.SeedOptions(children=400, requests=120, seed=2014, today=TODAY)
MOST_OVERDUE = timedelta(days=300)  # a one-off item older than this would have been done


@pytest.fixture
def seeded(db):
    return seeding.seed_area(OPTIONS)


def test_the_deep_dive_cohort_is_the_top_of_the_children_list_and_in_every_register(seeded):
    top = list(Child.objects.order_by("-created_at", "-pk")[: seeding.DEEP_DIVE_CHILDREN])
    ages = sorted(age_on(c.date_of_birth, TODAY) for c in top)
    assert ages == sorted(seeding.DEEP_DIVE_AGES)
    for child in top:
        for model in (
            AdviceRequest,
            Enquiry,
            EhcPlan,
            Disagreement,
            Package,
            SafeguardingReferral,
            EhcPlanSections,
        ):
            assert model.objects.filter(child=child).exists(), (model.__name__, child.pk)
        tracked = pfa.is_tracked(child.date_of_birth, TODAY)
        assert tracked == (age_on(child.date_of_birth, TODAY) >= 14)


def test_advice_requests_follow_the_childs_birth_and_the_statutory_clock(seeded):
    for a in AdviceAssignment.objects.select_related("request__child"):
        request = a.request
        assert request.child.date_of_birth < request.la_received_on <= request.health_received_on
        assert request.health_received_on <= a.received_on <= TODAY
        assert a.due_on == health_advice_due(request.health_received_on)
        if a.status == AssignmentStatus.AWAITING:
            assert a.due_on >= TODAY - timedelta(days=110), "overdue by months, not years"


def test_enquiries_come_after_the_birth_of_the_child_they_are_about(seeded):
    for e in Enquiry.objects.select_related("child"):
        opened = e.opened_at
        if e.child is not None:
            assert e.child.date_of_birth < opened.date(), e.pk
        assert opened.date() <= TODAY
        if e.first_answered_at:
            assert opened <= e.first_answered_at
        if e.closed_at:
            assert e.first_answered_at and e.first_answered_at <= e.closed_at


def test_section_23_notifications_are_for_children_under_compulsory_school_age(seeded):
    notifications = list(Section23Notification.objects.select_related("child"))
    assert notifications
    for n in notifications:
        assert age_refusal(n.child.date_of_birth, n.opinion_on) is None, n.pk
        assert n.opinion_on <= n.notified_on <= TODAY
        if n.acknowledged_on:
            assert n.notified_on <= n.acknowledged_on <= TODAY


def test_disagreements_pass_their_rules_and_recommendations_follow_a_decision(seeded):
    for d in Disagreement.objects.select_related("child"):
        facts = disagreement_rules.DisagreementDates(
            kind=d.kind,
            registered=d.registered_on,
            decision_letter=d.decision_letter_on,
            certificate=d.mediation_certificate_on,
            hearing=d.hearing_on,
            outcome=d.outcome,
            outcome_on=d.outcome_on,
        )
        assert disagreement_rules.disagreement_errors(facts, TODAY) == {}, d.pk
        first = d.decision_letter_on or d.registered_on
        assert add_months(d.child.date_of_birth, 24) <= first, d.pk
    for r in TribunalRecommendation.objects.select_related("disagreement"):
        d = r.disagreement
        assert disagreement_rules.recommendation_refusal(d.kind, d.outcome, d.outcome_on) is None
        assert disagreement_rules.recommendation_issued_error(r.issued_on, d.outcome_on) is None
        if r.responded_on:
            facts = disagreement_rules.ResponseFacts(
                issued=r.issued_on,
                response=r.response,
                reasons=r.reasons,
                responded_on=r.responded_on,
                sent_to_parent=r.sent_to_parent,
                sent_to_la=r.sent_to_la,
            )
            assert disagreement_rules.response_errors(facts, TODAY) == {}, r.pk


def test_packages_start_after_birth_and_approvals_follow_the_proposal(seeded):
    packages = list(Package.objects.select_related("child").prefetch_related("approvals"))
    assert packages
    for p in packages:
        assert p.child.date_of_birth < p.created_at.date() <= p.starts_on < p.review_on, p.pk
        for approval in p.approvals.all():
            assert p.created_at < approval.approved_at <= (p.approved_at or approval.approved_at)


def test_safeguarding_referrals_follow_birth_and_none_is_months_overdue(seeded):
    for r in SafeguardingReferral.objects.select_related("child"):
        assert r.child.date_of_birth < r.referred_on, r.pk
        assert date_errors(r.referred_on, r.follow_up_due_on, r.follow_up_done_on, TODAY) == {}
        if is_overdue(r.follow_up_due_on, r.follow_up_done_on, TODAY):
            assert r.follow_up_due_on >= TODAY - timedelta(days=42), r.pk


def test_plans_reviews_and_milestones_fit_the_young_persons_age(seeded):
    plans = list(EhcPlan.objects.select_related("child"))
    assert plans
    for plan in plans:
        dob = plan.child.date_of_birth
        assert pfa.nth_birthday(dob, 3) <= plan.issued_on <= TODAY
        if plan.last_reviewed_on:
            assert plan.last_reviewed_on >= add_months(plan.issued_on, 6), plan.pk
        for name in ("transition_plan_on", "adult_services_on", "handover_on"):
            done = getattr(plan, name)
            assert pfa.done_date_error(name, done, issued_on=plan.issued_on, today=TODAY) is None
        check = plan.last_health_check_on
        assert pfa.health_check_date_error(check, dob=dob, today=TODAY) is None
        # milestones only at the ages they apply to
        year9 = pfa.year9_start(dob)
        for done in (plan.transition_plan_on, plan.adult_services_on):
            assert done is None or done >= year9, plan.pk
        assert plan.handover_on is None or plan.handover_on >= pfa.nth_birthday(dob, 17)
        assessed = plan.health_assessment_on
        assert assessed is None or assessed >= pfa.nth_birthday(dob, 18)
        if not pfa.is_tracked(dob, TODAY):
            assert not (plan.transition_plan_on or plan.adult_services_on or plan.handover_on)
        # the preparing-for-adulthood queue: due or overdue by months at most, never years
        for item in pfa.due_items(plan, dob, TODAY):
            assert item.due_on >= TODAY - MOST_OVERDUE, (plan.pk, item)
    for review in AnnualReview.objects.select_related("plan"):
        assert review.plan.issued_on < review.held_on <= TODAY
        if review.contribution_submitted_on:
            assert review.plan.issued_on <= review.contribution_submitted_on < review.held_on


def test_audited_plan_sections_were_finalised_after_the_childs_second_birthday(seeded):
    sections = list(EhcPlanSections.objects.select_related("child"))
    assert sections
    for s in sections:
        assert add_months(s.child.date_of_birth, 24) <= s.finalised_on < TODAY, s.pk


def test_healthcare_plans_are_for_pupils_of_2_or_more_agreed_after_that_birthday(seeded):
    """A 9-month-old's plan at a primary school, agreed before the birth, was in the demo
    (IHP-000028)."""
    plans = list(HealthcarePlan.objects.select_related("child"))
    assert plans
    for plan in plans:
        born = plan.child.date_of_birth
        assert add_months(born, 24) <= plan.agreed_on <= TODAY, plan.pk
        assert plan.agreed_on <= plan.review_due_on, plan.pk
    youngest = min(plans, key=lambda p: -p.child.date_of_birth.toordinal())
    assert age_on(youngest.child.date_of_birth, TODAY) >= 2


def test_the_demo_return_links_health_advice_to_its_assessments(seeded):
    """The demo SEN2 return's requests are the LA's requests for health advice (same child,
    same day), decided before health was asked, so a new user sees health's part in the 20
    weeks: plans issued with health advice, open assessments, and every date where the law
    puts it."""
    from sendhealth.advice.models import AdviceRequest
    from sendhealth.assessments.models import Assessment

    linked = AdviceRequest.objects.filter(assessment__isnull=False).select_related("assessment")
    assert linked.exists()
    for advice in linked:
        assert advice.assessment.received_on == advice.la_received_on, advice.pk
        assert advice.assessment.child_id == advice.child_id, advice.pk
        # The LA seeks advice once it has decided to assess (reg 6(1)), not before.
        decided = advice.assessment.request_outcome_on
        assert decided is None or advice.la_received_on < decided, advice.pk
        assert decided is None or decided <= advice.health_received_on, advice.pk
    with_advice = Assessment.objects.filter(advice_requests__isnull=False).distinct()
    assert any(a.plan_issued for a in with_advice)
    for a in with_advice:
        assert a.received_on <= TODAY and (a.plan_issued_on or TODAY) <= TODAY, a.pk
