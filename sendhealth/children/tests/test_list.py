"""Find a child: who may search, what they find, and what the audit trail records."""

import pytest

from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

URL = "/children/"
VALID_NHS_NUMBER = "9434765919"


def search(client, text):
    return client.post(URL, {"query": text})


class TestWhoMayFindAChild:
    @pytest.mark.parametrize("role", ["dco", "dco_team", "la_user", "provider_user", "salt_user"])
    def test_roles_that_see_children_get_the_page(self, area, client_for, role):
        response = client_for(getattr(area, role)).get(URL)
        assert response.status_code == 200
        assert b"Find a child" in response.content

    @pytest.mark.parametrize("role", ["board", "sysadmin", "nobody"])
    def test_roles_without_access_to_children_are_refused(self, area, client_for, role):
        assert client_for(getattr(area, role)).get(URL).status_code == 403

    @pytest.mark.parametrize("role", ["board", "sysadmin", "nobody"])
    def test_roles_without_access_cannot_search_either(self, area, client_for, role):
        ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER)
        response = search(client_for(getattr(area, role)), VALID_NHS_NUMBER)
        assert response.status_code == 403
        assert not AuditLog.objects.filter(action=AuditAction.SEARCH).exists()

    def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(self, client, db):
        response = client.get(URL)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


class TestRecentlyAddedChildren:
    def test_la_user_sees_their_las_children_but_not_another_las(self, area, client_for):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        ChildFactory(local_authority=area.other_la, given_name="Bilal", family_name="Hussain")
        content = client_for(area.la_user).get(URL).content.decode()
        assert "Amara Okafor" in content
        assert "Bilal" not in content

    def test_dco_sees_children_of_every_la_in_their_icb(self, area, client_for):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        ChildFactory(local_authority=area.other_la, given_name="Bilal", family_name="Hussain")
        content = client_for(area.dco).get(URL).content.decode()
        assert "Amara Okafor" in content
        assert "Bilal Hussain" in content

    def test_outsider_dco_sees_none_of_this_areas_children(self, area, client_for):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        content = client_for(area.outsider_dco).get(URL).content.decode()
        assert "Amara" not in content
        assert "No child found" in content

    def test_provider_user_sees_only_children_routed_to_their_services(self, area, client_for):
        routed = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        AdviceAssignmentFactory(request__child=routed, service=area.camhs)
        ChildFactory(local_authority=area.la, given_name="Bilal", family_name="Hussain")
        content = client_for(area.other_provider_user).get(URL).content.decode()
        assert "Amara Okafor" in content
        assert "Bilal" not in content

    def test_the_list_shows_nhs_number_date_of_birth_la_and_primary_need(self, area, client_for):
        ChildFactory(
            local_authority=area.la,
            nhs_number=VALID_NHS_NUMBER,
            date_of_birth="2016-02-16",
            primary_need="ASD",
        )
        content = client_for(area.la_user).get(URL).content.decode()
        assert "943 476 5919" in content
        assert "16 February 2016" in content
        assert "Northshire Council" in content
        assert "Autistic spectrum disorder" in content

    def test_each_child_shown_is_audited_as_viewed(self, area, client_for):
        children = ChildFactory.create_batch(3, local_authority=area.la)
        client_for(area.la_user).get(URL)
        viewed = AuditLog.objects.filter(action=AuditAction.VIEW, actor=area.la_user)
        assert sorted(viewed.values_list("child_id", flat=True)) == sorted(c.pk for c in children)

    def test_the_list_is_paginated_with_page_links_in_the_query_string_only(
        self, area, client_for, settings
    ):
        settings.PAGE_SIZE = 2
        ChildFactory.create_batch(3, local_authority=area.la)
        client = client_for(area.la_user)
        content = client.get(URL).content.decode()
        assert "Page 1 of 2" in content
        assert 'href="?page=2"' in content
        assert "Page 2 of 2" in client.get(URL, {"page": 2}).content.decode()

    def test_the_query_count_does_not_grow_with_the_number_of_children(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        ChildFactory.create_batch(3, local_authority=area.la)
        client.get(URL)  # warm the session and the user's caches
        with django_assert_max_num_queries(12) as few:
            client.get(URL)
        ChildFactory.create_batch(27, local_authority=area.other_la)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(URL)


class TestRegisterLink:
    @pytest.mark.parametrize("role", ["la_user", "dco"])
    def test_las_and_dcos_are_offered_to_register_a_child(self, area, client_for, role):
        content = client_for(getattr(area, role)).get(URL).content.decode()
        assert 'href="/children/new/"' in content

    def test_a_provider_user_is_not_offered_to_register_a_child(self, area, client_for):
        content = client_for(area.provider_user).get(URL).content.decode()
        assert "/children/new/" not in content


class TestSearchByNhsNumber:
    def test_an_nhs_number_finds_that_child_exactly(self, area, client_for):
        ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER, given_name="Amara")
        ChildFactory(local_authority=area.la, given_name="Bilal")
        content = search(client_for(area.la_user), VALID_NHS_NUMBER).content.decode()
        assert "Amara" in content
        assert "Bilal" not in content
        assert "1 child found" in content

    def test_an_nhs_number_typed_with_spaces_is_found(self, area, client_for):
        ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER, given_name="Amara")
        content = search(client_for(area.la_user), " 943 476 5919 ").content.decode()
        assert "Amara" in content

    def test_an_invalid_nhs_number_is_refused_with_a_specific_message(self, area, client_for):
        response = search(client_for(area.la_user), "943 476 5910")
        content = response.content.decode()
        assert response.status_code == 200
        assert "Enter a valid 10-digit NHS number" in content
        assert "<title>Error: " in content
        assert not AuditLog.objects.filter(action=AuditAction.SEARCH).exists()

    def test_an_empty_search_asks_for_an_nhs_number_or_a_name(self, area, client_for):
        content = search(client_for(area.la_user), "  ").content.decode()
        assert "Enter an NHS number or a name" in content

    def test_la_user_cannot_find_another_las_child_by_nhs_number(self, area, client_for):
        ChildFactory(local_authority=area.other_la, nhs_number=VALID_NHS_NUMBER)
        content = search(client_for(area.la_user), VALID_NHS_NUMBER).content.decode()
        assert "No child found" in content
        assert "Southborough" not in content

    def test_a_search_in_the_query_string_is_ignored(self, area, client_for):
        ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER, given_name="Amara")
        ChildFactory(local_authority=area.la, given_name="Bilal")
        content = client_for(area.la_user).get(URL, {"query": VALID_NHS_NUMBER}).content
        assert b"Recently added" in content
        assert not AuditLog.objects.filter(action=AuditAction.SEARCH).exists()


