"""The DCO's pages: the queue, routing, chasing, exceptions, cancelling, review, return to LA."""

import re
from datetime import date
from html import unescape
from unittest.mock import patch

import pytest
from django.core import mail
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
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
from sendhealth.core.models import AuditLog
from sendhealth.organisations.tests.factories import LocalAuthorityFactory

TODAY = date(2026, 2, 9)  # a Monday
DUE_IN_7_DAYS = date(2026, 1, 5)  # received then: due Monday 16 February 2026
OVERDUE_7_DAYS = date(2025, 12, 22)  # due 2 February 2026
OVERDUE_14_DAYS = date(2025, 12, 15)  # due 26 January 2026


@pytest.fixture(autouse=True)
def today():
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return TODAY if value is None else real(value, timezone)

    with patch("django.utils.timezone.localdate", side_effect=fake):
        yield TODAY


def new_request(la, **kwargs):
    return AdviceRequestFactory(child=ChildFactory(local_authority=la), **kwargs)


def routed(la, service, received_on=DUE_IN_7_DAYS, status=AssignmentStatus.AWAITING, **kwargs):
    request = new_request(la, status=RequestStatus.ROUTED, health_received_on=received_on)
    return AdviceAssignmentFactory(
        request=request, service=service, received_on=received_on, status=status, **kwargs
    )


def submitted(la, service, **kwargs):
    assignment = routed(la, service, status=AssignmentStatus.SUBMITTED, submitted_on=TODAY)
    return AdviceSubmissionFactory(assignment=assignment, **kwargs)


def queue(client, **query):
    return client.get("/advice/queue/", query)


class TestWhoMayUseTheDcoPages:
    @pytest.mark.parametrize("who", ["dco", "dco_team"])
    def test_dco_and_dco_team_see_the_queue(self, area, client_for, who):
        assert queue(client_for(getattr(area, who))).status_code == 200

    @pytest.mark.parametrize("who", ["la_user", "provider_user", "board", "sysadmin", "nobody"])
    def test_other_roles_are_refused_the_queue(self, area, client_for, who):
        assert queue(client_for(getattr(area, who))).status_code == 403

    def test_a_signed_out_visitor_is_sent_to_sign_in(self, client, db):
        assert client.get("/advice/queue/")["Location"].startswith("/accounts/login/")

    @pytest.mark.parametrize(
        "path",
        [
            "/advice/requests/{r}/route/",
            "/advice/assignments/{a}/exception/",
            "/advice/assignments/{a}/cancel/",
            "/advice/submissions/{s}/review/",
            "/advice/requests/{r}/return/",
        ],
    )
    def test_la_and_provider_users_are_refused_and_another_icbs_dco_gets_not_found(
        self, area, client_for, path
    ):
        s = submitted(area.la, area.salt)
        url = path.format(r=s.assignment.request_id, a=s.assignment_id, s=s.pk)
        assert client_for(area.la_user).get(url).status_code == 403
        assert client_for(area.provider_user).get(url).status_code == 403
        assert client_for(area.outsider_dco).get(url).status_code == 404

    def test_another_icbs_dco_sees_none_of_this_areas_work(self, area, client_for):
        routed(area.la, area.salt)
        response = queue(client_for(area.outsider_dco), view="due")
        assert not re.search(r">AR-\d{6}<", response.content.decode())


