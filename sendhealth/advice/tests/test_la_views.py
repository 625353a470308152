"""The local authority's pages: its list of requests for health advice, and raising one."""

import datetime
import re
from html import unescape
from unittest.mock import patch

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sendhealth.advice.models import (
    AdviceEvent,
    AdviceRequest,
    AssignmentStatus,
    EventKind,
    RequestStatus,
    ReviewDecision,
)
from sendhealth.advice.tests.factories import (
    AdviceAssignmentFactory,
    AdviceRequestFactory,
    AdviceSubmissionFactory,
)
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.models import AuditAction, AuditLog

TODAY = datetime.date(2026, 3, 2)
LIST_URL = reverse("advice:la_requests")


@pytest.fixture(autouse=True)
def _fixed_today():
    with patch("django.utils.timezone.localdate", return_value=TODAY):
        yield


def raise_url(child):
    return reverse("advice:raise", kwargs={"child_pk": child.pk})


def request_for(area, la=None, child=None, **kwargs):
    child = child or ChildFactory(local_authority=la or area.la)
    return AdviceRequestFactory(child=child, **kwargs)


def date_data(name, value):
    return {f"{name}_day": value.day, f"{name}_month": value.month, f"{name}_year": value.year}


def form_data(la=datetime.date(2026, 2, 23), health=datetime.date(2026, 2, 25), **extra):
    return {
        **date_data("la_received_on", la),
        **date_data("health_received_on", health),
        "questions": "Please advise on communication and sensory needs.",
        **extra,
    }


class TestWhoSeesTheRequestList:
    def test_la_user_sees_their_las_requests(self, area, client_for):
        child = ChildFactory(local_authority=area.la, given_name="Amara", family_name="Okafor")
        advice_request = request_for(area, child=child)
        response = client_for(area.la_user).get(LIST_URL)
        assert response.status_code == 200
        assert advice_request.reference in response.content.decode()
        assert "Amara Okafor" in response.content.decode()

    def test_la_user_does_not_see_another_las_requests(self, area, client_for):
        other = request_for(area, la=area.other_la)
        content = client_for(area.la_user).get(LIST_URL).content.decode()
        assert f">{other.reference}<" not in content
        assert other.child.family_name not in unescape(content)

    @pytest.mark.parametrize("role", ["provider_user", "salt_user", "board", "sysadmin", "nobody"])
    def test_other_roles_are_refused(self, area, client_for, role):
        assert client_for(getattr(area, role)).get(LIST_URL).status_code == 403

    def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(self, client, db):
        response = client.get(LIST_URL)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


class TestTheRequestList:
    def test_newest_request_comes_first(self, area, client_for):
        older = request_for(area)
        newer = request_for(area)
        content = client_for(area.la_user).get(LIST_URL).content.decode()
        assert content.index(f">{newer.reference}<") < content.index(f">{older.reference}<")

    def test_it_filters_by_status(self, area, client_for):
        returned = request_for(area, status=RequestStatus.RETURNED, returned_on=TODAY)
        new = request_for(area)
        content = client_for(area.la_user).get(LIST_URL, {"status": "returned"}).content.decode()
        assert returned.reference in content
        assert f">{new.reference}<" not in content

    def test_an_unknown_status_shows_every_request(self, area, client_for):
        advice_request = request_for(area)
        content = client_for(area.la_user).get(LIST_URL, {"status": "x"}).content.decode()
        assert advice_request.reference in content

    def test_a_row_shows_dates_services_and_their_statuses(self, area, client_for):
        advice_request = request_for(
            area,
            la_received_on=datetime.date(2026, 1, 2),
            health_received_on=datetime.date(2026, 1, 5),
            status=RequestStatus.RETURNED,
            returned_on=datetime.date(2026, 2, 20),
        )
        AdviceAssignmentFactory(request=advice_request, service=area.salt)
        AdviceAssignmentFactory(
            request=advice_request, service=area.ot, status=AssignmentStatus.ACCEPTED
        )
        content = client_for(area.la_user).get(LIST_URL).content.decode()
        assert "2 January 2026" in content  # LA received
        assert "16 February 2026" in content  # health advice due: +6 weeks, reg 8(1)
        assert "20 February 2026" in content  # returned on
        assert "Children&#39;s SALT: Awaiting advice" in content
        assert "Children&#39;s OT: Accepted" in content
        assert "Returned to local authority" in content

    def test_it_links_to_raise_a_request_from_the_childrens_list(self, area, client_for):
        content = client_for(area.la_user).get(LIST_URL).content.decode()
        assert f'href="{reverse("children:list")}"' in content
        assert "Raise a request" in content

    def test_the_children_on_the_page_are_audited_as_viewed(self, area, client_for):
        shown = [request_for(area), request_for(area)]
        client_for(area.la_user).get(LIST_URL)
        viewed = AuditLog.objects.filter(
            action=AuditAction.VIEW, object_type="children.Child", actor=area.la_user
        )
        assert set(viewed.values_list("child_id", flat=True)) == {r.child_id for r in shown}

    def test_the_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries
    ):
        client = client_for(area.la_user)
        for _ in range(3):
            AdviceAssignmentFactory(request=request_for(area), service=area.salt)
        with django_assert_max_num_queries(20) as few:
            client.get(LIST_URL)
        for _ in range(27):
            AdviceAssignmentFactory(request=request_for(area), service=area.salt)
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = client.get(LIST_URL)
        assert len(re.findall(r'href="/advice/requests/\d+/"', response.content.decode())) == 25


