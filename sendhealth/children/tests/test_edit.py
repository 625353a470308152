"""Correct a child's record: the same checks as registering, a unique and valid NHS number,
and an audit entry that names the changed fields but never their values."""

import datetime
from unittest import mock

import pytest

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
        given_name="Amara",
        family_name="Okafor",
        nhs_number="9434765919",
        date_of_birth=datetime.date(2016, 2, 16),
        primary_need="SLCN",
        secondary_needs=[],
    )


def url(child):
    return f"/children/{child.pk}/edit/"


def data_for(child, **overrides) -> dict:
    data = {
        "nhs_number": child.nhs_number,
        "given_name": child.given_name,
        "family_name": child.family_name,
        "date_of_birth_day": str(child.date_of_birth.day),
        "date_of_birth_month": str(child.date_of_birth.month),
        "date_of_birth_year": str(child.date_of_birth.year),
        "local_authority": child.local_authority_id,
        "setting": "",
        "primary_need": child.primary_need,
        "secondary_needs": child.secondary_needs,
    }
    data.update(overrides)
    return data


class TestWhoMayChangeARecord:
    @pytest.mark.parametrize("role", ["la_user", "dco"])
    def test_the_childs_la_and_the_dco_get_the_form(self, area, client_for, child, role):
        response = client_for(getattr(area, role)).get(url(child))
        assert response.status_code == 200
        assert 'value="Okafor"' in response.content.decode()

    @pytest.mark.parametrize("role", ["other_la_user", "outsider_dco"])
    def test_users_outside_the_childs_scope_get_not_found(self, area, client_for, child, role):
        client = client_for(getattr(area, role))
        assert client.get(url(child)).status_code == 404
        assert client.post(url(child), data_for(child, family_name="X")).status_code == 404
        child.refresh_from_db()
        assert child.family_name == "Okafor"

    @pytest.mark.parametrize("role", ["provider_user", "board", "sysadmin", "nobody"])
    def test_roles_that_may_not_change_records_are_refused(self, area, client_for, child, role):
        assert client_for(getattr(area, role)).get(url(child)).status_code == 403


class TestChanging:
    def test_a_change_is_saved_and_the_user_returned_to_the_record(self, area, client_for, child):
        response = client_for(area.la_user).post(
            url(child), data_for(child, family_name="Okafor-Jones", secondary_needs=["ASD"])
        )
        assert response.status_code == 302
        assert response["Location"] == f"/children/{child.pk}/"
        child.refresh_from_db()
        assert child.family_name == "Okafor-Jones"
        assert child.secondary_needs == ["ASD"]

    def test_the_audit_entry_names_the_changed_fields_not_their_values(
        self, area, client_for, child
    ):
        client_for(area.la_user).post(url(child), data_for(child, family_name="Okafor-Jones"))
        entry = AuditLog.objects.get(action=AuditAction.UPDATE)
        assert entry.child_id == child.pk
        assert entry.changes == {"fields": ["family_name"]}

    def test_an_nhs_number_may_be_corrected_to_another_valid_one(self, area, client_for, child):
        client_for(area.dco).post(url(child), data_for(child, nhs_number="671 668 9966"))
        child.refresh_from_db()
        assert child.nhs_number == "6716689966"

    def test_dco_may_move_the_child_to_another_la_of_the_icb(self, area, client_for, child):
        client_for(area.dco).post(url(child), data_for(child, local_authority=area.other_la.pk))
        child.refresh_from_db()
        assert child.local_authority == area.other_la


class TestBadChangesWriteNothing:
    def assert_unchanged(self, child):
        child.refresh_from_db()
        assert (child.nhs_number, child.family_name) == ("9434765919", "Okafor")
        assert not AuditLog.objects.filter(action=AuditAction.UPDATE).exists()

    def test_an_invalid_nhs_number_is_refused(self, area, client_for, child):
        response = client_for(area.la_user).post(
            url(child), data_for(child, nhs_number="9434765910", family_name="Changed")
        )
        assert "Enter a valid 10-digit NHS number" in response.content.decode()
        self.assert_unchanged(child)

    def test_another_childs_nhs_number_is_refused(self, area, client_for, child):
        other = ChildFactory(local_authority=area.la, nhs_number="6716689966")
        response = client_for(area.la_user).post(
            url(child), data_for(child, nhs_number="6716689966", family_name="Changed")
        )
        content = response.content.decode()
        assert "A child with this NHS number is already registered" in content
        assert f'href="/children/{other.pk}/"' in content
        self.assert_unchanged(child)

    def test_a_date_of_birth_in_the_future_is_refused(self, area, client_for, child):
        response = client_for(area.la_user).post(
            url(child), data_for(child, date_of_birth_year="2030", family_name="Changed")
        )
        assert "Date of birth must be today or in the past" in response.content.decode()
        self.assert_unchanged(child)

    def test_the_heading_keeps_the_saved_name_after_an_error(self, area, client_for, child):
        response = client_for(area.la_user).post(
            url(child), data_for(child, nhs_number="1", family_name="Changed")
        )
        assert "Amara Okafor</span>" in response.content.decode()