class TestQueueTabs:
    def test_new_lists_unrouted_requests_oldest_first(self, area, client_for):
        newer = new_request(area.la, health_received_on=date(2026, 2, 2))
        older = new_request(area.other_la, health_received_on=date(2026, 1, 26))
        routed(area.la, area.salt)
        page = queue(client_for(area.dco)).content.decode()
        assert page.index(f">{older.reference}<") < page.index(f">{newer.reference}<")
        assert older.child.full_name in unescape(page)  # O'Brien: &#39; or &#x27;
        assert "New (2)" in page

    def test_due_within_7_days_holds_advice_due_soon_but_not_overdue(self, area, client_for):
        # The 7-day edge (7 in, 8 out) everywhere at once: test_due_soon.py.
        due = routed(area.la, area.salt)
        late = routed(area.la, area.camhs, received_on=OVERDUE_7_DAYS)
        page = queue(client_for(area.dco), view="due").content.decode()
        assert f">{due.request.reference}<" in page
        assert "due in 7 days" in page
        assert f">{late.request.reference}<" not in page
        assert "Due within 7 days (1)" in page

    def test_overdue_lists_the_most_overdue_first_with_an_overdue_tag(self, area, client_for):
        week = routed(area.la, area.salt, received_on=OVERDUE_7_DAYS)
        fortnight = routed(area.la, area.ot, received_on=OVERDUE_14_DAYS)
        page = queue(client_for(area.dco), view="overdue").content.decode()
        assert page.index(f">{fortnight.request.reference}<") < page.index(
            f">{week.request.reference}<"
        )
        assert "14 days overdue" in page
        assert "nhsuk-tag--red" in page

    def test_an_exception_shows_as_a_tag(self, area, client_for):
        routed(area.la, area.salt, received_on=OVERDUE_7_DAYS, has_exception=True)
        page = queue(client_for(area.dco), view="overdue").content.decode()
        assert "Exception recorded" in page

    def test_awaiting_review_links_to_the_review_page(self, area, client_for):
        submission = submitted(area.la, area.salt)
        page = queue(client_for(area.dco), view="review").content.decode()
        assert f"/advice/submissions/{submission.pk}/review/" in page

    def test_returned_and_ready_tabs(self, area, client_for):
        returned = routed(area.la, area.salt, status=AssignmentStatus.RETURNED)
        ready = new_request(area.la, status=RequestStatus.READY)
        client = client_for(area.dco)
        assert f">{returned.request.reference}<" in queue(client, view="returned").content.decode()
        page = queue(client, view="ready").content.decode()
        assert f">{ready.reference}<" in page
        assert f"/advice/requests/{ready.pk}/return/" in page

    def test_filters_limit_rows_by_local_authority_and_provider(self, area, client_for):
        mine = routed(area.la, area.salt)
        other_la = routed(area.other_la, area.ot)
        other_provider = routed(area.la, area.camhs)
        client = client_for(area.dco)
        page = queue(client, view="due", la=area.la.pk, provider=area.provider.pk)
        text = page.content.decode()
        assert f">{mine.request.reference}<" in text
        assert f">{other_la.request.reference}<" not in text
        assert f">{other_provider.request.reference}<" not in text
        assert "Due within 7 days (1)" in text

    def test_an_organisation_outside_the_area_is_ignored_as_a_filter(self, area, client_for):
        routed(area.la, area.salt)
        outsider_la = LocalAuthorityFactory()
        text = queue(client_for(area.dco), view="due", la=outsider_la.pk).content.decode()
        assert "Due within 7 days (1)" in text

    def test_the_queue_records_who_saw_which_children(self, area, client_for):
        assignment = routed(area.la, area.salt)
        queue(client_for(area.dco), view="due")
        entry = AuditLog.objects.get(actor=area.dco, object_type="children.Child")
        assert entry.child_id == assignment.request.child_id

    @pytest.mark.parametrize("view", ["new", "due", "review", "ready"])
    def test_query_count_does_not_grow_with_rows(
        self, area, client_for, django_assert_max_num_queries, view
    ):
        def make(n):
            for _ in range(n):
                if view == "new":
                    new_request(area.la)
                elif view == "due":
                    routed(area.la, area.salt)
                elif view == "review":
                    submitted(area.la, area.salt)
                else:
                    AdviceAssignmentFactory(
                        request=new_request(area.la, status=RequestStatus.READY),
                        service=area.salt,
                        status=AssignmentStatus.ACCEPTED,
                    )

        client = client_for(area.dco)
        make(3)
        queue(client, view=view)  # warm caches (session, content types)
        with django_assert_max_num_queries(30) as small:
            queue(client, view=view)
        make(27)
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert queue(client, view=view).status_code == 200


