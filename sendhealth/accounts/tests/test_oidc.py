"""Signing in through an OpenID Connect provider, against a real provider served on 127.0.0.1
(``oidc_provider.py``): the client (Authlib) makes real HTTP calls for discovery, keys and the
token, and every refusal is what the person sees, what is recorded and what is audited."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from sendhealth.accounts.models import (
    ExternalIdentity,
    IdentityProviderPolicy,
    Membership,
    ProviderSession,
    Role,
    SignInMethod,
    SignInRecord,
    User,
)
from sendhealth.accounts.tests.factories import UserFactory
from sendhealth.accounts.tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, OidcTestProvider
from sendhealth.config.oidc import ClaimGrant, OidcProvider
from sendhealth.core.models import AuditLog

START = "/accounts/sign-in/test/"


def provider_config(issuer: str, **changes) -> OidcProvider:
    values = {
        "name": "test",
        "label": "Sign in with Test Identity",
        "issuer": issuer,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scopes": "openid profile email",
        "organisation": "",
        "create_users": False,
        "grants": (),
        "assurance_claim": "authentication_assurance_level",
        "minimum_assurance": 0,
        "mfa_amr": ("mfa",),
        "mfa_acr": (),
    }
    values.update(changes)
    return OidcProvider(**values)


@pytest.fixture
def idp():
    with OidcTestProvider() as provider:
        yield provider


@pytest.fixture
def configure(settings, idp):
    """``configure(**changes)``: sendhealth configured with the test provider."""

    def _configure(**changes) -> OidcProvider:
        config = provider_config(changes.pop("issuer", idp.issuer), **changes)
        settings.OIDC_PROVIDERS = {"test": config}
        settings.SITE_URL = "http://testserver"
        return config

    _configure()
    return _configure


def sign_in_through(client, idp, start: str = START):
    """Start on sendhealth, go to the provider (real HTTP) and come back with its answer."""
    started = client.get(start)
    assert started.status_code == 302, started.content
    assert started["Location"].startswith(idp.issuer + "/authorize?")
    answered = requests.get(started["Location"], allow_redirects=False, timeout=10)
    assert answered.status_code == 302
    callback = urlsplit(answered.headers["Location"])
    response = client.get(f"{callback.path}?{callback.query}")
    response.callback_url = f"{callback.path}?{callback.query}"
    return response


def link(user, subject: str = "subject-0001") -> ExternalIdentity:
    return ExternalIdentity.objects.create(user=user, provider="test", subject=subject)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def last_record() -> SignInRecord:
    return SignInRecord.objects.order_by("-pk").first()


class TestASuccessfulSignIn:
    def test_a_linked_user_is_signed_in_and_sent_home(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "amr": ["pwd", "mfa"]}
        response = sign_in_through(client, idp)
        assert response.status_code == 302
        assert response["Location"] == "/"
        assert signed_in_user_id(client) == str(area.la_user.pk)
        assert client.get("/children/").status_code == 200

    def test_the_flow_uses_pkce_state_and_nonce(self, area, idp, configure, client):
        link(area.la_user)
        sign_in_through(client, idp)
        asked = idp.authorize_requests[-1]
        assert asked["code_challenge_method"] == "S256"
        assert asked["state"] and asked["nonce"]
        assert set(asked["scope"].split()) == {"openid", "profile", "email"}
        assert len(idp.token_requests[-1]["code_verifier"]) >= 43

    def test_the_sign_in_is_recorded_and_audited(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "authentication_assurance_level": "3"}
        sign_in_through(client, idp)
        record = last_record()
        assert (record.user, record.method, record.provider) == (
            area.la_user,
            SignInMethod.PROVIDER,
            "test",
        )
        assert record.succeeded and record.assurance_level == "3"
        entry = AuditLog.objects.get(object_type="accounts.SignInRecord", object_id=record.pk)
        assert entry.actor == area.la_user
        assert entry.changes["succeeded"] is True
        identity = ExternalIdentity.objects.get(user=area.la_user)
        assert identity.assurance_level == "3" and identity.last_sign_in_at

    def test_it_returns_to_the_page_asked_for(self, area, idp, configure, client):
        link(area.la_user)
        response = sign_in_through(client, idp, START + "?next=/children/")
        assert response["Location"] == "/children/"

    def test_it_never_returns_to_another_site(self, area, idp, configure, client):
        link(area.la_user)
        response = sign_in_through(client, idp, START + "?next=https://evil.invalid/")
        assert response["Location"] == "/"


class TestSecondFactor:
    def test_no_second_factor_of_ours_when_the_provider_asserts_mfa(
        self, area, idp, configure, client
    ):
        link(area.dco)
        idp.person = {"sub": "subject-0001", "amr": ["mfa"]}
        sign_in_through(client, idp)
        assert client.get("/children/").status_code == 200

    def test_an_acr_configured_as_multi_factor_counts(self, area, idp, configure, client):
        configure(mfa_acr=("AAL3_ANY",))
        link(area.dco)
        idp.person = {"sub": "subject-0001", "acr": "AAL3_ANY"}
        sign_in_through(client, idp)
        assert client.get("/children/").status_code == 200

    def test_our_second_factor_is_asked_for_without_provider_mfa(
        self, area, idp, configure, client
    ):
        link(area.dco)
        idp.person = {"sub": "subject-0001", "amr": ["pwd"]}
        sign_in_through(client, idp)
        assert client.get("/children/")["Location"] == "/accounts/two-factor/"


class TestTokensThatAreRefused:
    @pytest.mark.parametrize(
        ("tamper", "reason"),
        [
            ("signature", "bad_signature"),
            ("audience", "invalid_claim:aud"),
            ("audience_with_azp", "invalid_claim:aud"),
            ("expired", "expired_token:exp"),
            ("issuer", "invalid_claim:iss"),
            ("nonce", "invalid_claim:nonce"),
        ],
    )
    def test_a_bad_id_token_signs_nobody_in(self, tamper, reason, area, idp, configure, client):
        link(area.la_user)
        idp.tamper = tamper
        response = sign_in_through(client, idp)
        assert response.status_code == 403
        assert b"We could not sign you in" in response.content
        assert signed_in_user_id(client) is None
        record = last_record()
        assert not record.succeeded and record.reason == reason
        entry = AuditLog.objects.get(object_type="accounts.SignInRecord", object_id=record.pk)
        assert entry.system == "sign-in" and entry.changes["reason"] == reason

    def test_a_replayed_state_is_refused(self, area, idp, configure, client):
        link(area.la_user)
        first = sign_in_through(client, idp)
        assert first.status_code == 302
        client.post("/accounts/logout/")
        assert not ProviderSession.objects.exists()
        replayed = client.get(first.callback_url)
        assert replayed.status_code == 403
        assert signed_in_user_id(client) is None
        assert last_record().reason == "mismatching_state"

    def test_an_answer_for_another_browser_is_refused(self, area, idp, configure, client):
        """The login CSRF case: a code and state from someone else's sign-in."""
        link(area.la_user)
        started = client.get(START)
        answered = requests.get(started["Location"], allow_redirects=False, timeout=10)
        callback = urlsplit(answered.headers["Location"])
        client.cookies.clear()
        response = client.get(f"{callback.path}?{callback.query}")
        assert response.status_code == 403
        assert signed_in_user_id(client) is None

    def test_an_error_from_the_provider_is_refused(self, idp, configure, client, db):
        client.get(START)
        response = client.get("/accounts/sign-in/test/callback/?error=access_denied&state=x")
        assert response.status_code == 403
        assert last_record().reason == "access_denied"

    def test_a_provider_that_cannot_be_reached_is_refused(self, configure, client, db):
        configure(issuer="http://127.0.0.1:9")
        response = client.get(START)
        assert response.status_code == 403
        assert last_record().reason == "provider_unreachable"

    def test_an_unknown_provider_is_not_found(self, configure, client, db):
        assert client.get("/accounts/sign-in/nosuch/").status_code == 404


