"""The transitions pages as their users see them: the queue by date, the plan pages, the
forms' validation, roles and scope."""

import re
from datetime import date

import pytest

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.transitions.models import AnnualReview, EhcPlan
from sendhealth.transitions.tests.conftest import on
from sendhealth.transitions.tests.factories import EhcPlanFactory

QUEUE = "/transitions/"


def body(response) -> str:
    return response.content.decode()


def table_text(response) -> str:
    """The text of the table cells only (the filters name every milestone too)."""
    cells = re.findall(r"<td[^>]*>(.*?)</td>", body(response), flags=re.S)
    return " | ".join(" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells)


def date_fields(name: str, d: date | None) -> dict:
    if d is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {f"{name}_day": d.day, f"{name}_month": d.month, f"{name}_year": d.year}


class TestQueue:
    def test_lists_the_missing_milestones_with_due_phrases(
        self, area, client_for, today, young_person
    ):
        page = table_text(client_for(area.dco).get(QUEUE))
        assert "Ada Testperson" in page
        assert "Transition plan in place" in page
        assert "Adult services identified" in page  # due 1 October 2026
        assert "Handover to adult services" in page
        assert "227 days overdue" not in page
        assert "due in 227 days" in page  # 17th birthday, 1 October 2026
        assert "Annual review" not in page  # due 3 November 2026: beyond 90 days

    def test_the_transition_plan_is_overdue_since_the_end_of_year_9(
        self, area, client_for, today, young_person
    ):
        page = table_text(client_for(area.dco).get(QUEUE + "?when=overdue"))
        assert "Transition plan in place" in page  # due 31 August 2024
        assert "534 days overdue" in page
        assert "Handover to adult services" not in page

    def test_due_within_30_days(self, area, client_for, young_person):
        with on(date(2026, 9, 10)):
            page = table_text(client_for(area.dco).get(QUEUE + "?when=soon"))
        assert "Adult services identified" in page
        assert "due in 21 days" in page
        assert "Transition plan in place" not in page

    def test_filter_by_milestone(self, area, client_for, today, young_person):
        page = table_text(client_for(area.dco).get(QUEUE + "?milestone=handover"))
        assert "Handover to adult services" in page
        assert "Transition plan in place" not in page

    def test_a_child_before_year_9_has_no_milestones(self, area, client_for, today):
        child = ChildFactory(
            local_authority=area.la, family_name="Youngone", date_of_birth=date(2013, 1, 5)
        )
        EhcPlanFactory(child=child, last_reviewed_on=date(2025, 12, 1))
        assert "Youngone" not in table_text(client_for(area.dco).get(QUEUE))

    def test_a_young_person_joins_on_the_first_day_of_year_9(self, area, client_for):
        child = ChildFactory(
            local_authority=area.la, family_name="Yearnine", date_of_birth=date(2012, 2, 29)
        )
        EhcPlanFactory(child=child, last_reviewed_on=date(2025, 8, 1))
        with on(date(2025, 8, 31)):
            assert "Yearnine" not in table_text(client_for(area.dco).get(QUEUE))
        with on(date(2025, 9, 1)):
            assert "Yearnine" in table_text(client_for(area.dco).get(QUEUE))

    def test_annual_reviews_and_phase_transfers_of_every_plan_show(self, area, client_for, today):
        child = ChildFactory(
            local_authority=area.la, family_name="Reviewdue", date_of_birth=date(2016, 1, 5)
        )
        EhcPlanFactory(child=child, issued_on=date(2025, 3, 1), next_transfer_year=2027)
        page = table_text(client_for(area.dco).get(QUEUE))
        assert "Reviewdue" in page
        assert "Annual review" in page and "due in 13 days" in page
        assert "Phase transfer review" in page

    def test_a_local_authority_sees_only_its_own_young_people(
        self, area, client_for, today, young_person
    ):
        other = ChildFactory(
            local_authority=area.other_la, family_name="Elsewhere", date_of_birth=date(2009, 5, 5)
        )
        EhcPlanFactory(child=other)
        page = table_text(client_for(area.la_user).get(QUEUE))
        assert "Testperson" in page and "Elsewhere" not in page
        page = table_text(client_for(area.other_la_user).get(QUEUE))
        assert "Testperson" not in page and "Elsewhere" in page

    def test_the_filter_by_local_authority(self, area, client_for, today, young_person):
        page = table_text(client_for(area.dco).get(QUEUE + f"?la={area.other_la.pk}"))
        assert "Testperson" not in page

    def test_a_ceased_plan_leaves_the_queue(self, area, client_for, today, young_person):
        young_person.ceased_on = date(2026, 1, 1)
        young_person.save()
        assert "Testperson" not in table_text(client_for(area.dco).get(QUEUE))

    def test_every_child_shown_is_audited(self, area, client_for, today, young_person):
        client_for(area.dco).get(QUEUE)
        assert AuditLog.objects.filter(
            action=AuditAction.VIEW, child_id=young_person.child_id
        ).exists()

    def test_the_query_count_does_not_grow_with_rows(
        self, area, client_for, today, django_assert_max_num_queries
    ):
        def make(n):
            for i in range(n):
                child = ChildFactory(
                    local_authority=area.la, date_of_birth=date(2009, 1, 1 + i % 28)
                )
                EhcPlanFactory(child=child)

        client = client_for(area.dco)
        make(2)
        with django_assert_max_num_queries(30) as small:
            client.get(QUEUE)
        make(30)
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert client.get(QUEUE + "?page=2").status_code == 200

    def test_paginates(self, area, client_for, today, settings):
        settings.PAGE_SIZE = 2
        for _ in range(2):
            EhcPlanFactory(
                child=ChildFactory(local_authority=area.la, date_of_birth=date(2009, 1, 1))
            )
        page = body(client_for(area.dco).get(QUEUE + "?page=2"))
        assert "Showing 3 to 4 of 8 items" in page

    def test_csv_export(self, area, client_for, today, young_person):
        response = client_for(area.la_user).get("/transitions/queue.csv?milestone=handover")
        text = body(response)
        assert response["Content-Type"].startswith("text/csv")
        assert "Handover to adult services" in text and "943 476 5919" in text
        assert "Transition plan in place" not in text
        assert AuditLog.objects.filter(action=AuditAction.EXPORT).exists()

    def test_xlsx_export(self, area, client_for, today, young_person):
        response = client_for(area.dco).get("/transitions/queue.xlsx")
        assert response.status_code == 200
        assert response.content[:2] == b"PK"


class TestPlans:
    def test_the_list_shows_live_plans_and_next_review(self, area, client_for, today, young_person):
        page = body(client_for(area.dco).get("/transitions/plans/"))
        assert "Testperson" in page and "3 November 2026" in page

    def test_ceased_plans_only_when_asked(self, area, client_for, today, young_person):
        young_person.ceased_on = date(2026, 1, 1)
        young_person.save()
        client = client_for(area.dco)
        assert "Testperson" not in body(client.get("/transitions/plans/"))
        assert "Testperson" in body(client.get("/transitions/plans/?ceased=yes"))

    def test_a_provider_reads_a_plan_it_sees_without_change_links(
        self, area, client_for, today, young_person
    ):
        from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory

        AdviceAssignmentFactory(
            request=AdviceRequestFactory(child=young_person.child), service=area.salt
        )
        page = body(client_for(area.salt_user).get(f"/transitions/plans/{young_person.pk}/"))
        assert "Testperson" in page and "Change" not in page
        response = client_for(area.other_provider_user).get(
            f"/transitions/plans/{young_person.pk}/"
        )
        assert response.status_code == 404

    def test_the_plan_page_shows_milestones_and_is_audited(
        self, area, client_for, today, young_person
    ):
        page = body(client_for(area.la_user).get(f"/transitions/plans/{young_person.pk}/"))
        assert "Due 31 August 2024 (534 days overdue)" in page
        assert "Due 1 October 2027" in page  # handover at 18
        assert AuditLog.objects.filter(
            action=AuditAction.VIEW, child_id=young_person.child_id
        ).exists()

    def test_the_query_count_of_the_list_does_not_grow(
        self, area, client_for, today, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        EhcPlanFactory(child=ChildFactory(local_authority=area.la))
        with django_assert_max_num_queries(30) as small:
            client.get("/transitions/plans/")
        for _ in range(20):
            EhcPlanFactory(child=ChildFactory(local_authority=area.la))
        with django_assert_max_num_queries(len(small.captured_queries)):
            client.get("/transitions/plans/")


class TestRecordPlan:
    def post(self, client, **changes):
        data = {
            "nhs_number": "943 476 5919",
            **date_fields("issued_on", date(2024, 5, 1)),
            **date_fields("last_reviewed_on", None),
            "year_group": "9",
            "next_transfer_year": "",
            "transfer_to_post16": "",
            **date_fields("transfer_reviewed_on", None),
            **changes,
        }
        return client.post("/transitions/plans/new/", data)

    @pytest.fixture
    def child(self, area):
        return ChildFactory(
            local_authority=area.la, nhs_number="9434765919", date_of_birth=date(2011, 3, 3)
        )

    def test_a_local_authority_records_a_plan_for_its_child(self, area, client_for, today, child):
        response = self.post(client_for(area.la_user))
        plan = EhcPlan.objects.get()
        assert response["Location"] == f"/transitions/plans/{plan.pk}/"
        assert plan.child == child and plan.icb == area.icb and plan.year_group == 9
        assert AuditLog.objects.filter(action=AuditAction.CREATE, child_id=child.pk).exists()

    def test_another_local_authoritys_child_is_not_found(self, area, client_for, today, child):
        page = body(self.post(client_for(area.other_la_user)))
        assert "No child with this NHS number is in your records" in page
        assert not EhcPlan.objects.exists()

    def test_a_second_live_plan_is_refused(self, area, client_for, today, child):
        EhcPlanFactory(child=child)
        assert "already has an EHC plan" in body(self.post(client_for(area.dco)))

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            (
                date_fields("issued_on", date(2026, 2, 17)),
                "Date the plan was issued must be today or in the past",
            ),
            (date_fields("issued_on", date(2010, 1, 1)), "must be after the date of birth"),
            (date_fields("issued_on", None), "Enter date the plan was issued"),
            (
                date_fields("last_reviewed_on", date(2024, 4, 1)),
                "must be on or after the date the plan was issued",
            ),
            ({"next_transfer_year": "2023"}, "the year the plan was issued or later"),
            ({"next_transfer_year": "abc"}, "must be a year"),
            (
                date_fields("transfer_reviewed_on", date(2025, 1, 1)),
                "Enter the year of the transfer",
            ),
            ({"nhs_number": "123"}, "Enter a valid 10-digit NHS number"),
        ],
    )
    def test_bad_input_is_refused_with_a_clear_error(
        self, area, client_for, today, child, changes, message
    ):
        response = self.post(client_for(area.dco), **changes)
        page = body(response)
        assert response.status_code == 200
        assert "There is a problem" in page and message in page
        assert not EhcPlan.objects.exists()


