"""Safeguarding referrals as users see them: who may see and record them, the checks on the
form, the overdue follow-ups by date, downloads, the audit trail and query counts."""

import datetime
from unittest import mock

import pytest

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog
from sendhealth.safeguarding.models import SafeguardingReferral
from sendhealth.safeguarding.tests.factories import SafeguardingReferralFactory

TODAY = datetime.date(2026, 3, 2)
LIST = "/safeguarding/"


@pytest.fixture(autouse=True)
def _today():
    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


@pytest.fixture
def child(area):
    return ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")


def new_url(child):
    return f"/safeguarding/child/{child.pk}/new/"


def form_data(**overrides) -> dict:
    data = {
        "origin": "dco",
        "made_to": "mash",
        "made_to_detail": "Northshire MASH",
        "referred_on_day": "2",
        "referred_on_month": "2",
        "referred_on_year": "2026",
        "reason": "Concern raised at a clinic appointment.",
        "follow_up_due_on_day": "16",
        "follow_up_due_on_month": "2",
        "follow_up_due_on_year": "2026",
        "follow_up_done_on_day": "",
        "follow_up_done_on_month": "",
        "follow_up_done_on_year": "",
        "outcome": "",
    }
    data.update(overrides)
    return data


class TestWhoSeesReferrals:
    def test_dco_sees_referrals_of_every_la_of_the_icb(self, area, client_for, child):
        SafeguardingReferralFactory(child=child)
        SafeguardingReferralFactory(
            child=ChildFactory(local_authority=area.other_la, family_name="Hussain")
        )
        content = client_for(area.dco).get(LIST).content.decode()
        assert "Amara Okafor" in content
        assert "Hussain" in content

    def test_la_user_sees_only_their_own_childrens_referrals(self, area, client_for, child):
        SafeguardingReferralFactory(child=child)
        SafeguardingReferralFactory(
            child=ChildFactory(local_authority=area.other_la, family_name="Hussain")
        )
        content = client_for(area.la_user).get(LIST).content.decode()
        assert "Amara Okafor" in content
        assert "Hussain" not in content

    def test_outsider_dco_sees_none_and_gets_404_on_the_referral(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        client = client_for(area.outsider_dco)
        assert "Okafor" not in client.get(LIST).content.decode()
        assert client.get(f"/safeguarding/{referral.pk}/").status_code == 404

    @pytest.mark.parametrize("role", ["provider_user", "salt_user", "board", "sysadmin", "nobody"])
    def test_providers_boards_and_admins_are_refused(self, area, client_for, child, role):
        referral = SafeguardingReferralFactory(child=child)
        client = client_for(getattr(area, role))
        assert client.get(LIST).status_code == 403
        assert client.get(f"/safeguarding/{referral.pk}/").status_code == 403

    def test_la_user_may_read_but_not_record_or_change(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        client = client_for(area.la_user)
        assert client.get(f"/safeguarding/{referral.pk}/").status_code == 200
        assert client.get(f"/safeguarding/{referral.pk}/edit/").status_code == 403
        assert client.post(new_url(child), form_data()).status_code == 403
        assert SafeguardingReferral.objects.count() == 1

    def test_a_provider_sees_no_referral_on_the_childs_timeline(self, area, client_for, child):
        from sendhealth.advice.tests.factories import AdviceAssignmentFactory

        AdviceAssignmentFactory(request__child=child, service=area.salt)
        SafeguardingReferralFactory(child=child)
        content = client_for(area.salt_user).get(f"/children/{child.pk}/").content.decode()
        assert "Amara Okafor" in content
        assert "Safeguarding referral" not in content


class TestRecording:
    def test_dco_records_a_referral_from_the_childs_record(self, area, client_for, child):
        page = client_for(area.dco).get(f"/children/{child.pk}/").content.decode()
        assert f'href="{new_url(child)}"' in page
        response = client_for(area.dco).post(new_url(child), form_data())
        referral = SafeguardingReferral.objects.get()
        assert response.status_code == 302
        assert response["Location"] == f"/safeguarding/{referral.pk}/"
        assert (referral.local_authority, referral.icb) == (area.la, area.icb)
        assert referral.made_to_text == "Multi-agency safeguarding hub (MASH): Northshire MASH"
        assert referral.next_reminder_on == datetime.date(2026, 2, 13)
        entry = AuditLog.objects.get(action=AuditAction.CREATE)
        assert entry.child_id == child.pk
        assert "Concern" not in str(entry.changes)

    def test_la_user_is_not_offered_to_record_one(self, area, client_for, child):
        page = client_for(area.la_user).get(f"/children/{child.pk}/").content.decode()
        assert new_url(child) not in page

    def test_dco_cannot_record_one_for_a_child_of_another_icb(self, area, client_for, child):
        assert client_for(area.outsider_dco).post(new_url(child), form_data()).status_code == 404
        assert not SafeguardingReferral.objects.exists()

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"referred_on_day": "3", "referred_on_month": "3"}, "Date of referral must be today"),
            (
                {"follow_up_due_on_day": "1"},
                "Follow-up due date must be on or after the date of referral",
            ),
            (
                {"follow_up_done_on_day": "3", "follow_up_done_on_month": "3",
                 "follow_up_done_on_year": "2026"},
                "Date follow-up done must be today or in the past",
            ),
            (
                {"follow_up_done_on_day": "1", "follow_up_done_on_month": "2",
                 "follow_up_done_on_year": "2026"},
                "Date follow-up done must be on or after the date of referral",
            ),
            ({"made_to": "other", "made_to_detail": ""}, "Enter the organisation or team"),
            ({"reason": ""}, "Enter the reason for the referral"),
            ({"referred_on_day": "31", "referred_on_month": "2"}, "must be a real date"),
            ({"origin": ""}, "Select who made the referral"),
        ],
    )  # fmt: skip
    def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(
        self, area, client_for, child, overrides, message
    ):
        response = client_for(area.dco).post(new_url(child), form_data(**overrides))
        content = response.content.decode()
        assert response.status_code == 200
        assert message in content
        assert "<title>Error: " in content
        assert "nhsuk-error-summary" in content
        assert not SafeguardingReferral.objects.exists()