class TestWhoMayRaiseARequest:
    def test_la_user_sees_the_form_with_the_childs_details(self, area, client_for):
        child = ChildFactory(
            local_authority=area.la,
            nhs_number="9434765919",
            date_of_birth=datetime.date(2016, 2, 16),
            given_name="Amara",
            family_name="Okafor",
        )
        content = client_for(area.la_user).get(raise_url(child)).content.decode()
        assert "Amara Okafor" in content
        assert "943 476 5919" in content
        assert "16 February 2016" in content
        assert "Date the local authority received the request" in content

    def test_viewing_the_form_is_audited(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        client_for(area.la_user).get(raise_url(child))
        assert AuditLog.objects.filter(
            action=AuditAction.VIEW, child_id=child.pk, actor=area.la_user
        ).exists()

    def test_la_user_cannot_raise_for_another_las_child(self, area, client_for):
        child = ChildFactory(local_authority=area.other_la)
        client = client_for(area.la_user)
        assert client.get(raise_url(child)).status_code == 404
        assert client.post(raise_url(child), form_data()).status_code == 404
        assert not AdviceRequest.objects.exists()

    @pytest.mark.parametrize("role", ["dco", "provider_user", "board", "sysadmin", "nobody"])
    def test_other_roles_are_refused(self, area, client_for, role):
        child = ChildFactory(local_authority=area.la)
        client = client_for(getattr(area, role))
        assert client.get(raise_url(child)).status_code == 403
        assert client.post(raise_url(child), form_data()).status_code == 403
        assert not AdviceRequest.objects.exists()


class TestRaisingARequest:
    def test_it_writes_the_request_its_event_and_an_audit_entry(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.la_user).post(raise_url(child), form_data())
        advice_request = AdviceRequest.objects.get()
        assert response["Location"] == reverse("advice:request", kwargs={"pk": advice_request.pk})
        assert (advice_request.child, advice_request.local_authority) == (child, area.la)
        assert advice_request.la_received_on == datetime.date(2026, 2, 23)
        assert advice_request.health_received_on == datetime.date(2026, 2, 25)
        assert advice_request.raised_by == area.la_user
        assert AdviceEvent.objects.get().kind == EventKind.RAISED
        assert AuditLog.objects.filter(
            action=AuditAction.CREATE, object_type="advice.AdviceRequest"
        ).exists()

    def test_it_says_the_request_went_to_the_dco_team(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        response = client_for(area.la_user).post(raise_url(child), form_data())
        reference = AdviceRequest.objects.get().reference
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        assert messages == [f"Request {reference} sent to the DCO team"]

    def test_health_received_date_defaults_to_today(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        content = client_for(area.la_user).get(raise_url(child)).content.decode()
        assert 'name="health_received_on_year" type="text" value="2026"' in content

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (
                form_data(la_received_on_day=""),
                "Date the local authority received the request "
                "for an EHC needs assessment must include a day",
            ),
            (
                {**form_data(), **date_data("la_received_on", datetime.date(2026, 3, 3))},
                "must be today or in the past",
            ),
            (
                {
                    **form_data(),
                    "la_received_on_day": "",
                    "la_received_on_month": "",
                    "la_received_on_year": "",
                },
                "Enter the date the local authority received the request",
            ),
            (
                form_data(health=datetime.date(2026, 2, 20)),
                "The date health received the "
                "request must be the same as or after the date the local authority received it",
            ),
            (form_data(questions=""), "Enter what the local authority asks of health"),
            (
                form_data(la=datetime.date(2009, 12, 31)),
                "must be on or after the child&#39;s date of birth",
            ),
        ],
        ids=["part-date", "future", "missing", "health-before-la", "no-questions", "before-birth"],
    )
    def test_bad_input_says_what_to_fix_and_writes_nothing(self, area, client_for, data, message):
        child = ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2010, 1, 1))
        response = client_for(area.la_user).post(raise_url(child), data)
        assert response.status_code == 200
        content = response.content.decode()
        assert message in content
        assert "<title>Error: " in content
        assert not AdviceRequest.objects.exists()
        assert not AdviceEvent.objects.exists()
        assert not AuditLog.objects.filter(action=AuditAction.CREATE).exists()

    def test_after_an_error_it_shows_the_las_statutory_dates(self, area, client_for):
        child = ChildFactory(local_authority=area.la)
        data = form_data(la=datetime.date(2026, 1, 5), questions="")
        content = client_for(area.la_user).post(raise_url(child), data).content.decode()
        assert "decision whether to assess: by 16 February 2026" in content  # reg 5(1)
        assert "final EHC plan issued: by 25 May 2026" in content  # reg 13(2)


