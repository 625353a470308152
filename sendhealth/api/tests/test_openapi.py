"""The schema and the interactive documentation: complete, served from this site, and working
under the content security policy."""

import json
import re

import pytest

from sendhealth.accounts.models import ApiToken
from sendhealth.core.tests.browser import CHROMIUM, CHROMIUM_ARGS, require_chromium


@pytest.fixture
def schema(area, client_for) -> dict:
    response = client_for(area.dco).get("/api/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


class TestOpenApiSchema:
    def test_it_lists_every_operation_of_the_role_matrix(self, schema):
        """The served schema holds exactly the operations the role matrix checks for every
        role (the core's and each register's ``tests/matrix.py`` ``API`` rows)."""
        from sendhealth.core.tests.test_role_matrix import API_TABLE

        served = {f"{m.upper()} {path}" for path, ops in schema["paths"].items() for m in ops}
        assert served == set(API_TABLE)

    def test_every_operation_has_a_summary_a_tag_and_error_responses(self, schema):
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                assert operation.get("summary"), (method, path)
                assert operation.get("tags"), (method, path)
                assert {"401", "403"} <= set(operation["responses"]), (method, path)

    def test_it_describes_both_ways_to_authenticate(self, schema):
        schemes = schema["components"]["securitySchemes"]
        assert schemes["BearerToken"] == {"type": "http", "scheme": "bearer"}
        assert schemes["TwoFactorSession"]["in"] == "cookie"

    def test_every_tag_is_described(self, schema):
        described = {tag["name"] for tag in schema["tags"]}
        used = {t for ops in schema["paths"].values() for op in ops.values() for t in op["tags"]}
        assert used <= described

    def test_a_partner_system_may_fetch_it_with_its_token(self, area, client):
        _, raw = ApiToken.issue(area.la_user, "LA")
        response = client.get("/api/openapi.json", headers={"authorization": f"Bearer {raw}"})
        assert response.status_code == 200

    def test_an_anonymous_visitor_is_sent_to_sign_in(self, client):
        response = client.get("/api/openapi.json")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


class TestDocsPage:
    @pytest.fixture
    def response(self, area, client_for):
        return client_for(area.dco).get("/api/docs")

    def test_it_is_served(self, response):
        assert response.status_code == 200
        assert b'id="swagger-ui"' in response.content

    def test_its_scripts_and_styles_come_from_this_site(self, response):
        html = response.content.decode()
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources, html
        assert all(s.startswith("/static/api/swagger-ui/") for s in sources), sources

    def test_it_has_no_inline_script_and_the_csp_is_unchanged(self, response):
        html = response.content.decode()
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
        inline = [
            body
            for attrs, body in scripts
            if "src=" not in attrs and 'type="application/json"' not in attrs
        ]
        assert inline == [] or all(not body.strip() for body in inline)
        csp = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in csp
        assert "'unsafe-eval'" not in csp

    def test_the_static_files_it_needs_are_served(self, area, client_for):
        client = client_for(area.dco)
        for name in ("swagger-ui-bundle.js", "swagger-ui.css", "init.js"):
            response = client.get(f"/static/api/swagger-ui/{name}")
            assert response.status_code == 200, name
            b"".join(response.streaming_content)

    def test_an_anonymous_visitor_is_sent_to_sign_in(self, client):
        assert client.get("/api/docs").status_code == 302


@pytest.mark.browser
def test_swagger_ui_renders_under_the_content_security_policy(area, live_server, transactional_db):
    """In a real browser: the operations appear and the browser reports no CSP violation."""
    require_chromium()
    import os

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from playwright.sync_api import sync_playwright

    session = SessionStore()
    session[SESSION_KEY] = str(area.board.pk)
    session[BACKEND_SESSION_KEY] = "sendhealth.accounts.backends.PasswordBackend"
    session[HASH_SESSION_KEY] = area.board.get_session_auth_hash()
    session.save()
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as manager:
            browser = manager.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = browser.new_context()
            context.add_cookies(
                [{"name": "sessionid", "value": session.session_key, "url": live_server.url}]
            )
            page = context.new_page()
            page.add_init_script(
                "window.cspViolations = [];"
                "document.addEventListener('securitypolicyviolation', e =>"
                " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
            )
            page.goto(f"{live_server.url}/api/docs")
            page.wait_for_selector(".opblock-summary-path", timeout=15_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
            page.locator(".opblock-summary-control").first.click()  # React renders more
            page.wait_for_selector(".opblock.is-open .opblock-section", timeout=15_000)
            violations = page.evaluate("window.cspViolations")
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    assert any("/api/children" in p for p in paths), paths
    assert violations == []


def test_operation_ids_are_unique_and_readable(schema):
    ids = [op["operationId"] for ops in schema["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    assert "list_children" in ids