class TestIdentityToAccess:
    def test_a_person_is_matched_by_subject_never_by_email(self, area, idp, configure, client):
        area.la_user.email = "same.person@example.invalid"
        area.la_user.save()
        idp.person = {"sub": "someone-else", "email": "same.person@example.invalid"}
        response = sign_in_through(client, idp)
        assert response.status_code == 403
        assert b"There is no sendhealth account for you" in response.content
        assert signed_in_user_id(client) is None
        assert last_record().reason == "unknown_subject"

    def test_a_new_person_gets_an_account_with_no_access(self, area, idp, configure, client):
        configure(create_users=True)
        idp.person = {"sub": "new-starter", "name": "Nia Newstarter", "email": "n@example.invalid"}
        response = sign_in_through(client, idp)
        assert response.status_code == 403
        assert b"You do not have access to sendhealth yet" in response.content
        assert signed_in_user_id(client) is None
        user = ExternalIdentity.objects.get(provider="test", subject="new-starter").user
        assert user.full_name == "Nia Newstarter"
        assert not user.has_usable_password()
        assert not user.memberships.exists()
        record = last_record()
        assert (record.user, record.reason) == (user, "no_membership")

    def test_once_an_administrator_grants_access_they_are_let_in(
        self, area, idp, configure, client
    ):
        configure(create_users=True)
        idp.person = {"sub": "new-starter"}
        sign_in_through(client, idp)
        user = ExternalIdentity.objects.get(subject="new-starter").user
        Membership.objects.create(user=user, organisation=area.la, role=Role.LOCAL_AUTHORITY)
        assert sign_in_through(client, idp).status_code == 302
        assert signed_in_user_id(client) == str(user.pk)

    def test_a_claim_rule_grants_a_membership(self, area, idp, configure, client):
        area.provider.code = "RXX"
        area.provider.save()
        configure(
            create_users=True,
            organisation="RXX",
            grants=(ClaimGrant("nhsid_nrbac_roles.org_code", "RXX", "provider", "RXX"),),
        )
        idp.person = {
            "sub": "therapist-1",
            "amr": ["mfa"],
            "nhsid_nrbac_roles": [{"org_code": "RXX", "person_roleid": "1"}],
        }
        assert sign_in_through(client, idp).status_code == 302
        user = User.objects.get(external_identities__subject="therapist-1")
        assert list(user.memberships.values_list("organisation", "role")) == [
            (area.provider.pk, Role.PROVIDER)
        ]

    def test_a_claim_rule_for_another_organisation_grants_nothing(
        self, area, idp, configure, client
    ):
        configure(
            create_users=True,
            grants=(ClaimGrant("groups", "sendhealth-la", "la", area.la.code),),
        )
        idp.person = {"sub": "outsider", "groups": ["another-group"]}
        assert sign_in_through(client, idp).status_code == 403
        assert last_record().reason == "no_membership"

    def test_a_closed_account_is_refused(self, area, idp, configure, client):
        link(area.la_user)
        area.la_user.is_active = False
        area.la_user.save()
        assert sign_in_through(client, idp).status_code == 403
        assert last_record().reason == "inactive"


