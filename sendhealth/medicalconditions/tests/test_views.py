"""Individual healthcare plans as users see them: a school nurse records a plan and the
training given, the review comes due and is done, the DCO sees a setting's gap; who sees what."""

from datetime import date, timedelta
from unittest.mock import patch

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.core.tests.messages import run_committed
from sendhealth.medicalconditions.domain import first_reminder_on
from sendhealth.medicalconditions.models import HealthcarePlan, PlanReview
from sendhealth.medicalconditions.tasks import send_healthcare_plan_reminders
from sendhealth.medicalconditions.tests.factories import HealthcarePlanFactory, condition_area


def _date(prefix: str, day: date) -> dict:
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


@pytest.fixture
def child(area):
    return ChildFactory(
        local_authority=area.la, setting=area.setting, given_name="Amara", family_name="Okafor"
    )


def _record_plan(client, area, child, today):
    response = client.post(
        reverse("medicalconditions:find"),
        {"nhs_number": child.nhs_number, **_date("date_of_birth", child.date_of_birth)},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("medicalconditions:new")
    page = client.get(reverse("medicalconditions:new"))
    assert "Amara Okafor" in page.content.decode()
    response = client.post(
        reverse("medicalconditions:new"),
        {
            "condition_area": condition_area("Epilepsy").pk,
            "emergency_medication": "yes",
            "setting": area.setting.pk,
            "setting_type": "primary",
            "service": area.salt.pk,
            "professional": "Sam Patel, school nurse",
            **_date("agreed_on", today - timedelta(days=10)),
            **_date("review_due_on", today + timedelta(days=20)),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return HealthcarePlan.objects.get(child=child)


def test_a_school_nurse_records_a_plan_and_training_and_the_review_is_done(area, child, client_for):
    today = timezone.localdate()
    client = client_for(area.salt_user)
    plan = _record_plan(client, area, child, today)
    assert plan.next_reminder_on == first_reminder_on(plan.review_due_on, None)
    detail = client.get(reverse("medicalconditions:detail", args=[plan.pk])).content.decode()
    assert "Amara Okafor" in detail and "No trained staff recorded" in detail
    # Like a policy's or a training session's page, it leads back to its register's list.
    assert "All individual healthcare plans</a>" in detail

    # The DCO sees the setting's gap: emergency medication, nobody trained.
    dco = client_for(area.dco)
    page = dco.get(reverse("medicalconditions:setting", args=[area.setting.pk])).content.decode()
    assert "Training gap" in page

    client = client_for(area.salt_user)
    response = client.post(
        reverse("medicalconditions:training", args=[plan.pk]),
        {
            "trained_staff": "3",
            **_date("trained_on", today),
            "training_delivered_by": "School nursing team",
        },
    )
    assert response.status_code == 302
    # The review comes due: on the tray of the service, due within 4 weeks.
    tray = client.get(reverse("advice:tray")).content.decode()
    assert "reviews due in the next 4 weeks" in tray and plan.reference in tray
    response = client.post(
        reverse("medicalconditions:review", args=[plan.pk]),
        {**_date("done_on", today), **_date("next_due_on", today + timedelta(days=365))},
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.last_reviewed_on == today
    assert PlanReview.objects.get(plan=plan).on_time
    dco = client_for(area.dco)
    page = dco.get(reverse("medicalconditions:setting", args=[area.setting.pk])).content.decode()
    assert "Training gap" not in page
    assert AuditLog.objects.filter(
        object_type="medicalconditions.HealthcarePlan", action=AuditAction.UPDATE
    ).exists()


def test_a_plan_form_with_a_review_before_the_plan_was_agreed_writes_nothing(
    area, child, client_for
):
    client = client_for(area.salt_user)
    client.post(
        reverse("medicalconditions:find"),
        {"nhs_number": child.nhs_number, **_date("date_of_birth", child.date_of_birth)},
    )
    response = client.post(
        reverse("medicalconditions:new"),
        {
            "condition_area": condition_area("Asthma").pk,
            "emergency_medication": "no",
            "setting": area.setting.pk,
            "setting_type": "primary",
            "service": area.salt.pk,
            "professional": "Sam Patel",
            **_date("agreed_on", date(2026, 1, 10)),
            **_date("review_due_on", date(2026, 1, 1)),
        },
    )
    assert response.status_code == 200
    assert "Review date must be after the date the plan was agreed" in response.content.decode()
    assert not HealthcarePlan.objects.exists()


def test_a_wrong_date_of_birth_finds_nobody(area, child, client_for):
    response = client_for(area.salt_user).post(
        reverse("medicalconditions:find"),
        {"nhs_number": child.nhs_number, **_date("date_of_birth", date(2001, 1, 1))},
    )
    assert response.status_code == 200
    assert "No child of your area" in response.content.decode()


def test_a_provider_sees_only_the_plans_its_services_contributed_to(area, child, client_for):
    ours = HealthcarePlanFactory(child=child, setting=area.setting, service=area.salt)
    theirs = HealthcarePlanFactory(
        child=ChildFactory(local_authority=area.la, given_name="Zed", family_name="Other"),
        setting=area.setting,
        service=area.camhs,
    )
    page = client_for(area.salt_user).get(reverse("medicalconditions:list")).content.decode()
    assert ours.reference in page and theirs.reference not in page
    page = client_for(area.la_user).get(reverse("medicalconditions:list")).content.decode()
    assert ours.reference in page and theirs.reference in page
    page = client_for(area.other_la_user).get(reverse("medicalconditions:list")).content.decode()
    assert ours.reference not in page


def test_an_overdue_review_is_on_the_dco_queue(area, child, client_for):
    plan = HealthcarePlanFactory(
        child=child, setting=area.setting, service=area.salt, review_due_on=date(2025, 1, 1)
    )
    page = client_for(area.dco).get(reverse("advice:queue")).content.decode()
    assert "Individual healthcare plan reviews overdue" in page and plan.reference in page


def test_the_list_takes_the_same_queries_whatever_the_number_of_plans(area, client_for):
    client = client_for(area.dco)
    HealthcarePlanFactory(child=ChildFactory(local_authority=area.la), service=area.salt)
    client.get(reverse("medicalconditions:list"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("medicalconditions:list"))
    for _ in range(5):
        HealthcarePlanFactory(child=ChildFactory(local_authority=area.la), service=area.salt)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("medicalconditions:list"))
    assert len(many) == len(few)


def test_the_figures_count_plans_reviews_on_time_and_settings_with_gaps(area, child, client_for):
    plan = HealthcarePlanFactory(
        child=child, setting=area.setting, service=area.salt, trained_on=date(2020, 1, 1)
    )
    PlanReview.objects.create(
        plan=plan,
        due_on=date(2025, 9, 10),
        done_on=date(2025, 9, 1),
        next_due_on=plan.review_due_on,
    )
    page = client_for(area.dco).get(reverse("medicalconditions:figures")).content.decode()
    assert "1 (100%)" in page
    assert "1 of 1 school or college with plans has a pupil" in page


def _run_on(day: date) -> int:
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return day if value is None else real(value, timezone)

    with patch("django.utils.timezone.localdate", side_effect=fake):
        return run_committed(send_healthcare_plan_reminders)


def test_the_contributing_service_is_reminded_four_weeks_before_the_review_once(area, child):
    area.salt.email = "salt@provider.nhs.invalid"
    area.salt.save()
    due = date(2026, 9, 10)
    HealthcarePlanFactory(
        child=child,
        service=area.salt,
        review_due_on=due,
        next_reminder_on=first_reminder_on(due, None),
    )
    assert _run_on(due - timedelta(days=29)) == 0
    assert _run_on(due - timedelta(days=28)) == 1
    assert _run_on(due - timedelta(days=27)) == 0
    assert mail.outbox[0].to == ["salt@provider.nhs.invalid"]
    assert "Amara" not in mail.outbox[0].body and "Epilepsy" not in mail.outbox[0].body
    assert _run_on(due) == 1


def test_the_trays_plan_panels_show_the_most_urgent_five_and_a_fixed_number_of_queries(
    area, client_for, django_assert_max_num_queries
):
    """The provider's panels pick their five by id before joining the children
    (``core.worklist.most_urgent(bounded=True)``): the five most overdue, the full count, and
    the same queries for 6 plans or 16 (fewer than five need no count)."""
    today = timezone.localdate()

    def plans(n, start):
        return [
            HealthcarePlanFactory(
                child=ChildFactory(local_authority=area.la),
                setting=area.setting,
                service=area.salt,
                review_due_on=today - timedelta(days=start + i),
            )
            for i in range(n)
        ]

    HealthcarePlanFactory(  # another service's: not on this tray
        child=ChildFactory(local_authority=area.la),
        setting=area.setting,
        service=area.camhs,
        review_due_on=today - timedelta(days=500),
    )
    client = client_for(area.salt_user)
    plans(6, 10)
    client.get(reverse("advice:tray"))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("advice:tray"))
    made = plans(10, 100)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("advice:tray")).content.decode()
    assert "View all 16 overdue reviews" in page
    most_overdue = sorted(made, key=lambda p: p.review_due_on)[:5]
    positions = [page.index(p.reference) for p in most_overdue]
    assert positions == sorted(positions)
    assert not any(p.reference in page for p in made if p not in most_overdue)
