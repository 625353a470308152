"""Schemathesis over the whole API, as the DCO and as a local authority caseworker: every
operation of the published schema (``/api/openapi.json``) is called with generated requests,
and every answer must be no server error, a documented status code and content type, and a body
that matches the schema. Bounded (a few examples per operation) so it runs in CI with the rest of
the suite; ``SCHEMATHESIS_EXAMPLES`` raises the number for a longer run by hand.

Every check runs but one: "a request the schema allows is accepted" (positive data
acceptance). The schema says what is well formed, not the rules a form checks (dates in order,
an id that exists and is yours, a child under 25): such a request is answered 422 with the
documented error body, which the status-code and schema checks do verify."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from sendhealth.accounts.models import ApiToken
from sendhealth.api.api import api
from sendhealth.children.tests.factories import ChildFactory

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "4"))

# Examples and fuzzing; the coverage phase (every boundary of every parameter) takes minutes,
# too long for each run of the suite: ``SCHEMATHESIS_COVERAGE=1`` adds it.
CONFIG = SchemathesisConfig.from_dict(
    {"phases": {"coverage": {"enabled": os.environ.get("SCHEMATHESIS_COVERAGE") == "1"}}}
)
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(), config=CONFIG)
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def keep_the_connection():
    """The WSGI application closes the database connection at the end of each request (Django's
    ``close_old_connections``); inside the test's transaction that would close it under the test
    (on PostgreSQL; SQLite's in-memory database is never closed). Django's own test client
    disconnects it the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture(params=["dco", "la_user"])
def token(request, area):
    """A bearer token of the DCO or of ``la``'s caseworker, with one child of each LA."""
    ChildFactory(local_authority=area.la)
    ChildFactory(local_authority=area.other_la)
    _, raw = ApiToken.issue(area.users[request.param], "schemathesis")
    return raw


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_the_api_keeps_its_schema(case, token):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, excluded_checks=[positive_data_acceptance]
    )