class TestChase:
    def test_chasing_emails_the_service_and_logs_it_on_the_timeline(
        self, area, client_for, django_capture_on_commit_callbacks
    ):
        assignment = routed(area.la, area.salt)
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(area.dco).post(f"/advice/assignments/{assignment.pk}/chase/")
        assert response["Location"] == f"/advice/requests/{assignment.request_id}/"
        assert len(mail.outbox) == 1
        assert assignment.request.reference in mail.outbox[0].body
        assert assignment.request.child.family_name not in mail.outbox[0].body
        event = AdviceEvent.objects.get(kind=EventKind.CHASED)
        assert event.actor == area.dco

    def test_with_htmx_the_button_is_replaced_in_place(self, area, client_for):
        assignment = routed(area.la, area.salt)
        response = client_for(area.dco).post(
            f"/advice/assignments/{assignment.pk}/chase/", HTTP_HX_REQUEST="true"
        )
        assert response.status_code == 200
        assert "Chased just now" in response.content.decode()
        assert "<html" not in response.content.decode()

    def test_a_service_that_has_submitted_cannot_be_chased(self, area, client_for):
        assignment = submitted(area.la, area.salt).assignment
        client = client_for(area.dco)
        url = f"/advice/assignments/{assignment.pk}/chase/"
        assert client.post(url, HTTP_HX_REQUEST="true").status_code == 400
        assert client.post(url).status_code == 302
        assert mail.outbox == []

    def test_only_the_dco_may_chase_by_post(self, area, client_for):
        assignment = routed(area.la, area.salt)
        url = f"/advice/assignments/{assignment.pk}/chase/"
        assert client_for(area.provider_user).post(url).status_code == 403
        assert client_for(area.outsider_dco).post(url).status_code == 404
        assert client_for(area.dco).get(url).status_code == 405
        assert mail.outbox == []


class TestRoute:
    def url(self, request):
        return f"/advice/requests/{request.pk}/route/"

    def post(self, client, request, services, day="9", month="2", year="2026"):
        return client.post(
            self.url(request),
            {
                "services": [s.pk for s in services],
                "received_on_day": day,
                "received_on_month": month,
                "received_on_year": year,
            },
        )

    def test_the_page_lists_services_not_yet_asked_and_the_statutory_due_date(
        self, area, client_for
    ):
        request = new_request(area.la, status=RequestStatus.ROUTED)  # health: 5 January
        AdviceAssignmentFactory(request=request, service=area.salt)
        page = client_for(area.dco).get(self.url(request)).content.decode()
        assert "Children&#39;s OT" in page
        assert "Children&#39;s SALT" not in page
        assert "advice is due on 16 February 2026: 6 weeks after health received" in page

    def test_routing_days_later_keeps_6_weeks_from_healths_receipt_and_says_so(
        self, area, client_for
    ):
        request = new_request(area.la, health_received_on=date(2026, 1, 2))
        client = client_for(area.dco)
        response = self.post(client, request, [area.salt, area.camhs], "5", "1", "2026")
        assert response["Location"] == f"/advice/requests/{request.pk}/"
        dues = set(AdviceAssignment.objects.values_list("due_on", flat=True))
        assert dues == {date(2026, 2, 13)}  # not 16 February, 6 weeks from routing
        page = client.get(response["Location"]).content.decode()
        assert "Routed to 2 services. Advice due 13 February 2026" in page

    @pytest.mark.parametrize(
        ("services", "day", "message"),
        [
            ([], "9", "Select at least one service"),
            (["salt"], "4", "must be on or after the date health received it (5 January 2026)"),
            (["salt"], "10", "must be today or in the past"),
            (["salt"], "", "The date the services receive the request must include a day"),
        ],
    )
    def test_bad_input_writes_nothing(self, area, client_for, services, day, message):
        request = new_request(area.la, health_received_on=date(2026, 1, 5))
        chosen = [getattr(area, s) for s in services]
        response = self.post(client_for(area.dco), request, chosen, day, "2" if day != "4" else "1")
        assert response.status_code == 200
        assert message in response.content.decode()
        assert "Error: " in response.content.decode()
        assert not AdviceAssignment.objects.exists()

    def test_a_returned_request_cannot_be_routed(self, area, client_for):
        request = new_request(area.la, status=RequestStatus.RETURNED)
        assert client_for(area.dco).get(self.url(request)).status_code == 302


