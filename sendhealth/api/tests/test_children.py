"""Children through the API: lists that never leak across local authorities or providers,
reads audited, registration checked as the page checks it, search by POST."""

import datetime

import pytest

from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.api.tests.conftest import count_queries
from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog

NEW_NHS_NUMBER = "9434765919"


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["items"]}


class TestChildList:
    def test_an_la_user_sees_only_their_own_children(self, api_as, area, world):
        assert ids(api_as(area.la_user).get("/api/children")) == {world.child.pk}

    def test_another_la_user_does_not_see_them(self, api_as, area, world):
        assert ids(api_as(area.other_la_user).get("/api/children")) == {world.other_child.pk}

    def test_the_dco_sees_every_child_of_the_area(self, api_as, area, world):
        assert ids(api_as(area.dco).get("/api/children")) == {world.child.pk, world.other_child.pk}

    def test_a_provider_sees_only_children_routed_to_its_services(self, api_as, area, world):
        assert ids(api_as(area.salt_user).get("/api/children")) == {world.child.pk}
        assert ids(api_as(area.other_provider_user).get("/api/children")) == set()

    def test_a_dco_of_another_icb_sees_none(self, api_as, area, world):
        assert ids(api_as(area.outsider_dco).get("/api/children")) == set()

    def test_it_filters_by_local_authority(self, api_as, area, world):
        response = api_as(area.dco).get("/api/children", local_authority=area.other_la.pk)
        assert ids(response) == {world.other_child.pk}

    def test_it_is_paginated_with_a_count(self, api_as, area):
        ChildFactory.create_batch(3, local_authority=area.la)
        body = api_as(area.la_user).get("/api/children", limit=2, offset=0).json()
        assert body["count"] == 3
        assert len(body["items"]) == 2

    def test_a_page_larger_than_200_is_refused(self, api_as, area):
        response = api_as(area.la_user).get("/api/children", limit=500)
        assert response.status_code == 422
        assert response.json()["errors"]["limit"] == ["The number of results must be 200 or less"]

    def test_every_child_shown_is_audited_in_one_go(self, api_as, area, world):
        api_as(area.dco).get("/api/children")
        seen = AuditLog.objects.filter(action="view", object_type="children.Child")
        assert {e.child_id for e in seen} == {world.child.pk, world.other_child.pk}
        assert {e.actor for e in seen} == {area.dco}

    def test_the_number_of_queries_does_not_grow_with_the_rows(self, api_as, area):
        api = api_as(area.la_user)
        ChildFactory.create_batch(3, local_authority=area.la)
        few = count_queries(lambda: api.get("/api/children"))
        ChildFactory.create_batch(27, local_authority=area.la)
        assert count_queries(lambda: api.get("/api/children")) == few

    def test_nhs_numbers_are_ten_digits_and_dates_iso(self, api_as, area, world):
        row = api_as(area.la_user).get("/api/children").json()["items"][0]
        assert row["nhs_number"] == world.child.nhs_number
        assert len(row["nhs_number"]) == 10
        assert row["date_of_birth"] == "2016-04-02"


class TestChildDetail:
    def test_it_shows_the_requests_the_caller_may_see(self, api_as, area, world):
        body = api_as(area.la_user).get(f"/api/children/{world.child.pk}").json()
        assert [r["reference"] for r in body["advice_requests"]] == [world.request.reference]
        assert body["local_authority"] == {"id": area.la.pk, "name": area.la.name}

    def test_a_child_outside_scope_is_not_found_and_not_audited(self, api_as, area, world):
        response = api_as(area.other_la_user).get(f"/api/children/{world.child.pk}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found"}
        assert not AuditLog.objects.filter(child_id=world.child.pk).exists()

    def test_a_board_viewer_is_forbidden(self, api_as, area, world):
        response = api_as(area.board).get(f"/api/children/{world.child.pk}")
        assert response.status_code == 403
        assert "detail" in response.json()


def new_child(area, **overrides) -> dict:
    body = {
        "nhs_number": NEW_NHS_NUMBER,
        "given_name": "Grace",
        "family_name": "Hopper",
        "date_of_birth": "2015-12-09",
        "local_authority": area.la.pk,
        "primary_need": "ASD",
        "secondary_needs": ["SLCN"],
    }
    return {**body, **overrides}


