import io
import re
from datetime import date, datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from sendhealth.advice.models import AdviceRequest, RequestStatus
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditLog
from sendhealth.enquiries.models import Enquiry, Topic
from sendhealth.enquiries.tests.factories import EnquiryFactory
from sendhealth.rules import format_nhs_number

pytestmark = pytest.mark.django_db


def _valid(**changes) -> dict:
    data = {
        "source": "family",
        "enquirer": "A parent",
        "topic": Topic.TRANSITION,
        "child_nhs_number": "",
        "summary": "Who leads the move to adult services?",
        "advice_given": "",
        "assigned_to": "",
    }
    data.update(changes)
    return data


class TestLoggingAnEnquiry:
    def test_a_dco_logs_a_general_enquiry(self, area, client_for):
        response = client_for(area.dco).post(reverse("enquiries:new"), _valid())
        enquiry = Enquiry.objects.get()
        assert response.status_code == 302
        assert enquiry.icb == area.icb and enquiry.child is None
        assert enquiry.first_answered_at is None and enquiry.is_open

    def test_an_enquiry_about_a_child_is_found_by_nhs_number(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        data = _valid(child_nhs_number=child.nhs_number, assigned_to=area.dco_team.pk)
        client_for(area.dco).post(reverse("enquiries:new"), data)
        enquiry = Enquiry.objects.get()
        assert enquiry.child == child and enquiry.assigned_to == area.dco_team
        assert AuditLog.objects.filter(action="create", child_id=child.pk).exists()

    def test_advice_given_at_once_counts_as_the_first_answer(self, area, client_for):
        client_for(area.dco).post(reverse("enquiries:new"), _valid(advice_given="Call SALT."))
        assert Enquiry.objects.get().first_answered_at is not None

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"summary": ""}, "Enter a summary of the enquiry"),
            ({"topic": ""}, "Select the topic"),
            ({"source": "martian"}, "Select who is asking from the list"),
            ({"child_nhs_number": "1234567890"}, "Enter a valid 10-digit NHS number"),
        ],
    )
    def test_bad_input_writes_nothing(self, area, client_for, changes, message):
        response = client_for(area.dco).post(reverse("enquiries:new"), _valid(**changes))
        assert response.status_code == 200
        assert message in response.content.decode()
        assert "There is a problem" in response.content.decode()
        assert not Enquiry.objects.exists()

    def test_a_child_of_another_area_cannot_be_named(self, area, client_for):
        outsider = ChildFactory()  # another ICB's local authority
        data = _valid(child_nhs_number=outsider.nhs_number)
        response = client_for(area.dco).post(reverse("enquiries:new"), data)
        assert "No child with this NHS number is registered in your area" in (
            response.content.decode()
        )
        assert not Enquiry.objects.exists()

    def test_only_the_dco_team_may_be_assigned(self, area, client_for):
        data = _valid(assigned_to=area.la_user.pk)
        response = client_for(area.dco).post(reverse("enquiries:new"), data)
        assert "Select a member of the DCO team from the list" in response.content.decode()
        assert not Enquiry.objects.exists()


