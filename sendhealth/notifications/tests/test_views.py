import io
import re
from datetime import date, timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.models import Child
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.enquiries.tests.factories import EnquiryFactory
from sendhealth.notifications.models import Section23Notification
from sendhealth.notifications.tests.factories import Section23NotificationFactory
from sendhealth.rules import compulsory_school_age_start, format_nhs_number

pytestmark = pytest.mark.django_db

DOB = date(2022, 6, 1)  # compulsory school age from 31 August 2027


def _date(name: str, on: date) -> dict:
    return {f"{name}_day": on.day, f"{name}_month": on.month, f"{name}_year": on.year}


def _valid(area, **changes) -> dict:
    today = timezone.localdate()
    data = {
        "nhs_number": "",
        "service": area.salt.pk,
        "needs": ["SLCN", "ASD"],
        "description": "Not yet talking at 3.",
        "voluntary_organisation_suggested": "no",
        "voluntary_organisation": "",
        **_date("opinion_on", today - timedelta(days=10)),
        **_date("parent_told_on", today - timedelta(days=9)),
        **_date("discussion_offered_on", today - timedelta(days=9)),
        **_date("notified_on", today - timedelta(days=8)),
    }
    data.update(changes)
    return data


def _new_child(area, nhs_number="9434765919") -> dict:
    return {
        "nhs_number": nhs_number,
        "child-given_name": "Ada",
        "child-family_name": "Testperson",
        **_date("child-date_of_birth", DOB),
        "child-local_authority": area.la.pk,
    }


class TestNotifying:
    def test_a_provider_notifies_about_a_child_new_to_sendhealth(self, area, client_for):
        data = _valid(area, **_new_child(area))
        response = client_for(area.salt_user).post(reverse("notifications:new"), data)
        notification = Section23Notification.objects.get()
        assert response["Location"] == reverse("notifications:detail", args=[notification.pk])
        child = notification.child
        assert child.nhs_number == "9434765919" and child.primary_need == "SLCN"
        assert notification.local_authority == area.la and notification.provider == area.provider
        assert AuditLog.objects.filter(action="create", child_id=child.pk).count() == 2

    def test_a_child_of_the_area_is_found_when_the_details_match(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=DOB, family_name="Known")
        data = _valid(
            area,
            nhs_number=child.nhs_number,
            **{"child-family_name": "known", **_date("child-date_of_birth", DOB)},
        )
        client_for(area.provider_user).post(reverse("notifications:new"), data)
        assert Section23Notification.objects.get().child == child
        assert Child.objects.count() == 1

    def test_a_child_of_the_area_is_not_linked_when_the_details_differ(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=DOB, family_name="Known")
        data = _valid(area, nhs_number=child.nhs_number, **{"child-family_name": "Other"})
        response = client_for(area.provider_user).post(reverse("notifications:new"), data)
        assert "do not match the child registered" in response.content.decode()
        assert not Section23Notification.objects.exists()

    def test_the_dco_picks_a_child_in_scope_by_nhs_number(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=DOB)
        data = _valid(area, nhs_number=child.nhs_number)
        client_for(area.dco).post(reverse("notifications:new"), data)
        assert Section23Notification.objects.get().child == child

    def test_a_child_of_compulsory_school_age_on_the_opinion_date_is_refused(
        self, area, client_for
    ):
        dob = date(2018, 1, 10)
        child = ChildFactory(local_authority=area.la, date_of_birth=dob)
        start = compulsory_school_age_start(dob)
        data = _valid(
            area,
            nhs_number=child.nhs_number,
            **_date("opinion_on", start),
            **_date("parent_told_on", start),
            **_date("discussion_offered_on", start),
            **_date("notified_on", start),
        )
        response = client_for(area.dco).post(reverse("notifications:new"), data)
        body = response.content.decode()
        assert "only for a child under compulsory school age" in body
        assert "There is a problem" in body
        assert not Section23Notification.objects.exists()

    def test_the_day_before_compulsory_school_age_is_accepted(self, area, client_for):
        dob = date(2020, 6, 1)  # compulsory school age from 31 August 2025
        child = ChildFactory(local_authority=area.la, date_of_birth=dob)
        day_before = date(2025, 8, 30)
        data = _valid(
            area,
            nhs_number=child.nhs_number,
            **_date("opinion_on", day_before),
            **_date("parent_told_on", day_before),
            **_date("discussion_offered_on", day_before),
            **_date("notified_on", day_before),
        )
        client_for(area.dco).post(reverse("notifications:new"), data)
        assert Section23Notification.objects.get().opinion_on == day_before

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"needs": []}, "Select at least one need"),
            ({"service": ""}, "Select the service that formed the opinion"),
            ({"parent_told_on_day": ""}, "Date the parent was told"),
            ({"voluntary_organisation_suggested": "yes"}, "Enter the voluntary organisation"),
            ({"voluntary_organisation_suggested": ""}, "Select yes if a voluntary organisation"),
            ({"nhs_number": "123"}, "Enter a valid 10-digit NHS number"),
        ],
    )
    def test_bad_input_writes_nothing(self, area, client_for, changes, message):
        data = {**_valid(area, **_new_child(area)), **changes}
        response = client_for(area.salt_user).post(reverse("notifications:new"), data)
        assert message in response.content.decode()
        assert not Section23Notification.objects.exists()
        assert not Child.objects.exists()

    def test_the_parent_must_be_told_before_the_local_authority(self, area, client_for):
        today = timezone.localdate()
        data = _valid(area, **_new_child(area), **_date("notified_on", today - timedelta(days=9)))
        data.update(_date("parent_told_on", today - timedelta(days=5)))
        response = client_for(area.salt_user).post(reverse("notifications:new"), data)
        assert "The parent must be told before the local authority" in response.content.decode()
        assert not Section23Notification.objects.exists()

    def test_a_new_child_needs_their_details(self, area, client_for):
        data = _valid(area, nhs_number="9434765919")
        response = client_for(area.salt_user).post(reverse("notifications:new"), data)
        assert "s given name" in response.content.decode()
        assert not Child.objects.exists()

    def test_a_provider_cannot_use_another_providers_service(self, area, client_for):
        data = _valid(area, **_new_child(area), service=area.camhs.pk)
        response = client_for(area.salt_user).post(reverse("notifications:new"), data)
        assert "Select a service from the list" in response.content.decode()
        assert not Section23Notification.objects.exists()

    def test_from_an_enquiry_the_form_is_prefilled_and_linked(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=DOB)
        enquiry = EnquiryFactory(icb=area.icb, child=child, summary="Health visitor concern.")
        client = client_for(area.dco)
        page = client.get(reverse("notifications:new"), {"enquiry": enquiry.pk})
        body = page.content.decode()
        assert child.nhs_number in body and "Health visitor concern." in body
        data = _valid(area, nhs_number=child.nhs_number, enquiry=enquiry.pk)
        client.post(reverse("notifications:new"), data)
        assert Section23Notification.objects.get().enquiry == enquiry


