"""Who is told when advice work arrives: one message to each right person, naming the request
by reference and never the child."""

from __future__ import annotations

from datetime import date

import pytest
from django.core import mail
from django.test import TestCase

from sendhealth.accounts.models import Role
from sendhealth.accounts.tests.factories import MembershipFactory, UserFactory
from sendhealth.advice import services
from sendhealth.advice.services import ProvisionLine
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.models import Message, MessageKind, MessageStatus

RECEIVED = date(2026, 1, 5)
PERSONAL = ("Ada", "Testchild", "9434765919", "943 476 5919", "2018", "14 May")


def committed():
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def advice_request(area):
    child = ChildFactory(
        local_authority=area.la,
        given_name="Ada",
        family_name="Testchild",
        nhs_number="9434765919",
        date_of_birth=date(2018, 5, 14),
    )
    return AdviceRequestFactory(child=child, health_received_on=RECEIVED, raised_by=area.la_user)


def route_to_salt(area, advice_request):
    (assignment,) = services.route(
        advice_request, services=[area.salt], received_on=RECEIVED, auditor=Auditor(user=area.dco)
    )
    return assignment


def submit(assignment, user):
    return services.submit_advice(
        assignment,
        author_name="Sam Therapist",
        author_role="Speech and language therapist",
        advice_date=date(2026, 2, 1),
        no_health_needs=False,
        health_needs="Understanding spoken language.",
        outcomes="I will follow two-step instructions.",
        provision=[ProvisionLine("Speech therapy", "SLT", "Weekly", "12 months")],
        auditor=Auditor(user=user),
    )


def sent(kind) -> dict[str, Message]:
    """The messages of ``kind``, by recipient username; each person at most once."""
    messages = list(Message.objects.filter(kind=kind).select_related("recipient"))
    names = [m.recipient.username for m in messages]
    assert len(names) == len(set(names)), names
    return dict(zip(names, messages, strict=True))


def assert_no_personal_data(messages):
    for message in messages:
        text = message.subject + message.body
        for personal in PERSONAL:
            assert personal not in text, personal
    for email in mail.outbox:
        for personal in PERSONAL:
            assert personal not in email.subject + email.body, personal


class TestRouted:
    def test_the_services_users_are_each_told_once_and_nobody_else(self, area, advice_request):
        with committed():
            assignment = route_to_salt(area, advice_request)
        messages = sent(MessageKind.ROUTED)
        # salt_user is limited to SALT; provider_user acts for all the trust's services.
        assert set(messages) == {"salt_user", "provider_user"}
        assert sorted(email.to[0] for email in mail.outbox) == sorted(
            [area.salt_user.email, area.provider_user.email]
        )
        message = messages["salt_user"]
        assert message.reference == advice_request.reference
        assert message.link == f"/advice/assignments/{assignment.pk}/"
        assert message.status == MessageStatus.SENT
        assert advice_request.reference in message.subject
        assert_no_personal_data(messages.values())

    def test_a_user_limited_to_another_service_is_not_told(self, area, advice_request):
        ot_only = UserFactory(username="ot_only")
        MembershipFactory(
            user=ot_only, organisation=area.provider, role=Role.PROVIDER, services=[area.ot]
        )
        with committed():
            route_to_salt(area, advice_request)
        assert "ot_only" not in sent(MessageKind.ROUTED)

    def test_an_inactive_user_is_not_told(self, area, advice_request):
        area.salt_user.is_active = False
        area.salt_user.save()
        with committed():
            route_to_salt(area, advice_request)
        assert set(sent(MessageKind.ROUTED)) == {"provider_user"}

    def test_routing_that_is_refused_tells_nobody(self, area, advice_request):
        route_to_salt(area, advice_request)
        Message.objects.all().delete()
        with committed(), pytest.raises(Exception, match="already has this request"):
            route_to_salt(area, advice_request)
        assert not Message.objects.exists()
        assert mail.outbox == []


class TestReturnedForInformation:
    def test_the_services_users_are_told_without_the_reasons(self, area, advice_request):
        assignment = route_to_salt(area, advice_request)
        submission = submit(assignment, area.salt_user)
        with committed():
            services.review_advice(
                submission,
                accept=False,
                reasons="Ada Testchild's outcomes are not specific.",
                auditor=Auditor(user=area.dco),
            )
        messages = sent(MessageKind.RETURNED_FOR_INFORMATION)
        assert set(messages) == {"salt_user", "provider_user"}
        assert len(mail.outbox) == 2
        assert messages["salt_user"].link == f"/advice/assignments/{assignment.pk}/"
        assert_no_personal_data(messages.values())

    def test_accepted_advice_sends_no_return_message(self, area, advice_request):
        submission = submit(route_to_salt(area, advice_request), area.salt_user)
        with committed():
            services.review_advice(
                submission, accept=True, reasons="", auditor=Auditor(user=area.dco)
            )
        assert sent(MessageKind.RETURNED_FOR_INFORMATION) == {}


class TestReturnedToLa:
    def ready(self, area, advice_request):
        submission = submit(route_to_salt(area, advice_request), area.salt_user)
        services.review_advice(submission, accept=True, reasons="", auditor=Auditor(user=area.dco))
        advice_request.refresh_from_db()
        return advice_request

    def test_the_requester_is_told(self, area, advice_request):
        other_caseworker = UserFactory(username="other_caseworker")
        MembershipFactory(user=other_caseworker, organisation=area.la, role=Role.LOCAL_AUTHORITY)
        request = self.ready(area, advice_request)
        with committed():
            services.return_to_la(request, note="", auditor=Auditor(user=area.dco))
        messages = sent(MessageKind.RETURNED_TO_LA)
        assert set(messages) == {"la_user"}
        assert [email.to for email in mail.outbox] == [[area.la_user.email]]
        assert messages["la_user"].link == f"/advice/requests/{request.pk}/"
        assert_no_personal_data(messages.values())

    def test_with_no_requester_every_caseworker_of_that_la_is_told(self, area, advice_request):
        other_caseworker = UserFactory(username="other_caseworker")
        MembershipFactory(user=other_caseworker, organisation=area.la, role=Role.LOCAL_AUTHORITY)
        advice_request.raised_by = None
        advice_request.save()
        request = self.ready(area, advice_request)
        with committed():
            services.return_to_la(request, note="", auditor=Auditor(user=area.dco))
        assert set(sent(MessageKind.RETURNED_TO_LA)) == {"la_user", "other_caseworker"}

    def test_a_requester_who_has_left_the_la_is_replaced_by_its_caseworkers(
        self, area, advice_request
    ):
        area.la_user.memberships.all().delete()
        stayed = UserFactory(username="stayed")
        MembershipFactory(user=stayed, organisation=area.la, role=Role.LOCAL_AUTHORITY)
        request = self.ready(area, advice_request)
        with committed():
            services.return_to_la(request, note="", auditor=Auditor(user=area.dco))
        assert set(sent(MessageKind.RETURNED_TO_LA)) == {"stayed"}


class TestTheMessagesPageShowsWhatArrived:
    def test_a_provider_user_reads_the_routed_message_and_follows_its_link(
        self, area, advice_request, client_for
    ):
        with committed():
            assignment = route_to_salt(area, advice_request)
        client = client_for(area.salt_user)
        text = client.get("/messages/").content.decode()
        assert f"New request for health advice {advice_request.reference}" in text
        assert f'href="/advice/assignments/{assignment.pk}/"' in text
        assert client.get(f"/advice/assignments/{assignment.pk}/").status_code == 200
        assert "Testchild" not in text
