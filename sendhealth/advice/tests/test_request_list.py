"""The list of requests for health advice as the DCO sees it (all of the ICB's, scoped,
paginated, searchable), and the search box on the DCO's queue that leads there."""

import re

import pytest
from django.urls import reverse

from sendhealth.advice.models import RequestStatus
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.organisations.tests.factories import LocalAuthorityFactory

LIST_URL = reverse("advice:la_requests")


def request_for(la, **kwargs):
    child_fields = kwargs.pop("child", {})
    return AdviceRequestFactory(child=ChildFactory(local_authority=la, **child_fields), **kwargs)


def references(response) -> list[str]:
    assert response.status_code == 200
    return re.findall(r">(AR-\d{6})</a>", response.content.decode())


class TestTheDcosRequestList:
    @pytest.mark.parametrize("role", ["dco", "dco_team"])
    def test_the_dco_sees_every_request_of_the_icb_whatever_its_status(
        self, area, client_for, role
    ):
        north = request_for(area.la, status=RequestStatus.RETURNED)
        south = request_for(area.other_la)
        elsewhere = request_for(LocalAuthorityFactory())  # another ICB's
        page = client_for(getattr(area, role)).get(LIST_URL)
        assert set(references(page)) == {north.reference, south.reference}
        text = page.content.decode()
        assert "Southborough Council" in text
        assert f">{elsewhere.reference}<" not in text
        assert "Raise a request" not in text

    def test_another_icbs_dco_sees_none_of_them(self, area, client_for):
        request_for(area.la)
        assert references(client_for(area.outsider_dco).get(LIST_URL)) == []

    def test_the_dco_filters_by_local_authority_and_status(self, area, client_for):
        north = request_for(area.la)
        request_for(area.other_la)
        request_for(area.la, status=RequestStatus.READY)
        client = client_for(area.dco)
        assert references(client.get(LIST_URL, {"la": area.la.pk, "status": "new"})) == [
            north.reference
        ]

    def test_an_la_outside_the_icb_is_ignored_as_a_filter(self, area, client_for):
        mine = request_for(area.la)
        page = client_for(area.dco).get(LIST_URL, {"la": LocalAuthorityFactory().pk})
        assert references(page) == [mine.reference]

    def test_it_paginates_with_a_fixed_number_of_queries(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        request_for(area.la)
        with django_assert_max_num_queries(30) as few:
            client.get(LIST_URL)
        for _ in range(30):
            request_for(area.other_la)
        with django_assert_max_num_queries(len(few.captured_queries)):
            assert len(references(client.get(LIST_URL))) == 25


class TestSearchingRequests:
    def test_the_queue_has_the_search_box_and_it_posts_to_the_request_list(self, area, client_for):
        page = client_for(area.dco).get(reverse("advice:queue")).content.decode()
        assert re.search(rf'<form method="post" action="{LIST_URL}"', page)
        assert "Reference, NHS number or name" in page

    def test_the_dco_finds_a_request_by_reference_nhs_number_or_name(self, area, client_for):
        wanted = request_for(
            area.other_la,
            status=RequestStatus.RETURNED,
            child={"given_name": "Ottoline", "family_name": "Brackenbury"},
        )
        request_for(area.la)
        client = client_for(area.dco)
        for query in (wanted.reference, wanted.child.nhs_number, "ottoline brackenbury"):
            assert references(client.post(LIST_URL, {"query": query})) == [wanted.reference]

    def test_a_search_never_finds_another_icbs_request(self, area, client_for):
        elsewhere = request_for(LocalAuthorityFactory())
        client = client_for(area.dco)
        assert references(client.post(LIST_URL, {"query": elsewhere.reference})) == []
        assert references(client.post(LIST_URL, {"query": elsewhere.child.nhs_number})) == []

    def test_the_la_searches_only_its_own_requests(self, area, client_for):
        mine = request_for(area.la, child={"family_name": "Featherstonehaugh"})
        theirs = request_for(area.other_la, child={"family_name": "Featherstonehaugh"})
        client = client_for(area.la_user)
        assert references(client.post(LIST_URL, {"query": "featherstonehaugh"})) == [mine.reference]
        assert references(client.post(LIST_URL, {"query": theirs.reference})) == []

    def test_a_search_is_audited_and_a_bad_one_says_what_to_enter(self, area, client_for):
        client = client_for(area.dco)
        client.post(LIST_URL, {"query": "Smith"})
        assert AuditLog.objects.filter(action=AuditAction.SEARCH).count() == 1
        page = client.post(LIST_URL, {"query": "123"}).content.decode()
        assert "There is a problem" in page
        assert "Enter a reference like AR-000123" in page