class TestAssuranceLevel:
    def test_a_role_seeing_personal_data_needs_the_level_the_admin_sets(
        self, area, idp, configure, client
    ):
        IdentityProviderPolicy.objects.create(provider="test", minimum_assurance_level=3)
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "authentication_assurance_level": "2"}
        response = sign_in_through(client, idp)
        assert response.status_code == 403
        assert b"needs a stronger way of signing in" in response.content
        record = last_record()
        assert (record.reason, record.assurance_level) == ("assurance_too_low", "2")

    def test_the_level_set_is_enough(self, area, idp, configure, client):
        IdentityProviderPolicy.objects.create(provider="test", minimum_assurance_level=3)
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "authentication_assurance_level": "3"}
        assert sign_in_through(client, idp).status_code == 302

    def test_the_environment_sets_the_level_when_the_admin_has_not(
        self, area, idp, configure, client
    ):
        configure(minimum_assurance=3)
        link(area.la_user)
        idp.person = {"sub": "subject-0001"}  # no claim: level 0
        assert sign_in_through(client, idp).status_code == 403

    def test_a_board_viewer_needs_no_level(self, area, idp, configure, client):
        IdentityProviderPolicy.objects.create(provider="test", minimum_assurance_level=3)
        link(area.board)
        idp.person = {"sub": "subject-0001", "authentication_assurance_level": "1"}
        assert sign_in_through(client, idp).status_code == 302


class TestLeavers:
    def test_a_back_channel_logout_ends_the_session(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "sid": "session-42", "amr": ["mfa"]}
        sign_in_through(client, idp)
        assert client.get("/children/").status_code == 200
        response = client.post(
            "/accounts/sign-in/test/back-channel-logout/",
            {"logout_token": idp.logout_token(sub="subject-0001", sid="session-42")},
        )
        assert response.status_code == 200
        assert client.get("/children/")["Location"].startswith("/accounts/login/")
        assert not ProviderSession.objects.exists()

    def test_a_logout_token_by_subject_ends_every_session(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "amr": ["mfa"]}
        sign_in_through(client, idp)
        response = client.post(
            "/accounts/sign-in/test/back-channel-logout/",
            {"logout_token": idp.logout_token(sub="subject-0001")},
        )
        assert response.status_code == 200
        assert client.get("/children/").status_code == 302

    def test_a_forged_logout_token_is_refused(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "amr": ["mfa"]}
        sign_in_through(client, idp)
        forged = idp.logout_token(sub="subject-0001", key=idp.stranger)
        response = client.post(
            "/accounts/sign-in/test/back-channel-logout/", {"logout_token": forged}
        )
        assert response.status_code == 400
        assert client.get("/children/").status_code == 200

    def test_a_linked_user_cannot_fall_back_on_a_password(self, area, idp, configure, client):
        link(area.la_user)
        response = client.post(
            "/accounts/login/", {"username": "la_user", "password": "a-long-test-password"}
        )
        assert response.status_code == 200
        assert signed_in_user_id(client) is None


