"""Mediation and tribunal dates: recorded with the yes/no SEN2 carries, checked in order, the
last day to appeal from the rules (HESC Rules r20(1)), kept when a later return is imported."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sendhealth import rules
from sendhealth.assessments import demo
from sendhealth.assessments.models import Assessment, ImportStatus
from sendhealth.assessments.tests.factories import AssessmentFactory, import_rows
from sendhealth.assessments.tests.test_manual import _date, _steps
from sendhealth.assessments.tests.test_sen2 import people
from sendhealth.assessments.timeline import entries_for_child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.presenters import format_date
from sendhealth.core.scoping import Scope


def _disputes(**dates) -> dict:
    data = {}
    for name in (
        "mediation_on",
        "mediation_certificate_on",
        "appeal_registered_on",
        "hearing_on",
        "tribunal_decision_on",
    ):
        data.update(_date(name, dates.pop(name, None)))
    data.update(dates)
    return data


@pytest.fixture
def assessment(area):
    child = ChildFactory(local_authority=area.la)
    return AssessmentFactory(child=child, received_on=timezone.localdate() - timedelta(weeks=60))


def test_the_la_records_mediation_and_an_appeal_and_sees_the_last_day_to_appeal(
    area, assessment, client_for
):
    received = assessment.received_on
    decided = received + timedelta(days=40)
    certificate = decided + timedelta(days=50)
    response = client_for(area.users["la_user"]).post(
        reverse("assessments:steps", args=[assessment.pk]),
        {
            **_steps(decision="not_assess", decided_on=decided),
            "disputes": ["request_mediation", "request_tribunal"],
            **_disputes(
                mediation_on=decided + timedelta(days=45),
                mediation_certificate_on=certificate,
                appeal_registered_on=certificate + timedelta(days=20),
                hearing_on=certificate + timedelta(days=120),
                tribunal_decision_on=certificate + timedelta(days=130),
                tribunal_outcome="allowed",
                tribunal_order="assess",
            ),
        },
    )
    assert response.status_code == 302, response.text[response.text.find("<main") :][:3000]
    assessment.refresh_from_db()
    assert assessment.request_mediation and assessment.request_tribunal
    assert assessment.mediation_certificate_on == certificate
    assert assessment.tribunal_outcome == "allowed"
    deadline = rules.tribunal_appeal_deadline(decided, certificate)
    assert assessment.appeal_deadline == deadline
    detail = client_for(area.users["la_user"]).get(
        reverse("assessments:detail", args=[assessment.pk])
    )
    assert "Last day to appeal (HESC Rules r20(1), moved by r12)" in detail.text
    assert format_date(deadline) in detail.text and "Appeal allowed" in detail.text
    # Regulation 44: the LA's deadlines run from the day of the order.
    order_made = certificate + timedelta(days=130)
    assert [d.due for d in assessment.order_deadlines] == [
        order_made + timedelta(weeks=2),
        order_made + timedelta(weeks=10),
        order_made + timedelta(weeks=14),
    ]
    assert "Make an EHC needs assessment or reassessment" in detail.text
    for d in assessment.order_deadlines:
        assert f"By {format_date(d.due)}" in detail.text and d.source in detail.text
    (entry,) = [
        e
        for e in entries_for_child(Scope.for_user(area.users["la_user"]), assessment.child)
        if e.title.startswith("Tribunal order")
    ]
    assert entry.on == order_made and "reg 44(2)(b)(ii)" in entry.detail


def test_the_assessment_page_names_the_disputes_as_the_form_does(area, assessment, client_for):
    """The page said "assessment tribunal" (an internal name) where the form had asked about a
    "Tribunal appeal about the assessment's outcome"; and "Health advice within 6 weeks: Not
    complete" when no advice had been asked of health at all."""
    Assessment.objects.filter(pk=assessment.pk).update(
        request_mediation=True, assessment_tribunal=True
    )
    detail = client_for(area.users["la_user"]).get(
        reverse("assessments:detail", args=[assessment.pk])
    )
    assert (
        "Mediation about the decision whether to assess; "
        "Tribunal appeal about the assessment&#39;s outcome"
    ) in detail.text
    assert "assessment tribunal" not in detail.text
    assert "No advice asked of health" in detail.text and "Not complete" not in detail.text


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"mediation_on": 50}, "Select what the mediation was about"),
        ({"hearing_on": 90, "disputes": ["request_tribunal"]}, "Enter the date the tribunal"),
        (
            {
                "appeal_registered_on": 90,
                "hearing_on": 80,
                "disputes": ["request_tribunal"],
            },
            "The hearing must be on or after the appeal was registered",
        ),
        (
            {
                "appeal_registered_on": 90,
                "tribunal_decision_on": 100,
                "disputes": ["request_tribunal"],
            },
            "Select the outcome of the appeal",
        ),
        ({"mediation_on": -3, "disputes": ["request_mediation"]}, "on or after the date the"),
        (
            {"tribunal_order": "amend", "disputes": ["request_tribunal"]},
            "deadlines run from it",
        ),
        (
            {"mediation_on": 60, "mediation_certificate_on": 50, "disputes": ["request_mediation"]},
            "The mediation certificate must be on or after the mediation meeting",
        ),
    ],
)
def test_dispute_dates_out_of_order_are_refused_and_nothing_is_written(
    area, assessment, client_for, changes, field_message
):
    received = assessment.received_on
    dates = {k: received + timedelta(days=v) for k, v in changes.items() if isinstance(v, int)}
    rest = {k: v for k, v in changes.items() if not isinstance(v, int)}
    response = client_for(area.users["la_user"]).post(
        reverse("assessments:steps", args=[assessment.pk]),
        {**_steps(decision="not_assess", decided_on=received + timedelta(days=30)), **rest,
         **_disputes(**dates)},
    )  # fmt: skip
    assert response.status_code == 200
    assert field_message in response.text
    assessment.refresh_from_db()
    assert assessment.request_outcome_on is None and assessment.mediation_on is None