class TestTheList:
    def test_filters_by_status_topic_and_assignee(self, area, client_for):
        mine = EnquiryFactory(icb=area.icb, assigned_to=area.dco, summary="mine")
        EnquiryFactory(icb=area.icb, topic=Topic.COMPLAINT, closed_at=timezone.now())
        client = client_for(area.dco)
        body = client.get(reverse("enquiries:list"), {"mine": "on"}).content.decode()
        assert mine.reference in body and "EQ-" in body
        closed = client.get(reverse("enquiries:list"), {"status": "closed"}).content.decode()
        assert mine.reference not in closed
        complaints = client.get(reverse("enquiries:list"), {"topic": "complaint"})
        assert mine.reference not in complaints.content.decode()

    def test_search_is_by_post_and_finds_words_of_the_childs_name(self, area, client_for):
        child = ChildFactory(local_authority=area.la, family_name="Zanzibarson")
        found = EnquiryFactory(icb=area.icb, child=child)
        other = EnquiryFactory(icb=area.icb)
        response = client_for(area.dco).post(reverse("enquiries:list"), {"query": "zanzibar"})
        body = response.content.decode()
        assert found.reference in body and other.reference not in body

    def test_an_empty_search_shows_an_error(self, area, client_for):
        response = client_for(area.dco).post(reverse("enquiries:list"), {"query": ""})
        assert "Enter words to search for" in response.content.decode()

    def test_shows_the_open_count_and_median_time_to_first_answer(self, area, client_for):
        now = timezone.now()
        for hours in (2, 4, 30):
            EnquiryFactory(
                icb=area.icb,
                opened_at=now - timedelta(hours=hours + 1),
                first_answered_at=now - timedelta(hours=1),
            )
        EnquiryFactory(icb=area.icb, closed_at=now, first_answered_at=None)
        response = client_for(area.dco).get(reverse("enquiries:list"))
        body = response.content.decode()
        assert '<dd class="nhsuk-summary-list__value" id="open-count">3</dd>' in body
        assert 'id="median-first-answer">4 hours</dd>' in body

    def test_another_areas_enquiries_are_not_listed(self, area, client_for):
        theirs = EnquiryFactory()
        body = client_for(area.dco).get(reverse("enquiries:list")).content.decode()
        assert theirs.reference not in body

    def test_the_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        for _ in range(3):
            EnquiryFactory(icb=area.icb, child=ChildFactory(local_authority=area.la))
        client.get(reverse("enquiries:list"))
        with django_assert_max_num_queries(14) as few:
            client.get(reverse("enquiries:list"))
        for _ in range(20):
            EnquiryFactory(
                icb=area.icb, child=ChildFactory(local_authority=area.la), assigned_to=area.dco
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(reverse("enquiries:list"))

    def test_an_unanswered_enquiry_past_its_working_days_is_flagged(self, area, client_for):
        EnquiryFactory(icb=area.icb, opened_at=timezone.now() - timedelta(days=20))
        body = client_for(area.dco).get(reverse("enquiries:list")).content.decode()
        assert "No answer yet" in body and "overdue" in body

    def test_exports_csv_and_xlsx(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb, summary="=HYPERLINK(bad)")
        client = client_for(area.dco)
        csv = client.get(reverse("enquiries:export"), {"format": "csv"})
        assert enquiry.reference in csv.content.decode()
        assert "'=HYPERLINK" in csv.content.decode()
        xlsx = client.get(reverse("enquiries:export"), {"format": "xlsx"})
        assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
        assert client.get(reverse("enquiries:export"), {"format": "pdf"}).status_code == 404


class TestAnEnquiry:
    def test_the_page_is_audited_against_the_child(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        enquiry = EnquiryFactory(icb=area.icb, child=child)
        response = client_for(area.dco).get(reverse("enquiries:detail", args=[enquiry.pk]))
        assert child.full_name in unescape(response.content.decode())
        assert AuditLog.objects.filter(action="view", child_id=child.pk).exists()

    def test_links_to_a_section_23_notification_and_not_to_missing_registers(
        self, area, client_for
    ):
        enquiry = EnquiryFactory(icb=area.icb)
        body = client_for(area.dco).get(reverse("enquiries:detail", args=[enquiry.pk]))
        text = body.content.decode()
        assert f"/notifications/new/?enquiry={enquiry.pk}" in text
        assert "disagreement" not in text.lower() or "/disagreements/" in text

    def test_recording_advice_sets_the_first_answer_once(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb)
        client = client_for(area.dco_team)
        url = reverse("enquiries:edit", args=[enquiry.pk])
        client.post(url, _valid(advice_given="Refer to the OT service."))
        enquiry.refresh_from_db()
        first = enquiry.first_answered_at
        assert first is not None
        client.post(url, _valid(advice_given="Refer to the OT service. Chased."))
        enquiry.refresh_from_db()
        assert enquiry.first_answered_at == first

    def test_an_enquiry_without_advice_cannot_be_closed(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb)
        client = client_for(area.dco)
        response = client.post(reverse("enquiries:close", args=[enquiry.pk]), follow=True)
        assert "Record the advice given before closing" in response.content.decode()
        enquiry.refresh_from_db()
        assert enquiry.is_open

    def test_closing_and_reopening(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb, advice_given="Done.")
        client = client_for(area.dco)
        client.post(reverse("enquiries:close", args=[enquiry.pk]))
        enquiry.refresh_from_db()
        assert not enquiry.is_open
        client.post(reverse("enquiries:close", args=[enquiry.pk]))
        enquiry.refresh_from_db()
        assert enquiry.is_open


class TestTurningIntoAnAdviceRequest:
    def test_raises_a_request_prefilled_and_linked_back(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2018, 1, 1))
        enquiry = EnquiryFactory(icb=area.icb, child=child, summary="LA asks for OT advice.")
        client = client_for(area.dco)
        url = reverse("enquiries:to_advice", args=[enquiry.pk])
        page = client.get(url)
        assert "LA asks for OT advice." in page.content.decode()
        data = {
            "la_received_on_day": "5",
            "la_received_on_month": "1",
            "la_received_on_year": "2026",
            "health_received_on_day": "6",
            "health_received_on_month": "1",
            "health_received_on_year": "2026",
            "questions": "LA asks for OT advice.",
        }
        response = client.post(url, data)
        request = AdviceRequest.objects.get()
        assert response["Location"] == reverse("advice:request", args=[request.pk])
        assert request.child == child and request.local_authority == area.la
        enquiry.refresh_from_db()
        assert enquiry.advice_request == request

    def test_the_requests_timeline_says_the_dco_team_raised_it_from_the_enquiry(
        self, area, client_for
    ):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2018, 1, 1))
        enquiry = EnquiryFactory(icb=area.icb, child=child, summary="LA asks for OT advice.")
        client = client_for(area.dco)
        client.post(
            reverse("enquiries:to_advice", args=[enquiry.pk]),
            {
                **{f"la_received_on_{k}": v for k, v in (("day", 5), ("month", 1))},
                "la_received_on_year": "2026",
                **{f"health_received_on_{k}": v for k, v in (("day", 6), ("month", 1))},
                "health_received_on_year": "2026",
                "questions": "LA asks for OT advice.",
            },
        )
        request = AdviceRequest.objects.get()
        page = client.get(reverse("advice:request", args=[request.pk])).content.decode()
        assert "Request raised by the DCO team from an enquiry" in page
        assert f"Enquiry {enquiry.reference}" in page
        assert "Request raised by the local authority" not in page

    def test_bad_dates_write_nothing(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2018, 1, 1))
        enquiry = EnquiryFactory(icb=area.icb, child=child)
        data = {"la_received_on_day": "31", "la_received_on_month": "2",
                "la_received_on_year": "2026", "questions": "x"}  # fmt: skip
        response = client_for(area.dco).post(
            reverse("enquiries:to_advice", args=[enquiry.pk]), data
        )
        assert "must be a real date" in response.content.decode()
        assert not AdviceRequest.objects.exists()

    def test_a_child_with_an_open_request_is_not_given_another(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        AdviceRequestFactory(child=child, status=RequestStatus.ROUTED)
        enquiry = EnquiryFactory(icb=area.icb, child=child)
        response = client_for(area.dco).get(reverse("enquiries:to_advice", args=[enquiry.pk]))
        assert "already has an open request" in response.content.decode()

    def test_a_general_enquiry_cannot_become_a_request(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb)
        response = client_for(area.dco).get(reverse("enquiries:to_advice", args=[enquiry.pk]))
        assert response.status_code == 302


def _links(body: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', body.replace("&amp;", "&")))


@pytest.mark.skipif(
    not (
        apps.is_installed("sendhealth.notifications")
        and apps.is_installed("sendhealth.disagreements")
    ),
    reason="the notifications or disagreements register is not installed",
)
class TestTurningIntoOtherRegisters:
    """The enquiry page's links open the other registers' forms with the child and the summary
    already filled in; a Section 23 notification made from it is recorded on both pages."""

    def test_a_section_23_notification_is_prefilled_linked_and_shown_on_both_pages(
        self, area, client_for
    ):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2023, 6, 1))
        enquiry = EnquiryFactory(icb=area.icb, child=child, summary="Health visitor: no words.")
        client = client_for(area.dco_team)
        page = client.get(reverse("enquiries:detail", args=[enquiry.pk])).content.decode()
        href = f"{reverse('notifications:new')}?enquiry={enquiry.pk}"
        assert href in _links(page)
        form = client.get(href).content.decode()
        assert f'value="{child.nhs_number}"' in form
        assert "Health visitor: no words." in form
        assert f'name="enquiry" value="{enquiry.pk}"' in form

        today = timezone.localdate()
        days = {"opinion_on": 10, "parent_told_on": 9, "discussion_offered_on": 9,
                "notified_on": 8}  # fmt: skip
        data = {
            "enquiry": enquiry.pk,
            "nhs_number": child.nhs_number,
            "service": area.salt.pk,
            "needs": ["SLCN"],
            "description": "Health visitor: no words.",
            "voluntary_organisation_suggested": "no",
        }
        for name, ago in days.items():
            on = today - timedelta(days=ago)
            data.update({f"{name}_day": on.day, f"{name}_month": on.month, f"{name}_year": on.year})
        response = client.post(reverse("notifications:new"), data)
        from sendhealth.notifications.models import Section23Notification

        notification = Section23Notification.objects.get()
        assert response["Location"] == reverse("notifications:detail", args=[notification.pk])
        assert notification.enquiry == enquiry and notification.child == child

        page = client.get(reverse("enquiries:detail", args=[enquiry.pk])).content.decode()
        assert reverse("notifications:detail", args=[notification.pk]) in _links(page)
        detail = client.get(reverse("notifications:detail", args=[notification.pk]))
        assert reverse("enquiries:detail", args=[enquiry.pk]) in _links(detail.content.decode())
        la_view = client_for(area.la_user).get(
            reverse("notifications:detail", args=[notification.pk])
        )
        assert enquiry.reference not in la_view.content.decode()  # the log is the DCO's

    def test_an_enquiry_with_no_notification_says_so(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb)
        page = client_for(area.dco).get(reverse("enquiries:detail", args=[enquiry.pk]))
        assert re.search(
            r"Section 23 notifications\s*</dt>\s*<dd[^>]*>\s*None", page.content.decode()
        )

    def test_another_icbs_enquiry_does_not_prefill_the_notification(self, area, client_for):
        child = ChildFactory(local_authority=area.la, date_of_birth=date(2023, 6, 1))
        enquiry = EnquiryFactory(icb=area.icb, child=child, summary="Not for outsiders.")
        body = client_for(area.outsider_dco).get(
            reverse("notifications:new"), {"enquiry": enquiry.pk}
        )
        text = body.content.decode()
        assert "Not for outsiders." not in text and child.nhs_number not in text

    def test_a_disagreement_is_prefilled_with_the_child_and_the_summary(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        enquiry = EnquiryFactory(
            icb=area.icb,
            child=child,
            topic=Topic.COMPLAINT,
            summary="Parent disputes the OT provision in section G.",
        )
        client = client_for(area.dco)
        page = client.get(reverse("enquiries:detail", args=[enquiry.pk])).content.decode()
        href = f"{reverse('disagreements:new')}?enquiry={enquiry.pk}"
        assert href in _links(page)
        form = client.get(href).content.decode()
        assert f'value="{format_nhs_number(child.nhs_number)}"' in form
        assert "Parent disputes the OT provision in section G." in form

    def test_a_general_enquiry_prefills_the_summary_only(self, area, client_for):
        enquiry = EnquiryFactory(icb=area.icb, summary="A general question about section G.")
        client = client_for(area.dco)
        for name in ("notifications:new", "disagreements:new"):
            form = client.get(reverse(name), {"enquiry": enquiry.pk})
            assert form.status_code == 200
            assert "A general question about section G." in form.content.decode()


class TestListPagesAndExports:
    def test_the_list_paginates_and_the_links_keep_the_filter(self, area, client_for, settings):
        settings.PAGE_SIZE = 2
        now = timezone.now()
        made = [
            EnquiryFactory(icb=area.icb, opened_at=now - timedelta(hours=5 - i)) for i in range(5)
        ]
        EnquiryFactory(icb=area.icb, closed_at=now, advice_given="Done.")
        client = client_for(area.dco)
        first = client.get(reverse("enquiries:list"), {"status": "open"}).content.decode()
        assert made[4].reference in first and made[3].reference in first
        assert made[2].reference not in first
        assert "Page 1 of 3" in first and "5 enquiries" in first
        assert "?status=open&amp;page=2" in first
        last = client.get(reverse("enquiries:list"), {"status": "open", "page": "3"})
        assert made[0].reference in last.content.decode()
        assert made[4].reference not in last.content.decode()
        beyond = client.get(reverse("enquiries:list"), {"status": "open", "page": "99"})
        assert made[0].reference in beyond.content.decode()

    def test_a_search_keeps_the_filters(self, area, client_for):
        child = ChildFactory(local_authority=area.la, family_name="Quenby")
        open_one = EnquiryFactory(icb=area.icb, child=child)
        closed = EnquiryFactory(icb=area.icb, child=child, closed_at=timezone.now())
        client = client_for(area.dco)
        page = client.get(reverse("enquiries:list"), {"status": "open"}).content.decode()
        assert 'action="/enquiries/?status=open"' in page
        found = client.post(reverse("enquiries:list") + "?status=open", {"query": "quenby"})
        body = found.content.decode()
        assert open_one.reference in body and closed.reference not in body
        assert "1 enquiry found" in body
        assert AuditLog.objects.filter(action="search", object_type="enquiries.Enquiry").exists()

    def test_search_words_never_reach_the_audit_log_or_the_url(self, area, client_for):
        EnquiryFactory(icb=area.icb, summary="About Quenby's sleep.")
        response = client_for(area.dco).post(reverse("enquiries:list"), {"query": "Quenby"})
        assert response.status_code == 200
        assert not any("Quenby" in str(log.changes) for log in AuditLog.objects.all())

    def test_the_export_follows_the_filter_and_shows_uk_times(self, area, client_for, settings):
        opened = datetime(2026, 7, 1, 9, 30, tzinfo=ZoneInfo("Europe/London"))
        child = ChildFactory(local_authority=area.la)
        request = AdviceRequestFactory(child=child)
        open_one = EnquiryFactory(
            icb=area.icb, child=child, opened_at=opened, advice_request=request
        )
        closed = EnquiryFactory(icb=area.icb, closed_at=timezone.now(), advice_given="Done.")
        client = client_for(area.dco)
        csv = client.get(reverse("enquiries:export"), {"format": "csv", "status": "open"})
        text = csv.content.decode()
        assert open_one.reference in text and closed.reference not in text
        assert "01/07/2026 09:30" in text
        assert request.reference in text and format_nhs_number(child.nhs_number) in text
        xlsx = client.get(reverse("enquiries:export"), {"format": "xlsx", "status": "closed"})
        rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
        assert rows[0][0] == "Reference"
        assert [row[0] for row in rows[1:]] == [closed.reference]

    def test_the_export_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        url = reverse("enquiries:export")
        EnquiryFactory(icb=area.icb, child=ChildFactory(local_authority=area.la))
        client.get(url, {"format": "csv"})
        with django_assert_max_num_queries(12) as few:
            client.get(url, {"format": "csv"})
        for _ in range(15):
            child = ChildFactory(local_authority=area.la)
            EnquiryFactory(
                icb=area.icb,
                child=child,
                assigned_to=area.dco_team,
                advice_request=AdviceRequestFactory(child=child),
            )
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(url, {"format": "xlsx"})