FRONT_CHANNEL = "/accounts/sign-in/test/front-channel-logout/"


def sign_out_at_the_provider(idp) -> str:
    """The person signs out at the provider itself (another service's sign-out): its page
    frames sendhealth's front-channel logout URI; return the framed URL."""
    idp.frontchannel_logout_uri = "http://testserver" + FRONT_CHANNEL
    page = requests.get(idp.issuer + "/logout", timeout=10)
    assert page.status_code == 200
    frame = re.search(r'<iframe src="([^"]+)"', page.text)
    assert frame, page.text
    return html.unescape(frame[1])


class TestFrontChannelLogout:
    """OpenID Connect Front-Channel Logout 1.0."""

    def signed_in(self, area, idp, client, sid: str = "session-77"):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "sid": sid, "amr": ["mfa"]}
        sign_in_through(client, idp)
        assert client.get("/children/").status_code == 200
        assert ProviderSession.objects.get().sid == sid

    def test_the_providers_sign_out_page_ends_the_session_with_that_sid(
        self, area, idp, configure, client
    ):
        self.signed_in(area, idp, client)
        framed = urlsplit(sign_out_at_the_provider(idp))
        assert framed.path == FRONT_CHANNEL
        assert parse_qs(framed.query) == {"iss": [idp.issuer], "sid": ["session-77"]}
        # A framed page on another site rarely gets our cookie: a browser with none.
        response = Client().get(f"{framed.path}?{framed.query}")
        assert response.status_code == 200
        assert client.get("/children/")["Location"].startswith("/accounts/login/")
        assert not ProviderSession.objects.exists()
        entry = AuditLog.objects.get(object_type="accounts.ProviderSession")
        assert entry.system == "front-channel logout"
        assert entry.changes == {"provider": "test", "user": area.la_user.pk, "channel": "front"}

    def test_only_the_provider_may_frame_the_answer_and_nothing_caches_it(
        self, area, idp, configure, client
    ):
        self.signed_in(area, idp, client)
        response = Client().get(FRONT_CHANNEL, {"iss": idp.issuer, "sid": "session-77"})
        assert "X-Frame-Options" not in response
        assert f"frame-ancestors {idp.issuer}" in response["Content-Security-Policy"]
        assert "no-store" in response["Cache-Control"]
        assert b'lang="en-GB"' in response.content

    def test_another_sid_ends_nothing(self, area, idp, configure, client):
        self.signed_in(area, idp, client)
        response = Client().get(FRONT_CHANNEL, {"iss": idp.issuer, "sid": "someone-elses"})
        assert response.status_code == 200
        assert client.get("/children/").status_code == 200

    @pytest.mark.parametrize(
        "query",
        [{"iss": "https://impostor.invalid", "sid": "session-77"}, {"sid": "session-77"}],
    )
    def test_a_wrong_or_missing_issuer_is_refused(self, query, area, idp, configure, client):
        self.signed_in(area, idp, client)
        assert Client().get(FRONT_CHANNEL, query).status_code == 400
        assert client.get("/children/").status_code == 200

    def test_without_a_sid_it_ends_the_framed_browsers_own_session(
        self, area, idp, configure, client
    ):
        self.signed_in(area, idp, client, sid="")
        assert client.get(FRONT_CHANNEL).status_code == 200
        assert client.get("/children/")["Location"].startswith("/accounts/login/")
        assert not ProviderSession.objects.exists()

    def test_without_a_sid_a_password_session_is_untouched(self, area, idp, configure, client):
        client.force_login(area.board)
        assert client.get(FRONT_CHANNEL).status_code == 200
        assert signed_in_user_id(client) == str(area.board.pk)


