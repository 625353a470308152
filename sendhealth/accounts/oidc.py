"""The OpenID Connect client: Authlib's Django integration, one client per configured provider.

Authlib does the protocol: authorization code flow with PKCE (S256), ``state`` kept in the
session and used once, ``nonce`` sent and checked, the ID token's RS256/ES256 signature checked
against the keys published at the ``jwks_uri`` of the issuer's discovery document (fetched
again when a token names an unknown key), and its ``iss``, ``azp``, ``exp``, ``iat``, ``nonce`` and
``at_hash`` claims validated. This module adds what a relying party decides: ``aud`` must name
this client (Authlib checks it only when asked), the discovery document must name the
configured issuer, an ID token is required, and the
claims sendhealth reads (assurance level, multi-factor) are interpreted here.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from authlib.common.errors import AuthlibBaseError
from authlib.integrations.django_client import OAuth
from django.conf import settings
from joserfc import jwt
from joserfc.errors import JoseError as JoserfcError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from sendhealth.config.oidc import OidcProvider

HTTP_TIMEOUT_SECONDS = 10
LEEWAY_SECONDS = 60
BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout"


class SignInRefused(Exception):
    """A provider sign-in that must not go on; ``reason`` is a short code for the records."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def providers() -> dict[str, OidcProvider]:
    return settings.OIDC_PROVIDERS


def provider_named(name: str) -> OidcProvider | None:
    return providers().get(name)


@lru_cache(maxsize=16)
def client_for(provider: OidcProvider):
    """Authlib's client for one provider's configuration (cached: it keeps the discovery
    document and keys it has fetched)."""
    oauth = OAuth()
    return oauth.register(
        name=f"oidc_{provider.name}",
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        server_metadata_url=provider.discovery_url,
        client_kwargs={
            "scope": provider.scopes,
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": "client_secret_post",
            "default_timeout": HTTP_TIMEOUT_SECONDS,
        },
    )


def _checked_client(provider: OidcProvider):
    client = client_for(provider)
    try:
        metadata = client.load_server_metadata()
    except Exception as error:  # network errors, bad JSON: the provider cannot be reached
        raise SignInRefused("provider_unreachable") from error
    if metadata.get("issuer") != provider.issuer:
        raise SignInRefused("issuer_mismatch")
    return client


def authorize_redirect(request, provider: OidcProvider, redirect_uri: str):
    return _checked_client(provider).authorize_redirect(request, redirect_uri)


def verified_claims(request, provider: OidcProvider) -> tuple[dict, str]:
    """The ID token's claims after Authlib has exchanged the code and verified the token, and
    the token itself (kept in the session as the ``id_token_hint`` of an RP-initiated logout)."""
    client = _checked_client(provider)
    try:
        token = client.authorize_access_token(
            request,
            leeway=LEEWAY_SECONDS,
            # Authlib checks ``aud`` only when told to (its default options name the issuer
            # alone), so both are required here: a token for another client is refused.
            claims_options={
                "iss": {"essential": True, "values": [provider.issuer]},
                "aud": {"essential": True, "values": [provider.client_id]},
            },
        )
    except (AuthlibBaseError, JoserfcError) as error:
        raise SignInRefused(_reason(error)) from error
    except Exception as error:  # the token endpoint failed or answered nonsense
        raise SignInRefused("token_request_failed") from error
    claims = token.get("userinfo")
    if not claims or not claims.get("sub"):
        raise SignInRefused("no_id_token")
    return dict(claims), str(token.get("id_token") or "")


def _reason(error: Exception) -> str:
    """``bad_signature``, ``expired_token``, ``invalid_claim:aud``, ``mismatching_state``..."""
    name = str(getattr(error, "error", "") or type(error).__name__)
    claim = getattr(error, "claim", "")
    return (f"{name}:{claim}" if claim else name)[:40]


def assurance_level(provider: OidcProvider, claims: dict) -> int:
    """The level in the provider's assurance claim (CIS2 sends ``"3"``); 0 when absent."""
    raw = claims.get(provider.assurance_claim)
    try:
        return int(str(raw).strip().upper().removeprefix("AAL"))
    except (TypeError, ValueError):
        return 0


def asserts_mfa(provider: OidcProvider, claims: dict) -> bool:
    """Whether the provider says the person signed in with more than one factor: an ``amr``
    value or an ``acr`` value configured as multi-factor."""
    amr = claims.get("amr") or []
    if isinstance(amr, str):
        amr = [amr]
    if set(amr) & set(provider.mfa_amr):
        return True
    return bool(provider.mfa_acr) and claims.get("acr") in provider.mfa_acr


def logout_token_claims(provider: OidcProvider, raw: str) -> dict:
    """A back-channel logout token, verified (OpenID Connect Back-Channel Logout 1.0, 2.6):
    signed by a key of the provider, from its issuer, for this client, recent, carrying the
    logout event and a ``sub`` or ``sid``, and no ``nonce``."""
    client = _checked_client(provider)
    metadata = client.load_server_metadata()
    registry = JWSRegistry(algorithms=metadata.get("id_token_signing_alg_values_supported"))
    try:
        try:
            token = jwt.decode(
                raw, KeySet.import_key_set(client.fetch_jwk_set()), registry=registry
            )
        except JoserfcError:
            keys = KeySet.import_key_set(client.fetch_jwk_set(force=True))
            token = jwt.decode(raw, keys, registry=registry)
        jwt.JWTClaimsRegistry(
            leeway=LEEWAY_SECONDS,
            iss={"essential": True, "value": provider.issuer},
            aud={"essential": True, "value": provider.client_id},
            iat={"essential": True},
        ).validate(token.claims)
    except (JoserfcError, ValueError) as error:
        raise SignInRefused("bad_logout_token") from error
    claims = token.claims
    events = claims.get("events")
    if not isinstance(events, dict) or BACKCHANNEL_LOGOUT_EVENT not in events:
        raise SignInRefused("bad_logout_token")
    if "nonce" in claims or not (claims.get("sub") or claims.get("sid")):
        raise SignInRefused("bad_logout_token")
    return claims


def provider_origin(provider: OidcProvider) -> str:
    """The issuer's origin: the page that frames a front-channel logout is served from it."""
    parts = urlsplit(provider.issuer)
    return f"{parts.scheme}://{parts.netloc}"


def end_session_url(provider: OidcProvider, id_token: str, post_logout_redirect_uri: str):
    """OpenID Connect RP-Initiated Logout 1.0: where to send the person so that the provider
    signs them out too (its ``end_session_endpoint`` with ``id_token_hint``, ``client_id`` and
    ``post_logout_redirect_uri``), or None when the provider offers none or cannot be reached."""
    try:
        metadata = _checked_client(provider).load_server_metadata()
    except SignInRefused:
        return None
    endpoint = metadata.get("end_session_endpoint")
    if not isinstance(endpoint, str) or urlsplit(endpoint).scheme not in ("https", "http"):
        return None
    if urlsplit(endpoint).scheme == "http" and urlsplit(provider.issuer).scheme != "http":
        return None  # the http a loopback test issuer may use, never a downgrade
    params = {"client_id": provider.client_id, "post_logout_redirect_uri": post_logout_redirect_uri}
    if id_token:
        params["id_token_hint"] = id_token
    return endpoint + ("&" if "?" in endpoint else "?") + urlencode(params)
