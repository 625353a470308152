"""Children who move between local authorities: the LA that now holds the case finds the child
by NHS number and date of birth (both), and records the move; the DCO team records moves from
the child's record. The move is audited and on the child's timeline; the other LA's work is
never shown to the new one."""

import datetime
from html import unescape

import pytest
from django.urls import reverse

from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.models import Child, ChildMove
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.organisations.tests.factories import (
    IcbFactory,
    LocalAuthorityFactory,
    SettingFactory,
)

MOVED_IN = reverse("children:moved_in")
DOB = datetime.date(2016, 4, 3)


def lookup(child_or_number, dob=DOB, **extra):
    number = getattr(child_or_number, "nhs_number", child_or_number)
    return {
        "nhs_number": number,
        "date_of_birth_day": dob.day,
        "date_of_birth_month": dob.month,
        "date_of_birth_year": dob.year,
        **extra,
    }


@pytest.fixture
def southern_child(area):
    """A child registered by Southborough (other_la), with Southborough's own request."""
    child = ChildFactory(
        local_authority=area.other_la,
        date_of_birth=DOB,
        given_name="Tamsin",
        family_name="Ellery",
        setting=SettingFactory(parent=area.other_la),
    )
    AdviceRequestFactory(child=child, questions="Southborough's questions about Tamsin.")
    return child


class TestFindingAChildWhoMovedIn:
    def test_the_nhs_number_and_date_of_birth_together_find_the_child(
        self, area, client_for, southern_child
    ):
        page = client_for(area.la_user).post(MOVED_IN, lookup(southern_child)).content.decode()
        assert "Tamsin Ellery" in page
        assert "Southborough Council" in page
        assert "Record that the child has moved to Northshire Council" in page
        assert "Southborough's questions" not in unescape(page)
        assert not ChildMove.objects.exists()

    def test_a_date_of_birth_that_does_not_match_finds_nothing(
        self, area, client_for, southern_child
    ):
        wrong = DOB + datetime.timedelta(days=1)
        page = client_for(area.la_user).post(MOVED_IN, lookup(southern_child, wrong))
        text = page.content.decode()
        assert "No child is registered with this NHS number and date of birth" in text
        assert "Tamsin" not in text

    def test_the_search_is_audited_without_what_was_typed(self, area, client_for, southern_child):
        client_for(area.la_user).post(MOVED_IN, lookup(southern_child))
        search = AuditLog.objects.get(action=AuditAction.SEARCH)
        assert southern_child.nhs_number not in str(search.changes)
        assert AuditLog.objects.filter(action=AuditAction.VIEW, child_id=southern_child.pk).exists()

    def test_it_is_a_post_and_an_invalid_nhs_number_says_so(self, area, client_for):
        page = client_for(area.la_user).post(MOVED_IN, lookup("123")).content.decode()
        assert "Enter a valid 10-digit NHS number" in page

    def test_a_child_of_another_icb_is_only_said_to_be_elsewhere(self, area, client_for):
        elsewhere = ChildFactory(
            local_authority=LocalAuthorityFactory(parent=IcbFactory()), date_of_birth=DOB
        )
        text = client_for(area.la_user).post(MOVED_IN, lookup(elsewhere)).content.decode()
        assert "another integrated care board" in text
        assert elsewhere.family_name not in unescape(text)
        assert elsewhere.local_authority.name not in unescape(text)
        confirm = lookup(elsewhere, confirm="yes")
        client_for(area.la_user).post(MOVED_IN, confirm)
        elsewhere.refresh_from_db()
        assert elsewhere.local_authority_id != area.la.pk

    @pytest.mark.parametrize("role", ["dco", "provider_user", "board"])
    def test_roles_other_than_the_la_are_refused(self, area, client_for, role, southern_child):
        client = client_for(getattr(area, role))
        assert client.post(MOVED_IN, lookup(southern_child, confirm="yes")).status_code == 403
        southern_child.refresh_from_db()
        assert southern_child.local_authority_id == area.other_la.pk