class TestSearchByName:
    def test_a_name_search_ignores_case_and_matches_given_or_family_name(self, area, client_for):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        ChildFactory(local_authority=area.la, given_name="Okafor", family_name="Jones")
        ChildFactory(local_authority=area.la, given_name="Bilal", family_name="Hussain")
        content = search(client_for(area.la_user), "okafor").content.decode()
        assert "Amara Okafor" in content
        assert "Okafor Jones" in content
        assert "Bilal" not in content

    def test_every_word_of_a_name_search_must_match(self, area, client_for):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Jones")
        content = search(client_for(area.la_user), "AMARA oka").content.decode()
        assert "Amara Okafor" in content
        assert "Amara Jones" not in content

    def test_text_with_letters_and_digits_is_a_name_search_not_an_nhs_number(
        self, area, client_for
    ):
        content = search(client_for(area.la_user), "Amara 943").content.decode()
        assert "Enter a valid 10-digit NHS number" not in content
        assert "No child found" in content

    def test_la_user_cannot_find_another_las_child_by_name(self, area, client_for):
        ChildFactory(local_authority=area.other_la, given_name="Bilal", family_name="Hussain")
        content = search(client_for(area.la_user), "Hussain").content.decode()
        assert "Bilal" not in content
        assert "No child found" in content

    def test_la_user_finding_nobody_is_offered_to_register_the_child(self, area, client_for):
        content = search(client_for(area.la_user), "Nobody").content.decode()
        assert "No child found" in content
        assert 'href="/children/new/"' in content

    def test_provider_user_finding_nobody_is_not_offered_to_register(self, area, client_for):
        content = search(client_for(area.provider_user), "Nobody").content.decode()
        assert "No child found" in content
        assert "/children/new/" not in content

    def test_the_query_count_does_not_grow_with_the_number_found(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        ChildFactory.create_batch(3, local_authority=area.la, family_name="Smith")
        search(client, "smith")
        with django_assert_max_num_queries(12) as few:
            search(client, "smith")
        ChildFactory.create_batch(27, local_authority=area.la, family_name="Smith")
        with django_assert_max_num_queries(len(few.captured_queries)):
            search(client, "smith")


class TestSearchAudit:
    def test_a_search_is_audited_without_the_search_text(self, area, client_for):
        ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER)
        search(client_for(area.la_user), VALID_NHS_NUMBER)
        entry = AuditLog.objects.get(action=AuditAction.SEARCH)
        assert entry.actor == area.la_user
        assert entry.object_type == "children.Child"
        assert VALID_NHS_NUMBER not in str(entry.changes) + entry.path + entry.object_id

    def test_the_children_found_are_audited_as_viewed(self, area, client_for):
        child = ChildFactory(local_authority=area.la, family_name="Okafor")
        ChildFactory(local_authority=area.la, family_name="Hussain")
        search(client_for(area.la_user), "Okafor")
        viewed = AuditLog.objects.filter(action=AuditAction.VIEW)
        assert list(viewed.values_list("child_id", flat=True)) == [child.pk]
