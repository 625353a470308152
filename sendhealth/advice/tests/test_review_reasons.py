"""Who reads the DCO team's review of a service's advice: the DCO team and that service, never
the local authority (it sees that advice was returned or accepted, not why)."""

from html import escape

import pytest
from django.urls import reverse

from sendhealth.advice import services
from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.advice.tests.factories import AdviceAssignmentFactory, AdviceSubmissionFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor

RETURN_REASONS = "Internal: the frequency is vague, ask Dr Ames to redo section 2."
ACCEPT_NOTE = "Internal: accepted although section 3 is thin."


@pytest.fixture
def reviewed(area):
    return reviewed_request(area)


def reviewed_request(area):
    """A request whose SALT advice was returned with reasons, sent again, accepted with a
    note, and the request returned to the local authority."""
    assignment = AdviceAssignmentFactory(
        request__child=ChildFactory(local_authority=area.la),
        request__status=RequestStatus.ROUTED,
        service=area.salt,
        status=AssignmentStatus.SUBMITTED,
    )
    auditor = Auditor(user=area.dco)
    first = AdviceSubmissionFactory(assignment=assignment)
    services.review_advice(first, accept=False, reasons=RETURN_REASONS, auditor=auditor)
    assignment.refresh_from_db()
    second = services.submit_advice(
        assignment,
        author_name="Sam Jones",
        author_role="SLT, HCPC SL012345",
        advice_date=first.advice_date,
        no_health_needs=True,
        health_needs="",
        outcomes="",
        provision=[],
        auditor=Auditor(user=area.salt_user),
    )
    services.review_advice(second, accept=True, reasons=ACCEPT_NOTE, auditor=auditor)
    assignment.request.refresh_from_db()
    services.return_to_la(assignment.request, note="Advice attached.", auditor=auditor)
    return assignment


def page_text(client, assignment) -> str:
    response = client.get(reverse("advice:request", kwargs={"pk": assignment.request_id}))
    assert response.status_code == 200
    return response.content.decode()


class TestTheRequestPage:
    def test_the_local_authority_sees_the_steps_but_not_the_reasons(
        self, area, client_for, reviewed
    ):
        text = page_text(client_for(area.la_user), reviewed)
        assert "Returned to the service for more information" in text
        assert "Advice accepted" in text
        assert "Advice attached." in text  # the DCO's note to the LA is the LA's to read
        assert escape(RETURN_REASONS) not in text
        assert escape(ACCEPT_NOTE) not in text

    @pytest.mark.parametrize("role", ["dco", "dco_team", "salt_user", "provider_user"])
    def test_the_dco_team_and_the_service_read_them(self, area, client_for, reviewed, role):
        text = page_text(client_for(getattr(area, role)), reviewed)
        assert escape(RETURN_REASONS) in text
        assert escape(ACCEPT_NOTE) in text

    def test_another_service_of_the_request_does_not_read_them(self, area, client_for, reviewed):
        AdviceAssignmentFactory(request=reviewed.request, service=area.camhs)
        text = page_text(client_for(area.other_provider_user), reviewed)
        assert escape(RETURN_REASONS) not in text
