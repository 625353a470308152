"""Fixtures for the API tests: ``api_as(user)`` calls the API with a bearer token for ``user``;
``world`` is one request of ``area.la``'s child routed to the SALT service with advice waiting
for review, and a child of ``other_la``."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sendhealth.accounts.models import ApiToken
from sendhealth.advice.models import AssignmentStatus, RequestStatus
from sendhealth.advice.tests.factories import (
    AdviceAssignmentFactory,
    AdviceRequestFactory,
    AdviceSubmissionFactory,
)
from sendhealth.children.tests.factories import ChildFactory

RECEIVED = datetime.date(2026, 1, 5)


class ApiCaller:
    """A partner system: every call carries ``Authorization: Bearer <token>``."""

    def __init__(self, client: Client):
        self.client = client

    def get(self, path: str, **query):
        return self.client.get(path, query)

    def post(self, path: str, body: dict | None = None):
        return self.client.post(path, json.dumps(body or {}), content_type="application/json")


@pytest.fixture
def api_as(db):
    def _api_as(user) -> ApiCaller:
        _, raw = ApiToken.issue(user, "test")
        return ApiCaller(Client(headers={"authorization": f"Bearer {raw}"}))

    return _api_as


@dataclass
class World:
    child: object
    other_child: object
    request: object
    assignment: object  # SALT's part, advice submitted
    submission: object
    ot_assignment: object  # OT's part, awaiting advice


@pytest.fixture
def world(area) -> World:
    child = ChildFactory(local_authority=area.la, date_of_birth=datetime.date(2016, 4, 2))
    other_child = ChildFactory(local_authority=area.other_la)
    advice_request = AdviceRequestFactory(
        child=child,
        status=RequestStatus.ROUTED,
        la_received_on=RECEIVED,
        health_received_on=RECEIVED,
    )
    assignment = AdviceAssignmentFactory(
        request=advice_request, service=area.salt, status=AssignmentStatus.SUBMITTED
    )
    submission = AdviceSubmissionFactory(assignment=assignment)
    ot_assignment = AdviceAssignmentFactory(request=advice_request, service=area.ot)
    return World(child, other_child, advice_request, assignment, submission, ot_assignment)


def count_queries(call) -> int:
    """Queries of one call, after a first call (which also records the token's use)."""
    call()
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code == 200, response.content
    return len(captured)
