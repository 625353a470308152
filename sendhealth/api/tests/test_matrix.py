"""Who may call what: every endpoint against every role of ``area``, by bearer token. 200/201/
202 allowed, 403 for a role without the permission, 404 for an object outside the caller's
scope (indistinguishable from one that does not exist)."""

import datetime
import random

import pytest

from sendhealth.advice.models import RequestStatus
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.rules import generate_test_nhs_number

ROLES = [
    "dco",
    "dco_team",
    "la_user",
    "other_la_user",
    "provider_user",
    "salt_user",
    "other_provider_user",
    "board",
    "sysadmin",
    "outsider_dco",
    "nobody",
]


def expect(default: int, **by_role: int) -> list[tuple[str, int]]:
    return [(role, by_role.get(role, default)) for role in ROLES]


def _seeing_the_child(allowed: int) -> list[tuple[str, int]]:
    """Those who see ``world.child``: the area's DCO, its LA and the SALT service's people."""
    return expect(
        404,
        dco=allowed,
        dco_team=allowed,
        la_user=allowed,
        provider_user=allowed,
        salt_user=allowed,
        board=403,
        sysadmin=403,
        nobody=403,
    )


def _dco_action(allowed: int) -> list[tuple[str, int]]:
    return expect(403, dco=allowed, dco_team=allowed, outsider_dco=404)


def _call(api, world, area, endpoint: str):
    today = datetime.date.today()
    calls = {
        "list children": lambda: api.get("/api/children"),
        "read child": lambda: api.get(f"/api/children/{world.child.pk}"),
        "search children": lambda: api.post("/api/children/search", {"query": "a"}),
        "list requests": lambda: api.get("/api/advice-requests"),
        "read request": lambda: api.get(f"/api/advice-requests/{world.request.pk}"),
        "list assignments": lambda: api.get("/api/assignments"),
        "read assignment": lambda: api.get(f"/api/assignments/{world.assignment.pk}"),
        "route": lambda: api.post(
            f"/api/advice-requests/{world.request.pk}/route",
            {"services": [area.camhs.pk], "received_on": today.isoformat()},
        ),
        "submit": lambda: api.post(
            f"/api/assignments/{world.ot_assignment.pk}/submissions",
            {
                "author_name": "A Therapist",
                "author_role": "OT, HCPC OT01234",
                "advice_date": today.isoformat(),
                "no_health_needs": True,
            },
        ),
        "review": lambda: api.post(
            f"/api/submissions/{world.submission.pk}/review", {"accept": True}
        ),
        "exception": lambda: api.post(
            f"/api/assignments/{world.ot_assignment.pk}/exceptions",
            {"reason": "missed_appointment", "starts_on": "2026-01-20"},
        ),
        "chase": lambda: api.post(f"/api/assignments/{world.ot_assignment.pk}/chase"),
        "timeliness": lambda: api.get("/api/insight/timeliness"),
        "local authorities": lambda: api.get("/api/organisations/local-authorities"),
        "services": lambda: api.get("/api/organisations/services"),
    }
    return calls[endpoint]()


MATRIX = {
    "list children": expect(200, board=403, sysadmin=403, nobody=403),
    "search children": expect(200, board=403, sysadmin=403, nobody=403),
    "list requests": expect(200, board=403, sysadmin=403, nobody=403),
    "list assignments": expect(200, board=403, sysadmin=403, nobody=403),
    "read child": _seeing_the_child(200),
    "read request": _seeing_the_child(200),
    "read assignment": _seeing_the_child(200),
    "route": _dco_action(201),
    "submit": expect(403, provider_user=201, salt_user=404, other_provider_user=404),
    "review": _dco_action(200),
    "exception": _dco_action(201),
    "chase": _dco_action(202),
    "timeliness": expect(403, dco=200, dco_team=200, board=200, outsider_dco=200),
    "local authorities": expect(200),
    "services": expect(200),
}

CASES = [
    pytest.param(endpoint, role, status, id=f"{endpoint}-{role}-{status}")
    for endpoint, expectations in MATRIX.items()
    for role, status in expectations
]


@pytest.mark.parametrize(("endpoint", "role", "status"), CASES)
def test_role_gets_the_expected_answer(api_as, area, world, endpoint, role, status):
    response = _call(api_as(getattr(area, role)), world, area, endpoint)
    assert response.status_code == status, response.content


class TestRaisingARequest:
    @pytest.fixture
    def child(self, area):
        return ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2016, 1, 1))

    @pytest.mark.parametrize(
        ("role", "status"),
        expect(403, la_user=201, other_la_user=404),
    )
    def test_only_the_childs_local_authority_may_raise_one(self, api_as, area, child, role, status):
        response = api_as(getattr(area, role)).post(
            "/api/advice-requests",
            {
                "child": child.pk,
                "la_received_on": "2026-01-05",
                "health_received_on": "2026-01-06",
                "questions": "Speech and language.",
            },
        )
        assert response.status_code == status, response.content


class TestReturningToTheLocalAuthority:
    @pytest.mark.parametrize(("role", "status"), _dco_action(200))
    def test_only_the_areas_dco_team_may_return_advice(self, api_as, area, world, role, status):
        world.request.status = RequestStatus.READY
        world.request.save()
        response = api_as(getattr(area, role)).post(
            f"/api/advice-requests/{world.request.pk}/return", {"note": ""}
        )
        assert response.status_code == status, response.content


class TestRegisteringAChild:
    @pytest.mark.parametrize(
        ("role", "status"),
        expect(403, dco=201, dco_team=201, la_user=201, other_la_user=422, outsider_dco=422),
    )
    def test_the_dco_team_and_the_childs_local_authority_may_register(
        self, api_as, area, role, status
    ):
        response = api_as(getattr(area, role)).post(
            "/api/children",
            {
                "nhs_number": generate_test_nhs_number(random.Random(role)),
                "given_name": "Ada",
                "family_name": "Lovelace",
                "date_of_birth": "2015-12-10",
                "local_authority": area.la.pk,
                "primary_need": "SLCN",
            },
        )
        assert response.status_code == status, response.content