class TestScopeAndAcknowledgement:
    def test_each_role_sees_its_own(self, area, client_for):
        ours = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la), service=area.salt
        )
        theirs = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.other_la), service=area.camhs
        )
        seen = {
            user: client_for(getattr(area, user)).get(reverse("notifications:list")).content
            for user in ("dco", "la_user", "other_la_user", "salt_user", "other_provider_user")
        }
        assert ours.reference.encode() in seen["dco"] and theirs.reference.encode() in seen["dco"]
        assert ours.reference.encode() in seen["la_user"]
        assert theirs.reference.encode() not in seen["la_user"]
        assert theirs.reference.encode() in seen["other_la_user"]
        assert ours.reference.encode() in seen["salt_user"]
        assert ours.reference.encode() not in seen["other_provider_user"]

    def test_the_la_acknowledges_once(self, area, client_for):
        notification = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la), service=area.salt
        )
        client = client_for(area.la_user)
        url = reverse("notifications:acknowledge", args=[notification.pk])
        client.post(url, _date("acknowledged_on", date(2026, 1, 8)))
        notification.refresh_from_db()
        assert notification.acknowledged_on == date(2026, 1, 8)
        assert notification.acknowledged_by == area.la_user
        assert client.get(url).status_code == 302

    def test_an_acknowledgement_before_the_notification_is_refused(self, area, client_for):
        notification = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la), service=area.salt
        )
        url = reverse("notifications:acknowledge", args=[notification.pk])
        response = client_for(area.la_user).post(url, _date("acknowledged_on", date(2026, 1, 6)))
        assert "same as or after the date of notification" in response.content.decode()
        notification.refresh_from_db()
        assert notification.acknowledged_on is None

    def test_duplicates_are_tagged(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        Section23NotificationFactory(child=child, service=area.salt)
        Section23NotificationFactory(child=child, service=area.camhs)
        Section23NotificationFactory(child=ChildFactory(local_authority=area.la), service=area.ot)
        body = client_for(area.dco).get(reverse("notifications:list")).content.decode()
        assert len(re.findall(r"nhsuk-tag--red\"\s*>\s*Duplicate", body)) == 2

    def test_the_list_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(3):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la), service=area.salt
            )
        client.get(reverse("notifications:list"))
        with django_assert_max_num_queries(14) as few:
            client.get(reverse("notifications:list"))
        for _ in range(20):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la), service=area.camhs
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(reverse("notifications:list"))


