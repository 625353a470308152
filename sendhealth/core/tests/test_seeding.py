"""The synthetic demo area: who can sign in, what the cohort and the advice history look like,
and that seeding runs once."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from sendhealth.accounts.demo import DEMO_PASSWORD, DEMO_USERS
from sendhealth.accounts.models import Membership, Role, User
from sendhealth.accounts.tests.factories import UserFactory
from sendhealth.advice.models import (
    OPEN_REQUEST_STATUSES,
    WITH_SERVICE_STATUSES,
    AdviceAssignment,
    AdviceEvent,
    AdviceException,
    AdviceRequest,
    AdviceSubmission,
    AssignmentStatus,
    EventKind,
    ProvisionItem,
    RequestStatus,
)
from sendhealth.children.models import Child
from sendhealth.core import seeding
from sendhealth.organisations.models import Organisation, OrganisationKind, Service, Specialty
from sendhealth.rules import (
    Regulation,
    StatutoryException,
    health_advice_due,
    nhs_number_is_valid,
    validate_exception,
)

TODAY = datetime.date(2026, 3, 2)
TINY = seeding.SeedOptions(children=30, requests=20, seed=2014, today=TODAY)

EXPECTED_ROLES = {
    "dco": (Role.DCO, "NHS Northshire and Southborough Integrated Care Board"),
    "dmo": (Role.DCO, "NHS Northshire and Southborough Integrated Care Board"),
    "dcoteam": (Role.DCO_TEAM, "NHS Northshire and Southborough Integrated Care Board"),
    "la.north": (Role.LOCAL_AUTHORITY, "Northshire Council"),
    "la.south": (Role.LOCAL_AUTHORITY, "Southborough Council"),
    "provider.community": (Role.PROVIDER, "Northshire Community Health NHS Trust"),
    "provider.salt": (Role.PROVIDER, "Northshire Community Health NHS Trust"),
    "provider.mh": (
        Role.PROVIDER,
        "Southborough and Northshire Mental Health NHS Foundation Trust",
    ),
    "board": (Role.BOARD, "NHS Northshire and Southborough Integrated Care Board"),
    "admin": (Role.SYSADMIN, "NHS Northshire and Southborough Integrated Care Board"),
}


@pytest.fixture
def seeded(db):
    return seeding.seed_area(TINY)


class TestDemoLogins:
    def test_every_demo_login_can_sign_in_with_the_demo_password(self, seeded):
        for username, _, _ in DEMO_USERS:
            user = User.objects.get(username=username)
            assert user.check_password(DEMO_PASSWORD), username
            assert user.full_name

    def test_every_demo_login_has_the_membership_its_role_needs(self, seeded):
        for username, (role, organisation) in EXPECTED_ROLES.items():
            membership = Membership.objects.get(user__username=username)
            assert (membership.role, membership.organisation.name) == (role, organisation)

    def test_the_salt_login_is_limited_to_speech_and_language_therapy(self, seeded):
        membership = Membership.objects.get(user__username="provider.salt")
        assert [s.specialty for s in membership.services.all()] == [Specialty.SALT]
        assert not Membership.objects.get(user__username="provider.community").services.exists()

    def test_admin_is_a_superuser_and_the_icbs_system_admin(self, seeded):
        admin = User.objects.get(username="admin")
        assert admin.is_staff and admin.is_superuser
        assert admin.roles == {Role.SYSADMIN}

    def test_the_hospitals_author_cannot_sign_in(self, seeded):
        assert not User.objects.get(username=seeding.HOSPITALS_AUTHOR).has_usable_password()


class TestOrganisations:
    def test_the_area_has_one_icb_two_councils_and_three_trusts(self, seeded):
        icb = Organisation.objects.get(kind=OrganisationKind.ICB)
        assert (icb.name, icb.code) == (seeding.ICB_NAME, seeding.ICB_CODE)
        councils = Organisation.objects.filter(kind=OrganisationKind.LOCAL_AUTHORITY, parent=icb)
        assert sorted(councils.values_list("code", "name")) == [
            ("901", "Northshire Council"),
            ("902", "Southborough Council"),
        ]
        assert Organisation.objects.filter(kind=OrganisationKind.PROVIDER, parent=icb).count() == 3

    def test_services_cover_the_main_specialties_with_invalid_domain_emails(self, seeded):
        services = list(Service.objects.all())
        assert len(services) == 13
        assert {s.specialty for s in services} >= {
            Specialty.PAEDIATRICS,
            Specialty.SALT,
            Specialty.OT,
            Specialty.PHYSIO,
            Specialty.CAMHS,
            Specialty.AUDIOLOGY,
            Specialty.NURSING,
        }
        assert all(s.email.endswith(".nhs.invalid") for s in services)

    def test_education_settings_have_six_digit_urns_under_a_council(self, seeded):
        settings = Organisation.objects.filter(kind=OrganisationKind.SETTING)
        assert 30 <= settings.count() <= 50
        for setting in settings.select_related("parent"):
            assert len(setting.code) == 6 and setting.code.isdigit()
            assert setting.parent.kind == OrganisationKind.LOCAL_AUTHORITY


class TestChildren:
    def test_nhs_numbers_are_valid_unique_and_in_the_test_range(self, seeded):
        numbers = list(Child.objects.values_list("nhs_number", flat=True))
        assert len(numbers) == 30
        assert len(set(numbers)) == 30
        assert all(nhs_number_is_valid(n) and n.startswith("999") for n in numbers)

    def test_children_and_young_people_are_under_25(self, seeded):
        for dob in Child.objects.values_list("date_of_birth", flat=True):
            assert TODAY - datetime.timedelta(days=25 * 365) < dob < TODAY

    def test_secondary_needs_never_repeat_the_primary_need(self, seeded):
        for child in Child.objects.all():
            assert child.primary_need not in child.secondary_needs


class TestAdviceHistory:
    def test_every_services_part_is_due_6_weeks_after_health_received_the_request(self, seeded):
        assignments = AdviceAssignment.objects.select_related("request")
        assert assignments.exists()
        for a in assignments:
            assert a.due_on == health_advice_due(a.request.health_received_on)
        routed_later = [a for a in assignments if a.received_on > a.request.health_received_on]
        assert routed_later, "the demo shows requests routed days after health received them"

    def test_requests_are_in_every_state_the_workflow_uses(self, seeded):
        request_states = set(AdviceRequest.objects.values_list("status", flat=True))
        assert request_states == {
            RequestStatus.NEW,
            RequestStatus.ROUTED,
            RequestStatus.READY,
            RequestStatus.RETURNED,
        }
        assert set(AdviceAssignment.objects.values_list("status", flat=True)) == set(
            AssignmentStatus
        )

    def test_every_request_has_a_timeline_starting_when_it_was_raised(self, seeded):
        for request in AdviceRequest.objects.prefetch_related("events", "assignments"):
            events = list(request.events.all())
            assert events[0].kind in (EventKind.RAISED, EventKind.RAISED_FROM_ENQUIRY)
            routed = [e for e in events if e.kind == EventKind.ROUTED]
            assert len(routed) == len(request.assignments.all())
            if request.status == RequestStatus.RETURNED:
                assert events[-1].kind == EventKind.RETURNED_TO_LA

    def test_returned_requests_have_every_services_advice_accepted(self, seeded):
        for request in AdviceRequest.objects.filter(status=RequestStatus.RETURNED):
            statuses = set(request.assignments.values_list("status", flat=True))
            assert statuses - {AssignmentStatus.CANCELLED} == {AssignmentStatus.ACCEPTED}
            assert request.returned_on is not None

    def test_only_parts_with_the_service_wait_for_a_reminder(self, seeded):
        for a in AdviceAssignment.objects.all():
            if a.status in WITH_SERVICE_STATUSES:
                assert a.next_reminder_on is not None and a.next_reminder_on >= TODAY
            else:
                assert a.next_reminder_on is None

    def test_a_child_has_at_most_one_open_request(self, seeded):
        open_children = list(
            AdviceRequest.objects.filter(status__in=OPEN_REQUEST_STATUSES).values_list(
                "child_id", flat=True
            )
        )
        assert len(open_children) == len(set(open_children))

    def test_dates_follow_each_other_and_nothing_happens_after_today(self, seeded):
        for a in AdviceAssignment.objects.select_related("request__child"):
            request = a.request
            assert request.child.date_of_birth < request.la_received_on
            assert request.la_received_on <= request.health_received_on <= a.received_on
            if a.submitted_on:
                assert a.received_on <= a.submitted_on <= TODAY
            if a.completed_on:
                assert a.completed_on == a.submitted_on
        assert not AdviceEvent.objects.filter(at__date__gt=TODAY).exists()

    def test_exceptions_are_valid_reg_8_2_exceptions_on_their_parts(self, seeded):
        exceptions = list(AdviceException.objects.select_related("assignment"))
        assert exceptions
        for e in exceptions:
            assert e.assignment.has_exception
            candidate = StatutoryException(
                regulation=Regulation.HEALTH_ADVICE,
                reason=e.reason,
                starts=e.starts_on,
                ends=e.ends_on,
            )
            assert validate_exception(candidate) == []
        assert AdviceAssignment.objects.filter(has_exception=True).count() == len(exceptions)

    def test_submissions_carry_structured_advice_with_provision(self, seeded):
        submission = AdviceSubmission.objects.filter(no_health_needs=False).first()
        assert submission.health_needs and submission.outcomes and submission.author_role
        assert ProvisionItem.objects.filter(submission=submission).exists()


class TestIdempotence:
    def test_a_second_run_changes_nothing(self, seeded):
        counts = seeding.describe_area().counts
        assert seeding.seed_area(TINY).created is False
        assert seeding.describe_area().counts == counts

    def test_reset_wipes_and_recreates_the_area(self, seeded):
        before = set(Child.objects.values_list("pk", flat=True))
        report = seeding.seed_area(TINY, reset=True)
        assert report.counts["children and young people"] == 30
        assert not before & set(Child.objects.values_list("pk", flat=True))
        assert Organisation.objects.filter(kind=OrganisationKind.ICB).count() == 1

    def test_the_same_seed_gives_the_same_children(self, seeded):
        first = list(Child.objects.order_by("pk").values_list("nhs_number", "family_name"))
        seeding.seed_area(TINY, reset=True)
        again = list(Child.objects.order_by("pk").values_list("nhs_number", "family_name"))
        assert again == first


class TestSeedAreaCommand:
    def test_it_prints_what_it_made_and_the_demo_logins(self, db):
        out = StringIO()
        call_command("seed_area", children=30, requests=20, stdout=out)
        text = out.getvalue()
        assert "30  children and young people" in text
        assert "20  advice requests" in text
        for username, _, _ in DEMO_USERS:
            assert username in text
        assert DEMO_PASSWORD in text

    def test_a_second_run_says_the_area_exists(self, db):
        call_command("seed_area", children=30, requests=20, stdout=StringIO())
        out = StringIO()
        call_command("seed_area", children=30, requests=20, stdout=out)
        assert "already exists, so nothing was changed" in out.getvalue()
        assert Child.objects.count() == 30

    def test_it_refuses_to_take_over_an_existing_username(self, db):
        UserFactory(username="dco")
        with pytest.raises(CommandError, match="already in use: dco"):
            call_command("seed_area", children=30, requests=20, stdout=StringIO())
        assert not Organisation.objects.exists()


class TestTheDeepDiveCohort:
    def test_the_newest_child_appears_in_every_register(self, seeded):
        from django.apps import apps

        ids = {Child.objects.order_by("-pk").values_list("pk", flat=True).first()}
        registers = {
            "disagreements.Disagreement": "child_id",
            "panels.Package": "child_id",
            "safeguarding.SafeguardingReferral": "child_id",
            "assurance.EhcPlanSections": "child_id",
        }
        for label, field in registers.items():
            model = apps.get_model(label)
            found = set(model.objects.filter(**{f"{field}__in": ids}).values_list(field, flat=True))
            assert found == ids, label