class TestRecordingTheMove:
    def test_the_la_records_the_move_and_then_sees_the_child_but_not_the_old_work(
        self, area, client_for, southern_child
    ):
        client = client_for(area.la_user)
        response = client.post(MOVED_IN, lookup(southern_child, confirm="yes"))
        assert response["Location"] == reverse("children:detail", args=[southern_child.pk])
        southern_child.refresh_from_db()
        assert southern_child.local_authority_id == area.la.pk
        assert southern_child.setting is None  # Southborough's school: the new LA records it
        page = client.get(response["Location"]).content.decode()
        assert "Moved from Southborough Council to Northshire Council" in page
        assert "Recorded by La User" in page
        assert "There are no health advice requests for this child" in page
        assert "AR-" not in page

    def test_the_move_is_recorded_and_audited(self, area, client_for, southern_child):
        client_for(area.la_user).post(MOVED_IN, lookup(southern_child, confirm="yes"))
        move = ChildMove.objects.get()
        assert (move.from_local_authority, move.to_local_authority) == (area.other_la, area.la)
        assert move.moved_by == area.la_user
        update = AuditLog.objects.get(action=AuditAction.UPDATE, object_type="children.Child")
        assert update.changes["local_authority"] == [area.other_la.pk, area.la.pk]
        assert AuditLog.objects.filter(
            action=AuditAction.CREATE, object_type="children.ChildMove", child_id=southern_child.pk
        ).exists()

    def test_the_old_las_requests_stay_its_own(self, area, client_for, southern_child):
        client_for(area.la_user).post(MOVED_IN, lookup(southern_child, confirm="yes"))
        request = southern_child.advice_requests.get()
        assert request.local_authority_id == area.other_la.pk
        old_la = client_for(area.other_la_user)
        assert old_la.get(reverse("advice:request", args=[request.pk])).status_code == 200
        assert old_la.get(reverse("children:detail", args=[southern_child.pk])).status_code == 404
        new_la = client_for(area.la_user)
        assert new_la.get(reverse("advice:request", args=[request.pk])).status_code == 404

    def test_a_child_already_ours_is_not_moved(self, area, client_for):
        ours = ChildFactory(local_authority=area.la, date_of_birth=DOB)
        page = client_for(area.la_user).post(MOVED_IN, lookup(ours, confirm="yes"))
        assert "already registered with your local authority" in page.content.decode()
        assert not ChildMove.objects.exists()


class TestTheDcoRecordsAMove:
    def test_the_dco_moves_a_child_between_the_icbs_local_authorities(
        self, area, client_for, southern_child
    ):
        client = client_for(area.dco_team)
        url = reverse("children:move", args=[southern_child.pk])
        assert "Northshire Council" in client.get(url).content.decode()
        response = client.post(url, {"to_local_authority": area.la.pk})
        assert response["Location"] == reverse("children:detail", args=[southern_child.pk])
        page = client.get(response["Location"]).content.decode()
        assert "Moved from Southborough Council to Northshire Council" in page
        assert "Recorded by Dco Team" in page

    def test_the_current_local_authority_is_not_offered(self, area, client_for, southern_child):
        url = reverse("children:move", args=[southern_child.pk])
        response = client_for(area.dco).post(url, {"to_local_authority": area.other_la.pk})
        assert "Select a local authority from the list" in response.content.decode()
        assert not ChildMove.objects.exists()

    def test_a_move_to_another_icb_hands_the_child_over(self, area, client_for, southern_child):
        other_icb = IcbFactory(name="NHS Farshire ICB")
        farshire = LocalAuthorityFactory(name="Farshire Council", parent=other_icb)
        client = client_for(area.dco)
        url = reverse("children:move", args=[southern_child.pk])
        assert "Farshire Council (NHS Farshire ICB)" in client.get(url).content.decode()
        response = client.post(url, {"to_local_authority": farshire.pk})
        assert response["Location"] == reverse("children:list")
        assert client.get(reverse("children:detail", args=[southern_child.pk])).status_code == 404
        request = southern_child.advice_requests.get()
        assert client.get(reverse("advice:request", args=[request.pk])).status_code == 200
        assert Child.objects.get(pk=southern_child.pk).local_authority == farshire


class TestRegisteringAChildRegisteredElsewhere:
    def test_the_registration_error_points_to_finding_the_child(
        self, area, client_for, southern_child
    ):
        data = {"nhs_number": southern_child.nhs_number, "given_name": "T", "family_name": "E"}
        page = client_for(area.la_user).post(reverse("children:new"), data).content.decode()
        assert "already registered" in page
        assert reverse("children:moved_in") in page
