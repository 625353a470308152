"""Vulnerable-group flags on a child: changed on the child's form (audited as a change of the
record), shown wherever the child appears, and a filter of the children list."""

import datetime
from unittest import mock

import pytest

from sendhealth.advice.models import RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.forms import ChildForm
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.core.scoping import Scope

TODAY = datetime.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


@pytest.fixture
def child(area):
    return ChildFactory(
        local_authority=area.la,
        given_name="Amara",
        family_name="Okafor",
        nhs_number="9434765919",
        date_of_birth=datetime.date(2016, 2, 16),
        looked_after=True,
        known_to_youth_justice=True,
    )


def edit_data(child, groups) -> dict:
    return {
        "nhs_number": child.nhs_number,
        "given_name": child.given_name,
        "family_name": child.family_name,
        "date_of_birth_day": str(child.date_of_birth.day),
        "date_of_birth_month": str(child.date_of_birth.month),
        "date_of_birth_year": str(child.date_of_birth.year),
        "local_authority": child.local_authority_id,
        "setting": "",
        "primary_need": child.primary_need,
        "vulnerable_groups": groups,
    }


class TestChangingTheFlags:
    @pytest.mark.parametrize("role", ["la_user", "dco"])
    def test_flags_are_saved_from_the_childs_form(self, area, client_for, child, role):
        response = client_for(getattr(area, role)).post(
            f"/children/{child.pk}/edit/",
            edit_data(child, ["electively_home_educated", "child_protection_plan"]),
        )
        assert response.status_code == 302
        child.refresh_from_db()
        assert child.vulnerable_groups == ["Electively home educated", "Child protection plan"]
        assert not child.looked_after

    def test_the_change_is_audited_by_flag_name_only(self, area, client_for, child):
        client_for(area.la_user).post(
            f"/children/{child.pk}/edit/", edit_data(child, ["looked_after", "child_in_need"])
        )
        entry = AuditLog.objects.get(action=AuditAction.UPDATE)
        assert entry.child_id == child.pk
        assert entry.changes == {"fields": ["child_in_need", "known_to_youth_justice"]}

    def test_the_form_shows_the_saved_flags_ticked(self, area, client_for, child):
        content = client_for(area.dco).get(f"/children/{child.pk}/edit/").content.decode()
        assert 'value="looked_after" checked' in content
        assert 'value="child_in_need" checked' not in content

    def test_registering_a_child_saves_flags(self, area):
        form = ChildForm(
            {
                **edit_data(ChildFactory.build(nhs_number="6716689966"), ["child_in_need"]),
                "local_authority": area.la.pk,
            },
            scope=Scope.for_user(area.dco),
        )
        assert form.is_valid(), form.errors
        saved = form.save()
        assert saved.child_in_need and not saved.looked_after

    def test_an_unknown_group_is_refused(self, area, client_for, child):
        response = client_for(area.dco).post(
            f"/children/{child.pk}/edit/", edit_data(child, ["pirate"])
        )
        assert "Select vulnerable groups from the list" in response.content.decode()


class TestShownWhereverTheChildAppears:
    def test_the_childs_record(self, area, client_for, child):
        content = client_for(area.la_user).get(f"/children/{child.pk}/").content.decode()
        assert "Looked after" in content
        assert "Known to youth justice" in content

    def test_the_children_list(self, area, client_for, child):
        content = client_for(area.la_user).get("/children/").content.decode()
        assert "Looked after" in content

    def test_the_advice_request_page_for_the_la_and_the_dco(self, area, client_for, child):
        advice_request = AdviceRequestFactory(child=child)
        for user in (area.la_user, area.dco):
            page = client_for(user).get(f"/advice/requests/{advice_request.pk}/")
            assert "Looked after" in page.content.decode()

    def test_the_la_requests_list(self, area, client_for, child):
        AdviceRequestFactory(child=child)
        content = client_for(area.la_user).get("/advice/requests/").content.decode()
        assert "Known to youth justice" in content

    def test_the_dco_queue(self, area, client_for, child):
        AdviceRequestFactory(child=child, status=RequestStatus.NEW)
        content = client_for(area.dco).get("/advice/queue/?view=new").content.decode()
        assert "Amara Okafor" in content
        assert "Looked after" in content

    def test_the_provider_tray_and_assignment(self, area, client_for, child):
        assignment = AdviceAssignmentFactory(
            request=AdviceRequestFactory(child=child, status=RequestStatus.ROUTED),
            service=area.salt,
        )
        client = client_for(area.salt_user)
        assert "Looked after" in client.get("/advice/tray/").content.decode()
        page = client.get(f"/advice/assignments/{assignment.pk}/").content.decode()
        assert "Looked after" in page

    def test_a_child_in_no_group_shows_none_recorded(self, area, client_for):
        plain = ChildFactory(local_authority=area.la)
        content = client_for(area.la_user).get(f"/children/{plain.pk}/").content.decode()
        assert "Vulnerable groups" in content
        assert "Looked after" not in content


class TestFilter:
    def test_the_list_filters_by_group(self, area, client_for, child):
        ChildFactory(local_authority=area.la, given_name="Bilal", family_name="Hussain")
        client = client_for(area.la_user)
        content = client.get("/children/", {"group": "looked_after"}).content.decode()
        assert "Amara Okafor" in content
        assert "Bilal" not in content
        content = client.get("/children/", {"group": "child_in_need"}).content.decode()
        assert "Amara" not in content

    def test_a_search_keeps_the_filter(self, area, client_for, child):
        ChildFactory(local_authority=area.la, given_name="Amara", family_name="Jones")
        client = client_for(area.la_user)
        content = client.post("/children/?group=looked_after", {"query": "Amara"}).content
        assert b"Amara Okafor" in content
        assert b"Amara Jones" not in content

    def test_an_unknown_group_is_ignored(self, area, client_for, child):
        content = client_for(area.la_user).get("/children/", {"group": "x"}).content.decode()
        assert "Amara Okafor" in content
