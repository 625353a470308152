"""The scoping layer's promises: who reaches which children, requests, assignments, advice and
timeline events. One test per promise."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from sendhealth.advice.models import (
    AdviceEvent,
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
from sendhealth.core.scoping import Scope


@dataclass
class World:
    """In the area: a child of ``la`` whose request went to SALT (advice accepted and returned
    to the LA) and CAMHS (advice pending); a child of ``other_la`` whose request went to OT; a
    child of ``la`` with no request. Elsewhere: another ICB's child, request and advice."""

    child: object
    other_la_child: object
    unrouted_child: object
    request: object
    other_la_request: object
    salt: object
    camhs: object
    ot: object
    accepted: object
    pending: object
    ot_advice: object
    elsewhere: object


@pytest.fixture
def world(area) -> World:
    child = ChildFactory(local_authority=area.la)
    request = AdviceRequestFactory(
        child=child, status=RequestStatus.RETURNED, returned_on=timezone.localdate()
    )
    salt = AdviceAssignmentFactory(request=request, service=area.salt)
    camhs = AdviceAssignmentFactory(request=request, service=area.camhs)
    other_la_child = ChildFactory(local_authority=area.other_la)
    other_la_request = AdviceRequestFactory(child=other_la_child)
    ot = AdviceAssignmentFactory(request=other_la_request, service=area.ot)
    elsewhere = AdviceSubmissionFactory(decision=ReviewDecision.ACCEPTED)
    return World(
        child=child,
        other_la_child=other_la_child,
        unrouted_child=ChildFactory(local_authority=area.la),
        request=request,
        other_la_request=other_la_request,
        salt=salt,
        camhs=camhs,
        ot=ot,
        accepted=AdviceSubmissionFactory(assignment=salt, decision=ReviewDecision.ACCEPTED),
        pending=AdviceSubmissionFactory(assignment=camhs),
        ot_advice=AdviceSubmissionFactory(assignment=ot, decision=ReviewDecision.ACCEPTED),
        elsewhere=elsewhere,
    )


def pks(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


class TestDco:
    @pytest.mark.parametrize("role", ["dco", "dco_team"])
    def test_dco_sees_everything_of_their_icb_and_nothing_of_another(self, area, world, role):
        scope = Scope.for_user(getattr(area, role))
        assert pks(scope.children()) == {
            world.child.pk,
            world.other_la_child.pk,
            world.unrouted_child.pk,
        }
        assert pks(scope.advice_requests()) == {world.request.pk, world.other_la_request.pk}
        assert pks(scope.assignments()) == {world.salt.pk, world.camhs.pk, world.ot.pk}
        assert pks(scope.submissions()) == {world.accepted.pk, world.pending.pk, world.ot_advice.pk}

    def test_another_icbs_dco_sees_only_their_own_icb(self, area, world):
        scope = Scope.for_user(area.outsider_dco)
        assert pks(scope.children()) == set()
        assert pks(scope.advice_requests()) == set()
        assert pks(scope.assignments()) == set()
        assert pks(scope.submissions()) == set()


class TestLocalAuthority:
    def test_la_user_sees_only_their_las_children_and_requests(self, area, world):
        scope = Scope.for_user(area.la_user)
        assert pks(scope.children()) == {world.child.pk, world.unrouted_child.pk}
        assert pks(scope.advice_requests()) == {world.request.pk}

    def test_la_user_sees_advice_only_when_accepted_and_returned_to_them(self, area, world):
        assert pks(Scope.for_user(area.la_user).submissions()) == {world.accepted.pk}

    def test_la_user_sees_no_advice_before_the_request_is_returned(self, area, world):
        # other_la's OT advice is accepted, but the request has not gone back to the LA.
        assert pks(Scope.for_user(area.other_la_user).submissions()) == set()


class TestProvider:
    def test_provider_user_sees_only_assignments_of_their_providers_services(self, area, world):
        assert pks(Scope.for_user(area.provider_user).assignments()) == {world.salt.pk, world.ot.pk}

    def test_provider_user_sees_only_the_children_and_requests_routed_to_them(self, area, world):
        scope = Scope.for_user(area.provider_user)
        assert pks(scope.children()) == {world.child.pk, world.other_la_child.pk}
        assert pks(scope.advice_requests()) == {world.request.pk, world.other_la_request.pk}

    def test_provider_user_sees_their_services_advice_only(self, area, world):
        assert pks(Scope.for_user(area.other_provider_user).submissions()) == {world.pending.pk}

    def test_salt_user_sees_only_salt(self, area, world):
        scope = Scope.for_user(area.salt_user)
        assert pks(scope.assignments()) == {world.salt.pk}
        assert pks(scope.children()) == {world.child.pk}
        assert pks(scope.advice_requests()) == {world.request.pk}
        assert pks(scope.submissions()) == {world.accepted.pk}


class TestNoPersonalData:
    @pytest.mark.parametrize("role", ["board", "sysadmin", "nobody"])
    def test_roles_without_personal_data_see_nothing_at_all(self, area, world, role):
        scope = Scope.for_user(getattr(area, role))
        assert not scope.children().exists()
        assert not scope.advice_requests().exists()
        assert not scope.assignments().exists()
        assert not scope.submissions().exists()
        assert not scope.events(world.request).exists()

    def test_a_visitor_who_is_not_signed_in_sees_nothing(self, area, world):
        scope = Scope.for_user(AnonymousUser())
        assert not scope.children().exists()
        assert not scope.assignments().exists()


class TestEvents:
    @pytest.fixture
    def timeline(self, world):
        def event(kind, assignment=None):
            return AdviceEvent.objects.create(
                request=world.request, assignment=assignment, kind=kind, at=timezone.now()
            )

        return {
            "raised": event(EventKind.RAISED),
            "salt": event(EventKind.ROUTED, world.salt),
            "camhs": event(EventKind.ROUTED, world.camhs),
            "returned": event(EventKind.RETURNED_TO_LA),
        }

    def test_provider_sees_request_level_events_and_its_own_services_events_only(
        self, area, world, timeline
    ):
        seen = pks(Scope.for_user(area.provider_user).events(world.request))
        assert seen == {timeline["raised"].pk, timeline["salt"].pk, timeline["returned"].pk}

    def test_another_provider_does_not_see_salts_events(self, area, world, timeline):
        seen = pks(Scope.for_user(area.other_provider_user).events(world.request))
        assert seen == {timeline["raised"].pk, timeline["camhs"].pk, timeline["returned"].pk}

    @pytest.mark.parametrize("role", ["dco", "la_user"])
    def test_the_dco_and_the_requesting_la_see_the_whole_timeline(
        self, area, world, timeline, role
    ):
        seen = pks(Scope.for_user(getattr(area, role)).events(world.request))
        assert seen == {event.pk for event in timeline.values()}