class TestMonitoring:
    def test_quarters_table_counts_by_provider_and_service(self, area, client_for):
        for on in (date(2026, 4, 2), date(2026, 5, 2), date(2026, 7, 2)):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la), service=area.salt, notified_on=on
            )
        response = client_for(area.dco).get(reverse("notifications:quarters"))
        body = response.content.decode()
        assert "2026-27 Q1" in body and "2026-27 Q2" in body
        assert "s SALT" in body

    def test_missed_notifications_lists_only_children_under_school_age_not_notified(
        self, area, client_for
    ):
        young = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
        notified = ChildFactory(local_authority=area.la, date_of_birth=date(2022, 1, 1))
        older = ChildFactory(local_authority=area.la, date_of_birth=date(2015, 1, 1))
        for child in (young, notified, older):
            AdviceRequestFactory(child=child, health_received_on=date(2026, 1, 5))
        Section23NotificationFactory(
            child=notified, service=area.salt, notified_on=date(2025, 12, 1)
        )
        body = client_for(area.dco).get(reverse("notifications:missed")).content.decode()
        assert young.full_name in unescape(body)
        assert notified.full_name not in unescape(body) and older.full_name not in unescape(body)

    def test_missed_list_query_count_is_fixed(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(2):
            AdviceRequestFactory(child=ChildFactory(local_authority=area.la, date_of_birth=DOB))
        client.get(reverse("notifications:missed"))
        with django_assert_max_num_queries(14) as few:
            client.get(reverse("notifications:missed"))
        for _ in range(10):
            AdviceRequestFactory(child=ChildFactory(local_authority=area.la, date_of_birth=DOB))
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(reverse("notifications:missed"))


class TestTimeline:
    def test_the_childs_page_shows_notifications_and_enquiries(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        notification = Section23NotificationFactory(child=child, service=area.salt)
        enquiry = EnquiryFactory(icb=area.icb, child=child)
        dco = client_for(area.dco).get(reverse("children:detail", args=[child.pk]))
        assert notification.reference in dco.content.decode()
        assert enquiry.reference in dco.content.decode()
        la = client_for(area.la_user).get(reverse("children:detail", args=[child.pk]))
        assert notification.reference in la.content.decode()
        assert enquiry.reference not in la.content.decode()


class TestListFiltersPagesAndExports:
    def _three(self, area):
        awaiting = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la), service=area.salt
        )
        acknowledged = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la),
            service=area.ot,
            acknowledged_on=date(2026, 1, 9),
        )
        theirs = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.other_la), service=area.camhs
        )
        return awaiting, acknowledged, theirs

    def test_the_status_filter(self, area, client_for):
        awaiting, acknowledged, _ = self._three(area)
        client = client_for(area.dco)
        body = client.get(reverse("notifications:list"), {"status": "awaiting"}).content.decode()
        assert awaiting.reference in body and acknowledged.reference not in body
        body = client.get(reverse("notifications:list"), {"status": "acknowledged"})
        assert acknowledged.reference in body.content.decode()
        assert awaiting.reference not in body.content.decode()
        everything = client.get(reverse("notifications:list"), {"status": "nonsense"})
        assert awaiting.reference in everything.content.decode()
        assert acknowledged.reference in everything.content.decode()

    def test_the_list_paginates_and_the_links_keep_the_filter(self, area, client_for, settings):
        settings.PAGE_SIZE = 2
        made = [
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la),
                service=area.salt,
                notified_on=date(2026, 1, 1) + timedelta(days=i),
            )
            for i in range(5)
        ]
        client = client_for(area.dco)
        first = client.get(reverse("notifications:list"), {"status": "awaiting"}).content.decode()
        assert made[4].reference in first and made[3].reference in first
        assert made[2].reference not in first
        assert "Page 1 of 3" in first
        assert "?status=awaiting&amp;page=2" in first
        last = client.get(reverse("notifications:list"), {"status": "awaiting", "page": 3})
        assert made[0].reference in last.content.decode()
        assert made[4].reference not in last.content.decode()

    def test_exports_csv_and_xlsx_of_what_the_user_may_see(self, area, client_for):
        awaiting, acknowledged, theirs = self._three(area)
        client = client_for(area.la_user)
        csv = client.get(reverse("notifications:export"), {"format": "csv"})
        text = csv.content.decode()
        assert csv["Content-Disposition"] == 'attachment; filename="section-23.csv"'
        assert awaiting.reference in text and acknowledged.reference in text
        assert theirs.reference not in text
        assert format_nhs_number(awaiting.child.nhs_number) in text
        assert AuditLog.objects.filter(action="view", child_id=awaiting.child_id).exists()
        xlsx = client.get(reverse("notifications:export"), {"format": "xlsx"})
        assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
        sheet = load_workbook(io.BytesIO(xlsx.content)).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == "Reference"
        assert {row[0] for row in rows[1:]} == {awaiting.reference, acknowledged.reference}
        assert client.get(reverse("notifications:export"), {"format": "pdf"}).status_code == 404

    def test_the_export_follows_the_filter_and_flags_duplicates(self, area, client_for):
        awaiting, _, theirs = self._three(area)
        again = Section23NotificationFactory(child=awaiting.child, service=area.ot)
        csv = client_for(area.dco).get(
            reverse("notifications:export"), {"format": "csv", "status": "awaiting"}
        )
        lines = {line.split(",")[0]: line for line in csv.content.decode().splitlines()[1:]}
        assert set(lines) == {awaiting.reference, again.reference, theirs.reference}
        assert lines[awaiting.reference].endswith(",Yes")
        assert lines[theirs.reference].endswith(",No")

    def test_the_export_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        url = reverse("notifications:export")
        for _ in range(2):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la), service=area.salt
            )
        client.get(url, {"format": "csv"})
        with django_assert_max_num_queries(14) as few:
            client.get(url, {"format": "csv"})
        for _ in range(15):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.other_la), service=area.camhs
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(url, {"format": "xlsx"})

    def test_the_quarters_page_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        url = reverse("notifications:quarters")
        Section23NotificationFactory(child=ChildFactory(local_authority=area.la), service=area.salt)
        client.get(url)
        with django_assert_max_num_queries(12) as few:
            client.get(url)
        for i in range(12):
            Section23NotificationFactory(
                child=ChildFactory(local_authority=area.la),
                service=area.ot,
                notified_on=date(2025, 1, 1) + timedelta(days=40 * i),
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            body = client.get(url).content.decode()
        assert "2024-25 Q4" in body and "2025-26 Q4" in body
        assert "Northshire" not in body  # no child, no local authority: providers only


class TestSearchingNotifications:
    def test_by_name_by_post_within_the_users_scope(self, area, client_for):
        wanted = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la, family_name="Quixotefield")
        )
        other = Section23NotificationFactory(
            child=ChildFactory(local_authority=area.la, family_name="Brambleworth")
        )
        body = client_for(area.dco).post(reverse("notifications:list"), {"query": "Quixotefield"})
        content = body.content.decode()
        assert f">{wanted.reference}</a>" in content
        assert f">{other.reference}</a>" not in content

    def test_a_bad_search_says_what_to_enter(self, area, client_for):
        body = client_for(area.dco).post(reverse("notifications:list"), {"query": "123"})
        assert "Enter a reference like S23-000123" in body.content.decode()