def test_a_later_return_keeps_the_dates_sen2_does_not_carry(tmp_path, area):
    children = [ChildFactory(local_authority=area.la) for _ in range(2)]
    rows = demo.build(people(children), lea=area.la.code, year=2026, unmatched=0)
    assert import_rows(tmp_path, area, rows).status == ImportStatus.DONE
    a = Assessment.objects.order_by("pk").first()
    Assessment.objects.filter(pk=a.pk).update(
        request_mediation=True, mediation_on=date(2025, 11, 3)
    )
    assert import_rows(tmp_path, area, rows, "again.zip").status == ImportStatus.DONE
    a.refresh_from_db()
    # The return says no mediation (its yes/no wins); the date sendhealth holds stays.
    assert a.mediation_on == date(2025, 11, 3) and a.request_mediation is False


def test_the_demo_has_a_decided_appeal_and_an_open_one_on_the_deep_dive_children(db, client_for):
    """``make demo``: the tribunal path can be walked from the top of the children list. The
    LA's caseworker sees the appeals on each child's page (timeline) and the assessment's."""
    from sendhealth.accounts.models import User
    from sendhealth.children.models import Child
    from sendhealth.core import seeding

    today = date(2026, 3, 2)
    seeding.seed_area(seeding.SeedOptions(children=30, requests=20, seed=2014, today=today))
    appeals = list(
        Assessment.objects.filter(appeal_registered_on__isnull=False)
        .select_related("child")
        .order_by("requests_table_id")
    )
    assert len(appeals) == 2
    decided, open_appeal = appeals
    top = list(Child.objects.order_by("-created_at", "-pk")[: seeding.DEEP_DIVE_CHILDREN])
    assert {decided.child, open_appeal.child} <= set(top)
    assert decided.mediation_on and decided.tribunal_order
    assert decided.tribunal_decision_on < today < decided.order_deadlines[-1].due
    assert open_appeal.hearing_on > today and not open_appeal.tribunal_decision_on
    for a in appeals:
        assert a.child.date_of_birth <= a.received_on <= a.request_outcome_on
        assert a.request_outcome_on <= a.mediation_certificate_on <= a.appeal_registered_on
        assert a.appeal_registered_on <= today
        caseworker = User.objects.get(
            username__startswith="la.", memberships__organisation=a.local_authority
        )
        client = client_for(caseworker)
        child_page = client.get(reverse("children:detail", args=[a.child.pk])).text
        title = f"Tribunal appeal about the decision whether to assess registered ({a.reference})"
        assert title in child_page
        detail = client.get(reverse("assessments:detail", args=[a.pk])).text
        assert "Appeal registered by the tribunal" in detail and "Tribunal hearing" in detail
    page = (
        client_for(User.objects.get(username="dco"))
        .get(reverse("children:detail", args=[decided.child.pk]))
        .text
    )
    assert "Mediation about the decision whether to assess" in page
    assert "Tribunal order: Make an EHC needs assessment or reassessment" in page
