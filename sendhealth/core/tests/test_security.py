"""Security promises: headers, login throttling, production start-up checks, error pages that
echo nothing, no personal data in URLs and log lines redacted."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import path

from sendhealth.children.tests.factories import ChildFactory
from sendhealth.core.logging import RedactPersonalData, redact

PROJECT_DIR = Path(__file__).resolve().parents[3]
# The site's URLs plus one that fails, to reach the 500 page (``pytest.mark.urls`` below).
BROKEN_PATH = "/broken/"


def _broken_view(request):
    raise RuntimeError("a bug")


handler500 = "sendhealth.core.views.server_error"
handler404 = "sendhealth.core.views.page_not_found"


def __getattr__(name: str):
    # The urlconf is built when Django first asks for it, not when pytest imports this module.
    if name == "urlpatterns":
        from sendhealth.config.urls import urlpatterns as site

        return [path("broken/", _broken_view), *site]
    raise AttributeError(name)


class TestSecurityHeaders:
    @pytest.fixture
    def response(self, area, client_for):
        return client_for(area.dco).get("/privacy/")

    def test_csp_allows_scripts_only_from_this_site_and_with_a_nonce(self, response):
        csp = response["Content-Security-Policy"]
        assert re.search(r"script-src 'self' 'nonce-[^']+'", csp), csp
        assert "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp

    def test_the_inline_script_carries_the_csp_nonce(self, response):
        match = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
        assert match, "the CSP header carries no nonce for this response"
        nonce = match.group(1)
        assert f'nonce="{nonce}"'.encode() in response.content

    def test_pages_cannot_be_framed(self, response):
        assert response["X-Frame-Options"] == "DENY"

    def test_content_types_are_not_sniffed(self, response):
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_referrer_policy_keeps_urls_on_this_site(self, response):
        assert response["Referrer-Policy"] == "same-origin"

    def test_authenticated_pages_are_never_stored(self, response):
        assert "no-store" in response["Cache-Control"]

    def test_static_files_may_be_cached(self, area, client_for):
        response = client_for(area.dco).get("/static/css/sendhealth.css")
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", "")


class TestLoginThrottling:
    def _sign_in(self, client, user, password):
        return client.post(
            "/accounts/login/",
            {"username": user.username, "password": password},
            REMOTE_ADDR="192.0.2.10",
        )

    def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(self, area, client):
        for _ in range(5):
            self._sign_in(client, area.la_user, "not-the-password")
        response = self._sign_in(client, area.la_user, "a-long-test-password")
        assert b"Too many attempts" in response.content
        assert "_auth_user_id" not in client.session

    def test_four_wrong_passwords_still_let_the_right_one_in(self, area, client):
        for _ in range(4):
            self._sign_in(client, area.la_user, "not-the-password")
        response = self._sign_in(client, area.la_user, "a-long-test-password")
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(area.la_user.pk)

    def test_a_wrong_password_gets_a_clear_message(self, area, client):
        response = self._sign_in(client, area.la_user, "not-the-password")
        assert response.status_code == 200
        assert b"Enter a correct username and password" in response.content


def _start_django(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SENDHEALTH_", "DJANGO_"))}
    clean.pop("SECRET_KEY", None)
    clean.pop("DATABASE_URL", None)
    clean.update(DJANGO_SETTINGS_MODULE="sendhealth.config.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=PROJECT_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


LONG_SECRET = "x9" * 30
POSTGRES = "postgres://sendhealth@db.invalid:5432/sendhealth"


class TestProductionRefusesDemoSecrets:
    def test_it_refuses_the_demo_secret_key(self):
        result = _start_django(
            SENDHEALTH_ENV="production",
            SECRET_KEY=settings.DEMO_SECRET_KEY,
            DATABASE_URL=POSTGRES,
        )
        assert result.returncode != 0
        assert "Refusing to start in production" in result.stderr
        assert "SECRET_KEY must be set" in result.stderr

    def test_it_refuses_demo_mode(self):
        result = _start_django(
            SENDHEALTH_ENV="production",
            SECRET_KEY=LONG_SECRET,
            SENDHEALTH_DEMO="true",
            DATABASE_URL=POSTGRES,
        )
        assert result.returncode != 0
        assert "Refusing to start in production" in result.stderr
        assert "SENDHEALTH_DEMO must be off" in result.stderr

    def test_it_starts_with_a_real_secret_and_demo_mode_off(self):
        result = _start_django(
            SENDHEALTH_ENV="production",
            SECRET_KEY=LONG_SECRET,
            DATABASE_URL=POSTGRES,
        )
        assert result.returncode == 0, result.stderr
        assert "started" in result.stdout


PERSONAL = ("Zebedee", "Quixotefield", "9434765919")


@pytest.mark.urls("sendhealth.core.tests.test_security")
class TestErrorPagesEchoNothing:
    def test_the_404_page_does_not_echo_the_path_or_query_string(self, area, client_for):
        client = client_for(area.dco)
        response = client.get("/no-such-page/Zebedee-Quixotefield/", {"nhs": "9434765919"})
        assert response.status_code == 404
        body = response.content.decode()
        assert "Page not found" in body
        for text in (*PERSONAL, "no-such-page", "nhs="):
            assert text not in body

    def test_the_500_page_does_not_echo_the_path_or_query_string(self, area, client_for):
        client = client_for(area.dco)
        client.raise_request_exception = False
        response = client.get(BROKEN_PATH, {"name": "Zebedee Quixotefield", "nhs": "9434765919"})
        assert response.status_code == 500
        body = response.content.decode()
        assert "Sorry, there is a problem with the service" in body
        for text in (*PERSONAL, BROKEN_PATH, "a bug", "RuntimeError"):
            assert text not in body


class TestNoPersonalDataInUrls:
    @pytest.fixture
    def children(self, area):
        return (
            ChildFactory(local_authority=area.la, given_name="Zebedee", family_name="Quixotefield"),
            ChildFactory(local_authority=area.la, given_name="Ophelia", family_name="Brambleworth"),
        )

    def test_the_child_search_form_posts(self, area, client_for, children):
        response = client_for(area.la_user).get("/children/")
        assert response.status_code == 200
        # Forms that carry free text (a name, an NHS number) post; a GET form may
        # only carry choices from a fixed list (a filter), never typed text.
        forms = re.findall(rb"<form[^>]*>.*?</form>", response.content, re.S)
        assert forms, "the page has no search form"
        for form in forms:
            opening = form.split(b">", 1)[0].lower()
            if b'type="text"' in form or b"<textarea" in form:
                assert b'method="post"' in opening, opening
            else:
                assert b"<input" not in form.replace(b'type="hidden"', b""), form

    def test_a_search_by_post_finds_the_child(self, area, client_for, children):
        response = client_for(area.la_user).post("/children/", {"query": "Quixotefield"})
        assert response.status_code == 200
        assert b"Quixotefield" in response.content
        assert b"Brambleworth" not in response.content

    def test_a_query_string_does_not_search(self, area, client_for, children):
        wanted, _ = children
        response = client_for(area.la_user).get(
            "/children/", {"q": wanted.nhs_number, "query": wanted.nhs_number}
        )
        assert response.status_code == 200
        # The query string is ignored: the page lists the children as without it.
        assert b"Brambleworth" in response.content

    def test_search_results_link_to_records_by_id_only(self, area, client_for, children):
        wanted, _ = children
        response = client_for(area.la_user).post("/children/", {"query": wanted.nhs_number})
        hrefs = re.findall(r'href="([^"]*)"', response.content.decode())
        assert f"/children/{wanted.pk}/" in hrefs
        for href in hrefs:
            assert wanted.nhs_number not in href
            assert "Quixotefield" not in href


class TestLogRedaction:
    def test_redact_masks_an_nhs_number_in_any_spacing(self):
        for number in ("9434765919", "943 476 5919", "943-476-5919"):
            assert number not in redact(f"child {number} viewed")
            assert "[redacted]" in redact(f"child {number} viewed")

    def test_redact_drops_a_query_string(self):
        line = redact('"GET /children/?q=Quixotefield HTTP/1.1" 200')
        assert "Quixotefield" not in line
        assert "/children/?[redacted]" in line

    def test_redact_leaves_ids_and_dates_alone(self):
        assert redact("GET /children/123/ at 2026-02-16") == "GET /children/123/ at 2026-02-16"

    def test_the_log_filter_redacts_formatted_arguments(self):
        record = logging.LogRecord(
            "django.request",
            logging.WARNING,
            __file__,
            1,
            "Not Found: %s",
            ("/children/?nhs=9434765919",),
            None,
        )
        assert RedactPersonalData().filter(record) is True
        assert "9434765919" not in record.getMessage()
        assert "?[redacted]" in record.getMessage()

    def test_the_console_handler_uses_the_filter(self):
        handler = settings.LOGGING["handlers"]["console"]
        assert "redact" in handler["filters"]


class TestOnlyKnownEnvironments:
    @pytest.mark.parametrize("name", ["Production", "prod", "PRODUCTION ", "staging"])
    def test_a_mistyped_environment_name_refuses_to_start(self, name):
        result = _start_django(SENDHEALTH_ENV=name, SENDHEALTH_DEMO="true", DEBUG="true")
        assert result.returncode != 0
        assert "SENDHEALTH_ENV must be one of development, production" in result.stderr

    def test_check_deploy_in_production_settings_gives_no_warning(self):
        clean = {
            k: v for k, v in os.environ.items() if not k.startswith(("SENDHEALTH_", "DJANGO_"))
        }
        clean.update(
            SENDHEALTH_ENV="production",
            SECRET_KEY="k7-" + "Zq9#xL2!pR4$" * 5,
            DATABASE_URL=POSTGRES,
            ALLOWED_HOSTS="sendhealth.example.nhs.uk",
        )
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=PROJECT_DIR,
            env=clean,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "no issues" in result.stdout