class TestOneOpenRequestAtATime:
    def test_the_form_is_replaced_by_a_link_to_the_open_request(self, area, client_for):
        existing = request_for(area, status=RequestStatus.ROUTED)
        content = client_for(area.la_user).get(raise_url(existing.child)).content.decode()
        assert "This child already has an open request" in content
        assert f'href="{reverse("advice:request", kwargs={"pk": existing.pk})}"' in content
        assert 'name="questions"' not in content

    def test_posting_a_second_request_writes_nothing(self, area, client_for):
        existing = request_for(area)
        client_for(area.la_user).post(raise_url(existing.child), form_data())
        assert AdviceRequest.objects.count() == 1
        assert not AdviceEvent.objects.exists()

    def test_a_returned_request_does_not_block_a_new_one(self, area, client_for):
        existing = request_for(area, status=RequestStatus.RETURNED, returned_on=TODAY)
        client_for(area.la_user).post(raise_url(existing.child), form_data())
        assert AdviceRequest.objects.count() == 2


class TestWhatTheLaSeesOfAServicesAdvice:
    def test_la_user_sees_where_a_service_has_got_to_but_not_its_advice(self, area, client_for):
        submission = AdviceSubmissionFactory(
            assignment=AdviceAssignmentFactory(request=request_for(area), service=area.salt)
        )
        response = client_for(area.la_user).get(
            reverse("advice:assignment", kwargs={"pk": submission.assignment.pk})
        )
        assert response.status_code == 200
        assert b"Awaiting advice" in response.content
        assert submission.health_needs.encode() not in response.content
        assert AuditLog.objects.filter(action=AuditAction.VIEW, actor=area.la_user).exists()

    def test_la_downloads_the_advice_only_once_it_is_returned_to_them(self, area, client_for):
        advice_request = request_for(area, status=RequestStatus.READY)
        submission = AdviceSubmissionFactory(
            assignment=AdviceAssignmentFactory(
                request=advice_request, service=area.salt, status=AssignmentStatus.ACCEPTED
            ),
            decision=ReviewDecision.ACCEPTED,
            document=SimpleUploadedFile("advice.pdf", b"%PDF-1.4\n%%EOF\n"),
            document_token="0f" * 16,
            document_type="pdf",
        )
        document = reverse("advice:document", kwargs={"pk": submission.pk})
        client = client_for(area.la_user)
        assert client.get(document).status_code == 404
        advice_request.status, advice_request.returned_on = RequestStatus.RETURNED, TODAY
        advice_request.save()
        assert client.get(document).status_code == 200
        assert client_for(area.other_la_user).get(document).status_code == 404