class TestSigningOut:
    """OpenID Connect RP-Initiated Logout 1.0."""

    def test_it_signs_out_at_the_provider_too_and_comes_back(self, area, idp, configure, client):
        idp.post_logout_redirect_uris = ["http://testserver/accounts/login/"]
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "sid": "session-9", "amr": ["mfa"]}
        sign_in_through(client, idp)
        response = client.post("/accounts/logout/")
        assert signed_in_user_id(client) is None
        assert not ProviderSession.objects.exists()
        assert response.status_code == 302
        sent = urlsplit(response["Location"])
        assert f"{sent.scheme}://{sent.netloc}{sent.path}" == idp.issuer + "/logout"
        query = {k: v[0] for k, v in parse_qs(sent.query).items()}
        assert query["client_id"] == CLIENT_ID
        assert query["post_logout_redirect_uri"] == "http://testserver/accounts/login/"
        # The provider checks the hint (a real ID token it issued, for this client) and sends
        # the person back to the sign-in page.
        back = requests.get(response["Location"], allow_redirects=False, timeout=10)
        assert back.status_code == 302, back.text
        assert back.headers["Location"] == "http://testserver/accounts/login/"
        assert idp.logout_requests[-1]["id_token_hint"].count(".") == 2

    def test_a_password_session_signs_out_here_only(self, area, client):
        client.post("/accounts/login/", {"username": "la_user", "password": "a-long-test-password"})
        response = client.post("/accounts/logout/")
        assert response["Location"] == "/accounts/login/"
        assert signed_in_user_id(client) is None

    def test_a_provider_without_an_end_session_endpoint_signs_out_here_only(
        self, area, idp, configure, client
    ):
        idp.offers_end_session = False
        link(area.la_user)
        sign_in_through(client, idp)
        assert client.post("/accounts/logout/")["Location"] == "/accounts/login/"
        assert signed_in_user_id(client) is None

    def test_a_provider_that_cannot_be_reached_still_signs_out_here(
        self, area, idp, configure, client
    ):
        link(area.la_user)
        sign_in_through(client, idp)
        configure(issuer="http://127.0.0.1:9")
        assert client.post("/accounts/logout/")["Location"] == "/accounts/login/"
        assert signed_in_user_id(client) is None


class TestTheSignInPage:
    def test_it_shows_a_button_for_each_provider(self, configure, client, db):
        body = client.get("/accounts/login/").content.decode()
        assert "Sign in with Test Identity" in body
        assert 'href="/accounts/sign-in/test/"' in body
        assert 'name="password"' in body

    def test_passwords_can_be_turned_off(self, settings, configure, client, area):
        settings.PASSWORD_SIGN_IN = False
        body = client.get("/accounts/login/").content.decode()
        assert 'name="password"' not in body
        response = client.post(
            "/accounts/login/", {"username": "la_user", "password": "a-long-test-password"}
        )
        assert signed_in_user_id(client) is None
        assert response.status_code == 200
        assert last_record().reason == "passwords_off"

    def test_a_password_sign_in_is_recorded(self, area, client):
        client.post("/accounts/login/", {"username": "la_user", "password": "a-long-test-password"})
        record = last_record()
        assert (record.user, record.method, record.succeeded) == (
            area.la_user,
            SignInMethod.PASSWORD,
            True,
        )

    def test_a_wrong_password_is_recorded(self, area, client):
        client.post("/accounts/login/", {"username": "la_user", "password": "wrong"})
        assert (last_record().succeeded, last_record().reason) == (False, "wrong_password")


class TestTheSystemAdmin:
    def test_it_lists_each_users_last_sign_in_and_how(self, area, idp, configure, client):
        link(area.la_user)
        idp.person = {"sub": "subject-0001", "amr": ["mfa"]}
        sign_in_through(client, idp)
        client.post("/accounts/logout/")
        client.force_login(area.sysadmin)
        device = TOTPDevice.objects.create(user=area.sysadmin, name="t", confirmed=True)
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
        body = client.get("/system/accounts/user/").content.decode()
        assert "with test" in body
        assert "Never" in body


def test_a_callback_url_carries_no_personal_data(area, idp, configure, client):
    link(area.la_user)
    idp.person = {"sub": "subject-0001", "email": "x@example.invalid", "name": "Ann Example"}
    started = client.get(START)
    answered = requests.get(started["Location"], allow_redirects=False, timeout=10)
    query = parse_qs(urlsplit(answered.headers["Location"]).query)
    assert set(query) == {"code", "state"}


def test_an_unrelated_user_is_untouched(area, idp, configure, client):
    UserFactory(username="bystander")
    link(area.la_user)
    sign_in_through(client, idp)
    assert not ExternalIdentity.objects.filter(user__username="bystander").exists()