class TestMilestones:
    def post(self, client, plan, **changes):
        data = {
            **date_fields("transition_plan_on", date(2025, 1, 10)),
            "adult_services": "Adult learning disability team",
            **date_fields("adult_services_on", date(2025, 6, 1)),
            "learning_disability": "True",
            **date_fields("last_health_check_on", date(2025, 9, 1)),
            **date_fields("handover_on", None),
            "assessment_relevant": "False",
            **date_fields("health_assessment_on", None),
            **changes,
        }
        return client.post(f"/transitions/plans/{plan.pk}/milestones/", data)

    def test_recording_milestones_takes_them_off_the_queue(
        self, area, client_for, today, young_person
    ):
        client = client_for(area.dco)
        response = self.post(client, young_person)
        assert response.status_code == 302
        young_person.refresh_from_db()
        assert young_person.transition_plan_on == date(2025, 1, 10)
        assert young_person.learning_disability is True
        page = table_text(client.get(QUEUE))
        assert "Transition plan in place" not in page and "Adult services identified" not in page
        assert "Handover to adult services" in page

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            (date_fields("handover_on", date(2026, 3, 1)), "must be today or in the past"),
            (
                date_fields("transition_plan_on", date(2019, 1, 1)),
                "on or after the date the plan was issued",
            ),
            (
                date_fields("last_health_check_on", date(2023, 9, 1)),
                "on or after the 14th birthday",
            ),
            ({"adult_services": ""}, "Enter which adult services were identified"),
            (
                date_fields("adult_services_on", None),
                "Enter the date adult services were identified",
            ),
            (date_fields("health_assessment_on", date(2025, 12, 1)), "Select yes if an 18 to 25"),
            (
                {"learning_disability": ""},
                "Select yes if the young person is on a learning disability",
            ),
            (
                {"handover_on_day": "30", "handover_on_month": "2", "handover_on_year": "2025"},
                "must be a real date",
            ),
        ],
    )
    def test_bad_input_is_refused(self, area, client_for, today, young_person, changes, message):
        page = body(self.post(client_for(area.la_user), young_person, **changes))
        assert "There is a problem" in page and message in page
        young_person.refresh_from_db()
        assert young_person.transition_plan_on is None

    def test_another_local_authority_gets_404(self, area, client_for, today, young_person):
        assert self.post(client_for(area.other_la_user), young_person).status_code == 404

    def test_a_provider_gets_403(self, area, client_for, today, young_person):
        assert self.post(client_for(area.provider_user), young_person).status_code == 403


