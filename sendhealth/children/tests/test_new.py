"""Register a child: who may, what is checked, what is written (and what is not)."""

import datetime
from unittest import mock

import pytest

from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.organisations.tests.factories import LocalAuthorityFactory, SettingFactory

URL = "/children/new/"
TODAY = datetime.date(2026, 3, 2)
VALID_NHS_NUMBER = "9434765919"


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def child_data(**overrides) -> dict:
    data = {
        "nhs_number": "943 476 5919",
        "given_name": "Amara",
        "family_name": "Okafor",
        "date_of_birth_day": "16",
        "date_of_birth_month": "2",
        "date_of_birth_year": "2016",
        "setting": "",
        "primary_need": "SLCN",
        "secondary_needs": ["ASD"],
    }
    data.update(overrides)
    return data


class TestWhoMayRegisterAChild:
    @pytest.mark.parametrize("role", ["la_user", "dco", "dco_team"])
    def test_las_and_the_dco_team_get_the_form(self, area, client_for, role):
        response = client_for(getattr(area, role)).get(URL)
        assert response.status_code == 200
        assert b"Register a child" in response.content

    @pytest.mark.parametrize("role", ["provider_user", "board", "sysadmin", "nobody"])
    def test_other_roles_are_refused(self, area, client_for, role):
        client = client_for(getattr(area, role))
        assert client.get(URL).status_code == 403
        assert client.post(URL, child_data()).status_code == 403
        assert not Child.objects.exists()


class TestRegistering:
    def test_la_user_registers_a_child_of_their_la(self, area, client_for):
        response = client_for(area.la_user).post(URL, child_data(setting=area.setting.pk))
        child = Child.objects.get()
        assert response.status_code == 302
        assert response["Location"] == f"/children/{child.pk}/"
        assert child.nhs_number == VALID_NHS_NUMBER
        assert child.local_authority == area.la
        assert child.setting == area.setting
        assert child.date_of_birth == datetime.date(2016, 2, 16)
        assert child.secondary_needs == ["ASD"]
        assert child.created_by == area.la_user

    def test_la_users_la_is_shown_as_text_not_a_choice(self, area, client_for):
        content = client_for(area.la_user).get(URL).content.decode()
        assert "Northshire Council" in content
        assert 'name="local_authority"' not in content
        assert "Southborough Council" not in content

    def test_la_user_cannot_register_a_child_in_another_la(self, area, client_for):
        client_for(area.la_user).post(URL, child_data(local_authority=area.other_la.pk))
        assert Child.objects.get().local_authority == area.la

    def test_dco_chooses_among_the_las_of_their_icb(self, area, client_for):
        client = client_for(area.dco)
        content = client.get(URL).content.decode()
        assert "Northshire Council" in content and "Southborough Council" in content
        client.post(URL, child_data(local_authority=area.other_la.pk))
        assert Child.objects.get().local_authority == area.other_la

    def test_dco_cannot_register_a_child_in_an_la_outside_their_icb(self, area, client_for):
        elsewhere = LocalAuthorityFactory()
        response = client_for(area.dco).post(URL, child_data(local_authority=elsewhere.pk))
        assert "Select a local authority from the list" in response.content.decode()
        assert not Child.objects.exists()

    def test_la_user_cannot_choose_another_las_setting(self, area, client_for):
        other_school = SettingFactory(parent=area.other_la)
        response = client_for(area.la_user).post(URL, child_data(setting=other_school.pk))
        assert "Select an education setting from the list" in response.content.decode()
        assert not Child.objects.exists()

    def test_registering_writes_an_audit_entry_with_field_names_only(self, area, client_for):
        client_for(area.la_user).post(URL, child_data())
        child = Child.objects.get()
        entry = AuditLog.objects.get(action=AuditAction.CREATE)
        assert entry.actor == area.la_user
        assert entry.child_id == child.pk
        assert "given_name" in entry.changes["fields"]
        assert "Amara" not in str(entry.changes)
        assert VALID_NHS_NUMBER not in str(entry.changes)

    def test_a_success_message_without_the_childs_name_follows(self, area, client_for):
        response = client_for(area.la_user).post(URL, child_data(), follow=True)
        content = response.content.decode()
        assert "Child registered" in content
        assert "Request health advice" in content


