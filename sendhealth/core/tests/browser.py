"""Helpers for the browser journeys: headless Debian Chromium driven by Playwright's sync API,
sign-in through the real login and two-factor pages, and axe-core accessibility checks.

Chromium comes from the distribution (``apt-get install -y chromium``), never from
``playwright install``. Without it the browser tests skip, unless ``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "a-long-test-password"  # the password of every ``area`` user (accounts factories)
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
# The NHS.UK header's blue: proof that the NHS.UK stylesheet loaded.
NHS_BLUE = "rgb(0, 94, 184)"

# The titles of core/error.jinja's pages (404, 403, 400, 500).
ERROR_TITLES = (
    "Page not found",
    "You do not have access",
    "Sorry, there is a problem",
)

_axe = Axe()


def require_chromium() -> None:
    """Skip when Chromium is missing, or fail when the run insists on a browser."""
    if CHROMIUM.exists():
        return
    message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


# -- accessibility ---------------------------------------------------------------------------


def blocking_violations(results: dict) -> list[dict]:
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{v.get('helpUrl', '')}]")
        for node in v["nodes"]:
            lines.append(f"    at {', '.join(str(t) for t in node['target'])}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    """Run axe-core (WCAG 2.2 AA rules and best practice) on the page as it is now; fail on any
    serious or critical violation, naming the rule, its help text and the elements."""
    results = _axe.run(page).response
    violations = blocking_violations(results)
    if violations:
        screenshot(page, f"axe-{page.url}")
        pytest.fail(
            f"Accessibility violations on {page.url}:\n{describe_violations(violations)}",
            pytrace=False,
        )


# -- screenshots -------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:120]


def screenshot(page, name: str) -> Path | None:
    """Save a full-page screenshot under ``test-artifacts/`` (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{_slug(name)}.png"
    try:
        page.screenshot(path=str(path), full_page=True)
    except Exception:  # a closed page must not hide the real failure
        return None
    return path


# -- sessions ----------------------------------------------------------------------------------


@dataclass
class BrowserSession:
    """One person's browser (its own cookies), the pages they visited, checked with axe."""

    base_url: str
    context: object
    page: object
    name: str
    visited: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base_url + path

    def go(self, path: str, *, check: bool = True):
        response = self.page.goto(self.url(path))
        if check:
            self.check()
        return response

    def check(self) -> None:
        """Every page the journey shows is checked: not an error page, styled, accessible."""
        self.page.wait_for_load_state("load")
        self.visited.append(self.page.url)
        title = self.page.title()
        assert not title.startswith(ERROR_TITLES), f"{self.page.url} is an error page: {title}"
        assert_styled(self.page)
        assert_accessible(self.page)

    def click_button(
        self, name: str | re.Pattern, *, exact: bool = False, check: bool = True
    ) -> None:
        self.page.get_by_role("button", name=name, exact=exact).first.click()
        self.page.wait_for_load_state("load")
        if check:
            self.check()

    def follow(self, name: str | re.Pattern) -> None:
        """Follow a link, or a link styled as an NHS.UK button (which has the button role)."""
        page = self.page
        target = page.get_by_role("link", name=name).or_(page.get_by_role("button", name=name))
        target.first.click()
        page.wait_for_load_state("load")
        self.check()

    def text(self) -> str:
        """The text of the page's main content."""
        return self.page.locator("main").inner_text()

    def path(self) -> str:
        return self.page.url.removeprefix(self.base_url).split("?")[0]


def assert_styled(page) -> None:
    """The NHS.UK stylesheet is served (WhiteNoise) and applied."""
    colour = page.evaluate(
        "() => { const h = document.querySelector('.nhsuk-header');"
        " return h ? getComputedStyle(h).backgroundColor : null; }"
    )
    assert colour == NHS_BLUE, f"NHS.UK CSS not applied on {page.url} (header colour {colour})"


def sign_in(session: BrowserSession, user, *, password: str = PASSWORD, check: bool = True) -> None:
    """Sign in through the real form; for a role that needs it, pass the real two-factor page
    with a code from a TOTP device created for the user (as their authenticator app would).
    ``check=False`` leaves the pages unchecked (the crawl checks them its own way)."""
    device = authenticator_for(user)
    session.go("/accounts/login/", check=check)
    page = session.page
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("load")
    if "/accounts/two-factor/" in page.url:
        if check:
            session.check()
        page.get_by_label("Code from your authenticator app").fill(current_code(device))
        page.get_by_role("button", name="Continue").click()
        page.wait_for_load_state("load")
        assert "/accounts/two-factor/" not in page.url, "the two-factor code was refused"
    assert "/accounts/login/" not in page.url, f"{user.username} could not sign in"
    if check:
        session.check()  # the page each role lands on


def authenticator_for(user) -> TOTPDevice:
    """The user's authenticator app, as django-otp knows it (made on first use)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="t", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    """The code the authenticator app shows now (RFC 6238, django-otp)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:0{device.digits}d}"


# -- forms -------------------------------------------------------------------------------------


def fill_date(page, legend: str | re.Pattern, value: datetime.date) -> None:
    """Type a date into an NHS.UK date input (a fieldset with Day, Month and Year boxes)."""
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day", exact=True).fill(str(value.day))
    group.get_by_label("Month", exact=True).fill(str(value.month))
    group.get_by_label("Year", exact=True).fill(str(value.year))
