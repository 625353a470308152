"""A request's page, as each role sees it."""

from datetime import date
from unittest.mock import patch

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceEvent,
    AssignmentStatus,
    EventKind,
    ProvisionItem,
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

TODAY = date(2026, 2, 9)


@pytest.fixture(autouse=True)
def today():
    real = timezone.localdate

    def fake(value=None, timezone=None):
        return TODAY if value is None else real(value, timezone)

    with patch("django.utils.timezone.localdate", side_effect=fake):
        yield TODAY


@pytest.fixture
def advice_request(area):
    """A Northshire request routed to SALT (advice submitted) and OT (awaiting)."""
    child = ChildFactory(
        local_authority=area.la,
        given_name="Ada",
        family_name="Testchild",
        nhs_number="9434765919",
        date_of_birth=date(2018, 3, 4),
        setting=area.setting,
    )
    request = AdviceRequestFactory(
        child=child, status=RequestStatus.ROUTED, questions="What support for speech?\nAnd OT?"
    )
    salt = AdviceAssignmentFactory(
        request=request, service=area.salt, status=AssignmentStatus.SUBMITTED
    )
    AdviceAssignmentFactory(request=request, service=area.ot)
    submission = AdviceSubmissionFactory(
        assignment=salt, author_name="Sam Therapist", health_needs="Needs SALT."
    )
    ProvisionItem.objects.create(
        submission=submission,
        what="Speech therapy",
        who="Speech and language therapist",
        how_often="Weekly, 30 minutes",
        how_long="12 months",
    )
    return request


def page(client, advice_request):
    return client.get(f"/advice/requests/{advice_request.pk}/")


def text(client, advice_request):
    return page(client, advice_request).content.decode()


class TestWhoMaySeeARequest:
    @pytest.mark.parametrize("who", ["dco", "dco_team", "la_user", "provider_user", "salt_user"])
    def test_people_involved_see_the_request(self, area, client_for, advice_request, who):
        assert page(client_for(getattr(area, who)), advice_request).status_code == 200

    @pytest.mark.parametrize("who", ["other_la_user", "other_provider_user", "outsider_dco"])
    def test_others_get_not_found(self, area, client_for, advice_request, who):
        assert page(client_for(getattr(area, who)), advice_request).status_code == 404

    @pytest.mark.parametrize("who", ["board", "sysadmin", "nobody"])
    def test_roles_without_personal_data_are_refused(self, area, client_for, advice_request, who):
        assert page(client_for(getattr(area, who)), advice_request).status_code == 403

    def test_a_signed_out_visitor_is_sent_to_sign_in(self, client, advice_request):
        assert page(client, advice_request)["Location"].startswith("/accounts/login/")

    def test_every_read_is_audited(self, area, client_for, advice_request):
        page(client_for(area.la_user), advice_request)
        entry = AuditLog.objects.get(actor=area.la_user, action=AuditAction.VIEW)
        assert entry.object_type == "advice.AdviceRequest"
        assert entry.child_id == advice_request.child_id


class TestWhatTheRequestPageShows:
    def test_the_child_in_brief_with_a_link_to_their_record(self, area, client_for, advice_request):
        html = text(client_for(area.dco), advice_request)
        assert "Ada Testchild" in html
        assert "943 476 5919" in html
        assert "4 March 2018" in html
        assert f"/children/{advice_request.child_id}/" in html
        assert area.setting.name in html
        assert "<p>And OT?</p>" in html

    def test_statutory_dates_with_how_far_away_they_are(self, area, client_for, advice_request):
        html = text(client_for(area.dco), advice_request)
        assert "Health advice due (6 weeks, reg 8(1))" in html
        assert '16 February 2026 <span class="nhsuk-body-s">(due in 7 days)' in html
        assert "27 April 2026" in html  # decision not to issue: 16 weeks, reg 10(1)
        assert "25 May 2026" in html  # final plan: 20 weeks, reg 13(2)

    def test_a_closed_request_shows_dates_without_due_phrases(self, area, client_for):
        closed = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la),
            status=RequestStatus.RETURNED,
            returned_on=TODAY,
            return_note="All advice attached",
        )
        html = text(client_for(area.dco), closed)
        assert "due in" not in html
        assert "All advice attached" in html

    def test_an_overdue_service_is_tagged_overdue(self, area, client_for, advice_request):
        with patch("django.utils.timezone.localdate", return_value=date(2026, 2, 20)):
            html = text(client_for(area.dco), advice_request)
        assert "Overdue" in html
        assert "4 days overdue" in html

    def test_the_dco_sees_every_action(self, area, client_for, advice_request):
        html = text(client_for(area.dco), advice_request)
        for words in (
            "Route to services",
            "Chase",
            "Record an exception",
            "Cancel",
            "Review advice",
        ):
            assert words in html
        assert "Return advice to the local authority" not in html

    def test_the_dco_can_return_a_ready_request(self, area, client_for):
        ready = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la), status=RequestStatus.READY
        )
        assert "Return advice to the local authority" in text(client_for(area.dco), ready)

    def test_the_local_authority_sees_no_dco_actions(self, area, client_for, advice_request):
        html = text(client_for(area.la_user), advice_request)
        for words in ("Route to services", "Record an exception", "Review advice", "Chase"):
            assert words not in html

    def test_a_provider_sees_only_its_own_services(self, area, client_for, advice_request):
        html = text(client_for(area.salt_user), advice_request)
        assert "Children&#39;s SALT" in html
        assert "Children&#39;s OT" not in html
        assert (
            f"/advice/assignments/{advice_request.assignments.get(service=area.salt).pk}/" in html
        )