class TestBadInputWritesNothing:
    def assert_nothing_written(self):
        assert not Child.objects.exists()
        assert not AuditLog.objects.filter(action=AuditAction.CREATE).exists()

    @pytest.mark.parametrize("number", ["943 476 5910", "12345", "abcdefghij"])
    def test_an_invalid_nhs_number_is_refused(self, area, client_for, number):
        response = client_for(area.la_user).post(URL, child_data(nhs_number=number))
        content = response.content.decode()
        assert "Enter a valid 10-digit NHS number" in content
        assert "<title>Error: " in content
        self.assert_nothing_written()

    def test_a_date_of_birth_in_the_future_is_refused(self, area, client_for):
        response = client_for(area.la_user).post(URL, child_data(date_of_birth_year="2027"))
        assert "Date of birth must be today or in the past" in response.content.decode()
        self.assert_nothing_written()

    def test_a_person_aged_25_or_over_is_refused(self, area, client_for):
        response = client_for(area.la_user).post(
            URL,
            child_data(date_of_birth_day="2", date_of_birth_month="3", date_of_birth_year="2001"),
        )
        assert "A child or young person must be under 25" in response.content.decode()
        self.assert_nothing_written()

    def test_a_young_person_one_day_short_of_25_is_accepted(self, area, client_for):
        client_for(area.la_user).post(
            URL,
            child_data(date_of_birth_day="3", date_of_birth_month="3", date_of_birth_year="2001"),
        )
        assert Child.objects.get().date_of_birth == datetime.date(2001, 3, 3)

    def test_a_date_that_is_not_real_is_refused(self, area, client_for):
        response = client_for(area.la_user).post(
            URL, child_data(date_of_birth_day="30", date_of_birth_month="2")
        )
        assert "Date of birth must be a real date" in response.content.decode()
        self.assert_nothing_written()

    def test_the_primary_need_cannot_also_be_a_secondary_need(self, area, client_for):
        response = client_for(area.la_user).post(
            URL, child_data(primary_need="ASD", secondary_needs=["ASD", "SLCN"])
        )
        content = response.content.decode()
        assert "Secondary needs must not include the primary need" in content
        self.assert_nothing_written()

    def test_every_missing_answer_gets_its_own_message(self, area, client_for):
        response = client_for(area.dco).post(URL, {})
        content = response.content.decode()
        for message in (
            "Enter the child&#39;s NHS number",
            "Enter the child&#39;s given name",
            "Enter the child&#39;s family name",
            "Enter date of birth",
            "Select the child&#39;s local authority",
            "Select the child&#39;s primary need",
        ):
            assert message in content
        self.assert_nothing_written()

    def test_what_was_typed_is_kept_after_an_error(self, area, client_for):
        response = client_for(area.la_user).post(URL, child_data(nhs_number="123"))
        content = response.content.decode()
        assert 'value="Okafor"' in content
        assert 'value="2016"' in content


class TestDuplicateNhsNumber:
    def test_a_child_in_scope_is_named_as_a_duplicate_with_a_link(self, area, client_for):
        existing = ChildFactory(local_authority=area.la, nhs_number=VALID_NHS_NUMBER)
        response = client_for(area.la_user).post(URL, child_data())
        content = response.content.decode()
        assert "A child with this NHS number is already registered" in content
        assert f'href="/children/{existing.pk}/"' in content
        assert Child.objects.count() == 1

    def test_a_child_out_of_scope_gives_the_same_error_and_nothing_more(self, area, client_for):
        existing = ChildFactory(
            local_authority=area.other_la, nhs_number=VALID_NHS_NUMBER, family_name="Zebedee"
        )
        response = client_for(area.la_user).post(URL, child_data())
        content = response.content.decode()
        assert "A child with this NHS number is already registered" in content
        assert f"/children/{existing.pk}/" not in content
        assert "Southborough" not in content
        assert "Zebedee" not in content
        assert Child.objects.count() == 1
