"""A real OpenID Connect provider for the tests, served on 127.0.0.1 in a thread.

It is test code, deliberately small, and speaks the protocol over real HTTP so that the client
under test (Authlib, in ``accounts.oidc``) is exercised end to end: discovery
(``/.well-known/openid-configuration``), keys (``/jwks``), the authorization endpoint (which
signs in whoever ``provider.person`` says, as a real provider's login page would) and the token
endpoint (client secret, single-use code, redirect URI and PKCE S256 checked; an RS256 ID token
signed with joserfc). ``provider.tamper`` makes the next ID token wrong in one way. Its
``end_session_endpoint`` (``/logout``) checks an ``id_token_hint`` and a registered
``post_logout_redirect_uri`` and sends the person back (RP-initiated logout), or, when the person
signs out at the provider itself, answers a page that frames each client's front-channel logout
URI with ``iss`` and ``sid``, as a provider's sign-out page does.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "sendhealth-test"
CLIENT_SECRET = "test-client-secret-not-real"


class OidcTestProvider:
    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key-1"}, private=True)
        # A stranger's key under the same key id: a token it signs has a "tampered" signature.
        self.stranger = RSAKey.generate_key(2048, parameters={"kid": "test-key-1"}, private=True)
        self.person: dict = {"sub": "subject-0001"}
        self.tamper: str | None = None
        self.codes: dict[str, dict] = {}
        self.authorize_requests: list[dict] = []
        self.token_requests: list[dict] = []
        self.logout_requests: list[dict] = []
        self.post_logout_redirect_uris: list[str] = []
        self.frontchannel_logout_uri = ""
        self.offers_end_session = True
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.provider = self  # type: ignore[attr-defined]
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> OidcTestProvider:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- what the endpoints answer ---------------------------------------------------------------

    def discovery(self) -> dict:
        document = {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
            "backchannel_logout_supported": True,
            "backchannel_logout_session_supported": True,
            "frontchannel_logout_supported": True,
            "frontchannel_logout_session_supported": True,
            "end_session_endpoint": f"{self.issuer}/logout",
        }
        if not self.offers_end_session:
            del document["end_session_endpoint"]
        return document

    def jwks(self) -> dict:
        return {"keys": [self.key.as_dict(private=False) | {"use": "sig", "alg": "RS256"}]}

    def authorize(self, query: dict) -> str:
        """The redirect back to the client: a code for ``self.person``, or an error."""
        self.authorize_requests.append(query)
        redirect_uri = query["redirect_uri"]
        ok = (
            query.get("client_id") == CLIENT_ID
            and query.get("response_type") == "code"
            and query.get("code_challenge_method") == "S256"
            and query.get("code_challenge")
        )
        if not ok:
            return f"{redirect_uri}?{urlencode({'error': 'invalid_request'})}"
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "redirect_uri": redirect_uri,
            "nonce": query.get("nonce"),
            "code_challenge": query["code_challenge"],
            "person": dict(self.person),
        }
        return f"{redirect_uri}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def token(self, form: dict) -> tuple[int, dict]:
        self.token_requests.append(form)
        grant = self.codes.pop(form.get("code", ""), None)  # a code is used once
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client"}
        if grant is None or form.get("grant_type") != "authorization_code":
            return 400, {"error": "invalid_grant"}
        if form.get("redirect_uri") != grant["redirect_uri"]:
            return 400, {"error": "invalid_grant"}
        verifier = form.get("code_verifier", "")
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if challenge != grant["code_challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE"}
        return 200, {
            "access_token": secrets.token_urlsafe(16),
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.id_token(grant["person"], grant["nonce"]),
        }

    def id_token(self, person: dict, nonce: str | None) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "auth_time": now,
            "nonce": nonce,
            **person,
        }
        key = self.key
        if self.tamper == "audience":
            claims["aud"] = "some-other-service"
        elif self.tamper == "audience_with_azp":
            claims["aud"], claims["azp"] = "some-other-service", CLIENT_ID
        elif self.tamper == "expired":
            claims["iat"], claims["exp"] = now - 3600, now - 1800
        elif self.tamper == "issuer":
            claims["iss"] = "https://impostor.invalid"
        elif self.tamper == "nonce":
            claims["nonce"] = "not-the-nonce"
        elif self.tamper == "signature":
            key = self.stranger
        return jwt.encode({"alg": "RS256", "kid": "test-key-1"}, claims, key)

    def end_session(self, query: dict) -> tuple[int, dict[str, str], str]:
        """RP-initiated logout, or the provider's own sign-out page: (status, headers, body)."""
        self.logout_requests.append(query)
        sid = self.person.get("sid", "")
        if query.get("id_token_hint"):
            try:
                hint = jwt.decode(query["id_token_hint"], self.key).claims
            except Exception:
                return 400, {}, "bad id_token_hint"
            if hint.get("aud") != CLIENT_ID or hint.get("iss") != self.issuer:
                return 400, {}, "id_token_hint for another client"
            sid = hint.get("sid", "")
        redirect_uri = query.get("post_logout_redirect_uri")
        if redirect_uri:
            if redirect_uri not in self.post_logout_redirect_uris:
                return 400, {}, "post_logout_redirect_uri not registered"
            return 302, {"Location": redirect_uri}, ""
        frames = ""
        if self.frontchannel_logout_uri:
            src = f"{self.frontchannel_logout_uri}?{urlencode({'iss': self.issuer, 'sid': sid})}"
            frames = f'<iframe src="{html.escape(src)}" title="Signing out"></iframe>'
        return 200, {"Content-Type": "text/html"}, f"<p>Signed out</p>{frames}"

    def logout_token(self, *, sub: str | None = None, sid: str | None = None, key=None) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 120,
            "jti": secrets.token_hex(8),
            "events": {"http://schemas.openid.net/event/backchannel-logout": {}},
        }
        if sub:
            claims["sub"] = sub
        if sid:
            claims["sid"] = sid
        header = {"alg": "RS256", "kid": "test-key-1", "typ": "logout+jwt"}
        return jwt.encode(header, claims, key or self.key)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    @property
    def provider(self) -> OidcTestProvider:
        return self.server.provider  # type: ignore[attr-defined]

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/.well-known/openid-configuration":
            return self._json(200, self.provider.discovery())
        if parts.path == "/jwks":
            return self._json(200, self.provider.jwks())
        if parts.path == "/authorize":
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            self.send_response(302)
            self.send_header("Location", self.provider.authorize(query))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if parts.path == "/logout":
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            status, headers, body = self.provider.end_session(query)
            data = body.encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return None
        return self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        if urlsplit(self.path).path == "/token":
            return self._json(*self.provider.token(form))
        return self._json(404, {"error": "not_found"})
