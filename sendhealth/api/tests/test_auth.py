"""Getting in: bearer tokens, signed-in sessions (with two-factor authentication where the role
needs it, and CSRF on unsafe methods), and the command that issues tokens."""

import datetime
import json
import random
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from sendhealth.accounts.models import ApiToken
from sendhealth.core.models import AuditLog
from sendhealth.rules import generate_test_nhs_number


def bearer(raw: str) -> Client:
    return Client(headers={"authorization": f"Bearer {raw}"})


class TestBearerToken:
    def test_a_token_acts_as_its_user(self, area, world):
        _, raw = ApiToken.issue(area.la_user, "LA case system")
        response = bearer(raw).get(f"/api/children/{world.child.pk}")
        assert response.status_code == 200
        assert response.json()["nhs_number"] == world.child.nhs_number

    def test_a_token_has_exactly_its_users_scope(self, area, world):
        _, raw = ApiToken.issue(area.other_la_user, "other LA")
        assert bearer(raw).get(f"/api/children/{world.child.pk}").status_code == 404

    def test_a_revoked_token_is_refused(self, area, world):
        token, raw = ApiToken.issue(area.la_user, "old")
        token.revoked = True
        token.save()
        response = bearer(raw).get("/api/children")
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Bearer"

    def test_a_wrong_token_is_refused(self, area):
        ApiToken.issue(area.la_user, "real")
        assert bearer("sh_not-a-real-token").get("/api/children").status_code == 401

    def test_a_wrong_token_on_a_post_is_refused_as_unauthenticated(self, area):
        response = bearer("sh_wrong").post(
            "/api/children/search",
            json.dumps({"query": "Smith"}),
            content_type="application/json",
        )
        assert response.status_code == 401

    def test_a_token_of_a_deactivated_user_is_refused(self, area):
        _, raw = ApiToken.issue(area.la_user, "LA")
        area.la_user.is_active = False
        area.la_user.save()
        assert bearer(raw).get("/api/children").status_code == 401

    def test_no_credentials_is_refused(self, area, client):
        response = client.get("/api/children")
        assert response.status_code == 401
        assert "Bearer" in response.json()["detail"]

    def test_use_is_recorded_at_most_once_a_minute(self, area):
        token, raw = ApiToken.issue(area.la_user, "LA")
        bearer(raw).get("/api/children")
        token.refresh_from_db()
        first = token.last_used_at
        assert first is not None
        bearer(raw).get("/api/children")
        token.refresh_from_db()
        assert token.last_used_at == first
        ApiToken.objects.filter(pk=token.pk).update(
            last_used_at=first - datetime.timedelta(minutes=2)
        )
        bearer(raw).get("/api/children")
        token.refresh_from_db()
        assert token.last_used_at > first - datetime.timedelta(minutes=1)

    def test_a_token_post_needs_no_csrf_token(self, area):
        _, raw = ApiToken.issue(area.la_user, "LA")
        client = Client(enforce_csrf_checks=True, headers={"authorization": f"Bearer {raw}"})
        response = client.post(
            "/api/children",
            json.dumps(
                {
                    "nhs_number": generate_test_nhs_number(random.Random(7)),
                    "given_name": "Ada",
                    "family_name": "Byron",
                    "date_of_birth": "2016-05-01",
                    "primary_need": "SLCN",
                }
            ),
            content_type="application/json",
        )
        assert response.status_code == 201, response.content

    def test_reads_are_audited_with_the_tokens_user_as_actor(self, area, world):
        _, raw = ApiToken.issue(area.la_user, "LA")
        bearer(raw).get(f"/api/children/{world.child.pk}")
        entry = AuditLog.objects.get(object_type="children.Child", action="view")
        assert entry.actor == area.la_user
        assert entry.child_id == world.child.pk
        assert entry.path == f"/api/children/{world.child.pk}"


class TestSession:
    def test_a_signed_in_dco_with_two_factors_may_call_the_api(self, area, world, client_for):
        response = client_for(area.dco).get(f"/api/children/{world.child.pk}")
        assert response.status_code == 200

    def test_an_la_user_without_two_factor_authentication_is_refused(self, area, world, client_for):
        response = client_for(area.la_user, verified=False).get("/api/children")
        assert response.status_code == 401

    def test_a_board_viewer_needs_no_second_factor_for_figures(self, area, client_for):
        response = client_for(area.board, verified=False).get("/api/insight/timeliness")
        assert response.status_code == 200

    def test_an_unsafe_method_without_the_csrf_token_is_refused(self, area, client_for):
        client = client_for(area.dco)
        client.handler.enforce_csrf_checks = True
        response = client.post(
            "/api/children/search",
            json.dumps({"query": "Smith"}),
            content_type="application/json",
        )
        assert response.status_code == 403

    def test_session_reads_are_audited_with_the_user_as_actor(self, area, world, client_for):
        client_for(area.dco).get(f"/api/advice-requests/{world.request.pk}")
        entry = AuditLog.objects.get(object_type="advice.AdviceRequest", action="view")
        assert entry.actor == area.dco


class TestIssueApiTokenCommand:
    def test_it_prints_a_token_once_and_stores_only_its_hash(self, area):
        out, err = StringIO(), StringIO()
        call_command("issue_api_token", "la_user", "Northshire case system", stdout=out, stderr=err)
        raw = out.getvalue().strip()
        assert raw.startswith("sh_")
        token = ApiToken.objects.get(user=area.la_user)
        assert token.name == "Northshire case system"
        assert token.token_hash == ApiToken.hash(raw)
        assert raw not in err.getvalue()
        assert bearer(raw).get("/api/children").status_code == 200

    def test_an_unknown_user_is_an_error(self, area):
        with pytest.raises(CommandError, match="No active user"):
            call_command("issue_api_token", "nobody-here", "x", stdout=StringIO())


def test_last_used_is_not_set_before_first_use(area):
    token, _ = ApiToken.issue(area.dco, "unused")
    assert token.last_used_at is None
    assert token.created_at <= timezone.now()