class TestReviews:
    def post(self, client, plan, **changes):
        data = {
            **date_fields("held_on", date(2026, 2, 10)),
            "health_attended": "True",
            "health_attendees": "Dr A Example, community paediatrician",
            "health_contribution": "Needs unchanged.",
            **date_fields("contribution_submitted_on", date(2026, 1, 27)),
            **changes,
        }
        return client.post(f"/transitions/plans/{plan.pk}/reviews/new/", data)

    def test_a_review_moves_the_next_review_on(self, area, client_for, today, young_person):
        client = client_for(area.dco)
        assert self.post(client, young_person).status_code == 302
        young_person.refresh_from_db()
        assert young_person.last_reviewed_on == date(2026, 2, 10)
        page = body(client.get(f"/transitions/plans/{young_person.pk}/"))
        assert "Yes: Dr A Example" in page and "Submitted 27 January 2026" in page
        assert "Due 10 February 2027" in page

    def test_an_older_review_does_not_move_the_date_back(
        self, area, client_for, today, young_person
    ):
        self.post(client_for(area.dco), young_person, **date_fields("held_on", date(2024, 11, 1)))
        young_person.refresh_from_db()
        assert young_person.last_reviewed_on == date(2025, 11, 3)

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            (date_fields("held_on", date(2026, 2, 17)), "must be today or in the past"),
            (date_fields("held_on", date(2019, 2, 17)), "on or after the date the plan was issued"),
            ({"health_attended": ""}, "Select yes if health attended the review"),
            ({"health_attendees": ""}, "Enter who attended for health"),
            ({"health_contribution": ""}, "Enter health&#39;s contribution"),
        ],
    )
    def test_bad_input_is_refused(self, area, client_for, today, young_person, changes, message):
        page = body(self.post(client_for(area.la_user), young_person, **changes))
        assert "There is a problem" in page and message in page
        assert not AnnualReview.objects.exists()

    def test_health_may_be_absent_without_attendees(self, area, client_for, today, young_person):
        response = self.post(
            client_for(area.la_user), young_person, health_attended="False", health_attendees=""
        )
        assert response.status_code == 302

    def test_the_same_date_twice_is_refused(self, area, client_for, today, young_person):
        client = client_for(area.dco)
        self.post(client, young_person)
        assert "already recorded" in body(self.post(client, young_person))