class TestCorrectingANotification:
    @pytest.fixture
    def notification(self, area):
        child = ChildFactory(local_authority=area.la, date_of_birth=DOB)
        return Section23NotificationFactory(child=child, service=area.salt)

    def test_the_notifying_service_corrects_it_and_the_change_is_audited(
        self, area, client_for, notification
    ):
        url = reverse("notifications:edit", args=[notification.pk])
        client = client_for(area.salt_user)
        page = client.get(url)
        assert page.status_code == 200
        assert "Change this notification" in page.content.decode()
        response = client.post(url, _valid(area, description="Corrected: two words at 3."))
        assert response.status_code == 302
        notification.refresh_from_db()
        assert notification.description == "Corrected: two words at 3."
        assert AuditLog.objects.filter(
            object_type="notifications.Section23Notification", object_id=str(notification.pk)
        ).exists()

    def test_the_age_rule_is_checked_again(self, area, client_for, notification):
        url = reverse("notifications:edit", args=[notification.pk])
        late = date(2027, 9, 1)  # of compulsory school age by then
        response = client_for(area.dco).post(
            url,
            _valid(
                area,
                **_date("opinion_on", late),
                **_date("parent_told_on", late),
                **_date("discussion_offered_on", late),
                **_date("notified_on", late),
            ),
        )
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode()
        notification.refresh_from_db()
        assert notification.opinion_on != late

    def test_an_acknowledged_notification_cannot_be_changed(self, area, client_for, notification):
        notification.acknowledged_on = notification.notified_on
        notification.save()
        url = reverse("notifications:edit", args=[notification.pk])
        response = client_for(area.salt_user).post(url, _valid(area, description="Changed"))
        assert response.status_code == 302
        notification.refresh_from_db()
        assert notification.description != "Changed"

    def test_the_local_authority_may_not_change_it(self, area, client_for, notification):
        url = reverse("notifications:edit", args=[notification.pk])
        assert client_for(area.la_user).post(url, _valid(area)).status_code == 403