class TestWhoSeesTheAdvice:
    def test_the_dco_sees_the_advice_in_full(self, area, client_for, advice_request):
        html = text(client_for(area.dco), advice_request)
        assert "Sam Therapist" in html
        assert "Weekly, 30 minutes" in html
        assert "Health provision (section G)" in html

    def test_the_service_sees_its_own_advice(self, area, client_for, advice_request):
        assert "Sam Therapist" in text(client_for(area.salt_user), advice_request)

    def test_the_local_authority_sees_no_advice_before_it_is_returned(
        self, area, client_for, advice_request
    ):
        assert "Sam Therapist" not in text(client_for(area.la_user), advice_request)

    def test_the_local_authority_sees_accepted_advice_once_returned(self, area, client_for):
        request = AdviceRequestFactory(
            child=ChildFactory(local_authority=area.la),
            status=RequestStatus.RETURNED,
            returned_on=TODAY,
        )
        assignment = AdviceAssignmentFactory(
            request=request, service=area.salt, status=AssignmentStatus.ACCEPTED
        )
        AdviceSubmissionFactory(
            assignment=assignment, author_name="Accepted Author", decision=ReviewDecision.ACCEPTED
        )
        AdviceSubmissionFactory(
            assignment=assignment, author_name="Returned Author", decision=ReviewDecision.RETURNED
        )
        html = text(client_for(area.la_user), request)
        assert "Accepted Author" in html
        assert "Returned Author" not in html

    def test_a_document_has_a_download_link(self, area, client_for, advice_request):
        submission = advice_request.assignments.get(service=area.salt).submissions.get()
        submission.document_token = "abc"
        submission.document_type = "pdf"
        submission.document.save("abc", ContentFile(b"%PDF-1.4"), save=True)
        html = text(client_for(area.dco), advice_request)
        assert f"/advice/submissions/{submission.pk}/document/" in html


class TestTimeline:
    def event(self, advice_request, kind, assignment=None, **kwargs):
        return AdviceEvent.objects.create(
            request=advice_request, assignment=assignment, kind=kind, at=timezone.now(), **kwargs
        )

    def test_events_show_oldest_first_with_who_and_note(self, area, client_for, advice_request):
        self.event(advice_request, EventKind.RAISED, actor=area.la_user)
        salt = advice_request.assignments.get(service=area.salt)
        self.event(
            advice_request,
            EventKind.REMINDED,
            salt,
            system="advice-reminders",
            note="Children's SALT",
        )
        html = text(client_for(area.dco), advice_request)
        raised = html.index("Request raised by the local authority")
        reminded = html.index("Reminder sent")
        assert raised < reminded
        assert "La User" in html
        assert "sendhealth (system)" in html

    def test_a_provider_does_not_see_other_services_steps(self, area, client_for, advice_request):
        ot = advice_request.assignments.get(service=area.ot)
        self.event(advice_request, EventKind.CHASED, ot, actor=area.dco, note="Chased OT")
        assert "Chased OT" not in text(client_for(area.salt_user), advice_request)
        assert "Chased OT" in text(client_for(area.la_user), advice_request)


class TestQueryCount:
    def test_queries_do_not_grow_with_services_advice_or_events(
        self, area, client_for, advice_request, django_assert_max_num_queries
    ):
        client = client_for(area.dco)
        page(client, advice_request)
        with django_assert_max_num_queries(40) as small:
            page(client, advice_request)
        for service in (area.camhs,):
            assignment = AdviceAssignmentFactory(
                request=advice_request, service=service, status=AssignmentStatus.SUBMITTED
            )
            for _ in range(5):
                submission = AdviceSubmissionFactory(assignment=assignment)
                ProvisionItem.objects.create(
                    submission=submission, what="x", who="y", how_often="z", how_long="w"
                )
                AdviceEvent.objects.create(
                    request=advice_request,
                    assignment=assignment,
                    kind=EventKind.CHASED,
                    at=timezone.now(),
                    actor=area.dco,
                )
        with django_assert_max_num_queries(len(small.captured_queries)):
            assert page(client, advice_request).status_code == 200
