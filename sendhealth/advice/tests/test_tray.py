"""The provider's work tray in views (new, returned for more information, due soon, ...) and
its search box (reference, NHS number or name, by POST)."""

import datetime
import re
from unittest.mock import patch

import pytest
from django.urls import reverse

from sendhealth.advice.models import AssignmentStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

TODAY = datetime.date(2026, 2, 9)
TRAY = reverse("advice:tray")


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def assignment(area, service, received_on=datetime.date(2026, 1, 5), **kwargs):
    child = ChildFactory(local_authority=area.la, **kwargs.pop("child", {}))
    return AdviceAssignmentFactory(
        request__child=child,
        request__health_received_on=received_on,
        service=service,
        received_on=received_on,
        due_on=received_on + datetime.timedelta(weeks=6),
        **kwargs,
    )


def references(content: bytes) -> list[str]:
    return re.findall(r">(AR-\d{6})</a>", content.decode())


class TestTheTrayViews:
    def test_a_new_request_is_first_in_new_even_when_it_is_due_last(self, area, client_for):
        older = [assignment(area, area.salt, received_on=datetime.date(2026, 1, d)) for d in (5, 6)]
        newest = assignment(area, area.salt, received_on=datetime.date(2026, 2, 9))
        page = client_for(area.provider_user).get(TRAY, {"view": "new"}).content
        assert references(page)[0] == newest.request.reference
        assert len(references(page)) == 3
        assert "New (3)" in page.decode()
        # In "All open" (soonest due first) it is last.
        assert references(client_for(area.provider_user).get(TRAY).content)[-1] == (
            newest.request.reference
        )
        assert older

    def test_returned_holds_only_advice_returned_for_more_information(self, area, client_for):
        returned = assignment(area, area.salt, status=AssignmentStatus.RETURNED)
        assignment(area, area.salt)
        assignment(area, area.salt, status=AssignmentStatus.SUBMITTED, submitted_on=TODAY)
        page = client_for(area.provider_user).get(TRAY, {"view": "returned"}).content.decode()
        assert references(page.encode()) == [returned.request.reference]
        assert "Returned for more information (1)" in page
        assert "Sent for review (1)" in page
        assert "All open (3)" in page

    def test_every_tab_keeps_the_chosen_service(self, area, client_for):
        assignment(area, area.salt)
        assignment(area, area.ot)
        page = client_for(area.provider_user).get(TRAY, {"service": area.ot.pk}).content.decode()
        assert f"?view=returned&amp;service={area.ot.pk}" in page
        assert "All open (1)" in page

    def test_an_unknown_view_shows_all_open(self, area, client_for):
        shown = assignment(area, area.salt)
        page = client_for(area.provider_user).get(TRAY, {"view": "everything"}).content
        assert references(page) == [shown.request.reference]

    def test_the_counts_and_rows_take_a_fixed_number_of_queries(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.provider_user)
        assignment(area, area.salt)
        with django_assert_max_num_queries(20) as few:
            client.get(TRAY, {"view": "new"})
        for _ in range(10):
            assignment(area, area.salt)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(TRAY, {"view": "new"})

    @pytest.mark.parametrize("view", ["open", "overdue", "completed"])
    def test_a_views_pages_hold_its_count_of_rows(self, area, client_for, settings, view):
        """The page is counted from the tab's count (no second count): its pages hold every
        row of the view, once."""
        settings.PAGE_SIZE = 2
        made = [
            assignment(
                area,
                area.salt,
                received_on=datetime.date(2025, 11, 3),  # overdue since 15 December
                **(
                    {"status": AssignmentStatus.ACCEPTED, "completed_on": TODAY}
                    if view == "completed"
                    else {}
                ),
            )
            for _ in range(5)
        ]
        client = client_for(area.provider_user)
        shown = []
        for page in (1, 2, 3):
            shown += references(client.get(TRAY, {"view": view, "page": page}).content)
        assert sorted(shown) == sorted(a.request.reference for a in made)


class TestSearchingTheTray:
    def test_a_reference_finds_the_request_open_or_completed(self, area, client_for):
        done = assignment(area, area.salt, status=AssignmentStatus.ACCEPTED, completed_on=TODAY)
        assignment(area, area.salt)
        response = client_for(area.provider_user).post(
            TRAY, {"query": done.request.reference.lower()}
        )
        assert references(response.content) == [done.request.reference]
        assert "Search results" in response.content.decode()

    def test_an_nhs_number_or_a_name_finds_the_childs_requests(self, area, client_for):
        found = assignment(area, area.salt, child={"given_name": "Zebedee", "family_name": "Qu"})
        assignment(area, area.salt)
        client = client_for(area.provider_user)
        by_number = client.post(TRAY, {"query": found.request.child.nhs_number})
        assert references(by_number.content) == [found.request.reference]
        by_name = client.post(TRAY, {"query": "zebedee"})
        assert references(by_name.content) == [found.request.reference]

    def test_the_search_never_reaches_another_services_requests(self, area, client_for):
        camhs = assignment(area, area.camhs)
        ot = assignment(area, area.ot)
        client = client_for(area.salt_user)
        for query in (camhs.request.reference, ot.request.child.nhs_number):
            assert references(client.post(TRAY, {"query": query}).content) == []

    def test_a_search_is_audited_without_what_was_typed(self, area, client_for):
        found = assignment(area, area.salt, child={"family_name": "Quixote"})
        client_for(area.provider_user).post(TRAY, {"query": "Quixote"})
        search = AuditLog.objects.get(action=AuditAction.SEARCH)
        assert "Quixote" not in str(search.changes)
        viewed = AuditLog.objects.filter(action=AuditAction.VIEW, object_type="children.Child")
        assert list(viewed.values_list("child_id", flat=True)) == [found.request.child_id]

    def test_a_bad_search_says_what_to_enter(self, area, client_for):
        response = client_for(area.provider_user).post(TRAY, {"query": "12345"})
        assert "There is a problem" in response.content.decode()
        assert "Enter a reference like AR-000123" in response.content.decode()
