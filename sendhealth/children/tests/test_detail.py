"""A child's record: who may see it, what it shows, and the audit of every read."""

import datetime
from unittest import mock

import pytest

from sendhealth.advice.models import RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

TODAY = datetime.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


@pytest.fixture
def child(area):
    return ChildFactory(
        local_authority=area.la,
        setting=area.setting,
        given_name="Amara",
        family_name="Okafor",
        nhs_number="9434765919",
        date_of_birth=datetime.date(2016, 2, 16),
        primary_need="SLCN",
        secondary_needs=["ASD", "HI"],
    )


def url(child):
    return f"/children/{child.pk}/"


class TestWhoMaySeeAChildsRecord:
    @pytest.mark.parametrize("role", ["la_user", "dco", "dco_team"])
    def test_the_childs_la_and_the_dco_team_see_the_record(self, area, client_for, child, role):
        assert client_for(getattr(area, role)).get(url(child)).status_code == 200

    @pytest.mark.parametrize("role", ["other_la_user", "outsider_dco", "provider_user"])
    def test_users_outside_the_childs_scope_get_not_found(self, area, client_for, child, role):
        assert client_for(getattr(area, role)).get(url(child)).status_code == 404

    @pytest.mark.parametrize("role", ["board", "sysadmin", "nobody"])
    def test_roles_without_access_to_children_are_refused(self, area, client_for, child, role):
        assert client_for(getattr(area, role)).get(url(child)).status_code == 403

    def test_provider_user_sees_a_child_routed_to_their_service(self, area, client_for, child):
        AdviceAssignmentFactory(request__child=child, service=area.ot)
        assert client_for(area.provider_user).get(url(child)).status_code == 200

    def test_salt_user_does_not_see_a_child_routed_only_to_ot(self, area, client_for, child):
        AdviceAssignmentFactory(request__child=child, service=area.ot)
        assert client_for(area.salt_user).get(url(child)).status_code == 404

    def test_a_child_that_does_not_exist_is_not_found(self, area, client_for):
        assert client_for(area.dco).get("/children/999999/").status_code == 404

    def test_refusals_write_no_audit_entry(self, area, client_for, child):
        client_for(area.other_la_user).get(url(child))
        client_for(area.board).get(url(child))
        assert not AuditLog.objects.exists()


class TestTheRecord:
    def test_it_shows_the_childs_details_in_words(self, area, client_for, child):
        content = client_for(area.la_user).get(url(child)).content.decode()
        assert "Amara Okafor" in content
        assert "943 476 5919" in content
        assert "16 February 2016 (aged 10)" in content
        assert "Compulsory school age until" in content
        assert "Northshire Council" in content
        assert area.setting.name in content
        assert "Speech, language and communication needs" in content
        assert "Autistic spectrum disorder, Hearing impairment" in content

    def test_the_page_title_does_not_carry_the_childs_name(self, area, client_for, child):
        content = client_for(area.la_user).get(url(child)).content.decode()
        title = content[content.index("<title>") : content.index("</title>")]
        assert "Okafor" not in title

    def test_reading_the_record_is_audited(self, area, client_for, child):
        client_for(area.la_user).get(url(child))
        entry = AuditLog.objects.get()
        assert (entry.action, entry.actor, entry.child_id) == (
            AuditAction.VIEW,
            area.la_user,
            child.pk,
        )
        assert entry.object_type == "children.Child"


class TestAdviceRequestsOnTheRecord:
    def test_the_childs_requests_are_listed_with_a_link_and_status(self, area, client_for, child):
        advice_request = AdviceRequestFactory(child=child, status=RequestStatus.ROUTED)
        content = client_for(area.la_user).get(url(child)).content.decode()
        assert f'href="/advice/requests/{advice_request.pk}/"' in content
        assert advice_request.reference in content
        assert "With health services" in content
        assert "5 January 2026" in content

    def test_provider_user_sees_only_requests_routed_to_their_services(
        self, area, client_for, child
    ):
        routed = AdviceAssignmentFactory(request__child=child, service=area.salt).request
        not_routed = AdviceRequestFactory(child=child)
        content = client_for(area.provider_user).get(url(child)).content.decode()
        assert routed.reference in content
        assert not_routed.reference not in content

    def test_la_user_may_request_advice_when_none_is_open(self, area, client_for, child):
        AdviceRequestFactory(child=child, status=RequestStatus.RETURNED)
        content = client_for(area.la_user).get(url(child)).content.decode()
        assert f'href="/advice/new/{child.pk}/"' in content
        assert "Request health advice" in content

    def test_la_user_is_told_about_the_open_request_instead(self, area, client_for, child):
        open_request = AdviceRequestFactory(child=child, status=RequestStatus.NEW)
        content = client_for(area.la_user).get(url(child)).content.decode()
        assert f"/advice/new/{child.pk}/" not in content
        assert f'Request <a href="/advice/requests/{open_request.pk}/">' in content

    @pytest.mark.parametrize("role", ["dco", "provider_user"])
    def test_roles_that_do_not_raise_requests_get_no_button(self, area, client_for, child, role):
        AdviceAssignmentFactory(
            request__child=child, service=area.salt, request__status=RequestStatus.RETURNED
        )
        content = client_for(getattr(area, role)).get(url(child)).content.decode()
        assert f"/advice/new/{child.pk}/" not in content


class TestChangeLink:
    @pytest.mark.parametrize("role", ["la_user", "dco"])
    def test_las_and_the_dco_may_change_the_record(self, area, client_for, child, role):
        content = client_for(getattr(area, role)).get(url(child)).content.decode()
        assert f'href="/children/{child.pk}/edit/"' in content

    def test_provider_user_may_not(self, area, client_for, child):
        AdviceAssignmentFactory(request__child=child, service=area.salt)
        content = client_for(area.provider_user).get(url(child)).content.decode()
        assert f"/children/{child.pk}/edit/" not in content
