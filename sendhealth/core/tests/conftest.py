"""Fixtures for the browser journeys (``@pytest.mark.browser``): a headless Chromium per test
and ``browser_for(user)``, a signed-in browser session per person against ``live_server``."""

from __future__ import annotations

import os

import pytest
from django.db import connections

from sendhealth.core.tests.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    BrowserSession,
    require_chromium,
    screenshot,
    sign_in,
)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def chromium():
    """Debian's Chromium, headless. Playwright's sync API runs an event loop in this thread,
    so Django's async-safety check is relaxed for the test's duration only."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    manager = sync_playwright().start()
    browser = manager.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        # While Playwright's loop runs in this thread, Django keeps this thread's connections
        # apart (asgiref's ``Local`` is a context variable in a thread with a running loop): the
        # test's connection opened then is not the one closed at teardown, and PostgreSQL
        # refused to drop the test database while it stayed open ("being accessed by other
        # users"). Closed here, while the loop still runs, so it is the one closed.
        connections.close_all()
        browser.close()
        manager.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_for(request, chromium, live_server, transactional_db):
    """``browser_for(user)``: a fresh browser context signed in as ``user`` through the real
    sign-in and two-factor pages; ``browser_for(None)`` is an anonymous visitor. On failure,
    every open page is saved as a screenshot in ``test-artifacts/``."""
    sessions: list[BrowserSession] = []

    def _browser_for(user, *, signed_in: bool = True) -> BrowserSession:
        context = chromium.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(15_000)
        session = BrowserSession(
            base_url=live_server.url,
            context=context,
            page=context.new_page(),
            name=user.username if user is not None else "anonymous",
        )
        sessions.append(session)
        if user is not None and signed_in:
            sign_in(session, user)
        return session

    yield _browser_for
    report = getattr(request.node, "report_call", None)
    for session in sessions:
        if report is not None and report.failed:
            screenshot(session.page, f"{request.node.name}-{session.name}")
        session.context.close()