class TestChanging:
    def test_dco_records_the_follow_up_done_and_the_outcome(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        data = form_data(
            follow_up_done_on_day="20",
            follow_up_done_on_month="2",
            follow_up_done_on_year="2026",
            outcome="Social care assessment under way.",
        )
        response = client_for(area.dco_team).post(f"/safeguarding/{referral.pk}/edit/", data)
        assert response.status_code == 302
        referral.refresh_from_db()
        assert referral.follow_up_done_on == datetime.date(2026, 2, 20)
        assert referral.next_reminder_on is None
        entry = AuditLog.objects.get(action=AuditAction.UPDATE)
        assert entry.changes["fields"] == [
            "follow_up_done_on", "made_to", "made_to_detail", "outcome"
        ]  # fmt: skip

    def test_the_form_is_filled_in_with_the_saved_referral(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        content = client_for(area.dco).get(f"/safeguarding/{referral.pk}/edit/").content.decode()
        assert 'value="2026"' in content
        assert "Concern raised at a clinic appointment." in content


class TestOverdueFollowUps:
    def test_a_follow_up_past_its_due_date_and_not_done_is_overdue(self, area, client_for, child):
        SafeguardingReferralFactory(child=child, follow_up_due_on=datetime.date(2026, 3, 1))
        other = ChildFactory(local_authority=area.la, family_name="Hussain")
        SafeguardingReferralFactory(child=other, follow_up_due_on=TODAY)
        done = ChildFactory(local_authority=area.la, family_name="Jones")
        SafeguardingReferralFactory(
            child=done,
            follow_up_due_on=datetime.date(2026, 2, 1),
            follow_up_done_on=datetime.date(2026, 2, 1),
        )
        content = client_for(area.dco).get(LIST, {"follow_up": "overdue"}).content.decode()
        assert "Okafor" in content
        assert "1 day overdue" in content
        assert "Hussain" not in content
        assert "Jones" not in content

    def test_the_dco_queue_shows_overdue_follow_ups_with_a_link_to_the_list(
        self, area, client_for, child
    ):
        SafeguardingReferralFactory(child=child, follow_up_due_on=datetime.date(2026, 2, 20))
        content = client_for(area.dco).get("/advice/queue/").content.decode()
        assert "Safeguarding follow-ups overdue" in content
        assert "Amara Okafor" in content
        assert "10 days overdue" in content
        assert 'href="/safeguarding/?follow_up=overdue"' in content

    def test_the_queue_has_no_section_when_nothing_is_overdue(self, area, client_for, child):
        SafeguardingReferralFactory(child=child, follow_up_due_on=TODAY)
        content = client_for(area.dco).get("/advice/queue/").content.decode()
        assert "Safeguarding follow-ups overdue" not in content

    def test_the_queue_section_audits_the_children_it_shows(self, area, client_for, child):
        SafeguardingReferralFactory(child=child, follow_up_due_on=datetime.date(2026, 2, 20))
        client_for(area.dco).get("/advice/queue/")
        assert AuditLog.objects.filter(action=AuditAction.VIEW, child_id=child.pk).exists()

    def test_the_queue_section_query_count_does_not_grow(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(5):  # a full section: the count is then one query
            SafeguardingReferralFactory(
                child=ChildFactory(local_authority=area.la),
                follow_up_due_on=datetime.date(2026, 2, 20),
            )
        client.get("/advice/queue/")
        with django_assert_max_num_queries(40) as few:
            client.get("/advice/queue/")
        for _ in range(10):
            SafeguardingReferralFactory(
                child=ChildFactory(local_authority=area.other_la),
                follow_up_due_on=datetime.date(2026, 2, 20),
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            content = client.get("/advice/queue/").content.decode()
        assert "View all 15 overdue follow-ups" in content


class TestList:
    def test_filters_by_recipient_and_local_authority(self, area, client_for, child):
        SafeguardingReferralFactory(child=child, made_to="police")
        other = ChildFactory(local_authority=area.other_la, family_name="Hussain")
        SafeguardingReferralFactory(child=other, made_to="mash")
        client = client_for(area.dco)
        content = client.get(LIST, {"made_to": "police"}).content.decode()
        assert "Okafor" in content and "Hussain" not in content
        content = client.get(LIST, {"la": area.other_la.pk}).content.decode()
        assert "Okafor" not in content and "Hussain" in content

    def test_every_child_shown_is_audited(self, area, client_for, child):
        SafeguardingReferralFactory(child=child)
        client_for(area.la_user).get(LIST)
        assert AuditLog.objects.filter(
            action=AuditAction.VIEW, actor=area.la_user, child_id=child.pk
        ).exists()

    def test_the_list_is_paginated(self, area, client_for, child, settings):
        settings.PAGE_SIZE = 2
        SafeguardingReferralFactory.create_batch(3, child=child)
        content = client_for(area.dco).get(LIST).content.decode()
        assert "Showing 1 to 2 of 3 referrals" in content

    def test_the_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        SafeguardingReferralFactory.create_batch(2, child__local_authority=area.la)
        client.get(LIST)
        with django_assert_max_num_queries(20) as few:
            client.get(LIST)
        SafeguardingReferralFactory.create_batch(15, child__local_authority=area.other_la)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(LIST)


class TestDetail:
    def test_the_referral_page_is_audited_as_a_view_of_the_child(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        content = client_for(area.la_user).get(f"/safeguarding/{referral.pk}/").content.decode()
        assert "Concern raised at a clinic appointment." in content
        assert "16 February 2026" in content
        entry = AuditLog.objects.get(action=AuditAction.VIEW, actor=area.la_user)
        assert (entry.object_type, entry.child_id) == (
            "safeguarding.SafeguardingReferral",
            child.pk,
        )

    def test_the_referral_is_on_the_childs_timeline(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        content = client_for(area.dco).get(f"/children/{child.pk}/").content.decode()
        assert f"({referral.reference})" in content
        assert "Follow-up: 14 days overdue" in content


class TestExport:
    @pytest.mark.parametrize("fmt", ["csv", "xlsx"])
    def test_dco_downloads_the_filtered_list(self, area, client_for, child, fmt):
        SafeguardingReferralFactory(child=child)
        response = client_for(area.dco).get("/safeguarding/export/", {"format": fmt})
        assert response.status_code == 200
        assert f'filename="safeguarding-referrals.{fmt}"' in response["Content-Disposition"]
        if fmt == "csv":
            text = response.content.decode()
            assert "Okafor" in text
            assert "Concern" not in text  # the reason stays on the record's page

    def test_an_unknown_format_is_not_found(self, area, client_for):
        assert client_for(area.dco).get("/safeguarding/export/?format=pdf").status_code == 404


class TestSearchingTheList:
    def test_by_name_by_post(self, area, client_for, child):
        SafeguardingReferralFactory(child=child)
        SafeguardingReferralFactory(
            child=ChildFactory(local_authority=area.la, given_name="Zeb", family_name="Quill")
        )
        response = client_for(area.dco).post(LIST, {"query": "Okafor"})
        content = response.content.decode()
        assert response.status_code == 200
        assert "Okafor" in content
        assert "Quill" not in content

    def test_by_reference_and_within_the_filters(self, area, client_for, child):
        referral = SafeguardingReferralFactory(child=child)
        response = client_for(area.dco).post(
            f"{LIST}?follow_up=done", {"query": referral.reference}
        )
        assert response.status_code == 200

    def test_a_search_outside_the_users_scope_finds_nothing(self, area, client_for):
        other = SafeguardingReferralFactory(
            child=ChildFactory(local_authority=area.other_la, family_name="Hussain")
        )
        content = client_for(area.la_user).post(LIST, {"query": other.reference}).content.decode()
        assert "Hussain" not in content

    def test_a_bad_search_says_what_is_wrong_and_keeps_the_text(self, area, client_for):
        content = client_for(area.dco).post(LIST, {"query": "12345"}).content.decode()
        assert "There is a problem" in content
        assert 'value="12345"' in content
        assert "<title>Error:" in content