class TestRecordException:
    def post(self, client, assignment, reason, start, end=None):
        data = {
            "reason": reason,
            "note": "Family abroad",
            "starts_on_day": start.day,
            "starts_on_month": start.month,
            "starts_on_year": start.year,
        }
        if end:
            data |= {"ends_on_day": end.day, "ends_on_month": end.month, "ends_on_year": end.year}
        return client.post(f"/advice/assignments/{assignment.pk}/exception/", data)

    def test_the_page_says_a_waiting_list_is_not_an_exception(self, area, client_for):
        assignment = routed(area.la, area.salt)
        page = client_for(area.dco).get(f"/advice/assignments/{assignment.pk}/exception/")
        assert "A waiting list is not an exception (reg 8(2))" in page.content.decode()
        assert "did not keep an appointment" in page.content.decode()

    def test_an_absence_of_4_weeks_is_recorded(self, area, client_for):
        assignment = routed(area.la, area.salt)
        response = self.post(
            client_for(area.dco),
            assignment,
            "absent_from_area",
            date(2026, 1, 1),
            date(2026, 1, 28),
        )
        assert response.status_code == 302
        assignment.refresh_from_db()
        assert assignment.has_exception
        assert AdviceEvent.objects.filter(kind=EventKind.EXCEPTION).exists()

    @pytest.mark.parametrize(
        ("reason", "end", "message"),
        [
            ("absent_from_area", date(2026, 1, 27), "lasts 4 weeks (28 days) or more"),
            ("setting_closure", None, "Select one of the reasons listed"),
            ("", None, "Select why the 6-week time limit does not apply"),
            ("missed_appointment", date(2025, 12, 1), "end date must be on or after"),
        ],
    )
    def test_bad_input_writes_nothing(self, area, client_for, reason, end, message):
        assignment = routed(area.la, area.salt)
        response = self.post(client_for(area.dco), assignment, reason, date(2026, 1, 1), end)
        assert message in response.content.decode()
        assert not AdviceException.objects.exists()
        assignment.refresh_from_db()
        assert not assignment.has_exception


class TestCancel:
    def test_a_reason_is_required_and_then_the_part_is_cancelled(self, area, client_for):
        assignment = routed(area.la, area.salt)
        client = client_for(area.dco)
        url = f"/advice/assignments/{assignment.pk}/cancel/"
        response = client.post(url, {"reason": " "})
        assert "Enter why this service is no longer being asked for advice" in (
            response.content.decode()
        )
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.AWAITING
        assert client.post(url, {"reason": "Routed in error"}).status_code == 302
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.CANCELLED


class TestReview:
    def url(self, submission):
        return f"/advice/submissions/{submission.pk}/review/"

    def test_the_page_shows_the_advice_and_the_checklist(self, area, client_for):
        submission = submitted(area.la, area.salt, author_name="Alex Example")
        page = client_for(area.dco).get(self.url(submission)).content.decode()
        assert "Alex Example" in page
        assert "What good health advice looks like" in page
        assert AuditLog.objects.filter(actor=area.dco, object_type="advice.AdviceSubmission")

    def test_accepting_the_only_advice_makes_the_request_ready(self, area, client_for):
        submission = submitted(area.la, area.salt)
        response = client_for(area.dco).post(self.url(submission), {"decision": "accept"})
        assert response.status_code == 302
        submission.assignment.request.refresh_from_db()
        assert submission.assignment.request.status == RequestStatus.READY

    def test_returning_without_reasons_writes_nothing(self, area, client_for):
        submission = submitted(area.la, area.salt)
        response = client_for(area.dco).post(self.url(submission), {"decision": "return"})
        assert "Say what the service needs to add or change" in response.content.decode()
        submission.refresh_from_db()
        assert submission.decision == ReviewDecision.PENDING

    def test_returning_with_reasons_sends_it_back_to_the_service(self, area, client_for):
        submission = submitted(area.la, area.salt)
        client_for(area.dco).post(
            self.url(submission), {"decision": "return", "reasons": "Quantify the therapy"}
        )
        submission.assignment.refresh_from_db()
        assert submission.assignment.status == AssignmentStatus.RETURNED

    def test_reviewed_advice_cannot_be_reviewed_again(self, area, client_for):
        submission = submitted(area.la, area.salt, decision=ReviewDecision.ACCEPTED)
        assert client_for(area.dco).get(self.url(submission)).status_code == 302


class TestReturnToLa:
    def test_only_a_ready_request_can_be_returned(self, area, client_for):
        request = new_request(area.la, status=RequestStatus.ROUTED)
        response = client_for(area.dco).post(f"/advice/requests/{request.pk}/return/")
        assert response.status_code == 302
        request.refresh_from_db()
        assert request.status == RequestStatus.ROUTED

    def test_returning_a_ready_request_closes_it(self, area, client_for):
        request = new_request(area.la, status=RequestStatus.READY)
        AdviceSubmissionFactory(
            assignment=AdviceAssignmentFactory(
                request=request, service=area.salt, status=AssignmentStatus.ACCEPTED
            ),
            decision=ReviewDecision.ACCEPTED,
        )
        client = client_for(area.dco)
        assert (
            "Children&#39;s SALT"
            in client.get(f"/advice/requests/{request.pk}/return/").content.decode()
        )
        client.post(f"/advice/requests/{request.pk}/return/", {"note": "All in"})
        request.refresh_from_db()
        assert request.status == RequestStatus.RETURNED
        assert request.return_note == "All in"