class TestRegisterChild:
    def test_an_la_user_registers_a_child_of_their_authority(self, api_as, area):
        response = api_as(area.la_user).post("/api/children", new_child(area))
        assert response.status_code == 201, response.content
        child = Child.objects.get(nhs_number=NEW_NHS_NUMBER)
        assert child.created_by == area.la_user
        assert response.json()["id"] == child.pk
        entry = AuditLog.objects.get(action="create", object_type="children.Child")
        assert entry.actor == area.la_user
        assert NEW_NHS_NUMBER not in str(entry.changes)

    def test_a_formatted_nhs_number_is_stored_as_ten_digits(self, api_as, area):
        body = new_child(area, nhs_number="943 476 5919")
        assert api_as(area.dco).post("/api/children", body).status_code == 201
        assert Child.objects.filter(nhs_number=NEW_NHS_NUMBER).exists()

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            ({"nhs_number": "9434765918"}, "nhs_number", "Enter a valid 10-digit NHS number"),
            (
                {"date_of_birth": "2099-01-01"},
                "date_of_birth",
                "Date of birth must be today or in the past",
            ),
            (
                {"date_of_birth": "1990-01-01"},
                "date_of_birth",
                "A child or young person must be under 25",
            ),
            ({"given_name": ""}, "given_name", "Enter the child's given name"),
            (
                {"date_of_birth": "2015-02-30"},
                "date_of_birth",
                "The date of birth must be a real date, written YYYY-MM-DD",
            ),
            ({"primary_need": "XYZ"}, "primary_need", None),
        ],
    )
    def test_bad_input_is_refused_and_writes_nothing(self, api_as, area, overrides, field, message):
        response = api_as(area.dco).post("/api/children", new_child(area, **overrides))
        assert response.status_code == 422
        errors = response.json()["errors"]
        assert field in errors
        if message:
            assert errors[field] == [message]
        assert not Child.objects.exists()
        assert not AuditLog.objects.exists()

    def test_a_missing_field_says_what_to_enter(self, api_as, area):
        body = new_child(area)
        del body["date_of_birth"]
        response = api_as(area.dco).post("/api/children", body)
        assert response.json()["errors"]["date_of_birth"] == ["Enter the date of birth"]

    def test_an_la_user_cannot_register_a_child_of_another_authority(self, api_as, area):
        body = new_child(area, local_authority=area.other_la.pk)
        response = api_as(area.la_user).post("/api/children", body)
        assert response.status_code == 422
        assert response.json()["errors"]["local_authority"]
        assert not Child.objects.exists()

    def test_a_duplicate_in_scope_is_a_conflict(self, api_as, area):
        ChildFactory(nhs_number=NEW_NHS_NUMBER, local_authority=area.la)
        response = api_as(area.la_user).post("/api/children", new_child(area))
        assert response.status_code == 409
        assert response.json() == {"detail": "A child with this NHS number is already registered"}

    def test_a_duplicate_elsewhere_gets_the_same_answer_and_leaks_nothing(self, api_as, area):
        elsewhere = ChildFactory(nhs_number=NEW_NHS_NUMBER)
        response = api_as(area.la_user).post("/api/children", new_child(area))
        assert response.status_code == 409
        assert response.json() == {"detail": "A child with this NHS number is already registered"}
        assert elsewhere.local_authority.name.encode() not in response.content
        assert Child.objects.count() == 1

    def test_a_provider_may_not_register(self, api_as, area):
        assert api_as(area.provider_user).post("/api/children", new_child(area)).status_code == 403


class TestSearch:
    def test_an_nhs_number_finds_the_child_exactly(self, api_as, area, world):
        query = (
            f"{world.child.nhs_number[:3]} {world.child.nhs_number[3:6]} "
            f"{world.child.nhs_number[6:]}"
        )
        response = api_as(area.la_user).post("/api/children/search", {"query": query})
        assert ids(response) == {world.child.pk}

    def test_a_name_finds_children_in_scope_only(self, api_as, area):
        mine = ChildFactory(local_authority=area.la, given_name="Ozymandias", family_name="Kite")
        ChildFactory(local_authority=area.other_la, given_name="Ozymandias", family_name="Kite")
        response = api_as(area.la_user).post("/api/children/search", {"query": "ozym kite"})
        assert ids(response) == {mine.pk}

    def test_the_search_is_audited_without_the_words(self, api_as, area, world):
        api_as(area.la_user).post("/api/children/search", {"query": world.child.family_name})
        search = AuditLog.objects.get(action="search")
        assert world.child.family_name not in str(search.changes) + search.path
        assert AuditLog.objects.filter(action="view", child_id=world.child.pk).exists()

    def test_an_invalid_nhs_number_is_refused(self, api_as, area):
        response = api_as(area.la_user).post("/api/children/search", {"query": "123 456 7890"})
        assert response.status_code == 422
        assert response.json()["errors"]["query"] == ["Enter a valid 10-digit NHS number"]

    def test_an_empty_query_says_what_to_enter(self, api_as, area):
        response = api_as(area.la_user).post("/api/children/search", {"query": ""})
        assert response.status_code == 422
        assert response.json()["errors"]["query"] == ["Enter an NHS number or a name"]

    def test_search_words_never_go_in_the_url(self, api_as, area):
        response = api_as(area.la_user).get("/api/children/search", query="Smith")
        assert response.status_code == 405


class TestProviderSeesRoutedChildrenOnly:
    def test_a_child_routed_to_another_provider_is_not_found(self, api_as, area):
        child = ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2015, 1, 1))
        AdviceAssignmentFactory(request__child=child, service=area.camhs)
        response = api_as(area.provider_user).get(f"/api/children/{child.pk}")
        assert response.status_code == 404
