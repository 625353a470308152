"""The Messages page in a real browser, with axe-core: a provider user is told a request has
been routed to their service, reads the message and follows it to the request. Skips without
Chromium unless ``REQUIRE_BROWSER=1``."""

from __future__ import annotations

from datetime import date

import pytest

from sendhealth.advice import services
from sendhealth.advice.tests.factories import AdviceRequestFactory
from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.audit import Auditor
from sendhealth.core.tests.conftest import browser_for, chromium  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def test_a_provider_user_reads_a_routed_message_and_follows_it(area, browser_for):  # noqa: F811
    request = AdviceRequestFactory(
        child=ChildFactory(local_authority=area.la), health_received_on=date(2026, 1, 5)
    )
    (assignment,) = services.route(
        request, services=[area.salt], received_on=date(2026, 1, 5), auditor=Auditor(user=area.dco)
    )
    salt = browser_for(area.salt_user)
    salt.go("/")
    salt.follow("Messages")
    text = salt.text()
    assert f"New request for health advice {request.reference}" in text
    assert "Emailed" in text
    salt.page.get_by_text("Read the message").first.click()
    assert "has been routed to your service" in salt.text()
    salt.follow(request.reference)
    assert salt.path() == f"/advice/assignments/{assignment.pk}/"
